import { isUtf8 } from 'buffer';
import { createReadStream, promises as fs } from 'fs';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { describeFsError, inputError, LintFailure } from '../errors';
import { headerIsNames, headerText } from '../format/mask';
import { EmptyLineSqueezer } from './empty-lines';

export interface CsvSource {
  readonly file: string; // absolute
  readonly display: string;
  readonly delimiter?: string;
  /** iconv-lite encoding name; detected when absent. */
  readonly encoding?: string;
  readonly kind: string; // "recipients file", "opt-out list", …
}

export interface CsvHeader {
  readonly headers: readonly string[];
  readonly delimiter: string;
  readonly encoding: string;
  /** Records expected, from the file size and the lines of the first 64 KB (for sizing tables). */
  readonly estimatedRecords: number;
  /** Whether the file starts with a byte-order mark, and its line ending: kept when writing it back. */
  readonly bom: boolean;
  readonly eol: '\r\n' | '\n' | '\r';
}

const SAMPLE_BYTES = 64 * 1024;
/** Limits: far above any real recipients file, low enough to stop a wrong file early and clearly. */
export const MAX_COLUMNS = 1000;
export const MAX_RECORD_CHARS = 100_000;
const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];

/**
 * Encoding from a byte sample: BOMs, then strict UTF-8, else Windows-1252 (French Excel exports).
 * `mixed` is set when the sample holds both UTF-8 sequences and bytes that are not UTF-8: the
 * 1-based line of the first such byte.
 */
export function detectEncoding(
  sample: Buffer,
  complete: boolean,
): { encoding: string; bomLength: number; mixedAtLine?: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  // A cut multi-byte character at the end of a partial sample is not an error.
  let end = sample.length;
  if (!complete) {
    let back = 0;
    while (back < 3 && end - back > 0 && (sample[end - back - 1] & 0xc0) === 0x80) back++;
    if (end - back > 0 && sample[end - back - 1] >= 0xc0) end = end - back - 1;
  }
  let utf8Sequences = 0;
  let firstInvalid = -1;
  for (let i = 0; i < end; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    const length = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = length > 0 && i + length <= end;
    for (let k = 1; ok && k < length; k++) ok = (sample[i + k] & 0xc0) === 0x80;
    if (ok) {
      utf8Sequences++;
      i += length - 1;
    } else if (firstInvalid < 0) firstInvalid = i;
  }
  if (firstInvalid < 0) return { encoding: 'utf8', bomLength: 0 };
  if (utf8Sequences === 0) return { encoding: 'win1252', bomLength: 0 };
  let line = 1;
  for (let i = 0; i < firstInvalid; i++) if (sample[i] === 10) line++;
  return { encoding: 'win1252', bomLength: 0, mixedAtLine: line };
}

/** The delimiter that splits the header line (outside quotes) most often; `,` for one column. */
export function detectDelimiter(text: string): string {
  text = text.replace(/^(?:[ \t]*\r?\n|[ \t]*\r)+/, ''); // blank lines before the header
  const counts = new Map(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) as number)) best = delimiter;
  return best;
}

/** Line breaks inside a cell (quoted cells may span lines): CRLF, LF and lone CR each count once. */
function lineBreaksIn(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0 ? 0 : cell.length; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (cell.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** A record with nothing but spaces: a blank line, or an Excel row of bare separators. */
function isBlank(record: readonly string[]): boolean {
  for (let i = 0; i < record.length; i++) {
    const cell = record[i];
    // Usually the first character of the first cell settles it.
    for (let j = 0; j < cell.length; j++)
      if (cell.charCodeAt(j) > 32 && cell.charCodeAt(j) !== 160) return false;
  }
  return true;
}

const mixedEncodings = (source: CsvSource, line: number) =>
  inputError(
    source.display,
    line,
    'this line is not UTF-8 while the lines before it are: the file mixes encodings (UTF-8 and Latin-1)',
    'Re-save the file as "CSV UTF-8" from the original, or set recipients.encoding in the manifest if you know it.',
  );

/** A file that is not text (NUL bytes, control characters): refused before parsing it. */
function rejectBinary(head: Buffer, encoding: string, source: CsvSource): void {
  if (encoding !== 'utf8' && encoding !== 'win1252') return; // UTF-16 with a BOM has NULs by design
  let nul = 0;
  let control = 0;
  let evenNul = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 1) evenNul++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (nul > 0 && evenNul > nul * 0.9 && nul > head.length / 4) {
    throw inputError(
      source.display,
      undefined,
      `${source.kind} looks like UTF-16 without a byte-order mark`,
      'Re-save it as "CSV UTF-8" (or UTF-16 with its byte-order mark).',
    );
  }
  if (nul > 0 || control > head.length / 20) {
    throw inputError(
      source.display,
      undefined,
      `${source.kind} is not a text file (it holds binary data)`,
      'Export the recipients as CSV (for example "CSV UTF-8" in Excel), not as .xlsx or another format.',
    );
  }
}

/** Whether the first `length` bytes are all blank (spaces, tabs, line breaks). */
const allBlank = (bytes: Buffer, length: number) => firstNotBlank(bytes, length) === length;

function firstNotBlank(bytes: Buffer, length: number): number {
  let i = 0;
  while (i < length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d))
    i++;
  return i;
}

/** Header problems that would make every row ambiguous. */
function checkHeader(headers: readonly string[], source: CsvSource): void {
  if (headers.length > MAX_COLUMNS) {
    throw inputError(
      source.display,
      1,
      `the header has ${headers.length.toLocaleString('en-US')} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} are read`,
      'Check the delimiter (set recipients.delimiter in the manifest) or export only the columns the campaign needs.',
    );
  }
  const seen = new Map<string, number>();
  headers.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    const first = seen.get(name);
    if (first !== undefined) {
      if (!headerIsNames(headers)) throw inputError(source.display, 1, headerText(headers));
      throw inputError(
        source.display,
        1,
        `column "${raw.trim()}" appears twice in the header (columns ${first + 1} and ${i + 1})`,
        'Rename or remove one of them, so each value is read from the right column.',
      );
    }
    seen.set(name, i);
  });
}

/**
 * Streams a CSV file: the header first, then each record with the physical line it starts on.
 * Never loads the file whole. Input problems become one clear error naming the file and line.
 */
export async function streamCsv(
  source: CsvSource,
  onHeader: (header: CsvHeader) => void,
  onRecord: (values: string[], line: number) => void,
): Promise<void> {
  let handle: fs.FileHandle;
  try {
    const stat = await fs.stat(source.file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // A named pipe or a device would be read forever (or block): refused before opening it.
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    handle = await fs.open(source.file, 'r');
  } catch (error) {
    throw inputError(
      source.display,
      undefined,
      describeFsError(error, source.kind),
      'Check the path in the manifest (relative to the manifest folder).',
      error,
    );
  }
  const sample = Buffer.alloc(SAMPLE_BYTES);
  let sampleLength: number;
  let size: number;
  // Where the first line that is not blank starts: the delimiter is detected from there, however
  // many blank lines come before the header (the sample of a file that starts with a million of
  // them would hold nothing else).
  let lead: Buffer | null = null;
  try {
    sampleLength = (await handle.read(sample, 0, SAMPLE_BYTES, 0)).bytesRead;
    size = (await handle.stat()).size;
    if (allBlank(sample, sampleLength) && size > sampleLength) {
      const more = Buffer.alloc(SAMPLE_BYTES);
      for (let at = sampleLength; at < size; ) {
        const read = (await handle.read(more, 0, SAMPLE_BYTES, at)).bytesRead;
        if (read === 0) break;
        if (!allBlank(more, read)) {
          lead = Buffer.from(more.subarray(firstNotBlank(more, read), read));
          break;
        }
        at += read;
      }
    }
  } finally {
    await handle.close();
  }
  if (size === 0)
    throw inputError(
      source.display,
      undefined,
      `${source.kind} is empty`,
      'Expected a header row (e.g. "phone;consent") and one row per recipient.',
    );
  const head = sample.subarray(0, sampleLength);
  const detected = detectEncoding(head, sampleLength >= size);
  if (!source.encoding) {
    rejectBinary(head, detected.encoding, source);
    if (detected.mixedAtLine) throw mixedEncodings(source, detected.mixedAtLine);
  }
  const encoding = source.encoding ?? detected.encoding;
  const bomLength = source.encoding && source.encoding !== detected.encoding ? 0 : detected.bomLength;
  const sampleText = iconv.decode(lead ?? head.subarray(bomLength), encoding);
  const delimiter = source.delimiter ?? detectDelimiter(sampleText);
  const sampleLines = Math.max(1, sampleText.split('\n').length - 1);
  const firstBreak = sampleText.search(/[\r\n]/);
  const eol =
    firstBreak >= 0 && sampleText[firstBreak] === '\r'
      ? sampleText[firstBreak + 1] === '\n'
        ? '\r\n'
        : '\r'
      : '\n';
  const estimatedRecords = Math.ceil((size / Math.max(1, sampleLength)) * sampleLines);

  // Cells are not trimmed here (consumers trim what they read), and blank lines are skipped below:
  // both cost csv-parse far more than they cost us.
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true, // ="0612…" and 5" inside unquoted cells, as spreadsheets write them
    max_record_size: MAX_RECORD_CHARS,
  });
  // UTF-8 goes to csv-parse as bytes (it decodes each cell itself); other encodings are decoded first.
  const utf8 = encoding === 'utf8';
  let invalidUtf8 = false; // set when a chunk is not UTF-8: the record with a U+FFFD is then named
  // Only a quoted cell can hold a line break. Each chunk is looked at before the parser gets it, so
  // until a chunk with a quote has been seen, every record is one line.
  let quotes = false;
  let line = 1; // physical line where the next record starts
  let headerSeen = false;
  let width = 0;

  const input = createReadStream(source.file, { start: bomLength });
  const decoder = utf8 ? null : iconv.decodeStream(encoding);
  // UTF-8 bytes go through the empty-line squeezer (see empty-lines.ts); records counts what it saw.
  const squeezer = utf8 ? new EmptyLineSqueezer() : null;
  let records = 0;
  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      input.destroy();
      parser.destroy();
      reject(error);
    };
    parser.on('readable', () => {
      let record: string[] | null;
      try {
        while ((record = parser.read()) !== null) {
          if (squeezer) line += squeezer.takenBefore(records++);
          const start = line;
          line++;
          if (quotes) for (let i = 0; i < record.length; i++) line += lineBreaksIn(record[i]);
          if (isBlank(record)) continue;
          if (invalidUtf8 && record.some((cell) => cell.includes('\uFFFD')))
            throw mixedEncodings(source, start);
          if (!headerSeen) {
            headerSeen = true;
            width = record.length;
            checkHeader(record, source);
            onHeader({
              headers: record.map((h) => h.trim()),
              delimiter,
              encoding,
              estimatedRecords,
              bom: bomLength > 0,
              eol,
            });
          } else {
            if (record.length > width && record.slice(width).some((cell) => cell.trim() !== '')) {
              throw inputError(
                source.display,
                start,
                `this line has ${record.length} cells but the header has ${width}`,
                `A cell probably contains the delimiter "${delimiter === '\t' ? 'TAB' : delimiter}" without quotes: put that cell in double quotes.`,
              );
            }
            onRecord(record, start);
          }
        }
      } catch (error) {
        fail(error); // a rule crash or an input error raised while handling a record
      }
    });
    parser.on('error', (error: CsvError) => {
      if (error instanceof LintFailure) return fail(error);
      if (error.code === 'CSV_MAX_RECORD_SIZE') {
        return fail(
          inputError(
            source.display,
            line,
            `a record longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters starts here`,
            'A quote is probably left open, or a cell holds something other than recipient data (a whole text, a file).',
          ),
        );
      }
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
        return fail(
          inputError(
            source.display,
            line,
            'a quote opened on this line is never closed',
            'Close the quoted cell, and double the quotes inside it ("").',
          ),
        );
      }
      fail(
        inputError(
          source.display,
          line,
          `malformed CSV: ${error.message.replace(/^Invalid (Record|Opening|Closing)[^:]*: /, '')}`,
          'Check the quotes on that line: a quoted field must be closed, and quotes inside it doubled ("").',
        ),
      );
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      if (!headerSeen)
        reject(
          inputError(
            source.display,
            undefined,
            `${source.kind} has no header row`,
            'Expected a header row (e.g. "phone;consent").',
          ),
        );
      else resolve();
    });
    input.on('error', (error) =>
      fail(inputError(source.display, undefined, describeFsError(error, source.kind))),
    );
    input.on('data', (chunk: string | Buffer) => {
      if (!quotes && (chunk as Buffer).indexOf(0x22) >= 0) quotes = true; // '"' in UTF-8, Latin-1 and UTF-16 alike
    });
    if (decoder)
      decoder.on('error', (error: Error) =>
        fail(
          inputError(source.display, undefined, `cannot decode the file as ${encoding}: ${error.message}`),
        ),
      );
    else {
      const check = utf8Checker();
      input.on('data', (chunk: string | Buffer) => {
        if (!invalidUtf8 && !check(chunk as Buffer)) invalidUtf8 = true; // no encoding set: always bytes
      });
      input.on('end', () => {
        if (!check(null)) invalidUtf8 = true;
      });
    }
  });
  if (decoder) input.pipe(decoder).pipe(parser);
  else input.pipe(squeezer as EmptyLineSqueezer).pipe(parser);
  return done;
}

/**
 * Whether each chunk of a byte stream is valid UTF-8, a character cut between two chunks included
 * (its first bytes wait for the next chunk). `null` ends the stream.
 */
export function utf8Checker(): (chunk: Buffer | null) => boolean {
  let carry: Buffer | null = null;
  return (chunk) => {
    if (chunk === null) return carry === null;
    const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    // A lead byte among the last three whose sequence is longer than what is left: kept for later.
    let end = bytes.length;
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const b = bytes[bytes.length - back];
      if (b < 0x80) break;
      if (b >= 0xc0) {
        const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (length > back) end = bytes.length - back;
        break;
      }
    }
    carry = end < bytes.length ? bytes.subarray(end) : null;
    return isUtf8(bytes.subarray(0, end));
  };
}
