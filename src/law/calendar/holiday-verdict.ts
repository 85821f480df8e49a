// How much a public holiday weighs for a campaign: an error where a binding text forbids sending
// (D223-9 for VMS to consumers, the af2m charter 2024 for SMS), a warning with its reason elsewhere.
// Shared by schedule-holidays and the send planner.
import type { Channel, HolidayZone, Holidays } from '../../base/types';
import { CHARTER_2026_FROM } from '../hours';
import { flaggedHoliday } from './holidays';

type Both = { readonly en: string; readonly fr: string };

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
  vmsPolitical: {
    en: 'no statute forbids political calls on holidays (D223-9 C. conso governs commercial canvassing only), and the CNIL (21/04/2017) asks that consent to political calls cover their time slot, so it is avoided by prudence',
    fr: "aucun texte n'interdit les appels politiques les jours fériés (le D223-9 C. conso ne régit que le démarchage commercial), et la CNIL (21/04/2017) demande que le consentement aux appels politiques couvre leur plage horaire : il est donc évité par prudence",
  },
  vmsProfessionals: {
    en: 'D223-9 C. conso protects consumers only, so for professionals it is avoided by prudence',
    fr: 'le D223-9 C. conso ne protège que les consommateurs : pour des professionnels, il est évité par prudence',
  },
} as const;

/** Why a holiday matters on this channel at this date: an error (binding text) or a warning (reason). */
export type HolidayVerdict = { readonly basis: Both } | { readonly reason: Both };

export function holidayVerdict(
  campaign: { readonly channel: Channel; readonly audience: string; readonly purpose?: string },
  local: boolean,
  date: string,
): HolidayVerdict {
  if (campaign.channel === 'sms') {
    if (local) return { reason: REASON.smsLocal };
    return date < CHARTER_2026_FROM ? { basis: BASIS.smsCharter2024 } : { reason: REASON.smsCharter2026 };
  }
  if (campaign.purpose === 'political') return { reason: REASON.vmsPolitical };
  if (campaign.audience === 'professionals') return { reason: REASON.vmsProfessionals };
  return local ? { reason: REASON.vmsLocal } : { basis: BASIS.vmsNational };
}

/**
 * What `schedule-holidays` says of a local send date in a holiday zone, when it says something: the
 * holiday it flags and how much it weighs. The rule reports it; the send planner avoids it.
 */
export function holidayFinding(
  holidays: Holidays,
  campaign: { readonly channel: Channel; readonly audience: string },
  zone: HolidayZone,
  date: string,
): { readonly holiday: Both & { readonly local: boolean }; readonly verdict: HolidayVerdict } | null {
  const holiday = flaggedHoliday(holidays, zone, date);
  return holiday ? { holiday, verdict: holidayVerdict(campaign, holiday.local, date) } : null;
}
