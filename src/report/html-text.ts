import { DateTime } from 'luxon';
import type { Lang } from '../base/types';
import { formatCount } from '../base/text';
import { say } from '../base/messages';
import { markupText } from './sinks';

export const num = formatCount;

/** Counted texts of the page: "1 error", "2 erreurs", "0 erreur". */
type Counted =
  | 'campaign'
  | 'error'
  | 'warning'
  | 'recipient'
  | 'blocked'
  | 'notLinted'
  | 'ready'
  | 'ownMessage';

/** "1 error", "2 erreurs", "0 erreur", the number held to its noun (a no-break space: a line never starts with the noun). */
export const count = (n: number, noun: Counted, lang: Lang): string =>
  say(`count.${noun}`, lang, { n }).replace(' ', '\u00a0');

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text safe inside HTML elements and attribute values (characters XML forbids as escapes). */
export const esc = (text: string) => markupText(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A date-time in the zone: "Wednesday 13 January 2027, 19:57" / "mercredi 13/01/2027 à 19:57". */
export function dateTimeText(epochMs: number, timeZone: string, lang: Lang): string {
  const dt = DateTime.fromMillis(epochMs, { zone: timeZone }).setLocale(lang === 'fr' ? 'fr' : 'en-GB');
  return lang === 'fr' ? dt.toFormat("cccc dd/MM/yyyy 'à' HH:mm") : dt.toFormat('cccc d LLLL yyyy, HH:mm');
}

/** A local date (YYYY-MM-DD) as the language writes it, with its weekday. */
export function dateText(date: string, lang: Lang): string {
  const dt = DateTime.fromISO(date).setLocale(lang === 'fr' ? 'fr' : 'en-GB');
  return lang === 'fr' ? dt.toFormat('cccc dd/MM/yyyy') : dt.toFormat('cccc d LLLL yyyy');
}

/** Minutes since midnight as HH:mm (1440 is 24:00). */
export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
