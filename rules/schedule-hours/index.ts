import { DAY_NAMES, cellValue, defineRule } from '../../src/rule-kit';

interface Window {
  days: number[];
  from: string;
  to: string;
  warning?: boolean;
}
interface Options {
  profile?: string;
  windows?: Array<{ days: string[]; from: string; to: string }>;
}

const MON_FRI = [1, 2, 3, 4, 5];
export const PROFILES: Readonly<Record<string, Window[]>> = {
  // Platforms' common practice; the safest reading for SMS marketing.
  conservative: [
    { days: MON_FRI, from: '08:00', to: '20:00' },
    { days: [6], from: '10:00', to: '19:00' },
  ],
  // af2m Charte Business Messaging 2026 (from 2026-03-01): every day 08:00–21:30, Sunday tolerated.
  'af2m-2026': [
    { days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '21:30' },
    { days: [7], from: '08:00', to: '21:30', warning: true },
  ],
  // af2m charter 2024 (2024-09-01 to 2026-02-28): working days 08:00–22:00.
  'af2m-2024': [{ days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '22:00' }],
  // C. conso D223-9 (décret 2022-1313, from 2023-03-01): Mon–Fri 10:00–13:00 and 14:00–20:00.
  canvassing: [
    { days: MON_FRI, from: '10:00', to: '13:00' },
    { days: MON_FRI, from: '14:00', to: '20:00' },
  ],
};
const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
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
  for (const w of windows.filter((x) => !x.warning)) {
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

export default defineRule<Options>({
  meta: {
    id: 'schedule-hours',
    description: {
      en: 'Require marketing messages to reach each recipient inside the allowed local hours',
      fr: "Exige que chaque message de prospection arrive aux heures autorisées, à l'heure locale du destinataire",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      outside: {
        en: 'Sent at {{time}} local time ({{zone}}) on {{day}}; allowed {{windows}}',
        fr: 'Envoyé à {{time}} heure locale ({{zone}}) un {{day}} ; autorisé {{windows}}',
      },
      tolerated: {
        en: 'Sent on {{day}} at {{time}} local time ({{zone}}): tolerated by the {{profile}} profile but not recommended',
        fr: 'Envoyé un {{day}} à {{time}} heure locale ({{zone}}) : toléré par le profil {{profile}} mais déconseillé',
      },
      badSendAt: {
        en: 'send_at "{{value}}" is not a date and time; the campaign\'s send_at was used',
        fr: "send_at « {{value}} » n'est pas une date et heure ; le send_at de la campagne a été utilisé",
      },
    },
    schema: {
      type: 'object',
      properties: {
        profile: { enum: Object.keys(PROFILES) },
        windows: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['days', 'from', 'to'],
            additionalProperties: false,
            properties: {
              days: { type: 'array', minItems: 1, items: { enum: DAY_KEYS } },
              from: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
              to: { type: 'string', pattern: '^([01]\\d|2[0-4]):[0-5]\\d$' },
            },
          },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
  },
  create(context) {
    const { campaign, options } = context;
    const profile = options.profile ?? (campaign.channel === 'vms' ? 'canvassing' : 'conservative');
    const windows: Window[] = options.windows
      ? options.windows.map((w) => ({
          days: w.days.map((d) => DAY_KEYS.indexOf(d) + 1),
          from: w.from,
          to: w.to,
        }))
      : PROFILES[profile];
    const profileName = options.windows ? 'custom' : profile;
    const allowedText = describeWindows(windows);
    // Per weekday, the [from, to) minute ranges; a window's end is exclusive.
    const byDay = Array.from({ length: 8 }, (_, day) =>
      windows
        .filter((w) => w.days.includes(day))
        .map((w) => ({ from: minutesOf(w.from), to: minutesOf(w.to), warning: !!w.warning })),
    );
    return {
      recipient(r) {
        if (r.sendAtInvalid !== null)
          context.report({
            messageId: 'badSendAt',
            data: { value: cellValue(r.sendAtInvalid.slice(0, 40)) },
            location: { kind: 'recipient', recipient: r, column: campaign.columns.send_at },
          });
        if (!r.phone?.valid) return; // an unusable number is reported by recipient-phone-valid
        const { weekday, minutes, time, timeZone } = r.sendTime;
        const hit = byDay[weekday].find((w) => minutes >= w.from && minutes < w.to);
        if (hit && !hit.warning) return;
        const data = {
          time,
          zone: timeZone,
          day: DAY_NAMES[weekday - 1],
          windows: allowedText,
          profile: profileName,
        };
        if (!hit) context.report({ messageId: 'outside', data, location: r });
        else context.report({ messageId: 'tolerated', data, location: r, severity: 'warning' });
      },
    };
  },
});
