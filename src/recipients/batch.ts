// Recipient records in batches: the cells as one string and where each starts and ends, then what is worked
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

/**
 * Before sending a batch: blocks while the next stage holds WINDOW batches of this one, and then
 * until it is down to half of them, so the two threads wake each other once every WINDOW / 2
 * batches rather than for each (each wake is a context switch, and there are three threads for
 * two cores). Counts the batch about to be sent.
 */
export function waitForRoom(inFlight: Int32Array): void {
  if (Atomics.load(inFlight, 0) >= WINDOW)
    for (let held = Atomics.load(inFlight, 0); held > WINDOW / 2; held = Atomics.load(inFlight, 0))
      Atomics.wait(inFlight, 0, held, 1000);
  Atomics.add(inFlight, 0, 1);
}

/** A batch taken by the next stage: the stage before it is woken when it is down to half its window. */
export function batchTaken(inFlight: Int32Array): void {
  if (Atomics.sub(inFlight, 0, 1) - 1 === WINDOW / 2) Atomics.notify(inFlight, 0);
}

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
 * laid out by `layout()`: where each cell starts and ends in `text` (two entries a cell: the text
 * may hold delimiters and line breaks between cells), each record's line and cell count, then
 * what the facts stage fills in: where each record's E.164 number starts in `phoneText`, the ids
 * of its calling code, region and consent date (repeated strings, 0: none), its flag bits
 * (PHONE | FACT << 8), and the line of its number's first row when the number repeats (else 0).
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

/** Offsets of the sections of Batch.data. Cell bounds come first, so Batch.data is also the bounds array of `cellOf`. */
export function layout(records: number, cells: number) {
  const bounds = 0;
  const lines = bounds + 2 * cells;
  const counts = lines + records;
  const phoneStarts = counts + records;
  const ids = phoneStarts + records + 1;
  const flags = ids + 3 * records;
  const firstLines = flags + records;
  return { bounds, lines, counts, phoneStarts, ids, flags, firstLines, size: firstLines + records };
}

/** Cell i of a record whose first cell is cell `first` of the batch (trimmed; '' when the column or the cell is missing). */
export function cellOf(
  text: string,
  bounds: Uint32Array,
  first: number,
  count: number,
  i: number | undefined,
): string {
  if (i === undefined || i >= count) return '';
  const k = 2 * (first + i);
  return text.substring(bounds[k], bounds[k + 1]).trim();
}

/**
 * Accumulates parsed records; each batch's numbers are written once into a buffer of the right
 * size. Records come as strings (`add`), or as spans of a text (`addSpans`: the lines read without
 * csv-parse), whose consecutive lines are kept as one piece of that text.
 */
export class RawWriter {
  private readonly parts: string[] = [];
  private bounds: Uint32Array; // two a cell: where it starts and ends in the joined text
  private cells = 0;
  private chars = 0; // characters in `parts`
  private run: string | null = null; // the text whose [runFrom, runTo) is the batch's last piece
  private runFrom = 0;
  private runTo = 0;
  private readonly lines: Uint32Array;
  private readonly counts: Uint32Array;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.bounds = new Uint32Array(capacity * 32);
    this.lines = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
  }

  get records(): number {
    return this.count;
  }

  /** Time to send: `capacity` records, or BATCH_CHARS characters of text. */
  get full(): boolean {
    return this.count === this.capacity || this.chars + this.runTo - this.runFrom >= BATCH_CHARS;
  }

  add(values: readonly string[], line: number): void {
    this.endRun();
    this.room(values.length);
    const bounds = this.bounds;
    for (let i = 0; i < values.length; i++) {
      bounds[2 * this.cells] = this.chars;
      this.chars += values[i].length;
      bounds[2 * this.cells++ + 1] = this.chars;
      this.parts.push(values[i]); // joined once in take(): no intermediate strings
    }
    this.lines[this.count] = line;
    this.counts[this.count++] = values.length;
  }

  /** A record whose cell i is text[spans[2i], spans[2i + 1]). */
  addSpans(text: string, spans: Uint32Array, cells: number, line: number): void {
    if (text !== this.run || spans[0] < this.runTo) {
      this.endRun();
      this.run = text;
      this.runFrom = this.runTo = spans[0];
    }
    this.room(cells);
    const shift = this.chars - this.runFrom; // text offset → batch text offset
    const bounds = this.bounds;
    const at = 2 * this.cells;
    for (let i = 0; i < 2 * cells; i++) bounds[at + i] = spans[i] + shift;
    this.cells += cells;
    this.runTo = spans[2 * cells - 1];
    this.lines[this.count] = line;
    this.counts[this.count++] = cells;
  }

  /** The batch, ready to transfer; the writer starts empty again. */
  take(): Batch {
    this.endRun();
    const n = this.count;
    const at = layout(n, this.cells);
    const data = new Uint32Array(at.size);
    data.set(this.bounds.subarray(0, 2 * this.cells), at.bounds);
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

  private endRun(): void {
    if (this.run === null) return;
    this.parts.push(this.run.substring(this.runFrom, this.runTo));
    this.chars += this.runTo - this.runFrom;
    this.run = null;
    this.runFrom = this.runTo = 0;
  }

  private room(cells: number): void {
    if (2 * (this.cells + cells) <= this.bounds.length) return;
    const grown = new Uint32Array(Math.max(this.bounds.length * 2, 2 * (this.cells + cells)));
    grown.set(this.bounds);
    this.bounds = grown;
  }
}

/**
 * Batches a stage holds back while the next one has nothing left: posting a message to a thread
 * asleep in its event loop wakes it, which cost the poster about 150 µs of CPU a message on the
 * project's 2-core machine (1.3 s of the facts thread's 3.7 s at 1M rows, when the main thread kept
 * up with it and slept between batches). Held, they wake it once for all of them. The first
 * batches are held less (1, 2, 4… up to HOLD): at the start the next stage has nothing to do, and
 * waiting for HOLD batches from a stage still cold (patterns compiled, code not yet optimised)
 * made the main thread start about 0.3 s after the facts thread.
 */
const HOLD = 32;

/** Where a stage posts its messages: the next stage's port. */
interface Port {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}

/** Sends a stage's batches to the next one, at most WINDOW ahead of it (see waitForRoom, HOLD). */
export class BatchSender {
  private readonly held: Batch[] = [];
  private hold = 1; // batches held at most now: doubles at each wake-up, up to HOLD

  constructor(
    private readonly inFlight: Int32Array,
    private readonly port: Port,
  ) {}

  send(batch: Batch): void {
    waitForRoom(this.inFlight);
    this.held.push(batch);
    // Batches sent and not yet taken: the next stage is busy with them, a message wakes nobody.
    if (Atomics.load(this.inFlight, 0) > this.held.length) this.flush();
    else if (this.held.length >= this.hold) {
      this.flush();
      this.hold = Math.min(HOLD, 2 * this.hold);
    }
  }

  /** Any other message (header, footer rows, end, error), after the batches before it. */
  say(message: { readonly type: string; readonly [key: string]: unknown }): void {
    this.flush();
    this.port.postMessage(message);
  }

  private flush(): void {
    for (const batch of this.held)
      this.port.postMessage({ type: 'rows', batch }, [batch.data.buffer as ArrayBuffer]);
    this.held.length = 0;
  }
}
