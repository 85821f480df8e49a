import { DateTime, IANAZone } from 'luxon';
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
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) return null;
  return `${y}-${two(m)}-${two(d)}`;
});

export const isValidTimeZone = (zone: string) => IANAZone.isValidZone(zone);

/**
 * Send times: ISO local `2027-01-13T10:00` / `2027-01-13 10:00`, ISO with an offset (the zone is then
 * ignored), or French `13/01/2027 10:00`. Returns epoch milliseconds, or null when unreadable.
 */
export function parseSendAt(value: string, timeZone: string): number | null {
  const s = value.trim();
  const isoMatch = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  let dt: DateTime | null = null;
  if (isoMatch) {
    const time = isoMatch[2].length === 4 ? `0${isoMatch[2]}` : isoMatch[2];
    const text = `${isoMatch[1]}T${time}${isoMatch[3] ?? ''}`;
    dt = isoMatch[3] ? DateTime.fromISO(text, { setZone: true }) : DateTime.fromISO(text, { zone: timeZone });
  } else {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?$/.exec(s);
    if (fr) {
      dt = DateTime.fromObject(
        { day: +fr[1], month: +fr[2], year: +fr[3], hour: +fr[4], minute: +fr[5], second: fr[6] ? +fr[6] : 0 },
        { zone: timeZone },
      );
    }
  }
  return dt && dt.isValid ? dt.toMillis() : null;
}
