import { createReadStream, promises as fs } from 'fs';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { inputError, LintFailure } from '../errors';
import { describeFsError } from './structured';

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
const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];

/** Encoding from a byte sample: BOMs, then strict UTF-8, else Windows-1252 (French Excel exports). */
export function detectEncoding(sample: Buffer, complete: boolean): { encoding: string; bomLength: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  // A cut multi-byte character at the end of a partial sample is not an error.
  let end = sample.length;
  if (!complete) {
    let back = 0;
    while (back < 3 && end - back > 0 && (sample[end - back - 1] & 0xc0) === 0x80) back++;
    if (end - back > 0 && sample[end - back - 1] >= 0xc0) end = end - back - 1;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return { encoding: 'utf8', bomLength: 0 };
  } catch {
    return { encoding: 'win1252', bomLength: 0 };
  }
}

/** The delimiter that splits the header line (outside quotes) most often; `,` for one column. */
export function detectDelimiter(text: string): string {
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
    for (let j = 0; j < cell.length; j++) if (cell.charCodeAt(j) > 32 && cell.charCodeAt(j) !== 160) return false;
  }
  return true;
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
    handle = await fs.open(source.file, 'r');
  } catch (error) {
    throw inputError(source.display, undefined, describeFsError(error, source.kind), 'Check the path in the manifest (relative to the manifest folder).', error);
  }
  const sample = Buffer.alloc(SAMPLE_BYTES);
  let sampleLength: number;
  let size: number;
  try {
    sampleLength = (await handle.read(sample, 0, SAMPLE_BYTES, 0)).bytesRead;
    size = (await handle.stat()).size;
  } finally {
    await handle.close();
  }
  if (size === 0) throw inputError(source.display, undefined, `${source.kind} is empty`, 'Expected a header row (e.g. "phone;consent") and one row per recipient.');
  const head = sample.subarray(0, sampleLength);
  const detected = detectEncoding(head, sampleLength >= size);
  const encoding = source.encoding ?? detected.encoding;
  const bomLength = source.encoding && source.encoding !== detected.encoding ? 0 : detected.bomLength;
  const sampleText = iconv.decode(head.subarray(bomLength), encoding);
  const delimiter = source.delimiter ?? detectDelimiter(sampleText);
  const sampleLines = Math.max(1, sampleText.split('\n').length - 1);
  const firstBreak = sampleText.search(/[\r\n]/);
  const eol = firstBreak >= 0 && sampleText[firstBreak] === '\r' ? (sampleText[firstBreak + 1] === '\n' ? '\r\n' : '\r') : '\n';
  const estimatedRecords = Math.ceil((size / Math.max(1, sampleLength)) * sampleLines);

  // Cells are not trimmed here (consumers trim what they read), and blank lines are skipped below:
  // both cost csv-parse far more than they cost us.
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true, // ="0612…" and 5" inside unquoted cells, as spreadsheets write them
  });
  let line = 1; // physical line where the next record starts
  let headerSeen = false;

  const input = createReadStream(source.file, { start: bomLength });
  const decoder = iconv.decodeStream(encoding);
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
          const start = line;
          line++;
          for (let i = 0; i < record.length; i++) line += lineBreaksIn(record[i]);
          if (isBlank(record)) continue;
          if (!headerSeen) {
            headerSeen = true;
            onHeader({ headers: record.map((h) => h.trim()), delimiter, encoding, estimatedRecords, bom: bomLength > 0, eol });
          } else {
            onRecord(record, start);
          }
        }
      } catch (error) {
        fail(error); // a rule crash or an input error raised while handling a record
      }
    });
    parser.on('error', (error: CsvError) => {
      if (error instanceof LintFailure) return fail(error);
      fail(inputError(source.display, (error as CsvError & { lines?: number }).lines ?? line, `malformed CSV: ${error.message.replace(/^Invalid (Record|Opening|Closing)[^:]*: /, '')}`, 'Check the quotes on that line: a quoted field must be closed, and quotes inside it doubled ("").'));
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      if (!headerSeen) reject(inputError(source.display, undefined, `${source.kind} has no header row`, 'Expected a header row (e.g. "phone;consent").'));
      else resolve();
    });
    input.on('error', (error) => fail(inputError(source.display, undefined, describeFsError(error, source.kind))));
    decoder.on('error', (error: Error) => fail(inputError(source.display, undefined, `cannot decode the file as ${encoding}: ${error.message}`)));
  });
  input.pipe(decoder).pipe(parser);
  return done;
}
