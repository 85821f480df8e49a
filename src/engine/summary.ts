import { scheduleFor } from '../law/hours';
import { flaggedHoliday } from '../law/calendar/holidays';
import { electionTerritoryOf, silenceAt } from '../law/election';
import { filledCost, textCost, type TextCost } from '../law/sms/gsm7';
import { Template } from '../base/template';
import type {
  Campaign,
  CampaignSummary,
  Election,
  Holidays,
  HolidayZone,
  LocalTime,
  Recipient,
  ScheduleWindow,
  SendDay,
  Territory,
  TerritorySummary,
} from '../base/types';

/** Days drawn per territory: a campaign is sent over a day or two; the rest are counted only. */
export const DRAWN_DAYS = 7;
const MINUTES_A_DAY = 1440;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

interface DayTally {
  readonly date: string;
  readonly weekday: number;
  readonly holiday: { en: string; fr: string } | null;
  count: number;
  /** Recipients per local minute of the day: 6 KB a day, whatever the file size. */
  readonly minutes: Uint32Array;
}

class TerritoryTally {
  count = 0;
  firstMs = Infinity;
  lastMs = -Infinity;
  outside = 0;
  tolerated = 0;
  onHoliday = 0;
  inSilence = 0;
  laterDays = 0;
  readonly days = new Map<string, DayTally | null>();
  lastDay: DayTally | null = null;
  constructor(
    readonly territory: Territory,
    readonly holidayZone: HolidayZone | null,
  ) {}
}

interface Plan {
  readonly template: Template;
  readonly literal: TextCost;
}

const planOf = (text: string): Plan => {
  const template = new Template(text);
  return { template, literal: textCost(template.fill(() => '')) };
};

/**
 * Send times per territory, as the HTML report draws them: one `add` per send, memory bounded by
 * territories × DRAWN_DAYS × 6 KB. `schedule`: the windows of schedule-hours (null when the rule does
 * not run), to count the sends outside them or in their warning tier; `election` (when
 * campaign-election judges one), to count the sends inside the electoral silence. The lint's summary
 * feeds it the recipients' send times; the send planner, the planned ones.
 */
export class SendTimeline {
  /** Per territory object (the engine shares one per region), its tallies by holiday zone. */
  private readonly tallies = new Map<Territory, TerritoryTally[]>();
  private last: TerritoryTally | null = null;
  /** Per weekday (1–7), the [from, to) minute ranges of the profile. */
  private readonly byDay: Array<Array<{ from: number; to: number; warning: boolean }>>;

  constructor(
    private readonly holidays: Holidays,
    private readonly schedule: CampaignSummary['schedule'],
    private readonly election: Election | null = null,
  ) {
    const windows: readonly ScheduleWindow[] = schedule?.windows ?? [];
    this.byDay = Array.from({ length: 8 }, (_, day) =>
      windows
        .filter((w) => w.days.includes(day))
        .map((w) => ({ from: minutesOf(w.from), to: minutesOf(w.to), warning: !!w.warning })),
    );
  }

  add(territory: Territory, holidayZone: HolidayZone | null, time: LocalTime): void {
    let tally = this.last;
    if (tally === null || tally.territory !== territory || tally.holidayZone !== holidayZone)
      tally = this.last = this.tallyOf(territory, holidayZone);
    tally.count++;
    if (time.epochMs < tally.firstMs) tally.firstMs = time.epochMs;
    if (time.epochMs > tally.lastMs) tally.lastMs = time.epochMs;
    // Rows of a territory mostly share their day: the last one is checked before the map.
    let day =
      tally.lastDay !== null && tally.lastDay.date === time.date ? tally.lastDay : tally.days.get(time.date);
    if (day === undefined) {
      const holiday = holidayZone ? flaggedHoliday(this.holidays, holidayZone, time.date) : null;
      // Past DRAWN_DAYS a date is remembered (null) only to count its holiday; dates are few.
      day =
        tally.days.size < DRAWN_DAYS
          ? {
              date: time.date,
              weekday: time.weekday,
              holiday: holiday && { en: holiday.en, fr: holiday.fr },
              count: 0,
              minutes: new Uint32Array(MINUTES_A_DAY),
            }
          : null;
      if (tally.days.size < 4096) tally.days.set(time.date, day);
      if (holiday && day === null) tally.onHoliday++;
    } else if (day === null && holidayZone && flaggedHoliday(this.holidays, holidayZone, time.date)) {
      tally.onHoliday++;
    }
    if (day) {
      tally.lastDay = day;
      day.count++;
      day.minutes[time.minutes]++;
      if (day.holiday) tally.onHoliday++;
    } else tally.laterDays++;
    if (this.election && silenceAt(this.election, electionTerritoryOf(tally), time)) tally.inSilence++;
    if (this.schedule) {
      const windows = this.byDay[time.weekday];
      let hit: { warning: boolean } | undefined;
      for (const w of windows)
        if (time.minutes >= w.from && time.minutes < w.to) {
          hit = w;
          break;
        }
      if (!hit) tally.outside++;
      else if (hit.warning) tally.tolerated++;
    }
  }

  private tallyOf(territory: Territory, zone: HolidayZone | null): TerritoryTally {
    let list = this.tallies.get(territory);
    if (!list) this.tallies.set(territory, (list = []));
    let tally = list.find((t) => t.holidayZone === zone);
    if (!tally) list.push((tally = new TerritoryTally(territory, zone)));
    return tally;
  }

  /** The territories, metropolitan France first, then the rest of the French plan, then foreign numbers. */
  result(): TerritorySummary[] {
    const territories: TerritorySummary[] = [...this.tallies.values()].flat().map((t) => ({
      code: t.territory.code,
      name: t.territory.name,
      timeZone: t.territory.timeZone,
      holidayZone: t.holidayZone,
      count: t.count,
      firstMs: t.firstMs,
      lastMs: t.lastMs,
      outside: t.outside,
      tolerated: t.tolerated,
      onHoliday: t.onHoliday,
      ...(this.election ? { inSilence: t.inSilence } : {}),
      days: [...t.days.values()]
        .filter((d): d is DayTally => d !== null)
        .sort((a, b) => (a.date < b.date ? -1 : 1))
        .map((d) => sendDay(d)),
      laterDays: t.laterDays,
    }));
    const frenchPlan = new Set([...this.tallies.keys()].filter((t) => t.frenchPlan).map((t) => t.code));
    const rank = (t: TerritorySummary) =>
      t.code === 'FR' ? 0 : frenchPlan.has(t.code) ? 1 : t.code === 'ZZ' ? 3 : 2;
    return territories.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.name.en.localeCompare(b.name.en) ||
        Number(a.holidayZone === 'alsace-moselle') - Number(b.holidayZone === 'alsace-moselle'),
    );
  }
}

/**
 * What the HTML report shows of a campaign beyond its diagnostics, gathered while the engine reads
 * the recipients: one `add` per recipient, in bounded memory (see SendTimeline).
 * `hoursOptions` are schedule-hours' options when that rule runs on the campaign (else null): the
 * windows come from the rule itself, so the page draws what the rule judges. `election` is the
 * campaign's when campaign-election runs on it: the sends inside the electoral silence are counted.
 */
export class SummaryCollector {
  private readonly schedule: CampaignSummary['schedule'];
  private readonly timeline: SendTimeline;
  private unusable = 0;
  private ownMessages = 0;
  /** A message split once, with the cost of its literal text (placeholders empty). */
  private readonly campaignPlan: Plan;
  private rowPlan: Plan | null = null;
  private longest: { segments: number; units: number; summary: CampaignSummary['longestVariant'] } | null =
    null;

  constructor(
    private readonly campaign: Campaign,
    holidays: Holidays,
    hoursOptions: Readonly<Record<string, unknown>> | null,
    election: Election | null = null,
  ) {
    this.schedule = hoursOptions ? scheduleFor(hoursOptions, campaign, campaign.sendAt.date) : null;
    this.timeline = new SendTimeline(holidays, this.schedule, election);
    this.campaignPlan = planOf(campaign.message);
  }

  add(r: Recipient): void {
    const own = r.message !== this.campaign.message;
    if (own) this.ownMessages++;
    if (own || this.campaignPlan.template.names.length > 0) this.considerVariant(r, own);
    if (!r.phone?.valid) {
      this.unusable++; // schedule rules skip them too
      return;
    }
    this.timeline.add(r.territory, r.holidayZone, r.sendTime);
  }

  /** Keeps the longest text a recipient receives (own message, placeholders filled), by a cheap cost first. */
  private considerVariant(r: Recipient, own: boolean): void {
    let plan = this.campaignPlan;
    if (own) {
      // Rows with their own message usually repeat a few texts: the last one is kept.
      if (this.rowPlan?.template.text !== r.message) this.rowPlan = planOf(r.message);
      plan = this.rowPlan;
    }
    const template = plan.template;
    const { septets, utf16, gsm } = filledCost(plan.literal, template.names, (name) => r.get(name));
    const size = gsm ? septets : utf16;
    const segments = size <= (gsm ? 160 : 70) ? 1 : Math.ceil(size / (gsm ? 153 : 67));
    const best = this.longest;
    if (best && (segments < best.segments || (segments === best.segments && size <= best.units))) return;
    const pieces: Array<{ text: string; placeholder?: string }> = [];
    let rest = template.text;
    const pattern = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}|\{\s*([\p{L}\p{N}_.-]+)\s*\}/u;
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      const name = m[1] ?? m[2];
      if (m.index > 0) pieces.push({ text: rest.slice(0, m.index) });
      const value = r.get(name);
      pieces.push(value === undefined ? { text: m[0] } : { text: value, placeholder: name });
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) pieces.push({ text: rest });
    this.longest = { segments, units: size, summary: { line: r.line, pieces, own } };
  }

  result(): CampaignSummary {
    const territories = this.timeline.result();
    const c = this.campaign;
    const audience = (c as unknown as { audience?: unknown }).audience;
    return {
      advertiser: c.advertiser,
      sender: c.sender,
      message: c.message,
      sendAt: { iso: c.sendAt.iso, timeZone: c.sendAt.timeZone, epochMs: c.sendAt.epochMs },
      ratePerMinute: c.ratePerMinute,
      // The manifest's audience once the campaign format carries one (issue 14).
      audience: typeof audience === 'string' ? audience : null,
      schedule: this.schedule,
      territories,
      unusable: this.unusable,
      ownMessages: this.ownMessages,
      longestVariant: this.longest?.summary ?? null,
    };
  }
}

function sendDay(d: DayTally): SendDay {
  const runs: Array<[number, number, number]> = [];
  for (let m = 0; m < MINUTES_A_DAY; m++) {
    if (d.minutes[m] === 0) continue;
    const previous = runs[runs.length - 1];
    if (previous && previous[1] === m) {
      previous[1] = m + 1;
      previous[2] += d.minutes[m];
    } else runs.push([m, m + 1, d.minutes[m]]);
  }
  return { date: d.date, weekday: d.weekday, count: d.count, holiday: d.holiday, runs };
}
