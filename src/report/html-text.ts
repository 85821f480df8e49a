import { DateTime } from 'luxon';
import type { Lang } from '../base/types';
import { formatCount } from '../base/text';
import { say as sayCatalogue } from '../base/messages';

// Words of the HTML report in both languages. French strings carry a narrow no-break space
// (U+202F) before : ; ! ? and « » quotes, as French typography wants.

const NNBSP = '\u202f';

/** Text in both languages; `{{n}}` and other names are filled by `say`. */
export const W = {
  title: { en: 'Campaign report', fr: 'Rapport de campagne' },
  generatedBy: { en: 'Checked by campaign-lint {{version}}', fr: 'Vérifié par campaign-lint {{version}}' },
  contents: { en: 'Campaigns', fr: 'Campagnes' },
  failuresTitle: { en: 'Could not be linted', fr: 'Impossible à vérifier' },
  failuresIntro: {
    en: 'These inputs could not be read or checked; nothing below vouches for them.',
    fr: `Ces entrées n'ont pas pu être lues ou vérifiées${NNBSP}; rien ci-dessous ne les couvre.`,
  },
  blocked: { en: 'Blocked', fr: 'Bloquée' },
  ready: { en: 'Ready to send', fr: 'Prête à partir' },
  blockedLong: {
    en: 'Do not send: fix the errors below first.',
    fr: `Ne pas envoyer${NNBSP}: corrigez d'abord les erreurs ci-dessous.`,
  },
  readyLong: {
    en: 'No error: this campaign can be sent.',
    fr: `Aucune erreur${NNBSP}: la campagne peut partir.`,
  },
  readyWarnings: {
    en: 'No error: this campaign can be sent; review the warnings first.',
    fr: `Aucune erreur${NNBSP}: la campagne peut partir${NNBSP}; relisez d'abord les avertissements.`,
  },
  channel: { en: 'Channel', fr: 'Canal' },
  purpose: { en: 'Purpose', fr: 'Finalité' },
  audience: { en: 'Audience', fr: 'Public' },
  advertiser: { en: 'Advertiser', fr: 'Annonceur' },
  sender: { en: 'Sender', fr: 'Émetteur' },
  sendDate: { en: 'Send date', fr: "Date d'envoi" },
  rate: { en: 'Throughput', fr: 'Débit' },
  perMinute: { en: '{{n}} per minute', fr: '{{n}} par minute' },
  recipients: { en: 'Recipients', fr: 'Destinataires' },
  manifest: { en: 'Manifest', fr: 'Manifeste' },
  errors: { en: 'Errors', fr: 'Erreurs' },
  warnings: { en: 'Warnings', fr: 'Avertissements' },
  notSet: { en: 'not set', fr: 'non renseigné' },
  message: { en: 'Message', fr: 'Message' },
  script: { en: 'Voicemail script', fr: 'Script du message vocal' },
  encoding: { en: 'Encoding', fr: 'Codage' },
  segments: { en: 'Segments', fr: 'Segments' },
  segmentsValue: {
    en: '{{segments}} ({{units}} {{unit}}, {{perSegment}} per segment)',
    fr: '{{segments}} ({{units}} {{unit}}, {{perSegment}} par segment)',
  },
  septets: { en: 'septets', fr: 'septets' },
  utf16: { en: 'UTF-16 units', fr: 'unités UTF-16' },
  ucs2Chars: { en: 'Characters forcing UCS-2', fr: 'Caractères imposant UCS-2' },
  none: { en: 'none', fr: 'aucun' },
  placeholders: { en: 'Placeholders', fr: 'Champs de fusion' },
  optOut: { en: 'Opt-out mention', fr: "Mention d'opposition" },
  advertiserName: { en: "Advertiser's name", fr: "Nom de l'annonceur" },
  found: { en: 'present (highlighted)', fr: 'présent (surligné)' },
  missing: { en: 'missing', fr: 'absent' },
  legend: { en: 'Legend', fr: 'Légende' },
  longestVariant: {
    en: 'Longest personalised message (line {{line}})',
    fr: 'Plus long message personnalisé (ligne {{line}})',
  },
  ownMessageHidden: {
    en: "This recipient's own message is hidden (same length); --show-pii shows it.",
    fr: `Le message propre à ce destinataire est masqué (même longueur)${NNBSP}; --show-pii l’affiche.`,
  },
  valuesHidden: {
    en: 'Filled values are hidden (same length); --show-pii shows them.',
    fr: `Les valeurs insérées sont masquées (même longueur)${NNBSP}; --show-pii les affiche.`,
  },
  timeline: { en: 'When recipients receive it', fr: 'Quand les destinataires le reçoivent' },
  timelineIntro: {
    en: 'Local time of each territory. Profile in force: {{profile}}.',
    fr: `Heure locale de chaque territoire. Profil appliqué${NNBSP}: {{profile}}.`,
  },
  noSchedule: {
    en: 'Local time of each territory. No hours limit applies: schedule-hours does not run on this campaign.',
    fr: `Heure locale de chaque territoire. Aucune plage horaire ne s'applique${NNBSP}: schedule-hours ne s'exécute pas sur cette campagne.`,
  },
  territory: { en: 'Territory', fr: 'Territoire' },
  sendDay: { en: 'Send day (local time)', fr: "Jour d'envoi (heure locale)" },
  outsideHead: { en: 'Outside the hours', fr: 'Hors plage' },
  allowed: { en: 'allowed', fr: 'autorisé' },
  tolerated: { en: 'tolerated (warning)', fr: 'toléré (avertissement)' },
  noWindow: { en: 'no sending allowed this day', fr: 'aucun envoi autorisé ce jour' },
  sends: { en: 'sends', fr: 'envois' },
  sendsAt: { en: 'sends {{span}}', fr: 'envois {{span}}' },
  holiday: { en: 'public holiday: {{name}}', fr: `jour férié${NNBSP}: {{name}}` },
  detail: { en: 'detail {{from}}–{{to}}', fr: 'détail {{from}}–{{to}}' },
  laterDays: {
    en: '{{recipients}} more on later days (not drawn)',
    fr: `{{recipients}} de plus, d'autres jours (non dessinés)`,
  },
  unusable: {
    en: 'Not on the timeline: {{recipients}} without a usable number.',
    fr: `Hors de la frise${NNBSP}: {{recipients}} sans numéro utilisable.`,
  },
  outsideCount: { en: '{{n}} outside', fr: '{{n}} hors plage' },
  toleratedCount: { en: '{{n}} in tolerated hours', fr: '{{n}} en heures tolérées' },
  holidayCount: { en: '{{n}} on a public holiday', fr: '{{n}} en jour férié' },
  allInside: { en: 'all inside', fr: 'tous dans la plage' },
  legendAllowed: { en: 'allowed hours', fr: 'heures autorisées' },
  legendTolerated: { en: 'tolerated hours', fr: 'heures tolérées' },
  legendSend: { en: 'sends inside the hours', fr: 'envois dans la plage' },
  legendOutside: { en: 'sends outside the hours', fr: 'envois hors plage' },
  legendHoliday: { en: 'public holiday', fr: 'jour férié' },
  findings: { en: 'Findings by rule', fr: 'Constats par règle' },
  noFindings: {
    en: 'No finding: every rule passed.',
    fr: `Aucun constat${NNBSP}: toutes les règles sont passées.`,
  },
  legalBasis: { en: 'Legal basis', fr: 'Fondement juridique' },
  ruleDoc: { en: 'documentation', fr: 'documentation' },
  where: { en: 'Where', fr: 'Où' },
  recipient: { en: 'Recipient', fr: 'Destinataire' },
  severity: { en: 'Severity', fr: 'Gravité' },
  what: { en: 'Finding', fr: 'Constat' },
  fix: { en: 'Fix', fr: 'Correction' },
  error: { en: 'error', fr: 'erreur' },
  warning: { en: 'warning', fr: 'avertissement' },
  more: {
    en: '… and {{n}} more not shown (the JSON report, --format json, lists them all).',
    fr: '… et {{n}} de plus non affichés (le rapport JSON, --format json, les liste tous).',
  },
  filter: { en: 'Show', fr: 'Afficher' },
  allRules: { en: 'all rules', fr: 'toutes les règles' },
  rule: { en: 'Rule', fr: 'Règle' },
  summaryLine: {
    en: '{{campaigns}}: {{blocked}}, {{ready}}.',
    fr: `{{campaigns}}${NNBSP}: {{blocked}}, {{ready}}.`,
  },
} as const;

export type WordKey = keyof typeof W;

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
  sayCatalogue(`count.${noun}`, lang, { n }).replace(' ', '\u00a0');

/** A word of the report, with `{{name}}` filled (numbers formatted for the language). */
export function say(key: WordKey, lang: Lang, data: Record<string, string | number> = {}): string {
  return W[key][lang].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : typeof value === 'number' ? num(value, lang) : value;
  });
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text safe inside HTML elements and attribute values. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

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
