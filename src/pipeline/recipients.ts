import { LocalClock } from '../calendar/clock';
import type { Manifest } from '../campaign/manifest';
import {
  cellOf,
  columnIndex,
  FACT,
  headerIndexOf,
  headerKey,
  layout,
  LOGICAL_COLUMNS,
  PHONE,
  PHONE_TYPES,
  type Batch,
  type ColumnIndex,
  type Layout,
} from './batch';
import { parseSendAt } from '../campaign/values';
import { hintDidYouMean, inputError } from '../errors';
import { headerText } from '../format/mask';
import { foreignTerritory, TERRITORIES } from '../phone/territories';
import { nationalFormOf, nationalNumberOf } from '../phone/national-form';
import type { HolidayZone, LocalTime, Phone, PhoneType, Recipient, Territory } from '../types';

/** A recipient's number; its national number and form are worked out when read (most rules never do). */
class RecipientPhone implements Phone {
  constructor(
    readonly e164: string,
    readonly countryCode: string,
    readonly valid: boolean,
    readonly type: PhoneType | null,
    readonly region: string | null,
    readonly remappedFromPlus33: boolean,
  ) {}

  get nationalNumber(): string {
    return nationalNumberOf(this.e164, this.countryCode);
  }

  get nationalForm(): string {
    return nationalFormOf(this.countryCode, this.nationalNumber);
  }

  /** JSON has the national number and form too, as a plain Phone would. */
  toJSON(): Phone {
    const { e164, countryCode, nationalNumber, nationalForm, valid, type, region, remappedFromPlus33 } = this;
    return { e164, countryCode, nationalNumber, nationalForm, valid, type, region, remappedFromPlus33 };
  }
}

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
    private readonly text: string,
    private readonly starts: Uint32Array,
    private readonly first: number,
    private readonly count: number,
    private readonly builder: RecipientBuilder,
  ) {
    Object.freeze(this);
  }

  private at(i: number | undefined): string {
    return cellOf(this.text, this.starts, this.first, this.count, i);
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
  readonly headerIndex: ReadonlyMap<string, number>;
  private readonly clock = new LocalClock();
  private readonly strings: Array<string | null> = [null];
  private rows = 0;

  constructor(
    private readonly manifest: Manifest,
    headers: readonly string[],
    csvDisplay: string,
  ) {
    this.headerIndex = headerIndexOf(headers);
    this.at = columnIndex(headers, manifest.recipients.columns);
    const columns: Record<string, string> = {};
    for (const logical of LOGICAL_COLUMNS) {
      const mapped = manifest.recipients.columns[logical];
      const i = this.at[logical];
      if (mapped && i === undefined) {
        throw inputError(
          csvDisplay,
          1,
          `column "${mapped}" (mapped to ${logical} in the manifest) is not in the header`,
          hintDidYouMean(mapped, headers) ?? headerText(headers),
        );
      }
      if (i !== undefined) columns[logical] = headers[i].trim();
    }
    if (this.at.phone === undefined) {
      throw inputError(
        csvDisplay,
        1,
        'no "phone" column in the header',
        `${hintDidYouMean('phone', headers) ? `${hintDidYouMean('phone', headers)} ` : ''}Name the column "phone", or map yours in the manifest: recipients.columns.phone: <header>. ${headerText(headers)}`,
      );
    }
    this.columns = Object.freeze(columns);
  }

  /** Each record of a batch as a recipient, in file order. */
  read(batch: Batch, onRecipient: (recipient: Recipient) => void): void {
    for (const s of batch.fresh) this.strings.push(s);
    const { data, phoneText } = batch;
    const at = layout(batch.records, batch.cells);
    let first = 0;
    for (let r = 0; r < batch.records; r++) {
      const flags = data[at.flags + r];
      const p = at.phoneStarts + r;
      const phone =
        flags & PHONE.NONE
          ? null
          : new RecipientPhone(
              phoneText.substring(data[p], data[p + 1]),
              this.strings[data[at.ids + 3 * r]] as string,
              (flags & PHONE.VALID) !== 0,
              PHONE_TYPES[(flags >> PHONE.TYPE_SHIFT) & 15],
              this.strings[data[at.ids + 3 * r + 1]],
              (flags & PHONE.REMAPPED) !== 0,
            );
      const count = data[at.counts + r];
      onRecipient(this.build(batch, r, at, first, count, phone, flags >> 8));
      first += count;
    }
  }

  private build(
    batch: Batch,
    r: number,
    at: Layout,
    first: number,
    count: number,
    phone: Phone | null,
    facts: number,
  ): Recipient {
    const m = this.manifest;
    const row = ++this.rows;
    const { text, data } = batch;
    const region = phone?.region ?? (phone ? null : 'FR');
    const territory = (region && TERRITORIES[region]) || foreignTerritory(region ?? 'ZZ', m.timeZone);
    const holidayZone =
      territory.holidayZone === 'metropole' && facts & FACT.ALSACE_MOSELLE
        ? 'alsace-moselle'
        : territory.holidayZone;

    // Send instant: a per-row send_at wins; else send_at + floor((n-1)/rate) minutes in file order.
    let epochMs = m.sendAtMs + (m.ratePerMinute ? Math.floor((row - 1) / m.ratePerMinute) * 60000 : 0);
    let sendAtInvalid: string | null = null;
    const rowSendAt = cellOf(text, data, first, count, this.at.send_at);
    if (rowSendAt !== '') {
      const parsed = parseSendAt(rowSendAt, m.timeZone);
      if (parsed === null) sendAtInvalid = rowSendAt;
      else epochMs = parsed;
    }
    const rowMessage = cellOf(text, data, first, count, this.at.message);
    return new RecipientRecord(
      row,
      data[at.lines + r],
      phone,
      territory,
      holidayZone,
      (facts & FACT.CONSENT) !== 0,
      (facts & FACT.CUSTOMER) !== 0,
      this.strings[data[at.ids + 3 * r + 2]],
      rowMessage !== '' ? rowMessage : m.message,
      this.clock.at(epochMs, territory.timeZone),
      sendAtInvalid,
      text,
      data,
      first,
      count,
      this,
    );
  }
}
