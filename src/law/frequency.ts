// How often a person may be solicited: article D223-9 of the Code de la consommation (decree
// 2022-1313 of 13 October 2022, in force since 1 March 2023) allows at most four solicitations
// (calls or voicemail drops) by one advertiser to one person in any rolling period of 30 days.
// recipient-frequency reports what breaks it; the send planner asks when one more is allowed. Both
// go through here, over the sends of one number sorted by time (epoch milliseconds).

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

/** Whether one more send at `t` keeps every window around it within `max` (sends at `t` as well). */
export function allowsOneMore(
  times: ArrayLike<number>,
  t: number,
  max: number,
  windowMs: number = FREQUENCY_WINDOW_MS,
): boolean {
  // The windows that contain t start on t itself or on a send in (t − window, t].
  const first = firstAtOrAfter(times, t - windowMs + 1);
  const own = firstAtOrAfter(times, t + windowMs) - firstAtOrAfter(times, t);
  if (own + 1 > max) return false;
  for (let start = first; start < times.length && times[start] <= t; start++) {
    const inside = firstAtOrAfter(times, times[start] + windowMs) - start;
    if (inside + 1 > max) return false;
  }
  return true;
}

/**
 * The earliest instant at or after `from` when one more send to this number keeps every rolling
 * window within `max` (D223-9 for `max` 4), given its earlier sends `times` (sorted). Each window
 * counts are only lowered when a send leaves one (30 days after it) or when the instant passes a
 * send: those instants, and `from`, are the only candidates.
 */
export function nextAllowedSend(
  times: ArrayLike<number>,
  from: number,
  max: number = FREQUENCY_MAX,
  windowMs: number = FREQUENCY_WINDOW_MS,
): number {
  if (allowsOneMore(times, from, max, windowMs)) return from;
  const candidates: number[] = [];
  for (let i = 0; i < times.length; i++) {
    if (times[i] + windowMs > from) candidates.push(times[i] + windowMs);
    if (times[i] + 1 > from) candidates.push(times[i] + 1);
  }
  candidates.sort((a, b) => a - b);
  for (const t of candidates) if (allowsOneMore(times, t, max, windowMs)) return t;
  // Past the last send's window nothing is counted any more.
  return Math.max(from, times.length > 0 ? times[times.length - 1] + windowMs : from);
}
