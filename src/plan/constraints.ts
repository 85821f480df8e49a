// What the schedule rules would say of a send time, asked of src/law/: the planner avoids exactly
// what schedule-hours, schedule-holidays, campaign-election (the electoral silence) and
// recipient-frequency report (the same functions decide),
// at the plan's tier and with the severities the configuration gives them.
import { DateTime } from 'luxon';
import type { LocalClock } from '../law/calendar/clock';
import { hoursJudge } from '../law/hours';
import { holidayFinding } from '../law/calendar/holiday-verdict';
import { addDays, electionTerritoryOf, isCodeElectoralKind, silenceAt } from '../law/election';

/** A holiday's name in both languages (without its other facts). */
const holidayName = ({ en, fr }: { en: string; fr: string }) => Object.freeze({ en, fr });
import { DAY_NAMES } from '../law/calendar/days';
import { frequencyFreesAfter, overFrequencyCap } from '../law/frequency';
import { effectiveSeverity, type ResolvedConfig } from '../engine/config';
import { dateText } from '../base/text';
import { placeName } from '../law/postal-code';
import type { Campaign, Holidays, HolidayZone, LocalTime, Territory } from '../base/types';
import type { PlanTier, Reason, ScheduleRule } from './types';

const MINUTE = 60_000;

/** Who is placed: what the calendar rules look at (shared by a territory's recipients), and the number's counted sends. */
export interface Who {
  readonly territory: Territory;
  readonly holidayZone: HolidayZone | null;
  /** Recipients of one group get the same answers from the calendar rules. */
  readonly group: string;
  /** The group's answers so far: the first allowed instant from a given one, and the reasons met (placer.ts). */
  readonly answers: Map<number, CalendarAnswer>;
  /** Local times of the group's sends (consecutive sends of a group mostly share their minute). */
  readonly clock: LocalClock;
  /** Earlier sends counted by recipient-frequency for this number; null when there are none. */
  readonly counted: readonly number[] | null;
}

/** The first instant from a given one that no calendar rule reports (null: none within the horizon), and why not earlier. */
export interface CalendarAnswer {
  readonly at: number | null;
  readonly reasons: readonly Reason[];
}

/** A send time a rule would report: from when it may stop reporting (a lower bound), and why. */
export interface Block {
  readonly until: number;
  readonly reason: Reason;
}

/** A rule that judges a local time the same way for a whole group (hours, holidays, silence). */
export interface CalendarRule {
  readonly rule: ScheduleRule;
  check(who: Who, local: LocalTime): Block | null;
}

/** recipient-frequency: judges a number's history. */
export interface FrequencyRule {
  check(counted: readonly number[], at: number): Block | null;
}

export interface ScheduleRules {
  readonly calendar: readonly CalendarRule[];
  readonly frequency: FrequencyRule | null;
}

/** The instant of a local date and minute (1440: the next midnight) in a zone; a DST gap moves it forward. */
export function localInstant(date: string, minutes: number, timeZone: string): number {
  const day = DateTime.fromISO(date, { zone: timeZone });
  return (
    minutes >= 1440
      ? day.plus({ days: 1 })
      : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
  )
    .startOf('minute')
    .toMillis();
}

export const ceilMinute = (ms: number) => Math.ceil(ms / MINUTE) * MINUTE;

export interface RulesContext {
  readonly campaign: Campaign;
  readonly config: ResolvedConfig;
  /** Ids of the rules that run on the campaign. */
  readonly rules: readonly string[];
  readonly holidays: Holidays;
  readonly tier: PlanTier;
  /** Rules the plan pretends not to know (tests: a planner that ignores one must fail the proof). */
  readonly ignore?: readonly ScheduleRule[];
}

/**
 * The schedule rules that run on the campaign, each as the planner asks it. A report blocks a send
 * time when its severity — the rule's, lowered to a warning where the rule says so, raised by
 * `strict` — reaches the tier: any report at tier warning, an error at tier error.
 */
export function scheduleRules(context: RulesContext): ScheduleRules {
  const { campaign, config, holidays, tier } = context;
  const blocking = (rule: ScheduleRule): ((warning: boolean) => boolean) | null => {
    if (!context.rules.includes(rule) || context.ignore?.includes(rule)) return null;
    const setting = config.rules.get(rule)?.severity ?? 'off';
    if (setting === 'off') return null;
    return (warning) =>
      tier === 'warning' || effectiveSeverity(config, warning ? 'warning' : setting) === 'error';
  };
  const optionsOf = (rule: ScheduleRule) => config.rules.get(rule)?.options ?? {};
  const calendar: CalendarRule[] = [];

  const hoursBlock = blocking('schedule-hours');
  if (hoursBlock) {
    const judge = hoursJudge(optionsOf('schedule-hours'), campaign);
    calendar.push({
      rule: 'schedule-hours',
      check(who, local) {
        const found = judge.judge(local);
        if (!found || !hoursBlock(found.warning)) return null;
        const edge = judge.nextEdge(local.date, local.weekday, local.minutes);
        const data: Reason['data'] =
          found.kind === 'tolerated' ? { day: DAY_NAMES[local.weekday - 1] } : { windows: found.windows };
        return {
          until: localInstant(local.date, edge, who.territory.timeZone),
          reason: {
            rule: 'schedule-hours',
            key: `plan.reason.${found.kind}`,
            data,
          },
        };
      },
    });
  }

  const holidayBlock = blocking('schedule-holidays');
  if (holidayBlock)
    calendar.push({
      rule: 'schedule-holidays',
      check(who, local) {
        if (!who.holidayZone) return null;
        const found = holidayFinding(holidays, campaign, who.holidayZone, local.date);
        if (!found || !holidayBlock(!('basis' in found.verdict))) return null;
        return {
          until: localInstant(local.date, 1440, who.territory.timeZone),
          reason: {
            rule: 'schedule-holidays',
            key: 'plan.reason.holiday',
            data: {
              holiday: holidayName(found.holiday),
              territory: territoryName(who),
              date: dateText(local.date),
            },
          },
        };
      },
    });

  // campaign-election: the electoral silence (L49) of the recipient's territory, in its local time;
  // a warning for a ballot the Code électoral may not govern (kind: other), as the rule reports it.
  const silenceBlock = blocking('campaign-election');
  const election = campaign.election;
  if (silenceBlock && election !== null && election !== 'none') {
    const warning = !isCodeElectoralKind(election.kind);
    calendar.push({
      rule: 'campaign-election',
      check(who, local) {
        const silence = silenceAt(election, electionTerritoryOf(who), local, campaign.channel);
        if (!silence || !silenceBlock(warning)) return null;
        return {
          until: silence.until,
          reason: {
            rule: 'campaign-election',
            key: 'plan.reason.silence',
            data: { until: dateText(addDays(silence.window.lastDay, 1)) },
          },
        };
      },
    });
  }

  let frequency: FrequencyRule | null = null;
  const frequencyBlock = blocking('recipient-frequency');
  if (frequencyBlock && campaign.history.size > 0 && frequencyBlock(false)) {
    const max = Number(optionsOf('recipient-frequency').max ?? 4);
    frequency = {
      check(counted, at) {
        if (!overFrequencyCap(counted, [at], at, max)) return null;
        const until = frequencyFreesAfter(counted, at);
        // The day a send comes within the cap again (later sends of the history may keep it over).
        let free = until;
        while (Number.isFinite(free) && overFrequencyCap(counted, [free], free, max))
          free = frequencyFreesAfter(counted, free);
        const reason: Reason = Number.isFinite(free)
          ? {
              rule: 'recipient-frequency',
              key: 'plan.reason.frequency',
              data: {
                max,
                date: dateText(DateTime.fromMillis(free, { zone: campaign.timeZone }).toISODate() as string),
              },
            }
          : { rule: 'recipient-frequency', key: 'plan.reason.frequencyNever', data: { max } };
        return { until: Number.isFinite(until) ? ceilMinute(until) : Infinity, reason };
      },
    };
  }
  return { calendar, frequency };
}

/** A territory's name, Alsace-Moselle apart from the rest of metropolitan France. */
export const territoryName = (who: { territory: Territory; holidayZone: HolidayZone | null }) =>
  placeName(who.territory, who.holidayZone);
