// Reading the yes/no and date cells of recipient files (no dependencies: the facts thread loads it).
import { memoize } from '../base/memoize';

/** Folded for comparison: case, accents, spaces, `_` and `-` ignored ("Opt-In" → "optin", "Désinscrit" → "desinscrit"). */
const fold = (cell: string) =>
  cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const TRUE_WORDS = new Set(['yes', 'true', '1', 'oui', 'y', 'o', 'x', 'vrai', 'ok']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'non', 'n', '', 'faux']);
/** Words of a status: "in" words say the person is on the list (consent given), "out" words that they left it. */
const IN_WORDS = new Set(['optin', 'optedin', 'subscribed', 'inscrit', 'inscrite', 'abonne', 'abonnee']);
const OUT_WORDS = new Set([
  'optout',
  'optedout',
  'unsubscribed',
  'desinscrit',
  'desinscrite',
  'desabonne',
  'desabonnee',
  'blacklisted',
  'stop',
]);

/**
 * yes/no, true/false, 1/0, oui/non, y/n, x/empty, opt-in/opt-out, subscribed/unsubscribed,
 * inscrit/désinscrit (case and accents ignored). Unknown words are null.
 */
export function parseBoolean(cell: string | undefined): boolean | null {
  return booleanOf(cell ?? '');
}
const booleanOf = memoize((cell: string): boolean | null => {
  const word = fold(cell.trim());
  if (TRUE_WORDS.has(word) || IN_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word) || OUT_WORDS.has(word)) return false;
  return null;
});

/**
 * An `opt_out` cell (e.g. Brevo's SMS_BLACKLISTED): yes/no words as they are, and status words the
 * other way round ("unsubscribed", "opt-out", "désinscrit" mean the person opted out).
 */
export function parseOptOut(cell: string | undefined): boolean | null {
  return optOutOf(cell ?? '');
}
const optOutOf = memoize((cell: string): boolean | null => {
  const word = fold(cell.trim());
  if (OUT_WORDS.has(word)) return true;
  if (IN_WORDS.has(word)) return false;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
});

export type ConsentReading =
  | { readonly kind: 'yes' | 'no' }
  /** A date or timestamp: consent given on that day (YYYY-MM-DD). */
  | { readonly kind: 'date'; readonly date: string }
  /** Neither a yes/no word nor a date: reported as not understood, never taken for "no". */
  | { readonly kind: 'unknown' };

const YES = { kind: 'yes' } as const;
const NO = { kind: 'no' } as const;
const UNKNOWN = { kind: 'unknown' } as const;

/** A consent cell: a yes/no word, or a date or timestamp (consent given that day), else unknown. */
export function parseConsent(cell: string | undefined): ConsentReading {
  return consentOf(cell ?? '');
}
const consentOf = memoize((cell: string): ConsentReading => {
  const yes = booleanOf(cell);
  if (yes !== null) return yes ? YES : NO;
  const date = dateOf(cell);
  return date === null ? UNKNOWN : { kind: 'date', date };
});

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * ISO 2025-03-14 (a time part is ignored: `2025-03-14 10:22:31`, `2025-03-14T10:22:31Z`, Mailchimp's
 * OPTIN_TIME) or French 14/03/2025 (a time may follow) → YYYY-MM-DD; null when unreadable.
 */
export function parseDate(cell: string | undefined): string | null {
  return dateOf(cell ?? '');
}
const dateOf = memoize((cell: string): string | null => {
  const s = cell.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(s)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) return null;
  return `${y}-${two(m)}-${two(d)}`;
});

/** Excel's scientific notation of a long number (`6.12E+08`, `3,36988E+10`): the digits are lost. */
export const isScientificNotation = (cell: string) => /^\s*\d+(?:[.,]\d+)?\s*E\s*\+?\s*\d+\s*$/i.test(cell);

/** A national number whose leading zero a spreadsheet dropped (`612345678`): 9 digits, no zero first. */
export const lostLeadingZero = (cell: string) =>
  cell.length >= 9 && cell.length <= 13 && /^[1-9]\d{8}$/.test(cell.replace(/[\s.-]/g, ''));

/** A cell value safe to quote in a message: digit runs that could be a phone number are masked. */
export const maskDigitRuns = (cell: string) =>
  cell.replace(/\d[\d\s.\-/]{4,}\d/g, (run) => run.replace(/\d/g, '•'));
