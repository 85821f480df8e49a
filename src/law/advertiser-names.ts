// The advertiser's names: the `aliases` option (other names that count: a brand and its legal
// name) shared by message-advertiser and sender-id, and whether an alphanumeric SMS sender names the
// advertiser: operators register sender IDs (OADC) per brand and the af2m protects sensitive ones,
// so a sender that names another brand is blocked or hides who writes.
import { foldAccents, foldForMatch } from '../base/text';

/** Words left out of initials: "EDF" for Électricité de France, "SNCF" for Société nationale des chemins de fer français. */
const SMALL_WORDS = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'les',
  'l',
  'et',
  'en',
  'a',
  'au',
  'aux',
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'the',
  'of',
  'and',
]);

const wordsOf = (name: string) =>
  foldAccents(name)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether a sender ID names one of these names (the advertiser and its aliases), case and accents
 * ignored: it contains a word of 3 letters or more of one (`LIBPORT` for Librairie du Port), shares
 * a prefix of 4 letters or more with one or with one of its words (`BOUTIQLEA`, `DUPASSUR` for
 * Assurances Dupont), or is its initials, small words included or not (`EDF`, `EDFPRO`, `LREM`).
 */
export function senderNamesBrand(sender: string, names: readonly string[]): boolean {
  const s = foldForMatch(sender);
  if (s === '') return true;
  return names.some((name) => {
    const words = wordsOf(name);
    const joined = words.join('');
    if (joined === '') return false;
    const own = words.filter((w) => !SMALL_WORDS.has(w)); // "les", "des" name no brand
    if (own.some((w) => w.length >= 3 && /[a-z]/.test(w) && s.includes(w))) return true;
    if (commonPrefix(s, joined) >= 4) return true;
    if (own.some((w) => w.length >= 4 && s.includes(w.slice(0, 4)))) return true;
    const initials = [words, own].map((list) => list.map((w) => w[0]).join(''));
    return initials.some((i) => i.length >= 2 && (s === i || (i.length >= 3 && s.startsWith(i))));
  });
}

/** The options schema of the rules that look for the advertiser's name: `aliases`, other names that count. */
export const ALIASES_SCHEMA: Readonly<Record<string, unknown>> = {
  type: 'object',
  properties: { aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
  additionalProperties: false,
};

/** ` nor any of its aliases ("A", "B")` for a message that names the advertiser, '' without aliases. */
export const aliasesClause = (aliases: readonly string[]): '' | { en: string; fr: string } =>
  aliases.length === 0
    ? ''
    : {
        en: ` nor any of its aliases (${aliases.map((a) => `"${a}"`).join(', ')})`,
        fr: ` ni aucun de ses autres noms (${aliases.map((a) => `«\u202f${a}\u202f»`).join(', ')})`,
      };
