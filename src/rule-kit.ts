// What rules may import: types and pure helpers. Rules never touch files, the environment or the clock.
import type { Campaign, Localized, Location, PhoneType, Rule, RuleListeners } from './types';
export type * from './types';
export { normalizePhone } from './phone/normalize-on-demand';
export { FRENCH_PLAN_CODES } from './phone/national-form';
export { both, formatCount } from './i18n';

/** Typed identity: keeps a rule's shape checked where it is written. */
export const defineRule = <O = Record<string, unknown>>(rule: Rule<O>): Rule<O> => rule;

/** Lower case without accents ("Rénovation" → "renovation"), for keyword matching. */
export const foldAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Lower case, accents and everything but letters and digits removed ("Boutique Léa" → "boutiquelea"). */
export const foldForMatch = (text: string): string =>
  foldAccents(text)
    .replace(/œ/g, 'oe') // "Cœur" and "Coeur" are the same name
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]/g, '');

export const PHONE_TYPE_NAMES: Readonly<Record<PhoneType, { en: string; fr: string }>> = {
  MOBILE: { en: 'mobile', fr: 'mobile' },
  FIXED_LINE: { en: 'fixed-line', fr: 'fixe' },
  FIXED_LINE_OR_MOBILE: { en: 'fixed-line or mobile', fr: 'fixe ou mobile' },
  TOLL_FREE: { en: 'toll-free', fr: 'numéro vert' },
  PREMIUM_RATE: { en: 'premium-rate', fr: 'surtaxé' },
  SHARED_COST: { en: 'shared-cost', fr: 'à coût partagé' },
  VOIP: { en: 'VoIP', fr: 'VoIP (09)' },
  PERSONAL_NUMBER: { en: 'personal', fr: 'personnel' },
  PAGER: { en: 'pager', fr: 'radiomessagerie' },
  UAN: { en: 'universal access', fr: 'accès universel' },
  VOICEMAIL: { en: 'voicemail', fr: 'messagerie vocale' },
};

export const DAY_NAMES: ReadonlyArray<{ en: string; fr: string }> = [
  { en: 'Monday', fr: 'lundi' },
  { en: 'Tuesday', fr: 'mardi' },
  { en: 'Wednesday', fr: 'mercredi' },
  { en: 'Thursday', fr: 'jeudi' },
  { en: 'Friday', fr: 'vendredi' },
  { en: 'Saturday', fr: 'samedi' },
  { en: 'Sunday', fr: 'dimanche' },
];

/** Alphanumeric senders cannot receive replies; 5-digit short codes and numbers can. */
export const isAlphanumericSender = (sender: string) => /[A-Za-z]/.test(sender);

/** A French SMS short code (5 digits starting with 3–8), spaces allowed. */
export const shortCodeOf = (text: string): string | null => {
  const digits = text.replace(/\s/g, '');
  return /^[3-8]\d{4}$/.test(digits) ? digits : null;
};

/**
 * Premium-rate numbers that a message may point to: 089x (08 9x) special numbers, and SMS+ short
 * codes outside the free 3xxxx range (4xxxx–8xxxx are surtaxed).
 */
export function isPremiumNumber(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (/^(?:0|\+?33)89\d{7}$/.test(d) || /^089\d{7}$/.test(d)) return true;
  return /^[4-8]\d{4}$/.test(d);
}

export type { Localized };

/** A date for messages: ISO in English, `13/01/2027` in French. */
export const dateText = (iso: string): { en: string; fr: string } => ({
  en: iso,
  fr: /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso,
});

export {
  analyzeSms,
  detectEncoding,
  isGsm7,
  safeReplacement,
  type Encoding,
  type SmsAnalysis,
} from './sms/gsm7';
export { placeholdersOf, Template } from './sms/template';
export { graphemes } from './sms/graphemes';

// What may stand before a STOP that is a word of the message: not a letter or digit (inside a word),
// nor a URL or e-mail character (`…/stop`, `?action=stop`, `stop@…`).
const NOT_IN_WORD_OR_URL = String.raw`(?<![\p{L}\p{N}/=?&#@._~-])`;

/** The word STOP anywhere in a text (any case), not inside a word or a URL. */
export const STOP_WORD = new RegExp(String.raw`${NOT_IN_WORD_OR_URL}STOP\b(?![./@]\w)`, 'iu');

/**
 * The part of a message that is its closing STOP mention, or null. Only whitespace, punctuation or
 * one short parenthesis (`(gratuit)`, `(SMS non surtaxé)`) may follow it.
 */
export const STOP_MENTION = new RegExp(
  String.raw`${NOT_IN_WORD_OR_URL}STOP\b(?![./@]\w)(?:[\s\u00a0]*(?:SMS|au|à|a|to|par|:|=|-))*[\s\u00a0]*(\+?\d[\d\s\u00a0.]{2,16}\d)?[\s\u00a0\p{P}]*(?:\([^()\n]{1,30}\)[\s\u00a0\p{P}]*)?$`,
  'iu',
);

/**
 * 089x premium-rate numbers in any written form (`0899…`, `0 899…`, `08 99…`, `08.99…`,
 * `+33 8 99…`, `+33 (0)8 99…`, `0033 8 99…`); global: use with matchAll.
 */
export const PREMIUM_089 =
  /(?:\+33[\s.\u00a0]?(?:\(0\)[\s.\u00a0]?)?|\b0033[\s.\u00a0]?|\b0[\s.\u00a0]?)8[\s.\u00a0]?9(?:[\s.\u00a0-]?\d){7}\b/g;

export { memoize } from './memoize';
export {
  isScientificNotation,
  lostLeadingZero,
  maskDigitRuns,
  parseBoolean,
  parseConsent,
  parseDate,
  parseOptOut,
} from './campaign/cells';

/**
 * A diagnostic value read from a recipient row (a cell, a per-row message or an excerpt of it):
 * reports mask it unless --show-pii.
 */
export const cellValue = (value: string): { readonly cell: string } => ({ cell: value });
export { filledCost, septetsOfCode, textCost, type TextCost } from './sms/gsm7';

/**
 * Listeners for rules that judge message texts: the campaign's message once, then each per-row
 * `message` that differs from it. `check` reports through `at(offset)`: the message's own location
 * for the campaign text, the recipient's row for a per-row text. (Pair with `memoize` so each
 * distinct text is analysed once.)
 */
export function eachMessage(
  campaign: Campaign,
  check: (text: string, at: (offset?: number) => Location) => void,
): RuleListeners {
  return {
    campaign() {
      check(campaign.message, (offset) => ({ kind: 'message', offset }));
    },
    recipient(r) {
      if (r.message !== campaign.message)
        check(r.message, () => ({ kind: 'recipient', recipient: r, column: campaign.columns.message }));
    },
  };
}
