import { memoize } from './memoize';
import { Template } from './template';
import { maskCell, visible } from './mask';
import type { DataValue, Lang, Localized } from './types';

export function pick(text: Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/**
 * French typography on our own texts (never on data filled in): a no-break space before `:` and
 * inside « », a narrow no-break space before `;` `!` `?`. Texts may be written with plain spaces.
 */
export const frenchTypography = memoize((text: string) =>
  text
    .replace(/ +([;!?])/g, '\u202f$1')
    .replace(/ +:(?=\s|$)/g, '\u00a0:')
    .replace(/« +/g, '«\u00a0')
    .replace(/ +»/g, '\u00a0»'),
);

/** ISO dates (2027-01-13, a time may follow) written the French way: 13/01/2027. */
export const frenchDates = (text: string) =>
  text.replace(
    /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    (_all, y: string, m: string, d: string) => `${d}/${m}/${y}`,
  );

/** A text of that language as it is shown: French typography on French (the one place it is applied). */
export const typeset = (text: string, lang: Lang): string => (lang === 'fr' ? frenchTypography(text) : text);

/** The text in that language, French typography applied to French. */
export const localize = (text: Localized, lang: Lang): string => typeset(pick(text, lang), lang);

/** Diagnostic templates are few: each is split once. */
const templateOf = memoize((text: string) => new Template(text, /\{\{\s*([\w.-]+)\s*\}\}/g));

/**
 * Fill `{{name}}` placeholders; unknown names are left visible so a missing datum shows. Values
 * read from a recipient row are masked unless `showPii`; control characters in values are shown
 * as escapes, so a cell cannot drive a terminal or start a CI workflow command on a line of its own.
 */
export function interpolate(
  template: Localized,
  data: Readonly<Record<string, DataValue>>,
  lang: Lang,
  showPii = false,
): string {
  return templateOf(localize(template, lang)).fill((name) => {
    const value = data[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'object')
      // French text shows dates the French way (13/01/2027), whatever the rule passed.
      return visible(lang === 'fr' && typeof value === 'string' ? frenchDates(value) : String(value));
    if ('cell' in value) return visible(showPii ? value.cell : maskCell(value.cell));
    return visible(localize(value, lang));
  }, true);
}

/** French when LC_ALL (else LANG) starts with "fr", English otherwise. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const both = (en: string, fr: string) => ({ en, fr });

// Intl objects are built on first use (tens of milliseconds at load): --version and --help need none.
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
/**
 * The one plural helper: the form of a counted text for `n`, by the CLDR rules of the language
 * (Intl.PluralRules: French 0 and 1 are singular, "0 erreur", "1 destinataire"); `other` also
 * stands for French `many` (1 000 000).
 */
export const pluralForm = <T>(n: number, lang: Lang, forms: { readonly one: T; readonly other: T }): T =>
  (pluralRules[lang] ??= new Intl.PluralRules(lang)).select(n) === 'one' ? forms.one : forms.other;

/**
 * A counted text in both languages, `{{n}}` filled with the formatted count (for rules and law/:
 * `plural(3, { en: { one: '{{n}} line', other: '{{n}} lines' }, fr: … })` → { en: '3 lines', fr: '3 lignes' }).
 * Other `{{names}}` are left for the message they go into.
 */
export function plural(
  n: number,
  forms: Readonly<Record<Lang, { readonly one: string; readonly other: string }>>,
): { en: string; fr: string } {
  const form = (lang: Lang) => pluralForm(n, lang, forms[lang]).replace(/\{\{n\}\}/g, formatCount(n, lang));
  return { en: form('en'), fr: form('fr') };
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** 1,200 in English, 1 200 (narrow no-break space) in French. */
export const formatCount = (n: number, lang: Lang): string =>
  // 0 to 999 are their digits in both languages: most counts need no Intl object.
  Number.isInteger(n) && (n > 0 || Object.is(n, 0)) && n < 1000
    ? String(n)
    : (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US')).format(n);

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

/**
 * Where a name folded by foldForMatch first appears in a text: the offset in the text as written
 * (its first character), or -1. "Boutique Léa" is found in "…la BOUTIQUE-LEA vous…".
 */
export function indexOfFolded(text: string, folded: string): number {
  if (folded === '') return -1;
  if (!foldForMatch(text).includes(folded)) return -1; // one pass when the name is absent
  const flat: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits fold to themselves (lower case); other ASCII characters vanish.
    const piece =
      code < 128 ? (/[A-Za-z0-9]/.test(text[i]) ? text[i].toLowerCase() : '') : foldForMatch(text[i]);
    for (const c of piece) {
      flat.push(c);
      from.push(i);
    }
  }
  const at = flat.join('').indexOf(folded);
  return at < 0 ? -1 : from[at];
}

/** A date for messages: ISO in English, `13/01/2027` in French. */
export const dateText = (iso: string): { en: string; fr: string } => ({
  en: iso,
  fr: /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso,
});
