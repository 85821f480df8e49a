import { normalizePhone } from '../phone/normalize-on-demand';
import { both } from '../i18n';
import type { OptOutLookup } from '../types';
import { streamCsv } from './csv';
import { displayPath } from './paths';
import { inputError } from '../errors';
import { headerIndexOf } from '../pipeline/batch';

/**
 * Reads opt-out lists: a CSV with a `phone` column (else the first column), or a plain list of one
 * number per line (no header). Numbers are matched on their normalised E.164 form.
 */
export async function loadOptOutLists(files: readonly string[], cwd: string): Promise<OptOutLookup> {
  // Number → where it was first seen, both as numbers: an E.164 number has at most 15 digits, so
  // its digits are an exact double; the place is line × 1024 + list index. Strings and an object per
  // number took 841 MB for 5M lines.
  const numbers = new Map<number, number>();
  const displays: string[] = [];
  if (files.length > 1024)
    throw inputError(
      undefined,
      undefined,
      both('at most 1,024 opt-out lists per campaign', 'au plus 1 024 listes d’opposition par campagne'),
    );
  for (const file of files) {
    const display = displayPath(file, cwd);
    const index = displays.push(display) - 1;
    let column = 0;
    const add = (cell: string | undefined, line: number) => {
      const phone = normalizePhone(cell ?? '');
      if (!phone) return;
      const key = Number(phone.e164.slice(1));
      if (!numbers.has(key)) numbers.set(key, line * 1024 + index);
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
  }
  return Object.freeze({
    size: numbers.size,
    find: (e164: string) => {
      const place = /^\+\d{1,15}$/.test(e164) ? numbers.get(Number(e164.slice(1))) : undefined;
      return place === undefined ? null : { file: displays[place % 1024], line: Math.floor(place / 1024) };
    },
  });
}
