import { dateText, defineRule, type HolidayZone, type Holidays, type Recipient } from '../../src/rule-kit';

/** The af2m Business Messaging charter 2026 (tolerating holidays) replaces the 2024 one on this date. */
const CHARTER_2026_FROM = '2026-03-01';

const BASIS = {
  vmsNational: {
    en: 'D223-9 C. conso (in force since 01/03/2023) forbids telephone canvassing of consumers on the L3133-1 holidays',
    fr: 'le D223-9 C. conso (en vigueur depuis le 01/03/2023) interdit le démarchage téléphonique des consommateurs les jours fériés du L3133-1',
  },
  smsCharter2024: {
    en: 'the af2m Business Messaging charter 2024 (01/09/2024–28/02/2026), in force at the send date, allows promotional SMS on working days only',
    fr: "la charte Business Messaging af2m 2024 (du 01/09/2024 au 28/02/2026), en vigueur à la date d'envoi, n'admet les SMS promotionnels que les jours ouvrables",
  },
} as const;
const REASON = {
  smsCharter2026: {
    en: 'the af2m Business Messaging charter 2026 (since 01/03/2026) tolerates holidays but does not recommend them',
    fr: 'la charte Business Messaging af2m 2026 (depuis le 01/03/2026) tolère les jours fériés sans les recommander',
  },
  smsLocal: {
    en: 'a local holiday: the af2m charter does not say which holidays count, so it is avoided by prudence',
    fr: 'un jour férié local : la charte af2m ne dit pas quels jours fériés comptent, il est donc évité par prudence',
  },
  vmsLocal: {
    en: 'a local holiday: D223-9 C. conso names only the national holidays of C. trav. L3133-1, so it is avoided by prudence',
    fr: 'un jour férié local : le D223-9 C. conso ne vise que les jours fériés nationaux du L3133-1 C. trav., il est donc évité par prudence',
  },
  vmsProfessionals: {
    en: 'D223-9 C. conso protects consumers only, so for professionals it is avoided by prudence',
    fr: 'le D223-9 C. conso ne protège que les consommateurs : pour des professionnels, il est évité par prudence',
  },
} as const;

const ALSACE_MOSELLE = { en: 'Alsace-Moselle', fr: 'Alsace-Moselle' };
const SAINT_MARTIN_TEXT_DAY = {
  en: 'Abolition of Slavery Day as written in C. trav. L3422-2 (observed on 28 May since 2018)',
  fr: "Abolition de l'esclavage selon le texte du L3422-2 C. trav. (célébrée le 28 mai depuis 2018)",
  local: true,
};

/**
 * The holiday this rule flags on a local date of a zone: the calendar's, and for Saint-Martin also
 * 27 May, the date the Code du travail still says (the territory observes 28 May). The HTML report
 * counts holidays with it, so the page and the rule agree.
 */
export function flaggedHoliday(
  holidays: Holidays,
  zone: HolidayZone,
  date: string,
): { readonly en: string; readonly fr: string; readonly local: boolean } | null {
  const holiday = holidays.holidayOn(zone, date);
  if (holiday) return holiday;
  return zone === 'saint-martin' && date.endsWith('-05-27') ? SAINT_MARTIN_TEXT_DAY : null;
}

export default defineRule({
  meta: {
    id: 'schedule-holidays',
    description: {
      en: "Disallow marketing and political messages on a public holiday of the recipient's territory (D223-9 C. conso, af2m charter)",
      fr: 'Interdit la prospection et la communication politique un jour férié du territoire du destinataire (D223-9 C. conso, charte af2m)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political'],
    messages: {
      holiday: {
        en: 'Sent on {{date}}, {{holiday}}: a public holiday in {{territory}}; {{basis}}',
        fr: 'Envoyé le {{date}}, {{holiday}} : jour férié ({{territory}}) ; {{basis}}',
      },
      holidayRisky: {
        en: 'Sent on {{date}}, {{holiday}}: a public holiday in {{territory}}; lawful, but {{reason}}',
        fr: 'Envoyé le {{date}}, {{holiday}} : jour férié ({{territory}}) ; licite, mais {{reason}}',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const professionals = campaign.audience === 'professionals';
    /** Why a holiday matters on this channel at this date: an error (binding text) or a warning (reason). */
    type Verdict = { basis: { en: string; fr: string } } | { reason: { en: string; fr: string } };
    const verdict = (local: boolean, date: string): Verdict => {
      if (campaign.channel === 'sms') {
        if (local) return { reason: REASON.smsLocal };
        return date < CHARTER_2026_FROM ? { basis: BASIS.smsCharter2024 } : { reason: REASON.smsCharter2026 };
      }
      if (professionals) return { reason: REASON.vmsProfessionals };
      return local ? { reason: REASON.vmsLocal } : { basis: BASIS.vmsNational };
    };
    const report = (r: Recipient, holiday: { en: string; fr: string }, local: boolean) => {
      const territory = r.holidayZone === 'alsace-moselle' ? ALSACE_MOSELLE : r.territory.name;
      const v = verdict(local, r.sendTime.date);
      const data = {
        date: dateText(r.sendTime.date),
        holiday: { en: holiday.en, fr: holiday.fr },
        territory,
      };
      if ('basis' in v)
        context.report({ messageId: 'holiday', data: { ...data, basis: v.basis }, location: r });
      else
        context.report({
          messageId: 'holidayRisky',
          data: { ...data, reason: v.reason },
          location: r,
          severity: 'warning',
        });
    };
    return {
      recipient(r) {
        if (!r.phone?.valid || !r.holidayZone) return;
        const { date } = r.sendTime;
        const holiday = flaggedHoliday(context.holidays, r.holidayZone, date);
        if (holiday) report(r, holiday, holiday.local);
      },
    };
  },
});
