// Recipient records in batches: the cells as one string with their lengths, and beside them what is
// worked out where the record is parsed (normalised phone, consent, consent date, Alsace-Moselle
// postal code). With a reader thread, batches are what crosses to the main thread (typed arrays
// are transferred, not copied); without one, the same batches are built and read in one thread,
// so both ways give the same recipients.
import { normalizePhone } from '../phone/normalize';
import { isAlsaceMoselle } from '../phone/territories';
import type { PhoneType } from '../types';
import { parseBoolean, parseDate } from './values';

/** Columns the engine reads itself; others are read through recipient.get(). */
export const LOGICAL_COLUMNS = ['phone', 'consent', 'consent_date', 'customer', 'postal_code', 'message', 'send_at'];

/** Records per batch: large enough to make crossing threads cheap, small enough to keep memory flat. */
export const BATCH_RECORDS = 2000;
/** Batches a thread may have sent that the next one has not finished with. */
export const WINDOW = 4;

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
  private text = '';
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
      this.text += values[i]; // a rope until the message (or the first read) flattens it
    }
    this.lines[this.count] = line;
    this.counts[this.count++] = values.length;
  }

  /** The batch, with its typed arrays ready to transfer; the writer starts empty again. */
  take(): RawBatch {
    const n = this.count;
    const batch: RawBatch = { records: n, text: this.text, lengths: this.lengths.slice(0, this.cells), lines: this.lines.slice(0, n), cellCounts: this.counts.slice(0, n) };
    this.text = '';
    this.cells = 0;
    this.count = 0;
    return batch;
  }
}

/** Works out the facts of each record of a batch; repeated strings are sent once per stream. */
export class FactMaker {
  private readonly known = new Map<string, number>();
  private fresh: string[] = [];

  constructor(private readonly columns: ColumnIndex) {}

  complete(raw: RawBatch): Batch {
    const n = raw.records;
    const c = this.columns;
    const phoneLengths = new Uint32Array(n * 3);
    const phoneFlags = new Uint8Array(n);
    const facts = new Uint8Array(n);
    const ids = new Uint32Array(n * 3);
    let phoneText = '';
    let phones = 0;
    let start = 0; // offset of the record's first cell in raw.text
    let cell = 0; // index of the record's first cell in raw.lengths
    for (let r = 0; r < n; r++) {
      const count = raw.cellCounts[r];
      const at = (i: number | undefined) => cellIn(raw, start, cell, count, i);
      const phone = c.phone === undefined ? null : normalizePhone(at(c.phone));
      if (!phone) phoneFlags[r] = PHONE.NONE;
      else {
        phoneLengths[phones++] = phone.e164.length;
        phoneLengths[phones++] = phone.nationalNumber.length;
        phoneLengths[phones++] = phone.nationalForm.length;
        phoneText += phone.e164 + phone.nationalNumber + phone.nationalForm;
        phoneFlags[r] = (phone.valid ? PHONE.VALID : 0) | (phone.remappedFromPlus33 ? PHONE.REMAPPED : 0) | (PHONE_TYPES.indexOf(phone.type) << PHONE.TYPE_SHIFT);
      }
      const consentDate = at(c.consent_date);
      facts[r] = (parseBoolean(at(c.consent)) === true ? FACT.CONSENT : 0)
        | (parseBoolean(at(c.customer)) === true ? FACT.CUSTOMER : 0)
        | (c.postal_code !== undefined && isAlsaceMoselle(at(c.postal_code)) ? FACT.ALSACE_MOSELLE : 0);
      ids[r * 3] = this.id(phone ? phone.countryCode : null);
      ids[r * 3 + 1] = this.id(phone ? phone.region : null);
      ids[r * 3 + 2] = this.id(consentDate === '' ? null : parseDate(consentDate));
      for (let k = 0; k < count; k++) start += raw.lengths[cell + k];
      cell += count;
    }
    const fresh = this.fresh;
    this.fresh = [];
    return { ...raw, phoneText, phoneLengths: phoneLengths.slice(0, phones), phoneFlags, facts, ids, fresh };
  }

  private id(value: string | null): number {
    if (value === null) return 0;
    let id = this.known.get(value);
    if (id === undefined) {
      id = this.known.size + 1;
      this.known.set(value, id);
      this.fresh.push(value);
    }
    return id;
  }
}

/** Cell i of the record whose cells start at `cell` (text offset `start`), trimmed; '' when missing. */
function cellIn(raw: RawBatch, start: number, cell: number, count: number, i: number | undefined): string {
  if (i === undefined || i >= count) return '';
  let from = start;
  for (let k = 0; k < i; k++) from += raw.lengths[cell + k];
  return raw.text.substring(from, from + raw.lengths[cell + i]).trim();
}

export const rawTransferables = (b: RawBatch) => [b.lengths.buffer, b.lines.buffer, b.cellCounts.buffer] as ArrayBuffer[];
export const transferables = (b: Batch) => [...rawTransferables(b), b.phoneLengths.buffer, b.phoneFlags.buffer, b.facts.buffer, b.ids.buffer] as ArrayBuffer[];
