// Speculative investments (C. mon. fin. L533-12-7, loi Sapin 2): the contracts whose electronic
// promotion to possibly non-professional clients is banned, as the AMF's general regulation lists
// them: binary options, forex, and CFDs with a leverage above 5. Used by campaign-sector.
import { firstKeyword, wordsOf, type Keyword, type KeywordMatch } from './words';

/** Loi 2016-1691 of 9 December 2016 (JO of 10 December), in force the next day. */
export const SPECULATIVE_BAN_FROM = '2016-12-11';

export const SPECULATIVE_KEYWORDS: readonly Keyword[] = [
  { id: 'options binaires', pattern: /\boptions? binaires?\b|\bbinary options?\b/ },
  {
    id: 'forex',
    pattern: /\bforex\b|\btrading (?:sur (?:les )?|de )?(?:devises|changes)\b|\bmarches? des changes\b/,
  },
];

/** The leverage a text announces (the largest), read where "levier" is said: "levier x10", "1:30", "effet de levier de 20". */
export function leverageIn(text: string): number | null {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'");
  let best: number | null = null;
  // Only the words that introduce a figure may stand between "levier" and it: in "sans effet de
  // levier STOP au 36173" the short code is no leverage.
  const lead = String.raw`levier\s*(?:(?:de|d'un|jusqu'a|jusqu a|allant|maximum|max|maximal|:|x|×)\s*)*`;
  const ratioFirst = new RegExp(String.raw`${lead}(?:1\s*[:/]\s*)?(\d{1,4})(?![\d.,]|\s*[:/]\s*1\b)`, 'g');
  const ratioLast = new RegExp(String.raw`${lead}(\d{1,4})\s*[:/]\s*1\b`, 'g');
  for (const pattern of [ratioFirst, ratioLast])
    for (const m of folded.matchAll(pattern)) {
      const n = Number(m[1]);
      if (n > 0 && (best === null || n > best)) best = n;
    }
  return best;
}

const CFD = /\bcfds?\b|\bcontrats? (?:financiers )?(?:pour|sur) (?:la )?difference\b/;
/** A leverage above this is banned from electronic promotion for CFDs (AMF general regulation). */
export const CFD_MAX_LEVERAGE = 5;

/** The speculative contract a message promotes, or null: binary options, forex, or a CFD with a leverage above 5. */
export function speculativeSignal(text: string): (KeywordMatch & { leverage?: number }) | null {
  const words = wordsOf(text);
  const listed = firstKeyword(words, SPECULATIVE_KEYWORDS);
  if (listed) return listed;
  const cfd = CFD.exec(words.text);
  if (!cfd) return null;
  const leverage = leverageIn(text);
  if (leverage === null || leverage <= CFD_MAX_LEVERAGE) return null;
  const offset = words.offsetOf(cfd.index);
  return {
    id: 'cfd',
    matched: text.slice(offset, words.offsetOf(cfd.index + cfd[0].length - 1) + 1),
    offset,
    leverage,
  };
}

/** `sector` words of a banned speculative product. */
export const isSpeculativeSector = (sector: string | null): boolean =>
  sector !== null && firstKeyword(wordsOf(sector), SPECULATIVE_KEYWORDS) !== null;
