import { LocalClock } from '../calendar/clock';
import type { Manifest } from '../campaign/manifest';
import { columnIndex, FACT, headerKey, LOGICAL_COLUMNS, PHONE, PHONE_TYPES, type Batch, type ColumnIndex } from '../campaign/recipient-batch';
import { parseSendAt } from '../campaign/values';
import { hintDidYouMean, inputError } from '../errors';
import { foreignTerritory, TERRITORIES } from '../phone/territories';
import type { HolidayZone, LocalTime, Phone, Recipient, Territory } from '../types';

/** The cells of one batch: its text and where each cell starts. */
class Cells {
  readonly starts: Uint32Array;
  constructor(readonly text: string, lengths: Uint32Array) {
    this.starts = new Uint32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++) this.starts[i + 1] = this.starts[i] + lengths[i];
  }
  cell(i: number): string {
    return this.text.substring(this.starts[i], this.starts[i + 1]);
  }
}

/** Cell i of a record (its cells start at `first`), trimmed; '' when the column or the cell is missing. */
const cellAt = (cells: Cells, first: number, count: number, i: number | undefined) => (i === undefined || i >= count ? '' : cells.cell(first + i).trim());

/**
 * One normalised recipient: a small object with shared methods. Cells are read from the batch
 * only when asked for (most rules never look at most of them).
 */
class RecipientRecord implements Recipient {
  constructor(
    readonly row: number,
    readonly line: number,
    readonly phone: Phone | null,
    readonly territory: Territory,
    readonly holidayZone: HolidayZone | null,
    readonly consent: boolean,
    readonly customer: boolean,
    readonly consentDate: string | null,
    readonly message: string,
    readonly sendTime: LocalTime,
    readonly sendAtInvalid: string | null,
    private readonly cells: Cells,
    private readonly first: number,
    private readonly count: number,
    private readonly builder: RecipientBuilder,
  ) {
    Object.freeze(this);
  }

  private at(i: number | undefined): string {
    return cellAt(this.cells, this.first, this.count, i);
  }

  get phoneRaw(): string {
    return this.at(this.builder.at.phone);
  }

  get consentDateRaw(): string {
    return this.at(this.builder.at.consent_date);
  }

  get postalCode(): string {
    return this.at(this.builder.at.postal_code);
  }

  get(column: string): string | undefined {
    const index = this.builder.headerIndex;
    const i = index.get(column) ?? index.get(headerKey(column)); // exact name first: no allocation
    return i === undefined ? undefined : this.at(i);
  }
}

/** Turns batches of records into recipients: each number parsed once, local time looked up per territory. */
export class RecipientBuilder {
  /** Logical column → header as written in the file (only the columns that exist). */
  readonly columns: Readonly<Record<string, string>>;
  readonly at: ColumnIndex;
  readonly headerIndex = new Map<string, number>();
  private readonly clock = new LocalClock();
  private readonly strings: Array<string | null> = [null];
  private rows = 0;

  constructor(private readonly manifest: Manifest, headers: readonly string[], csvDisplay: string) {
    headers.forEach((header, i) => {
      if (!this.headerIndex.has(headerKey(header))) this.headerIndex.set(headerKey(header), i);
    });
    this.at = columnIndex(headers, manifest.recipients.columns);
    const columns: Record<string, string> = {};
    for (const logical of LOGICAL_COLUMNS) {
      const mapped = manifest.recipients.columns[logical];
      const i = this.at[logical];
      if (mapped && i === undefined) {
        throw inputError(csvDisplay, 1, `column "${mapped}" (mapped to ${logical} in the manifest) is not in the header`,
          hintDidYouMean(mapped, headers) ?? `The header has: ${headers.join(', ')}.`);
      }
      if (i !== undefined) columns[logical] = headers[i].trim();
    }
    if (this.at.phone === undefined) {
      throw inputError(csvDisplay, 1, 'no "phone" column in the header', `${hintDidYouMean('phone', headers) ? `${hintDidYouMean('phone', headers)} ` : ''}Name the column "phone", or map yours in the manifest: recipients.columns.phone: <header>. The header has: ${headers.join(', ')}.`);
    }
    this.columns = Object.freeze(columns);
  }

  /** Each record of a batch as a recipient, in file order. */
  read(batch: Batch, onRecipient: (recipient: Recipient) => void): void {
    for (const s of batch.fresh) this.strings.push(s);
    const cells = new Cells(batch.text, batch.lengths);
    const phones = new Cells(batch.phoneText, batch.phoneLengths);
    let first = 0;
    let phone = 0;
    for (let r = 0; r < batch.records; r++) {
      const flags = batch.phoneFlags[r];
      let number: Phone | null = null;
      if (!(flags & PHONE.NONE)) {
        number = {
          e164: phones.cell(phone), countryCode: this.strings[batch.ids[r * 3]] as string, nationalNumber: phones.cell(phone + 1), nationalForm: phones.cell(phone + 2),
          valid: (flags & PHONE.VALID) !== 0, type: PHONE_TYPES[(flags >> PHONE.TYPE_SHIFT) & 15], region: this.strings[batch.ids[r * 3 + 1]], remappedFromPlus33: (flags & PHONE.REMAPPED) !== 0,
        };
        phone += 3;
      }
      onRecipient(this.build(batch, r, cells, first, number));
      first += batch.cellCounts[r];
    }
  }

  private build(batch: Batch, r: number, cells: Cells, first: number, phone: Phone | null): Recipient {
    const m = this.manifest;
    const row = ++this.rows;
    const count = batch.cellCounts[r];
    const region = phone?.region ?? (phone ? null : 'FR');
    const territory = (region && TERRITORIES[region]) || foreignTerritory(region ?? 'ZZ', m.timeZone);
    const facts = batch.facts[r];
    const holidayZone = territory.holidayZone === 'metropole' && facts & FACT.ALSACE_MOSELLE ? 'alsace-moselle' : territory.holidayZone;

    // Send instant: a per-row send_at wins; else send_at + floor((n-1)/rate) minutes in file order.
    let epochMs = m.sendAtMs + (m.ratePerMinute ? Math.floor((row - 1) / m.ratePerMinute) * 60000 : 0);
    let sendAtInvalid: string | null = null;
    const rowSendAt = cellAt(cells, first, count, this.at.send_at);
    if (rowSendAt !== '') {
      const parsed = parseSendAt(rowSendAt, m.timeZone);
      if (parsed === null) sendAtInvalid = rowSendAt;
      else epochMs = parsed;
    }
    const rowMessage = cellAt(cells, first, count, this.at.message);
    return new RecipientRecord(
      row, batch.lines[r], phone, territory, holidayZone,
      (facts & FACT.CONSENT) !== 0,
      (facts & FACT.CUSTOMER) !== 0,
      this.strings[batch.ids[r * 3 + 2]],
      rowMessage !== '' ? rowMessage : m.message,
      this.clock.at(epochMs, territory.timeZone),
      sendAtInvalid,
      cells, first, count, this,
    );
  }
}
