// Dates and damaged numbers of recipient cells (no dependencies: the facts thread loads it). The
// yes/no words of recipient cells, column by column, are in vocabulary.ts.
import { dateOf } from './vocabulary';

export {
  dateOf,
  foldCell,
  formulaError,
  readCell,
  VOCABULARY,
  YES_NO_COLUMNS,
  type CellReading,
  type YesNoColumn,
} from './vocabulary';

/**
 * ISO 2025-03-14 (a time part is ignored: `2025-03-14 10:22:31`, `2025-03-14T10:22:31Z`, Mailchimp's
 * OPTIN_TIME) or French 14/03/2025 (a time may follow) → YYYY-MM-DD; null when unreadable.
 */
export function parseDate(cell: string | undefined): string | null {
  return dateOf(cell ?? '');
}

/**
 * The date a spreadsheet date serial stands for (`45123` → 2023-07-16, Excel's 1900 system: days
 * since 1899-12-30), when a date column was exported as numbers; null for anything else. Only 5-digit
 * serials (1927–2173) are recognised. The date is only named in a message, never read: whether the
 * workbook counted from 1900 or 1904 is not in the CSV.
 */
export function dateSerial(cell: string): string | null {
  const match = /^\s*(\d{5})(?:[.,]\d+)?\s*$/.exec(cell);
  if (!match) return null;
  const serial = Number(match[1]);
  if (serial < 10000) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** Excel's scientific notation of a long number (`6.12E+08`, `3,36988E+10`): the digits are lost. */
export const isScientificNotation = (cell: string) => /^\s*\d+(?:[.,]\d+)?\s*E\s*\+?\s*\d+\s*$/i.test(cell);

/** A national number whose leading zero a spreadsheet dropped (`612345678`): 9 digits, no zero first. */
export const lostLeadingZero = (cell: string) =>
  cell.length >= 9 && cell.length <= 13 && /^[1-9]\d{8}$/.test(cell.replace(/[\s.-]/g, ''));

/** A cell value safe to quote in a message: digit runs that could be a phone number are masked. */
export const maskDigitRuns = (cell: string) =>
  cell.replace(/\d[\d\s.\-/]{4,}\d/g, (run) => run.replace(/\d/g, '•'));
