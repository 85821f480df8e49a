import { normalizePhone } from '../phone/normalize-on-demand';
import type { OptOutLookup } from '../types';
import { streamCsv } from './csv';
import { displayPath } from './paths';
import { headerIndexOf } from '../pipeline/batch';

/**
 * Reads opt-out lists: a CSV with a `phone` column (else the first column), or a plain list of one
 * number per line (no header). Numbers are matched on their normalised E.164 form.
 */
export async function loadOptOutLists(files: readonly string[], cwd: string): Promise<OptOutLookup> {
  const numbers = new Map<string, { file: string; line: number }>();
  for (const file of files) {
    const display = displayPath(file, cwd);
    let column = 0;
    const add = (cell: string | undefined, line: number) => {
      const phone = normalizePhone(cell ?? '');
      if (phone && !numbers.has(phone.e164)) numbers.set(phone.e164, { file: display, line });
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
    find: (e164: string) => numbers.get(e164) ?? null,
  });
}
