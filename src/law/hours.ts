// The hours of the law and of practice: the schedule-hours profiles (af2m charters, D223-9
// canvassing hours, the platforms' window), in one place for the rule, the report and the planner.
import type { Channel } from '../base/types';

/** An allowed window: ISO weekdays (1 = Monday), local HH:mm from (included) to (excluded). */
export interface Window {
  days: number[];
  from: string;
  to: string;
  /** Inside the error line but a warning (a tolerated day, or outside the platforms' window). */
  warning?: boolean;
}
export interface HoursOptions {
  profile?: string;
  windows?: Array<{ days: string[]; from: string; to: string }>;
}
/** What one profile allows: its windows (the error line), and the text that sets them. */
export interface Tier {
  readonly windows: readonly Window[];
  /** Days inside the windows that are only tolerated: a warning. */
  readonly toleratedDays?: readonly number[];
  /** No binding text sets these windows (a prudent guide): a send outside them is a warning, not an error. */
  readonly advisory?: boolean;
  readonly basis: { en: string; fr: string };
}

const MON_FRI = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
/** The af2m Business Messaging charter 2026 replaces the 2024 one on this date. */
export const CHARTER_2026_FROM = '2026-03-01';

export const PROFILES = {
  // The window many French platforms apply (SMSPartner 2021 and others): platform practice, no statute.
  conservative: {
    windows: [
      { days: MON_FRI, from: '08:00', to: '20:00' },
      { days: [6], from: '10:00', to: '19:00' },
    ],
    basis: {
      en: 'the window many platforms apply: platform practice, no statute',
      fr: 'la plage que beaucoup de plateformes appliquent : pratique, aucun texte',
    },
  },
  // af2m Charte Business Messaging 2026 (from 2026-03-01): 08:00–21:30; Sundays and holidays tolerated.
  'af2m-2026': {
    windows: [{ days: EVERY_DAY, from: '08:00', to: '21:30' }],
    toleratedDays: [7],
    basis: {
      en: 'af2m Business Messaging charter 2026, in force since 01/03/2026, contractual, enforced by operators',
      fr: 'charte Business Messaging af2m 2026, en vigueur depuis le 01/03/2026, contractuelle, appliquée par les opérateurs',
    },
  },
  // af2m charter 2024 (2024-09-01 to 2026-02-28): working days (Mon–Sat) 08:00–22:00.
  'af2m-2024': {
    windows: [{ days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '22:00' }],
    basis: {
      en: 'af2m Business Messaging charter 2024, in force 01/09/2024–28/02/2026, contractual, enforced by operators',
      fr: 'charte Business Messaging af2m 2024, en vigueur du 01/09/2024 au 28/02/2026, contractuelle, appliquée par les opérateurs',
    },
  },
  // C. conso D223-9 (décret 2022-1313, from 2023-03-01): Mon–Fri 10:00–13:00 and 14:00–20:00.
  canvassing: {
    windows: [
      { days: MON_FRI, from: '10:00', to: '13:00' },
      { days: MON_FRI, from: '14:00', to: '20:00' },
    ],
    basis: {
      en: 'D223-9 C. conso, décret 2022-1313, in force since 01/03/2023',
      fr: 'D223-9 C. conso, décret 2022-1313, en vigueur depuis le 01/03/2023',
    },
  },
} as const satisfies Record<string, Tier>;

/**
 * Political voicemail drops: D223-9 governs the commercial canvassing of consumers only, and no
 * statute sets the hours of political calls; the CNIL asks that the consent to them cover "la plage
 * horaire précise des appels" (21/04/2017). The canvassing windows stay the guide, every send
 * outside them a warning citing the CNIL, never a D223-9 error.
 */
export const POLITICAL_CANVASSING: Tier = {
  windows: PROFILES.canvassing.windows,
  advisory: true,
  basis: {
    en: 'no statute sets the hours of political calls (D223-9 C. conso governs commercial canvassing only); the CNIL (21/04/2017) asks that consent to political calls cover their time slot, so the D223-9 window is kept by prudence',
    fr: 'aucun texte ne fixe les heures des appels politiques (le D223-9 C. conso ne régit que le démarchage commercial) ; la CNIL (21/04/2017) demande que le consentement aux appels politiques couvre leur plage horaire : la plage du D223-9 est donc gardée par prudence',
  },
};

/** Whether D223-9 cannot govern the campaign (a political voicemail drop): its window is then only advisory. */
const politicalCall = (campaign: { channel: Channel; purpose?: string }) =>
  campaign.channel === 'vms' && campaign.purpose === 'political';

/** Profile names accepted by the `profile` option; `charter` picks the af2m charter of the send date, with the platforms' window as a warning tier. */
export const PROFILE_NAMES = ['charter', ...Object.keys(PROFILES)] as const;

export const HOURS_DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SHORT_DAYS = [
  { en: 'Mon', fr: 'lun.' },
  { en: 'Tue', fr: 'mar.' },
  { en: 'Wed', fr: 'mer.' },
  { en: 'Thu', fr: 'jeu.' },
  { en: 'Fri', fr: 'ven.' },
  { en: 'Sat', fr: 'sam.' },
  { en: 'Sun', fr: 'dim.' },
];

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** "Mon–Fri 08:00–20:00, Sat 10:00–19:00" in both languages; windows on the same days are joined. */
export function describeWindows(windows: readonly Window[]): { en: string; fr: string } {
  const groups = new Map<string, { days: number[]; ranges: string[] }>();
  for (const w of windows) {
    const days = [...w.days].sort();
    const key = days.join(',');
    const group = groups.get(key) ?? { days, ranges: [] };
    group.ranges.push(`${w.from}–${w.to}`);
    groups.set(key, group);
  }
  const part = (lang: 'en' | 'fr') =>
    [...groups.values()]
      .map(({ days, ranges }) => {
        const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
        const dayText =
          days.length === 7
            ? lang === 'en'
              ? 'every day'
              : 'tous les jours'
            : contiguous && days.length > 1
              ? `${SHORT_DAYS[days[0] - 1][lang]}–${SHORT_DAYS[days[days.length - 1] - 1][lang]}`
              : days.map((d) => SHORT_DAYS[d - 1][lang]).join(', ');
        return `${dayText} ${ranges.join(lang === 'en' ? ' and ' : ' et ')}`;
      })
      .join(', ');
  return { en: part('en'), fr: part('fr') };
}

/** The profile the rule applies: `profile`, else canvassing for VMS to consumers and the charter otherwise. */
export function profileOf(options: HoursOptions, campaign: { channel: Channel; audience: string }): string {
  if (options.windows) return 'custom';
  return (
    options.profile ??
    (campaign.channel === 'vms' && campaign.audience !== 'professionals' ? 'canvassing' : 'charter')
  );
}

export function customTier(options: HoursOptions): Tier | null {
  return options.windows
    ? {
        windows: options.windows.map((w) => ({
          days: w.days.map((d) => HOURS_DAY_KEYS.indexOf(d) + 1),
          from: w.from,
          to: w.to,
        })),
        basis: { en: 'the windows of your configuration', fr: 'les plages de votre configuration' },
      }
    : null;
}

/**
 * The error line on a local date: the profile's windows, or for `charter` the af2m charter then in
 * force; for a political voicemail drop, the canvassing windows are only advisory (see POLITICAL_CANVASSING).
 */
export function outerTier(
  profile: string,
  custom: Tier | null,
  date: string,
  campaign: { channel: Channel; purpose?: string },
): Tier {
  if (custom) return custom;
  if (profile === 'charter') return date < CHARTER_2026_FROM ? PROFILES['af2m-2024'] : PROFILES['af2m-2026'];
  if (profile === 'canvassing' && politicalCall(campaign)) return POLITICAL_CANVASSING;
  return PROFILES[profile as keyof typeof PROFILES];
}

/**
 * The windows the rule applies on a local date, each flagged as a warning where the rule warns (a
 * tolerated day; for `charter`, outside the platforms' usual window): the HTML report draws them, so
 * the tiers are worked out here only.
 */
export function scheduleFor(
  options: HoursOptions,
  campaign: { channel: Channel; audience: string; purpose?: string },
  date: string,
): { profile: string; windows: Window[]; advisory?: boolean } {
  const profile = profileOf(options, campaign);
  const outer = outerTier(profile, customTier(options), date, campaign);
  const inner = profile === 'charter' ? PROFILES.conservative : null;
  const windows: Window[] = [];
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  for (let day = 1; day <= 7; day++) {
    const tolerated = outer.toleratedDays?.includes(day) ?? false;
    const outerWindows: readonly Window[] = outer.windows;
    for (const w of outerWindows.filter((x) => x.days.includes(day))) {
      const from = minutesOf(w.from);
      const to = minutesOf(w.to);
      // Cut the window where the inner tier starts and ends: inside it no warning, outside a warning.
      const cuts = new Set([from, to]);
      const innerWindows: readonly Window[] = inner?.windows ?? [];
      const innerRanges = innerWindows
        .filter((x) => x.days.includes(day))
        .map((x) => ({ from: minutesOf(x.from), to: minutesOf(x.to) }));
      for (const r of innerRanges) for (const m of [r.from, r.to]) if (m > from && m < to) cuts.add(m);
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < points.length; i++) {
        const mid = points[i];
        const inside = innerRanges.some((r) => mid >= r.from && mid < r.to);
        const warning = tolerated || (inner !== null && !inside);
        windows.push({
          days: [day],
          from: hhmm(points[i]),
          to: hhmm(points[i + 1]),
          ...(warning ? { warning } : {}),
        });
      }
    }
  }
  return { profile, windows, ...(outer.advisory ? { advisory: true } : {}) };
}

/** A tier's windows as minute ranges per weekday ([from, to): a window's end is excluded), and its text. */
export function compileTier(tier: Tier) {
  const byDay = Array.from({ length: 8 }, (_, day) =>
    tier.windows
      .filter((w) => w.days.includes(day))
      .map((w) => ({ from: minutesOf(w.from), to: minutesOf(w.to) })),
  );
  return {
    tier,
    text: describeWindows(tier.windows),
    allows: (weekday: number, minutes: number) =>
      byDay[weekday].some((w) => minutes >= w.from && minutes < w.to),
  };
}

/** What `schedule-hours` says of one local send time, when it says something. */
export interface HoursFinding {
  /** outside: outside the error line; tolerated: a day the line only tolerates; platformWindow: outside the platforms' usual window (`charter`). */
  readonly kind: 'outside' | 'tolerated' | 'platformWindow';
  /** Reported as a warning whatever the rule's severity. */
  readonly warning: boolean;
  /** `outside` a window no binding text sets (a political voicemail drop, see POLITICAL_CANVASSING): a warning. */
  readonly advisory?: boolean;
  /** The windows of the tier that was crossed, in words. */
  readonly windows: { readonly en: string; readonly fr: string };
  /** The text that sets the error line. */
  readonly basis: { readonly en: string; readonly fr: string };
}

/** The rule's judgement of local send times: the one decision the rule reports and the planner avoids. */
export interface HoursJudge {
  readonly profile: string;
  judge(local: {
    readonly date: string;
    readonly weekday: number;
    readonly minutes: number;
  }): HoursFinding | null;
  /**
   * The first minute after `minutes` on that local date (and weekday) at which the judgement may
   * change: a window's start or end in either tier; 1440 (midnight) when none is left that day.
   */
  nextEdge(date: string, weekday: number, minutes: number): number;
}

export function hoursJudge(
  options: HoursOptions,
  campaign: { channel: Channel; audience: string; purpose?: string },
): HoursJudge {
  const profile = profileOf(options, campaign);
  const custom = customTier(options);
  const compiled = new Map<Tier, ReturnType<typeof compileTier>>();
  const compiledOf = (tier: Tier) => {
    let c = compiled.get(tier);
    if (!c) compiled.set(tier, (c = compileTier(tier)));
    return c;
  };
  // `charter` only: inside the charter, the platforms' usual window is a warning line.
  const inner = profile === 'charter' ? compiledOf(PROFILES.conservative) : null;
  const edges = new Map<string, number[]>();
  return {
    profile,
    judge({ date, weekday, minutes }) {
      // The error line: the profile's windows, or for `charter` the af2m charter in force on the local date.
      const outer = compiledOf(outerTier(profile, custom, date, campaign));
      const basis = outer.tier.basis;
      if (!outer.allows(weekday, minutes))
        return outer.tier.advisory
          ? { kind: 'outside', warning: true, advisory: true, windows: outer.text, basis }
          : { kind: 'outside', warning: false, windows: outer.text, basis };
      if (outer.tier.toleratedDays?.includes(weekday))
        return { kind: 'tolerated', warning: true, windows: outer.text, basis };
      if (inner && !inner.allows(weekday, minutes))
        return { kind: 'platformWindow', warning: true, windows: inner.text, basis };
      return null;
    },
    nextEdge(date, weekday, minutes) {
      const outer = outerTier(profile, custom, date, campaign);
      const key = `${weekday}\u0000${outer.basis.en}`;
      let list = edges.get(key);
      if (!list) {
        const all = [...outer.windows, ...(inner?.tier.windows ?? [])].filter((w) =>
          w.days.includes(weekday),
        );
        list = [...new Set(all.flatMap((w) => [minutesOf(w.from), minutesOf(w.to)]))].sort((a, b) => a - b);
        edges.set(key, list);
      }
      for (const edge of list) if (edge > minutes) return edge;
      return 1440;
    },
  };
}
