import { LocalClock } from '../calendar/clock';
import { LOGICAL_COLUMNS, type Manifest } from '../campaign/manifest';
import { parseBoolean, parseDate, parseSendAt } from '../campaign/values';
import { hintDidYouMean, inputError } from '../errors';
import { normalizePhone } from '../phone/normalize';
import { foreignTerritory, isAlsaceMoselle, TERRITORIES } from '../phone/territories';
import type { HolidayZone, LocalTime, Phone, Recipient, Territory } from '../types';

const keyOf = (header: string) => header.trim().toLowerCase();

/** One normalised recipient. A class, so the per-row cost is one small object with shared methods. */
class RecipientRecord implements Recipient {
  constructor(
    readonly row: number,
    readonly line: number,
    readonly phoneRaw: string,
    readonly phone: Phone | null,
    readonly territory: Territory,
    readonly holidayZone: HolidayZone | null,
    readonly consent: boolean,
    readonly customer: boolean,
    readonly consentDate: string | null,
    readonly consentDateRaw: string,
    readonly postalCode: string,
    readonly message: string,
    readonly sendTime: LocalTime,
    readonly sendAtInvalid: string | null,
    private readonly values: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
  ) {
    Object.freeze(this);
  }

  get(column: string): string | undefined {
    const i = this.index.get(column) ?? this.index.get(keyOf(column)); // exact name first: no allocation
    return i === undefined ? undefined : (this.values[i] ?? '').trim();
  }
}

/** Turns CSV records into recipients: each number parsed once, local time looked up per territory. */
export class RecipientBuilder {
  /** Logical column → header as written in the file (only the columns that exist). */
  readonly columns: Readonly<Record<string, string>>;
  private readonly index = new Map<string, number>();
  private readonly at: Record<string, number | undefined> = {};
  private readonly clock = new LocalClock();

  constructor(private readonly manifest: Manifest, headers: readonly string[], csvDisplay: string) {
    headers.forEach((header, i) => {
      if (!this.index.has(keyOf(header))) this.index.set(keyOf(header), i);
    });
    const columns: Record<string, string> = {};
    for (const logical of LOGICAL_COLUMNS) {
      const mapped = manifest.recipients.columns[logical];
      const i = this.index.get(keyOf(mapped ?? logical));
      if (mapped && i === undefined) {
        throw inputError(csvDisplay, 1, `column "${mapped}" (mapped to ${logical} in the manifest) is not in the header`,
          hintDidYouMean(mapped, headers) ?? `The header has: ${headers.join(', ')}.`);
      }
      if (i !== undefined) {
        this.at[logical] = i;
        columns[logical] = headers[i].trim();
      }
    }
    if (this.at.phone === undefined) {
      throw inputError(csvDisplay, 1, 'no "phone" column in the header', `${hintDidYouMean('phone', headers) ? `${hintDidYouMean('phone', headers)} ` : ''}Name the column "phone", or map yours in the manifest: recipients.columns.phone: <header>. The header has: ${headers.join(', ')}.`);
    }
    this.columns = Object.freeze(columns);
  }

  private cell(values: readonly string[], logical: string): string {
    const i = this.at[logical];
    return i === undefined ? '' : (values[i] ?? '').trim();
  }

  /** `phone` is the number already normalised by the reader thread, when it did it. */
  build(values: readonly string[], row: number, line: number, phone: Phone | null | undefined = undefined): Recipient {
    const m = this.manifest;
    const phoneRaw = this.cell(values, 'phone');
    if (phone === undefined) phone = normalizePhone(phoneRaw);
    const region = phone?.region ?? (phone ? null : 'FR');
    const territory = (region && TERRITORIES[region]) || foreignTerritory(region ?? 'ZZ', m.timeZone);
    const postalCode = this.cell(values, 'postal_code');
    const holidayZone = territory.holidayZone === 'metropole' && isAlsaceMoselle(postalCode) ? 'alsace-moselle' : territory.holidayZone;

    // Send instant: a per-row send_at wins; else send_at + floor((n-1)/rate) minutes in file order.
    let epochMs = m.sendAtMs + (m.ratePerMinute ? Math.floor((row - 1) / m.ratePerMinute) * 60000 : 0);
    let sendAtInvalid: string | null = null;
    const rowSendAt = this.cell(values, 'send_at');
    if (rowSendAt !== '') {
      const parsed = parseSendAt(rowSendAt, m.timeZone);
      if (parsed === null) sendAtInvalid = rowSendAt;
      else epochMs = parsed;
    }
    const consentDateRaw = this.cell(values, 'consent_date');
    const rowMessage = this.cell(values, 'message');
    return new RecipientRecord(
      row, line, phoneRaw, phone, territory, holidayZone,
      parseBoolean(this.cell(values, 'consent')) === true,
      parseBoolean(this.cell(values, 'customer')) === true,
      consentDateRaw === '' ? null : parseDate(consentDateRaw),
      consentDateRaw,
      postalCode,
      rowMessage !== '' ? rowMessage : m.message,
      this.clock.at(epochMs, territory.timeZone),
      sendAtInvalid,
      values,
      this.index,
    );
  }
}
