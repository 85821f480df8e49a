// Recipient records in batches: the cells as one string with their lengths (RawBatch), then with
// what is worked out before the rules run (Batch: normalised phone, consent, consent date,
// Alsace-Moselle postal code; see recipient-facts). For large files, batches are what crosses from
// the reader thread to the facts thread to the main thread (typed arrays are transferred, not
// copied); for small ones the same batches are built and read in one thread, so both ways give the
// same recipients. No heavy import here: the reader thread loads this module.
import type { PhoneType } from '../types';

/** Columns the engine reads itself; others are read through recipient.get(). */
export const LOGICAL_COLUMNS = ['phone', 'consent', 'consent_date', 'customer', 'postal_code', 'message', 'send_at'];

/** Records per batch: large enough to make crossing threads cheap, small enough to keep memory flat. */
export const BATCH_RECORDS = 1000;
/** Batches a thread may have sent that the next one has not finished with. */
export const WINDOW = 8;

export type ColumnIndex = Readonly<Record<string, number | undefined>>;

export const headerKey = (header: string) => header.trim().toLowerCase();

/** Logical column → its index in the header: the header mapped in the manifest, else the logical name. */
export function columnIndex(headers: readonly string[], mapping: Readonly<Record<string, string>>): ColumnIndex {
  const byName = new Map<string, number>();
  headers.forEach((header, i) => {
    if (!byName.has(headerKey(header))) byName.set(headerKey(header), i);
  });
  const at: Record<string, number | undefined> = {};
  for (const logical of LOGICAL_COLUMNS) at[logical] = byName.get(headerKey(mapping[logical] ?? logical));
  return at;
}

export const PHONE_TYPES: readonly (PhoneType | null)[] = [null, 'MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/** Bits of Batch.phoneFlags. */
export const PHONE = { NONE: 0x80, VALID: 1, REMAPPED: 2, TYPE_SHIFT: 2 } as const;
/** Bits of Batch.facts. */
export const FACT = { CONSENT: 1, CUSTOMER: 2, ALSACE_MOSELLE: 4 } as const;

/** Records as parsed: the cells as one string with their lengths, each record's line and cell count. */
export interface RawBatch {
  readonly records: number;
  readonly text: string;
  readonly lengths: Uint32Array;
  readonly lines: Int32Array;
  readonly cellCounts: Uint16Array;
}

/** Records with their facts. */
export interface Batch extends RawBatch {
  /** E.164, national number and national form of each record that has a phone, concatenated. */
  readonly phoneText: string;
  readonly phoneLengths: Uint32Array;
  readonly phoneFlags: Uint8Array;
  readonly facts: Uint8Array;
  /** Per record: calling code, region and consent date as ids of repeated strings (0: none). */
  readonly ids: Uint32Array;
  /** Repeated strings first seen in this batch, in id order (ids start at 1). */
  readonly fresh: readonly string[];
}

/** Accumulates parsed records, in typed arrays sized once per batch. */
export class RawWriter {
  private readonly parts: string[] = [];
  private lengths: Uint32Array;
  private cells = 0;
  private readonly lines: Int32Array;
  private readonly counts: Uint16Array;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.lengths = new Uint32Array(capacity * 16);
    this.lines = new Int32Array(capacity);
    this.counts = new Uint16Array(capacity);
  }

  get records(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  add(values: readonly string[], line: number): void {
    if (this.cells + values.length > this.lengths.length) {
      const grown = new Uint32Array(Math.max(this.lengths.length * 2, this.cells + values.length));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    for (let i = 0; i < values.length; i++) {
      this.lengths[this.cells++] = values[i].length;
      this.parts.push(values[i]); // joined once in take(): no intermediate strings
    }
    this.lines[this.count] = line;
    this.counts[this.count++] = values.length;
  }

  /** The batch, with its typed arrays ready to transfer; the writer starts empty again. */
  take(): RawBatch {
    const n = this.count;
    const batch: RawBatch = { records: n, text: this.parts.join(''), lengths: this.lengths.slice(0, this.cells), lines: this.lines.slice(0, n), cellCounts: this.counts.slice(0, n) };
    this.parts.length = 0;
    this.cells = 0;
    this.count = 0;
    return batch;
  }
}

export const rawTransferables = (b: RawBatch) => [b.lengths.buffer, b.lines.buffer, b.cellCounts.buffer] as ArrayBuffer[];
export const transferables = (b: Batch) => [...rawTransferables(b), b.phoneLengths.buffer, b.phoneFlags.buffer, b.facts.buffer, b.ids.buffer] as ArrayBuffer[];
