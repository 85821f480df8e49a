import type {
  CampaignSummary,
  Channel,
  Diagnostic,
  HolidayZone,
  Purpose,
  TerritorySummary,
} from '../base/types';
import type { MessageKey, MessageValue } from '../base/messages';

/** The schedule rules a plan keeps quiet: what a later send time can fix. */
export const SCHEDULE_RULES = [
  'campaign-election',
  'recipient-frequency',
  'schedule-holidays',
  'schedule-hours',
] as const;
export type ScheduleRule = (typeof SCHEDULE_RULES)[number];

/** `warning`: no schedule diagnostic at all; `error`: no schedule error (warnings allowed). */
export type PlanTier = 'warning' | 'error';

/** Why a recipient waits: a plan text with its data (the rule that would have reported, or the rate). */
export interface Reason {
  readonly rule: ScheduleRule | 'rate' | 'horizon';
  readonly key: Extract<MessageKey, `plan.reason.${string}`>;
  readonly data: Readonly<Record<string, MessageValue>>;
}

/** A territory as the plan names it: its region code, and Alsace-Moselle apart from the rest of France. */
export interface PlaceName {
  readonly code: string;
  readonly name: { readonly en: string; readonly fr: string };
  readonly holidayZone: HolidayZone | null;
  readonly timeZone: string;
}

export interface PlannedBatch {
  /** 1-based, in send order. */
  readonly number: number;
  /** The batch's send time (its first send). */
  readonly epochMs: number;
  /** Its last send (later than the first with rate_per_minute). */
  readonly lastMs: number;
  readonly count: number;
  readonly territories: ReadonlyArray<PlaceName & { readonly count: number }>;
  /** Names of its files, in the plan's folder. */
  readonly file: string;
  readonly manifest: string;
}

/** Recipients of one territory asked for one time and sent in one batch, for the same reasons. */
export interface Move {
  readonly territory: PlaceName;
  readonly fromMs: number;
  readonly toMs: number;
  readonly batch: number;
  readonly count: number;
  readonly reasons: readonly Reason[];
}

export interface Unplaced {
  readonly territory: PlaceName;
  readonly count: number;
  readonly reasons: readonly Reason[];
  /** The first recipients (line, number), for people to find them. */
  readonly first: ReadonlyArray<{ readonly line: number; readonly recipient: string }>;
}

export interface RejectedReason {
  /** The rule id, as the rejected file's `reasons` column says it. */
  readonly rule: string;
  readonly count: number;
  readonly first: ReadonlyArray<{ readonly line: number; readonly recipient: string }>;
}

export interface PlanResult {
  readonly campaign: {
    readonly file: string;
    readonly name: string;
    readonly channel: Channel;
    readonly purpose: Purpose;
    /** The recipients file as read. */
    readonly recipients: string;
    readonly fromWorkbook: boolean;
  };
  /** The manifest's time zone: batches are scheduled in it, as platforms schedule. */
  readonly timeZone: string;
  readonly requestedMs: number;
  readonly tier: PlanTier;
  readonly withinDays: number;
  readonly ratePerMinute: number | null;
  /** The plan's folder, as reported. */
  readonly dir: string;
  /** The plan file's name in it. */
  readonly file: string;
  /**
   * `planned`: batches written; `blocked`: the campaign has errors no send time fixes (`blockers`;
   * at tier warning, a schedule rule's warning on the campaign too), nothing written.
   */
  readonly status: 'planned' | 'blocked';
  readonly blockers: readonly Diagnostic[];
  /** Rules that reported recipient errors too late for the plan to leave those recipients out. */
  readonly lateRules: readonly string[];
  readonly batches: readonly PlannedBatch[];
  readonly moves: readonly Move[];
  /** Recipients moved but not listed in `moves` (their groups past the first hundreds). */
  readonly movesLeftOut: number;
  readonly unplaced: {
    readonly count: number;
    readonly file: string | null;
    readonly groups: readonly Unplaced[];
  };
  readonly rejected: {
    readonly count: number;
    readonly file: string;
    readonly reasons: readonly RejectedReason[];
  };
  readonly totals: {
    readonly recipients: number;
    readonly sendable: number;
    readonly placed: number;
    readonly unplaced: number;
    readonly rejected: number;
  };
  /** The planned sends per territory and day, as the HTML timeline draws them. */
  readonly timeline: readonly TerritorySummary[];
  readonly schedule: CampaignSummary['schedule'];
}
