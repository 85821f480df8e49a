// Rows written back in the recipients file's own shape (delimiter, encoding, byte-order mark, line
// ending), cells neutralised as --write-clean does (its `cell`): the send plan's files.
import iconv from 'iconv-lite';
import type { AtomicFile } from './write';
import { cell } from './write-clean';

/** Whether a cell starts with a letter or a digit: no spreadsheet reads such a cell as a formula. */
function plainStart(v: string): boolean {
  const c = v.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c > 127 && /^[\p{L}\p{N}]/u.test(v))
  );
}

/**
 * A row of cells, joined by the delimiter (no line ending). Most rows are made of cells that start
 * with a letter or a digit (names, numbers written 06…) with no delimiter, quote or line break
 * inside: written as they are. The others go cell by cell as --write-clean writes them.
 */
export function csvRow(values: readonly string[], delimiter: string): string {
  const row = values.join(delimiter);
  let plain = !row.includes('"') && !row.includes('\n') && !row.includes('\r');
  for (let i = 0; plain && i < values.length; i++) {
    const v = values[i];
    plain = v === '' || (plainStart(v) && !v.includes(delimiter));
  }
  return plain ? row : values.map((v) => cell(v, delimiter)).join(delimiter);
}

// The byte-order mark of each encoding that has one: a list read with a BOM is written with it.
const BOMS: Readonly<Record<string, readonly number[]>> = {
  utf8: [0xef, 0xbb, 0xbf],
  utf16le: [0xff, 0xfe],
  utf16be: [0xfe, 0xff],
};

/** The bytes a file of that encoding starts with (its byte-order mark when it had one). */
export const bomOf = (encoding: string, bom: boolean): Uint8Array =>
  Uint8Array.from(bom ? (BOMS[encoding] ?? []) : []);

export const encodeText = (text: string, encoding: string): Uint8Array => iconv.encode(text, encoding);

/** An atomic output file written as text in the list's encoding, after its original byte-order mark. */
export function encodedFile(target: AtomicFile, encoding: string, bom: boolean) {
  const mark = bomOf(encoding, bom);
  if (mark.length > 0) target.write(mark);
  return { target, write: (text: string) => target.write(encodeText(text, encoding)) };
}
