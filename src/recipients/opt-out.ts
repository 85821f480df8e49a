import { normalizePhone } from '../law/phone/normalize-on-demand';
import type { OptOutLookup } from '../base/types';
import { streamCsv } from '../read/csv';
import { displayPath } from '../read/paths';
import { NumberPlaces } from './number-places';
import { headerIndexOf } from '../read/columns';

/**
 * Reads opt-out lists: a CSV with a `phone` column (else the first column), or a plain list of one
 * number per line (no header). Numbers are matched on their normalised E.164 form.
 */
export async function loadOptOutLists(files: readonly string[], cwd: string): Promise<OptOutLookup> {
  // Number → where it was first seen, as one integer: the lists' lines counted one after the other
  // (list k's line n is the sum of the lines of lists before it, plus n).
  const numbers = new NumberPlaces();
  const displays: string[] = [];
  const firstPlaces: number[] = []; // per list, the place of its line 0
  const unreadable: Array<{ file: string; line: number; count: number }> = [];
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
      ({ headers }) => {
        const named = headerIndexOf(headers).get('phone');
        if (named !== undefined) column = named;
        else if (normalizePhone(headers[0] ?? '')) add(headers[0], 1); // no header: the first line is a number
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
    find: (e164: string) => {
      const place = numbers.placeOf(e164);
      if (place < 0) return null;
      let list = firstPlaces.length - 1; // the last list starting at or before the place
      while (firstPlaces[list] > place) list--;
      return { file: displays[list], line: place - firstPlaces[list] };
    },
  });
}
