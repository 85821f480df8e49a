// D223-9 C. conso: at most 4 solicitations of one person by one advertiser in any rolling 30 days.
// The counting of recipient-frequency, in one place for the rule and the send planner.
import type { HistoryEntry } from '../base/types';
import { memoize } from '../base/memoize';
import { foldForMatch } from '../base/text';

const DAY = 24 * 3600 * 1000;
/** The rolling window of D223-9: 30 days. */
export const FREQUENCY_WINDOW_MS = 30 * DAY;

/** Whether a history row's advertiser is this campaign's (case, accents, spacing and punctuation ignored). */
export function sameAdvertiserAs(advertiser: string): (name: string) => boolean {
  const folded = foldForMatch(advertiser);
  return memoize((name: string) => foldForMatch(name) === folded);
}

/** The instants of earlier sends that count against this campaign's cap: by telephone (VMS, calls), by the same advertiser. */
export function countedSends(
  entries: readonly HistoryEntry[],
  sameAdvertiser: (name: string) => boolean,
): number[] {
  const out: number[] = [];
  for (const s of entries) if (s.channel !== 'sms' && sameAdvertiser(s.advertiser)) out.push(s.epochMs);
  return out;
}

/** Largest number of sends in any 30-day window that contains `at`. */
export function busiestWindow(
  times: readonly number[],
  at: number,
): { count: number; from: number; to: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let best = { count: 0, from: at, to: at };
  for (const start of sorted) {
    if (start > at || start <= at - FREQUENCY_WINDOW_MS) continue;
    const inside = sorted.filter((t) => t >= start && t < start + FREQUENCY_WINDOW_MS);
    if (inside.length > best.count)
      best = { count: inside.length, from: inside[0], to: inside[inside.length - 1] };
  }
  return best;
}

/**
 * The busiest 30-day window around a send at `at` when it holds more than `max` solicitations, else
 * null. `earlier`: the counted sends of the history (any time: those 30 days or more away do not
 * count); `here`: this campaign's sends to the number, this one included.
 */
export function overFrequencyCap(
  earlier: readonly number[],
  here: readonly number[],
  at: number,
  max: number,
): { count: number; from: number; to: number } | null {
  const near = earlier.filter((s) => Math.abs(s - at) < FREQUENCY_WINDOW_MS);
  if (near.length + here.length <= max) return null;
  const window = busiestWindow([...near, ...here], at);
  return window.count > max ? window : null;
}

/**
 * The first instant after `at` at which a send over the cap at `at` may come within it: when one of
 * the earlier sends leaves the 30 days (later sends only add to a window). Infinity when none will.
 */
export function frequencyFreesAfter(earlier: readonly number[], at: number): number {
  let next = Infinity;
  for (const s of earlier) {
    const leaves = s + FREQUENCY_WINDOW_MS;
    if (leaves > at && leaves < next) next = leaves;
  }
  return next;
}
