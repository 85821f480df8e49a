// Places each sendable recipient at the earliest instant, at or after its requested time, that no
// schedule rule would report (constraints.ts asks src/law/), with the campaign's rate applied per
// batch: a batch is one send instant; its recipients go out in file order, the k-th (from 0) at
// instant + floor(k / rate) minutes, which is what `campaign-lint` computes for the batch's manifest.
import { LocalClock, toLocal } from '../law/calendar/clock';
import { ceilMinute, type CalendarAnswer as Found, type ScheduleRules, type Who } from './constraints';
import type { Reason } from './types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Answers kept per group: a campaign asks few (one requested time, a few overflow minutes). */
const MEMO_MAX = 50_000;

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

/** Where a recipient goes: a batch and the instant of its send, or no batch (and why) within the horizon. */
export interface Placement {
  batch: BatchState | null;
  at: number;
  reasons: readonly Reason[];
}

const NONE: readonly Reason[] = Object.freeze([]);

export class Placer {
  readonly batches = new Map<number, BatchState>();
  private readonly clock = new LocalClock();
  private readonly withinMs: number;
  /** The answer of `place`, reused from call to call (read it before the next). */
  private readonly placement: Placement = { batch: null, at: 0, reasons: NONE };

  constructor(
    private readonly rules: ScheduleRules,
    private readonly ratePerMinute: number | null,
    withinDays: number,
  ) {
    this.withinMs = withinDays * DAY;
  }

  /**
   * The batch and instant of a recipient asking for `requested`, or no batch and why not within the
   * horizon. The answer is valid until the next call.
   */
  place(who: Who, requested: number): Placement {
    const end = requested + this.withinMs;
    let reasons: Reason[] | null = null; // most recipients go when they asked: nothing to say
    const unplaced = () => this.answer(null, 0, withHorizon(reasons ?? [], this.withinMs));
    let t = ceilMinute(requested);
    for (;;) {
      const found = this.calendarFrom(who, t);
      reasons = merged(reasons, found.reasons);
      if (found.at === null || found.at >= end) return unplaced();
      t = found.at;
      const busy = this.frequencyAt(who, t);
      if (busy) {
        reasons = merged(reasons, [busy.reason]);
        if (!Number.isFinite(busy.until)) return unplaced();
        t = busy.until;
        continue;
      }
      const batch = this.batches.get(t) ?? this.open(t);
      const at = this.ratePerMinute ? t + Math.floor(batch.count / this.ratePerMinute) * MINUTE : t;
      if (at !== t && !this.allowedAt(who, at)) {
        // Its turn in this batch comes when sending is no longer allowed: the next allowed instant.
        reasons = merged(reasons, [rateReason(batch, this.ratePerMinute as number, who)]);
        if (at >= end) return unplaced();
        t = at;
        continue;
      }
      batch.count++;
      if (at > batch.lastMs) batch.lastMs = at;
      const tally = batch.territories.get(who.group);
      if (tally) tally.count++;
      else batch.territories.set(who.group, { who, count: 1 });
      return this.answer(batch, at, reasons ?? NONE);
    }
  }

  private answer(batch: BatchState | null, at: number, reasons: readonly Reason[]): Placement {
    const p = this.placement;
    p.batch = batch;
    p.at = at;
    p.reasons = reasons;
    return p;
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
    const known = who.answers.get(from);
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
    if (who.answers.size >= MEMO_MAX) who.answers.clear();
    who.answers.set(from, found);
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

/** `into` with the reasons of `more` it does not say yet (made when there is a first one). */
function merged(into: Reason[] | null, more: readonly Reason[]): Reason[] | null {
  for (const r of more) {
    if (!into) into = [r];
    else if (!into.some((known) => sameReason(known, r))) into.push(r);
  }
  return into;
}

/** The batch's time is said in the recipient's local time, as its windows are. */
const rateReason = (batch: BatchState, rate: number, who: Who): Reason => ({
  rule: 'rate',
  key: 'plan.reason.rate',
  data: { time: toLocal(batch.at, who.territory.timeZone).time, rate },
});

/** Not placed within the horizon: said once, unless the frequency cap already says until when. */
function withHorizon(reasons: readonly Reason[], withinMs: number): Reason[] {
  if (reasons.some((r) => r.rule === 'recipient-frequency')) return [...reasons];
  return [
    ...reasons,
    { rule: 'horizon', key: 'plan.reason.horizon', data: { days: Math.round(withinMs / DAY) } },
  ];
}
