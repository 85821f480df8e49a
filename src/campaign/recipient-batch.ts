// The wire format between the CSV worker and the main thread: a batch of records as one string of
// concatenated cells, their lengths, and each record's line, cell count and normalised phone.
import type { Phone, PhoneType } from '../types';

export const PHONE_TYPES: readonly (PhoneType | null)[] = [null, 'MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const NO_PHONE = 0x80;

export interface Batch {
  readonly text: string;
  readonly lengths: Uint32Array;
  readonly lines: Int32Array;
  readonly cellCounts: Uint16Array;
  /** Bit 7: no phone; bit 0: valid; bit 1: remapped from +33; bits 2–5: type index. */
  readonly phoneFlags: Uint8Array;
  readonly records: number;
}

/** Accumulates records on the worker side, in typed arrays sized once per batch. */
export class BatchWriter {
  private text = '';
  private lengths: Uint32Array;
  private cells = 0;
  private readonly lines: Int32Array;
  private readonly counts: Uint16Array;
  private readonly flags: Uint8Array;
  private count = 0;

  constructor(capacity: number) {
    this.lengths = new Uint32Array(capacity * 16);
    this.lines = new Int32Array(capacity);
    this.counts = new Uint16Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  get records(): number {
    return this.count;
  }

  add(values: readonly string[], line: number, phone: Phone | null): void {
    for (let i = 0; i < values.length; i++) this.cell(values[i]);
    this.lines[this.count] = line;
    this.counts[this.count] = values.length;
    if (!phone) this.flags[this.count] = NO_PHONE;
    else {
      this.cell(phone.e164);
      this.cell(phone.countryCode);
      this.cell(phone.nationalNumber);
      this.cell(phone.nationalForm);
      this.cell(phone.region ?? '');
      this.flags[this.count] = (phone.valid ? 1 : 0) | (phone.remappedFromPlus33 ? 2 : 0) | (PHONE_TYPES.indexOf(phone.type) << 2);
    }
    this.count++;
  }

  private cell(value: string): void {
    if (this.cells === this.lengths.length) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[this.cells++] = value.length;
    this.text += value; // V8 keeps this as a rope until the message flattens it once
  }

  /** The batch, with its typed arrays ready to transfer; the writer starts empty again. */
  take(): Batch {
    const batch: Batch = {
      text: this.text,
      lengths: this.lengths.slice(0, this.cells),
      lines: this.lines.slice(0, this.count),
      cellCounts: this.counts.slice(0, this.count),
      phoneFlags: this.flags.slice(0, this.count),
      records: this.count,
    };
    this.text = '';
    this.cells = 0;
    this.count = 0;
    return batch;
  }
}

/** Replays a batch on the main thread, record by record. */
export function readBatch(batch: Batch, onRecord: (values: string[], line: number, phone: Phone | null) => void): void {
  let offset = 0;
  let cell = 0;
  const next = () => {
    const value = batch.text.substring(offset, offset + batch.lengths[cell]);
    offset += batch.lengths[cell++];
    return value;
  };
  for (let r = 0; r < batch.records; r++) {
    const values = new Array<string>(batch.cellCounts[r]);
    for (let i = 0; i < values.length; i++) values[i] = next();
    const flags = batch.phoneFlags[r];
    let phone: Phone | null = null;
    if (!(flags & NO_PHONE)) {
      const e164 = next(), countryCode = next(), nationalNumber = next(), nationalForm = next(), region = next();
      phone = { e164, countryCode, nationalNumber, nationalForm, valid: (flags & 1) === 1, type: PHONE_TYPES[(flags >> 2) & 15], region: region || null, remappedFromPlus33: (flags & 2) === 2 };
    }
    onRecord(values, batch.lines[r], phone);
  }
}
