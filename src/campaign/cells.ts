// Reading the yes/no and date cells of recipient files (no dependencies: the facts thread loads it).
import { memoize } from '../memoize';

const TRUE_WORDS = new Set(['yes', 'true', '1', 'oui', 'y', 'o', 'x', 'vrai']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'non', 'n', '', 'faux']);

/** yes/no, true/false, 1/0, oui/non, y/n, x/empty (case-insensitive). Unknown words are null. */
export function parseBoolean(cell: string | undefined): boolean | null {
  return booleanOf(cell ?? '');
}
const booleanOf = memoize((cell: string): boolean | null => {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
});

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO 2025-03-14 (a time part is ignored) or French 14/03/2025 → YYYY-MM-DD; null when unreadable. */
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
