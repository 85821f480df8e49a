// How often a person may be solicited: article D223-9 of the Code de la consommation (decree
// 2022-1313 of 13 October 2022, in force since 1 March 2023) allows at most four solicitations
// (calls or voicemail drops) by one advertiser to one person in any rolling period of 30 days.
// recipient-frequency reports what breaks it; the send planner waits until a send comes within it.
// Both go through here (times in epoch milliseconds).

const DAY = 24 * 3600 * 1000;

/** The rolling period of D223-9. */
export const FREQUENCY_WINDOW_MS = 30 * DAY;
/** Solicitations allowed in it (recipient-frequency's `max` option may lower or raise it). */
export const FREQUENCY_MAX = 4;

/** The busiest window around a send: how many sends it holds, the first and the last. */
export interface BusyWindow {
  readonly count: number;
  readonly from: number;
  readonly to: number;
}

/** The index of the first time at or after `t` in sorted `times`. */
function firstAtOrAfter(times: ArrayLike<number>, t: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle] < t) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The largest number of `times` (sorted, `at` among them) in one window of `windowMs` that contains
 * `at` and starts on one of them: the windows [start, start + window) with start in (at − window, at].
 * Linear in the sends around `at`.
 */
export function busiestWindow(
  times: ArrayLike<number>,
  at: number,
  windowMs: number = FREQUENCY_WINDOW_MS,
): BusyWindow {
  let best: BusyWindow = { count: 0, from: at, to: at };
  let end = firstAtOrAfter(times, at - windowMs + 1);
  for (let start = end; start < times.length && times[start] <= at; start++) {
    // `end` only moves forward as `start` does: one pass over the sends in reach.
    if (end < start) end = start;
    while (end < times.length && times[end] < times[start] + windowMs) end++;
    const count = end - start;
    if (count > best.count) best = { count, from: times[start], to: times[end - 1] };
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
): BusyWindow | null {
  const near = earlier.filter((s) => Math.abs(s - at) < FREQUENCY_WINDOW_MS);
  if (near.length + here.length <= max) return null;
  const window = busiestWindow(
    [...near, ...here].sort((a, b) => a - b),
    at,
  );
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
