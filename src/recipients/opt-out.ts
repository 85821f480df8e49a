import { normalizePhone } from '../law/phone/normalize-on-demand';
import type { OptOutListReading, OptOutLookup } from '../base/types';
import { streamCsv } from '../read/csv';
import { displayPath } from '../read/paths';
import { NumberPlaces } from './number-places';
import { headerIndexOf, isMobileHeader, recognise } from '../read/columns';

/**
 * Whether an opt-out list's first line is its header, by a stated rule (never a guess that could drop
 * a number): it is when one of its cells names a phone column (`phone`, `Mobile`, `Téléphone`…), or
 * when none of its cells holds a digit. Otherwise it is a line of the list, read like the others (a
 * number there that cannot be read is counted among the unreadable lines, never taken for a header).
 */
export function isListHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => recognise(cell) === 'phone') || !cells.some((cell) => /\d/.test(cell));
}

/** The column of a list's header to read: `phone`, else a mobile header, else a phone header, else the first. */
function listColumn(cells: readonly string[]): number {
  const named = headerIndexOf(cells).get('phone');
  if (named !== undefined) return named;
  const mobile = cells.findIndex(isMobileHeader);
  if (mobile >= 0) return mobile;
  const phone = cells.findIndex((cell) => recognise(cell) === 'phone');
  return phone >= 0 ? phone : 0;
}

/**
 * Reads opt-out lists: a CSV with a `phone` column (else a recognised phone column, else the first
 * column), or a plain list of one number per line (no header). Numbers are matched on their
 * normalised E.164 form.
 */
export async function loadOptOutLists(files: readonly string[], cwd: string): Promise<OptOutLookup> {
  // Number → where it was first seen, as one integer: the lists' lines counted one after the other
  // (list k's line n is the sum of the lines of lists before it, plus n).
  const numbers = new NumberPlaces();
  const displays: string[] = [];
  const firstPlaces: number[] = []; // per list, the place of its line 0
  const unreadable: Array<{ file: string; line: number; count: number }> = [];
  const readings: OptOutListReading[] = [];
  let nextPlace = 0;
  for (const file of files) {
    const display = displayPath(file, cwd);
    displays.push(display);
    firstPlaces.push(nextPlace);
    const base = nextPlace;
    let column = 0;
    let lastLine = 0;
    let unreadableCount = 0;
    let firstUnreadable = 0;
    const add = (cell: string | undefined, line: number) => {
      lastLine = line;
      const phone = normalizePhone(cell ?? '');
      if (phone && numbers.add(phone.e164, base + line)) return;
      // Not skipped in silence: a mistyped number there is someone who would still be contacted.
      if ((cell ?? '').trim() !== '' && unreadableCount++ === 0) firstUnreadable = line;
    };
    await streamCsv(
      { file, display, kind: 'opt-out list', headerless: true },
      ({ headers, line }) => {
        const header = isListHeader(headers);
        column = header ? listColumn(headers) : 0;
        readings.push(
          Object.freeze({ file: display, headerLine: header, column: header ? headers[column] : column + 1 }),
        );
        if (!header) add(headers[column], line);
      },
      (values, line) => add(values[column], line),
    );
    nextPlace = base + lastLine + 1;
    if (unreadableCount > 0)
      unreadable.push({ file: display, line: firstUnreadable, count: unreadableCount });
  }
  return Object.freeze({
    size: numbers.size,
    unreadable: Object.freeze(unreadable.map((u) => Object.freeze(u))),
    readings: Object.freeze(readings),
    find: (e164: string) => {
      const place = numbers.placeOf(e164);
      if (place < 0) return null;
      let list = firstPlaces.length - 1; // the last list starting at or before the place
      while (firstPlaces[list] > place) list--;
      return { file: displays[list], line: place - firstPlaces[list] };
    },
  });
}
