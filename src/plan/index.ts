// `campaign-lint plan`: the campaign is linted once, in file order; as each recipient comes out of
// the rules, the plan decides from the rules' own diagnostics whether it can ever be sent, places it
// (placer.ts) and hands its row to the plan's files. Nothing here writes a file: the command gives
// the sink (src/cli/plan.ts), so the planner stays before the reports and the CLI in the data path.
import path from 'path';
import { DateTime } from 'luxon';
import { lint, type LintObserver, type ObservedCampaign } from '../engine/lint';
import type { ResolvedConfig } from '../engine/config';
import { SendTimeline } from '../engine/summary';
import type { Manifest } from '../inputs/manifest';
import { MANIFEST_PATTERN } from '../inputs/manifest';
import { recordValues } from '../recipients';
import { LocalClock } from '../law/calendar/clock';
import { scheduleFor } from '../law/hours';
import { displayPath } from '../read/paths';
import type { Campaign, Diagnostic, HolidayZone, LintResult, Recipient, Territory } from '../base/types';
import { scheduleRules, territoryName, type Who } from './constraints';
import { Placer, type BatchState } from './placer';
import {
  SCHEDULE_RULES,
  type Move,
  type PlaceName,
  type PlanResult,
  type PlanTier,
  type Reason,
  type RejectedReason,
  type ScheduleRule,
  type Unplaced,
} from './types';

export * from './types';

/** Groups of moved recipients listed (the rest are counted): a plan is read by people. */
const MOVES_LISTED = 200;
const UNPLACED_LISTED = 100;
/** Recipients named per reason, for people to find them in the files. */
const FIRST_NAMED = 5;

/** Where a plan's rows go while the file is read; the command writes them (src/cli/plan.ts). */
export interface PlanSink {
  /** A row of a batch, by the batch's order of creation (`BatchState.id`). */
  batchRow(batchId: number, values: readonly string[]): void;
  /** A row that can never be sent, with the ids of the rules that reject it (space-separated). */
  rejectedRow(values: readonly string[], reasons: string): void;
  /** A sendable row that found no allowed time within the horizon, with the rules that kept it out. */
  unplacedRow(values: readonly string[], reasons: string): void;
}

export interface PlanOptions {
  readonly cwd: string;
  readonly config: ResolvedConfig;
  readonly tier: PlanTier;
  readonly withinDays: number;
  /** The plan's folder (absolute). */
  readonly dir: string;
  readonly allowOutside?: boolean;
  /** Opens the plan's files once the recipients' header is known. */
  open(start: PlanStart): PlanSink;
  /** Rules the plan pretends not to know: only for the test that proves a wrong planner is caught. */
  readonly ignore?: readonly ScheduleRule[];
  /** Gather the planned sends per territory and day (the HTML page draws them). */
  readonly timeline?: boolean;
}

/** What the files of a plan are made from. */
export interface PlanStart {
  readonly manifest: Manifest;
  readonly campaign: Campaign;
  readonly format: ObservedCampaign['format'];
  /** The base of the plan's file names: the manifest's name without `.campaign.yaml`. */
  readonly base: string;
}

/** The names of a plan's files in its folder. */
export const planFiles = (base: string) => ({
  plan: `${base}.plan.json`,
  rejected: `${base}.rejected.csv`,
  unplaced: `${base}.unplaced.csv`,
  batch: (n: number, of: number) => {
    const nn = String(n).padStart(Math.max(2, String(of).length), '0');
    return { csv: `${base}.batch-${nn}.csv`, manifest: `${base}.batch-${nn}.campaign.yaml` };
  },
});

export const planBase = (manifest: string) => path.basename(manifest).replace(MANIFEST_PATTERN, '');

export interface PlanRun {
  /** The lint of the campaign (its failures: exit 2). */
  readonly lint: LintResult;
  /** Null when the campaign could not be linted. */
  readonly plan: PlanResult | null;
  /** Batch ids (order of creation) in send order. */
  readonly order: readonly number[];
  readonly manifest: Manifest | null;
}

/** Lints the campaign of `manifestFile` and plans its sends, rows going to the sink as they come. */
export async function planCampaign(manifestFile: string, options: PlanOptions): Promise<PlanRun> {
  let planner: Planner | null = null;
  const result = await lint([manifestFile], {
    cwd: options.cwd,
    config: options.config,
    allowOutside: options.allowOutside,
    observe: (observed) => (planner = new Planner(observed, options)),
  });
  const done = planner as Planner | null;
  if (result.failures.length > 0 || result.campaigns.length !== 1 || !done)
    return { lint: result, plan: null, order: [], manifest: null };
  return { lint: result, ...done.result(result) };
}

class Planner implements LintObserver {
  private readonly campaign: Campaign;
  private readonly csv: string;
  private readonly sink: PlanSink;
  private readonly placer: Placer;
  /** The planned sends per territory and day, gathered only for the HTML page (it costs time per row). */
  private readonly timeline: SendTimeline | null;
  private readonly schedule: PlanResult['schedule'];
  private readonly counted: ((r: Recipient) => readonly number[] | null) | null;
  private readonly sendAtColumn: number;
  private readonly groups = new Map<Territory, Map<HolidayZone | null, Who>>();
  private lastWho: Who | null = null;
  /** Diagnostics of the recipient being read: rules report it before it is observed. */
  private pending: Array<{ line: number; ruleId: string; error: boolean }> = [];
  private lastLine = 0;
  private readonly blockers: Diagnostic[] = [];
  private readonly lateRules = new Set<string>();
  private readonly moves = new Map<string, Move & { count: number }>();
  private movesLeftOut = 0;
  private readonly unplaced = new Map<
    string,
    Unplaced & { count: number; first: Unplaced['first'][number][] }
  >();
  private readonly rejected = new Map<
    string,
    RejectedReason & { count: number; first: RejectedReason['first'][number][] }
  >();
  private totals = { recipients: 0, sendable: 0, placed: 0, unplaced: 0, rejected: 0 };

  constructor(
    private readonly observed: ObservedCampaign,
    private readonly options: PlanOptions,
  ) {
    const { campaign, manifest, config, rules, holidays } = observed;
    this.campaign = campaign;
    this.csv = campaign.recipientsFile;
    const scheduleRulesOf = scheduleRules({
      campaign,
      config,
      rules,
      holidays,
      tier: options.tier,
      ignore: options.ignore,
    });
    this.placer = new Placer(scheduleRulesOf, campaign.ratePerMinute, options.withinDays);
    this.schedule = rules.includes('schedule-hours')
      ? scheduleFor(config.rules.get('schedule-hours')?.options ?? {}, campaign, campaign.sendAt.date)
      : null;
    this.timeline = options.timeline ? new SendTimeline(holidays, this.schedule) : null;
    // The history keeps only the sends D223-9 counts for this campaign (calls and drops by its advertiser).
    this.counted = scheduleRulesOf.frequency
      ? (r) => {
          const sends = r.phone ? campaign.history.solicitationsOf(r.phone.e164) : [];
          return sends.length > 0 ? sends : null;
        }
      : null;
    const column = campaign.columns.send_at;
    this.sendAtColumn = column === undefined ? -1 : campaign.headers.indexOf(column);
    this.sink = options.open({
      manifest,
      campaign,
      format: observed.format,
      base: planBase(manifest.file),
    });
  }

  diagnostic(d: Diagnostic): void {
    const error = d.severity === 'error';
    if (d.recipient === undefined || d.file !== this.csv || d.line === undefined) {
      // At tier warning no schedule diagnostic may stay: one on the campaign (campaign-election's
      // reminder that no `election` is given) is one no send time fixes.
      if (error || (this.options.tier === 'warning' && isSchedule(d.ruleId))) this.blockers.push(d);
      return;
    }
    if (d.line <= this.lastLine) {
      // Reported after its recipient was placed: the plan cannot leave it out any more.
      if (error && !isSchedule(d.ruleId)) this.lateRules.add(d.ruleId);
      return;
    }
    this.pending.push({ line: d.line, ruleId: d.ruleId, error });
  }

  recipient(r: Recipient): void {
    let reasons: Set<string> | null = null;
    const reject = (rule: string) => (reasons ??= new Set()).add(rule);
    for (const d of this.pending) if (d.line === r.line && d.error && !isSchedule(d.ruleId)) reject(d.ruleId);
    if (this.pending.length > 0) this.pending = [];
    this.lastLine = r.line;
    this.totals.recipients++;
    // Fail closed: a send time that is not understood is not planned; a repeated number is sent once.
    if (r.sendAtInvalid !== null) reject('schedule-hours');
    if (r.firstSeenLine !== null) reject('recipient-duplicate');
    if (!r.phone?.valid) reject('recipient-phone-valid');
    const values = recordValues(r);
    if (reasons) {
      const ids = [...(reasons as Set<string>)].sort();
      this.sink.rejectedRow(values, ids.join(' '));
      this.totals.rejected++;
      for (const rule of ids) {
        let entry = this.rejected.get(rule);
        if (!entry) this.rejected.set(rule, (entry = { rule, count: 0, first: [] }));
        entry.count++;
        if (entry.first.length < FIRST_NAMED)
          entry.first.push({ line: r.line, recipient: r.phone?.e164 ?? r.phoneRaw });
      }
      return;
    }
    this.totals.sendable++;
    const who = this.whoOf(r);
    const ownTime = this.sendAtColumn >= 0 && values[this.sendAtColumn]?.trim() !== '';
    const requested = ownTime ? r.sendTime.epochMs : this.campaign.sendAt.epochMs;
    const placed = this.placer.place(who, requested);
    if (placed.batch === null) {
      const rules = [...new Set(placed.reasons.map((x) => x.rule).filter(isSchedule))].sort();
      this.sink.unplacedRow(values, rules.join(' '));
      this.totals.unplaced++;
      this.noteUnplaced(who, placed.reasons, r);
      return;
    }
    if (ownTime) values[this.sendAtColumn] = isoInZone(placed.at, this.campaign.timeZone);
    this.sink.batchRow(placed.batch.id, values);
    this.totals.placed++;
    this.timeline?.add(r.territory, r.holidayZone, who.clock.at(placed.at, r.territory.timeZone));
    if (placed.reasons.length > 0) this.noteMove(who, requested, placed.batch, placed.reasons);
  }

  /** The calendar group of a recipient (its region, zone and holiday calendar), and its counted sends. */
  private whoOf(r: Recipient): Who {
    let who: Who | null | undefined = this.lastWho;
    if (!who || who.territory !== r.territory || who.holidayZone !== r.holidayZone) {
      // The engine shares one territory object per region: groups are found by it, no key built per row.
      let byZone = this.groups.get(r.territory);
      if (!byZone) this.groups.set(r.territory, (byZone = new Map<HolidayZone | null, Who>()));
      who = byZone.get(r.holidayZone);
      if (!who) {
        const group = `${r.territory.code}\u0000${r.territory.timeZone}\u0000${r.holidayZone ?? ''}`;
        who = {
          territory: r.territory,
          holidayZone: r.holidayZone,
          group,
          counted: null,
          answers: new Map(),
          clock: new LocalClock(),
        };
        byZone.set(r.holidayZone, who);
      }
      this.lastWho = who;
    }
    const counted = this.counted?.(r) ?? null;
    return counted ? { ...who, counted } : who;
  }

  private noteMove(who: Who, from: number, batch: BatchState, reasons: readonly Reason[]): void {
    const key = `${who.group}\u0000${from}\u0000${batch.id}\u0000${JSON.stringify(reasons)}`;
    const known = this.moves.get(key);
    if (known) known.count++;
    else if (this.moves.size >= MOVES_LISTED) this.movesLeftOut++;
    else
      this.moves.set(key, {
        territory: placeName(who),
        fromMs: from,
        toMs: batch.at,
        batch: batch.id,
        count: 1,
        reasons,
      });
  }

  private noteUnplaced(who: Who, reasons: readonly Reason[], r: Recipient): void {
    const key = `${who.group}\u0000${JSON.stringify(reasons)}`;
    let entry = this.unplaced.get(key);
    if (!entry) {
      if (this.unplaced.size >= UNPLACED_LISTED) return;
      this.unplaced.set(key, (entry = { territory: placeName(who), count: 0, reasons, first: [] }));
    }
    entry.count++;
    if (entry.first.length < FIRST_NAMED)
      entry.first.push({ line: r.line, recipient: r.phone?.e164 ?? r.phoneRaw });
  }

  result(lintResult: LintResult): Omit<PlanRun, 'lint'> {
    const { manifest } = this.observed;
    const campaignResult = lintResult.campaigns[0];
    const files = planFiles(planBase(manifest.file));
    const sorted = [...this.placer.batches.values()].filter((b) => b.count > 0).sort((a, b) => a.at - b.at);
    const number = new Map(sorted.map((b, i) => [b.id, i + 1]));
    const batches = sorted.map((b, i) => {
      const names = files.batch(i + 1, sorted.length);
      return {
        number: i + 1,
        epochMs: b.at,
        lastMs: b.lastMs,
        count: b.count,
        territories: [...b.territories.values()]
          .map(({ who, count }) => ({ ...placeName(who), count }))
          .sort(byPlace),
        file: names.csv,
        manifest: names.manifest,
      };
    });
    const moves = [...this.moves.values()]
      .map((m) => ({ ...m, batch: number.get(m.batch) as number }))
      .sort((a, b) => a.batch - b.batch || byPlace(a.territory, b.territory) || a.fromMs - b.fromMs);
    const blocked = this.blockers.length > 0 || this.lateRules.size > 0;
    const plan: PlanResult = {
      campaign: {
        file: campaignResult.file,
        name: campaignResult.name,
        channel: campaignResult.channel,
        purpose: campaignResult.purpose,
        recipients: campaignResult.recipients.file,
        fromWorkbook: campaignResult.recipients.sheet !== undefined,
      },
      timeZone: this.campaign.timeZone,
      requestedMs: this.campaign.sendAt.epochMs,
      tier: this.options.tier,
      withinDays: this.options.withinDays,
      ratePerMinute: this.campaign.ratePerMinute,
      dir: displayPath(this.options.dir, this.options.cwd) || '.',
      file: files.plan,
      status: blocked ? 'blocked' : 'planned',
      blockers: this.blockers,
      lateRules: [...this.lateRules].sort(),
      batches,
      moves,
      movesLeftOut: this.movesLeftOut,
      unplaced: {
        count: this.totals.unplaced,
        file: this.totals.unplaced > 0 ? files.unplaced : null,
        groups: [...this.unplaced.values()].sort(
          (a, b) => byPlace(a.territory, b.territory) || b.count - a.count,
        ),
      },
      rejected: {
        count: this.totals.rejected,
        file: files.rejected,
        reasons: [...this.rejected.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)),
      },
      totals: this.totals,
      timeline: this.timeline?.result() ?? [],
      schedule: this.schedule,
    };
    return { plan, order: sorted.map((b) => b.id), manifest };
  }
}

const isSchedule = (ruleId: string): ruleId is ScheduleRule =>
  (SCHEDULE_RULES as readonly string[]).includes(ruleId);

const placeName = (who: Who): PlaceName => ({
  code: who.territory.code,
  name: territoryName(who),
  holidayZone: who.holidayZone,
  timeZone: who.territory.timeZone,
});

/** Metropolitan France first, then by name, Alsace-Moselle after the rest of France. */
const byPlace = (a: PlaceName, b: PlaceName) =>
  Number(a.code !== 'FR') - Number(b.code !== 'FR') ||
  Number(a.holidayZone === 'alsace-moselle') - Number(b.holidayZone === 'alsace-moselle') ||
  a.name.en.localeCompare(b.name.en) ||
  (a.timeZone < b.timeZone ? -1 : a.timeZone > b.timeZone ? 1 : 0);

/** An instant as ISO with its offset in a zone, to the minute (`2027-05-28T14:00+02:00`). */
export const isoInZone = (ms: number, timeZone: string): string =>
  DateTime.fromMillis(ms, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mmZZ");
