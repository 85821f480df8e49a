import { LocalClock } from '../law/calendar/clock';
import type { Manifest } from '../inputs/manifest';
import { cellOf, FACT, layout, PHONE, PHONE_TYPES, type Batch, type ColumnIndex, type Layout } from './batch';
import { parseSendAt } from '../read/values';
import { parseDate, type YesNoColumn } from '../law/cells';
import { refinedZone } from '../law/postal-code';
import { inputError } from '../base/failure';
import { columnProblem, columnReadings, headerIndexOf, headerKey, resolveColumns } from '../read/columns';
import { foreignTerritory, TERRITORIES } from '../law/phone/territories';
import { nationalFormOf, nationalNumberOf } from '../law/phone/national-form';
import type {
  ColumnReading,
  HolidayZone,
  LocalTime,
  Phone,
  PhoneType,
  Recipient,
  Territory,
} from '../base/types';

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

/** What a recipient is, worked out once; its cells are read from the batch only when asked for. */
type RecipientFacts = Pick<
  Recipient,
  | 'row'
  | 'line'
  | 'phone'
  | 'firstSeenLine'
  | 'territory'
  | 'holidayZone'
  | 'consent'
  | 'customer'
  | 'consentDate'
  | 'contract'
  | 'optedOut'
  | 'notUnderstood'
  | 'message'
  | 'sendTime'
  | 'sendAtInvalid'
>;

/** A record's cells: the batch's text, where its cells start and end, and the record's first cell and count. */
interface RecordCells {
  readonly text: string;
  readonly bounds: Uint32Array;
  readonly first: number;
  readonly count: number;
}

/** One normalised recipient: its facts, and its cells read on demand (most rules never read most of them). */
export class RecipientRecord implements Recipient {
  readonly row: number;
  readonly line: number;
  readonly phone: Phone | null;
  readonly firstSeenLine: number | null;
  readonly territory: Territory;
  readonly holidayZone: HolidayZone | null;
  readonly consent: boolean;
  readonly customer: boolean;
  readonly consentDate: string | null;
  readonly contract: boolean;
  readonly optedOut: boolean;
  readonly notUnderstood: readonly YesNoColumn[];
  readonly message: string;
  readonly sendTime: LocalTime;
  readonly sendAtInvalid: string | null;

  constructor(
    facts: RecipientFacts,
    private readonly cells: RecordCells,
    private readonly file: FileColumns,
  ) {
    this.row = facts.row;
    this.line = facts.line;
    this.phone = facts.phone;
    this.firstSeenLine = facts.firstSeenLine;
    this.territory = facts.territory;
    this.holidayZone = facts.holidayZone;
    this.consent = facts.consent;
    this.customer = facts.customer;
    this.consentDate = facts.consentDate;
    this.contract = facts.contract;
    this.optedOut = facts.optedOut;
    this.notUnderstood = facts.notUnderstood;
    this.message = facts.message;
    this.sendTime = facts.sendTime;
    this.sendAtInvalid = facts.sendAtInvalid;
    Object.freeze(this);
  }

  private cell(i: number | undefined): string {
    const { text, bounds, first, count } = this.cells;
    return cellOf(text, bounds, first, count, i);
  }

  /** The record's cells as read, untrimmed: the row as it is written back. */
  values(): string[] {
    const { text, bounds, first, count } = this.cells;
    const out = new Array<string>(count);
    for (let i = 0, k = 2 * first; i < count; i++, k += 2) out[i] = text.substring(bounds[k], bounds[k + 1]);
    return out;
  }

  get phoneRaw(): string {
    return this.cell(this.file.logical.phone);
  }

  get consentDateRaw(): string {
    return this.cell(this.file.logical.consent_date);
  }

  get postalCode(): string {
    return this.cell(this.file.logical.postal_code);
  }

  get lastContactRaw(): string {
    return this.cell(this.file.logical.last_contact);
  }

  /** Read when asked (one rule does): parseDate remembers the cells it has seen. */
  get lastContact(): string | null {
    return parseDate(this.lastContactRaw);
  }

  get(column: string): string | undefined {
    const byName = this.file.byName;
    const i = byName.get(column) ?? byName.get(headerKey(column)); // exact name first: no allocation
    return i === undefined ? undefined : this.cell(i);
  }
}

const UNKNOWN_BITS: ReadonlyArray<readonly [number, YesNoColumn]> = [
  [FACT.CONSENT_UNKNOWN, 'consent'],
  [FACT.CUSTOMER_UNKNOWN, 'customer'],
  [FACT.CONTRACT_UNKNOWN, 'contract'],
  [FACT.OPT_OUT_UNKNOWN, 'opt_out'],
];
const ALL_UNKNOWN = UNKNOWN_BITS.reduce((bits, [bit]) => bits | bit, 0);
/** The columns not understood, one frozen list per combination (16 at most). */
const NOT_UNDERSTOOD: Array<readonly YesNoColumn[] | undefined> = [];
function notUnderstoodOf(facts: number): readonly YesNoColumn[] {
  const bits = facts & ALL_UNKNOWN;
  return (NOT_UNDERSTOOD[bits >> 8] ??= Object.freeze(
    UNKNOWN_BITS.filter(([bit]) => bits & bit).map(([, column]) => column),
  ));
}

/** Where a file's columns are: by logical name, and by header name (trimmed, lower case). */
interface FileColumns {
  readonly logical: ColumnIndex;
  readonly byName: ReadonlyMap<string, number>;
}

/** Turns batches of records into recipients: each number parsed once, local time looked up per territory. */
export class RecipientBuilder {
  /** Logical column → header as written in the file (only the columns that exist). */
  readonly columns: Readonly<Record<string, string>>;
  /** Every column read and how its header was chosen; headers that look like opt-out and are not read. */
  readonly columnReadings: Readonly<Record<string, ColumnReading>>;
  readonly unusedOptOut: readonly string[];
  readonly duplicateHeaders: readonly string[];
  private readonly file: FileColumns;
  private readonly clock = new LocalClock();
  private readonly strings: Array<string | null> = [null];
  private rows = 0;

  constructor(
    private readonly manifest: Manifest,
    headers: readonly string[],
    csvDisplay: string,
  ) {
    const resolution = resolveColumns(headers, manifest.recipients.columns);
    const problem = columnProblem(resolution, headers);
    if (problem) throw inputError(csvDisplay, 1, problem.message, problem.hint);
    this.file = { logical: resolution.at, byName: headerIndexOf(headers) };
    this.columnReadings = Object.freeze(columnReadings(resolution));
    this.unusedOptOut = Object.freeze([...resolution.unusedOptOut]);
    this.duplicateHeaders = Object.freeze(resolution.duplicates.map((d) => d.header));
    const columns: Record<string, string> = {};
    for (const [logical, choice] of Object.entries(resolution.chosen)) columns[logical] = choice.header;
    this.columns = Object.freeze(columns);
  }

  hasColumn(name: string): boolean {
    return this.file.byName.has(headerKey(name));
  }

  /** Each record of a batch as a recipient, in file order; returns how many. */
  read(batch: Batch, visit: (recipient: Recipient) => void): number {
    for (const s of batch.fresh) this.strings.push(s);
    const { data } = batch;
    const section = layout(batch.records, batch.cells);
    let first = 0;
    for (let r = 0; r < batch.records; r++) {
      const count = data[section.counts + r];
      visit(this.build(batch, section, r, { text: batch.text, bounds: data, first, count }));
      first += count;
    }
    return batch.records;
  }

  private build(batch: Batch, section: Layout, r: number, cells: RecordCells): Recipient {
    const m = this.manifest;
    const { data } = batch;
    const flags = data[section.flags + r];
    const facts = flags >> 8;
    const phone = flags & PHONE.NONE ? null : this.phoneOf(batch, section, r, flags);
    const row = ++this.rows;
    const line = data[section.lines + r];
    const numberRegion = phone?.region ?? (phone ? null : 'FR');
    const numberTerritory =
      (numberRegion && TERRITORIES[numberRegion]) || foreignTerritory(numberRegion ?? 'ZZ', m.timeZone);
    // The postal code refines the territory: Alsace-Moselle, Saint-Martin, Saint-Barthélemy.
    const postal =
      facts & FACT.ALSACE_MOSELLE
        ? 'alsace-moselle'
        : facts & FACT.SAINT_MARTIN
          ? 'saint-martin'
          : facts & FACT.SAINT_BARTHELEMY
            ? 'saint-barthelemy'
            : null;
    const refined = refinedZone(numberRegion, numberTerritory.holidayZone, postal);
    const territory =
      refined.region === numberRegion ? numberTerritory : TERRITORIES[refined.region as string];
    const holidayZone = refined.holidayZone;

    // Send instant: a per-row send_at wins; else send_at + floor((n-1)/rate) minutes in file order.
    let epochMs = m.sendAtMs + (m.ratePerMinute ? Math.floor((row - 1) / m.ratePerMinute) * 60000 : 0);
    let sendAtInvalid: string | null = null;
    const rowSendAt = cellOf(cells.text, data, cells.first, cells.count, this.file.logical.send_at);
    if (rowSendAt !== '') {
      const parsed = parseSendAt(rowSendAt, m.timeZone);
      if (parsed === null) sendAtInvalid = rowSendAt;
      else epochMs = parsed;
    }
    const rowMessage = cellOf(cells.text, data, cells.first, cells.count, this.file.logical.message);
    const sendTime = this.clock.at(epochMs, territory.timeZone);
    // An opt-out date counts from that day: on or before the send date the person has opted out; a
    // later date cannot be right, and is not understood (the rule names it).
    let optOut = facts & (FACT.OPTED_OUT | FACT.OPT_OUT_UNKNOWN);
    if (facts & FACT.OPT_OUT_DATE) {
      const date = parseDate(cellOf(cells.text, data, cells.first, cells.count, this.file.logical.opt_out));
      optOut = date !== null && date <= sendTime.date ? FACT.OPTED_OUT : FACT.OPT_OUT_UNKNOWN;
    }
    const recipient: RecipientFacts = {
      row,
      line,
      phone,
      firstSeenLine: phone ? data[section.firstLines + r] || null : null,
      territory,
      holidayZone,
      consent: (facts & FACT.CONSENT) !== 0,
      customer: (facts & FACT.CUSTOMER) !== 0,
      consentDate: this.strings[data[section.ids + 3 * r + 2]],
      contract: (facts & FACT.CONTRACT) !== 0,
      optedOut: optOut === FACT.OPTED_OUT,
      notUnderstood: notUnderstoodOf((facts & ~(FACT.OPTED_OUT | FACT.OPT_OUT_UNKNOWN)) | optOut),
      message: rowMessage !== '' ? rowMessage : m.message,
      sendTime,
      sendAtInvalid,
    };
    return new RecipientRecord(recipient, cells, this.file);
  }

  private phoneOf(batch: Batch, section: Layout, r: number, flags: number): Phone {
    const { data, phoneText } = batch;
    const p = section.phoneStarts + r;
    return new RecipientPhone(
      phoneText.substring(data[p], data[p + 1]),
      this.strings[data[section.ids + 3 * r]] as string,
      (flags & PHONE.VALID) !== 0,
      PHONE_TYPES[(flags >> PHONE.TYPE_SHIFT) & 15],
      this.strings[data[section.ids + 3 * r + 1]],
      (flags & PHONE.REMAPPED) !== 0,
    );
  }
}
