// Recipient records in batches: the cells as one string and where each starts, then what is worked
// out before the rules run (normalised phone, consent, consent date, Alsace-Moselle postal code; see
// facts.ts). For large files, batches are what crosses from the reader thread to the facts
// thread to the main thread (the numbers' buffer is transferred, not copied); for small ones the
// same batches are built and read in one thread, so both ways give the same recipients. No heavy
// import here: the reader thread loads this module.
import type { PhoneType } from '../base/types';
import { resolveColumns } from '../read/columns';

/** Columns the engine reads itself; others are read through recipient.get(). */

/** Records per batch at most (a file of short rows reaches BATCH_CHARS first). */
export const BATCH_RECORDS = 1000;
/**
 * Characters of cells per batch (about 170 rows of a typical export). Every thread holds its
 * current batch, and what is alive at each young-generation collection counts towards V8 growing
 * that generation: with 32 K the main thread's grew by 16 MB after 1.5M rows, with 8 K not by 5M
 * rows (same speed, `npm run bench`). Cutting by rows alone, 1,000 rows of a 20-column export made
 * that file 45% slower.
 */
export const BATCH_CHARS = 8 * 1024;
/**
 * Batches a thread may have sent that the next one has not finished with: about 20,000 rows (a
 * few MB), so the reader and facts threads work ahead while the main thread warms up (measured
 * 3.5% faster than a quarter of that at 1M rows, same peak RSS; three times more gave nothing).
 */
export const WINDOW = 128;

export type ColumnIndex = Readonly<Record<string, number | undefined>>;

/**
 * Logical column → its index in the header: the header mapped in the manifest, else the logical
 * name, else a header recognised from what CRMs export (src/read/columns.ts).
 */
export function columnIndex(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
): ColumnIndex {
  return resolveColumns(headers, mapping).at;
}

export const PHONE_TYPES: readonly (PhoneType | null)[] = [
  null,
  'MOBILE',
  'FIXED_LINE',
  'FIXED_LINE_OR_MOBILE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

/** Flag bits of a record's phone (low byte of its flags in Batch.data). */
export const PHONE = { NONE: 0x80, VALID: 1, REMAPPED: 2, TYPE_SHIFT: 2 } as const;
/** Bits of a record's facts (its flags from bit 8). */
export const FACT = {
  CONSENT: 1,
  CUSTOMER: 2,
  ALSACE_MOSELLE: 4,
  SAINT_MARTIN: 8,
  SAINT_BARTHELEMY: 16,
  CONTRACT: 32,
  OPTED_OUT: 64,
  /** The opt_out cell is a date: opted out from that day (compared with the send date when built). */
  OPT_OUT_DATE: 128,
  // Yes/no cells not understood (read in the direction of their column): they open nothing.
  CONSENT_UNKNOWN: 256,
  CUSTOMER_UNKNOWN: 512,
  CONTRACT_UNKNOWN: 1024,
  OPT_OUT_UNKNOWN: 2048,
} as const;

/**
 * A batch of records. Its numbers live in one Uint32Array (one allocation, one transfer per hop),
 * laid out by `layout()`: where each cell starts in `text` (cells + 1 entries), each record's line
 * and cell count, then what the facts stage fills in: where each record's E.164 number starts in
 * `phoneText`, the ids of its calling code, region and consent date (repeated strings, 0: none),
 * and its flag bits (PHONE | FACT << 8).
 */
export interface Batch {
  readonly records: number;
  readonly cells: number;
  readonly text: string;
  readonly data: Uint32Array;
  /** Filled by the facts stage ('' and [] before). */
  readonly phoneText: string;
  /** Repeated strings first seen in this batch, in id order (ids start at 1). */
  readonly fresh: readonly string[];
}

export type Layout = ReturnType<typeof layout>;

/** Offsets of the sections of Batch.data. Cell starts come first, so Batch.data is also the starts array of `cellOf`. */
export function layout(records: number, cells: number) {
  const starts = 0;
  const lines = starts + cells + 1;
  const counts = lines + records;
  const phoneStarts = counts + records;
  const ids = phoneStarts + records + 1;
  const flags = ids + 3 * records;
  return { starts, lines, counts, phoneStarts, ids, flags, size: flags + records };
}

/** Cell i of a record whose cells start at index `first` (trimmed; '' when the column or the cell is missing). */
export function cellOf(
  text: string,
  starts: Uint32Array,
  first: number,
  count: number,
  i: number | undefined,
): string {
  return i === undefined || i >= count ? '' : text.substring(starts[first + i], starts[first + i + 1]).trim();
}

/** Accumulates parsed records; each batch's numbers are written once into a buffer of the right size. */
export class RawWriter {
  private readonly parts: string[] = [];
  private ends: Uint32Array; // where each cell ends in the joined text (= where the next starts)
  private cells = 0;
  private chars = 0;
  private readonly lines: Uint32Array;
  private readonly counts: Uint32Array;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.ends = new Uint32Array(capacity * 16);
    this.lines = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
  }

  get records(): number {
    return this.count;
  }

  /** Time to send: `capacity` records, or BATCH_CHARS characters of cells. */
  get full(): boolean {
    return this.count === this.capacity || this.chars >= BATCH_CHARS;
  }

  add(values: readonly string[], line: number): void {
    if (this.cells + values.length > this.ends.length) {
      const grown = new Uint32Array(Math.max(this.ends.length * 2, this.cells + values.length));
      grown.set(this.ends);
      this.ends = grown;
    }
    for (let i = 0; i < values.length; i++) {
      this.chars += values[i].length;
      this.ends[this.cells++] = this.chars;
      this.parts.push(values[i]); // joined once in take(): no intermediate strings
    }
    this.lines[this.count] = line;
    this.counts[this.count++] = values.length;
  }

  /** The batch, ready to transfer; the writer starts empty again. */
  take(): Batch {
    const n = this.count;
    const at = layout(n, this.cells);
    const data = new Uint32Array(at.size);
    data.set(this.ends.subarray(0, this.cells), at.starts + 1); // the first cell starts at 0
    data.set(this.lines.subarray(0, n), at.lines);
    data.set(this.counts.subarray(0, n), at.counts);
    const batch: Batch = {
      records: n,
      cells: this.cells,
      text: this.parts.join(''),
      data,
      phoneText: '',
      fresh: [],
    };
    this.parts.length = 0;
    this.cells = 0;
    this.chars = 0;
    this.count = 0;
    return batch;
  }
}

export const transferables = (b: Batch) => [b.data.buffer] as ArrayBuffer[];
