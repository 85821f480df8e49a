// Places each sendable recipient at the earliest instant, at or after its requested time, that no
// schedule rule would report (constraints.ts asks src/law/), with the campaign's rate applied per
// batch: a batch is one send instant; its recipients go out in file order, the k-th (from 0) at
// instant + floor(k / rate) minutes, which is what `campaign-lint` computes for the batch's manifest.
import { LocalClock, toLocal } from '../law/calendar/clock';
import { ceilMinute, type ScheduleRules, type Who } from './constraints';
import type { Reason } from './types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Answers kept per group and instant: a campaign asks few (one requested time, a few overflow minutes). */
const MEMO_MAX = 100_000;

/** One send instant and the recipients placed there so far. */
export interface BatchState {
  /** Order of creation (batches are numbered in send order once the file is read). */
  readonly id: number;
  readonly at: number;
  count: number;
  lastMs: number;
  /** Recipients per territory (key: region and holiday zone). */
  readonly territories: Map<string, { who: Who; count: number }>;
}

export type Placement =
  | { readonly batch: BatchState; readonly at: number; readonly reasons: readonly Reason[] }
  | { readonly batch: null; readonly reasons: readonly Reason[] };

interface Found {
  readonly at: number | null;
  readonly reasons: readonly Reason[];
}

export class Placer {
  readonly batches = new Map<number, BatchState>();
  private readonly clock = new LocalClock();
  private readonly memo = new Map<string, Found>();
  private readonly withinMs: number;

  constructor(
    private readonly rules: ScheduleRules,
    private readonly ratePerMinute: number | null,
    withinDays: number,
  ) {
    this.withinMs = withinDays * DAY;
  }

  /** The batch and instant of a recipient asking for `requested`, or null and why not within the horizon. */
  place(who: Who, requested: number): Placement {
    const end = requested + this.withinMs;
    const reasons: Reason[] = [];
    const because = (more: readonly Reason[]) => {
      for (const r of more) if (!reasons.some((known) => sameReason(known, r))) reasons.push(r);
    };
    let t = ceilMinute(requested);
    for (;;) {
      const found = this.calendarFrom(who, t);
      because(found.reasons);
      if (found.at === null || found.at >= end)
        return { batch: null, reasons: withHorizon(reasons, this.withinMs) };
      t = found.at;
      const busy = this.frequencyAt(who, t);
      if (busy) {
        because([busy.reason]);
        if (!Number.isFinite(busy.until)) return { batch: null, reasons };
        t = busy.until;
        continue;
      }
      const batch = this.batches.get(t) ?? this.open(t);
      const at = this.ratePerMinute ? t + Math.floor(batch.count / this.ratePerMinute) * MINUTE : t;
      if (at !== t && !this.allowedAt(who, at)) {
        // Its turn in this batch comes when sending is no longer allowed: the next allowed instant.
        because([rateReason(batch, this.ratePerMinute as number, who)]);
        if (at >= end) return { batch: null, reasons: withHorizon(reasons, this.withinMs) };
        t = at;
        continue;
      }
      batch.count++;
      batch.lastMs = Math.max(batch.lastMs, at);
      const key = `${who.territory.code}\u0000${who.holidayZone ?? ''}`;
      const tally = batch.territories.get(key);
      if (tally) tally.count++;
      else batch.territories.set(key, { who, count: 1 });
      return { batch, at, reasons };
    }
  }

  private open(at: number): BatchState {
    const batch: BatchState = { id: this.batches.size, at, count: 0, lastMs: at, territories: new Map() };
    this.batches.set(at, batch);
    return batch;
  }

  private allowedAt(who: Who, at: number): boolean {
    return this.calendarFrom(who, at).at === at && !this.frequencyAt(who, at);
  }

  private frequencyAt(who: Who, at: number) {
    return who.counted && this.rules.frequency ? this.rules.frequency.check(who.counted, at) : null;
  }

  /**
   * The first instant from `from` (within the horizon after it) that no calendar rule reports for
   * the group, and the reasons met on the way: each rule blocked says until when at least, and the
   * search jumps there.
   */
  private calendarFrom(who: Who, from: number): Found {
    const key = `${who.group}\u0000${from}`;
    const known = this.memo.get(key);
    if (known) return known;
    const end = from + this.withinMs;
    const reasons: Reason[] = [];
    let at: number | null = null;
    for (let t = from; t < end; ) {
      const local = this.clock.at(t, who.territory.timeZone);
      let next = t;
      for (const rule of this.rules.calendar) {
        const block = rule.check(who, local);
        if (!block) continue;
        if (!reasons.some((r) => sameReason(r, block.reason))) reasons.push(block.reason);
        next = Math.max(next, block.until, t + MINUTE);
      }
      if (next === t) {
        at = t;
        break;
      }
      t = next;
    }
    const found = { at, reasons };
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }
}

/**
 * Reasons said once per rule (the first met: why the requested time would not do), except holidays:
 * each holiday passed on the way is said (Saint-Martin has two in a row).
 */
const reasonKey = (r: Reason) =>
  r.rule === 'schedule-holidays' ? `${r.rule} ${JSON.stringify(r.data.date)}` : r.rule;
const sameReason = (a: Reason, b: Reason) => reasonKey(a) === reasonKey(b);

/** The batch's time is said in the recipient's local time, as its windows are. */
const rateReason = (batch: BatchState, rate: number, who: Who): Reason => ({
  rule: 'rate',
  key: 'reason.rate',
  data: { time: toLocal(batch.at, who.territory.timeZone).time, rate },
});

function withHorizon(reasons: readonly Reason[], withinMs: number): Reason[] {
  return [...reasons, { rule: 'horizon', key: 'reason.horizon', data: { days: Math.round(withinMs / DAY) } }];
}
