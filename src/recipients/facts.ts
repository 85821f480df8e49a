// The facts of each record, worked out where records are parsed (the facts thread for large files),
// the line of its number's first row included.
import { normalizePhone } from '../law/phone/normalize';
import { postalZoneOf } from '../law/postal-code';
import { parseDate, readCell, type CellReading, type YesNoColumn } from '../law/cells';
import { cellOf, FACT, layout, PHONE, PHONE_TYPES, type Batch, type ColumnIndex } from './batch';
import { DuplicateIndex } from './duplicates';
import { SpanMemo } from './span-memo';

const POSTAL_FACT = {
  none: 0,
  'alsace-moselle': FACT.ALSACE_MOSELLE,
  'saint-martin': FACT.SAINT_MARTIN,
  'saint-barthelemy': FACT.SAINT_BARTHELEMY,
} as const;

/** The yes/no columns other than consent: the fact a yes sets, and the bit of a value not understood. */
const YES_NO_FACTS: ReadonlyArray<readonly [YesNoColumn, number, number]> = [
  ['customer', FACT.CUSTOMER, FACT.CUSTOMER_UNKNOWN],
  ['contract', FACT.CONTRACT, FACT.CONTRACT_UNKNOWN],
  ['opt_out', FACT.OPTED_OUT, FACT.OPT_OUT_UNKNOWN],
];

/** A yes/no cell read in its column's direction: only a yes sets the fact, a value not understood its own bit. */
function bitsOf(reading: CellReading, yes: number, unknown: number, date: number): number {
  return reading.kind === 'yes'
    ? yes
    : reading.kind === 'date'
      ? date
      : reading.kind === 'unknown'
        ? unknown
        : 0;
}

interface YesNoReading {
  readonly index: number | undefined;
  readonly memo: SpanMemo<CellReading>;
  readonly read: (cell: string) => CellReading;
  readonly yes: number;
  readonly unknown: number;
  readonly date: number;
}

/** Works out the facts of each record of a batch; repeated strings are sent once per stream. */
export class FactMaker {
  private readonly known = new Map<string, number>();
  private fresh: string[] = [];
  private readonly dateIds = new Map<string, number>();
  private readonly postalFacts = new Map<string, number>();
  /** Where each number was first met (records come in file order). */
  private readonly duplicates: DuplicateIndex;
  // Each column's cells read once per distinct text (law/vocabulary.ts, law/cells.ts, law/postal-code.ts);
  // past what a SpanMemo keeps, the readings below keep their own memos (dateIds, postalFacts, memoize).
  private readonly consent = new SpanMemo<CellReading>();
  private readonly yesNo: ReadonlyArray<YesNoReading>;
  private readonly postal = new SpanMemo<number>();
  /** A consent_date cell: the id of its date (0: not a date), or -1 when it is empty. */
  private readonly dates = new SpanMemo<number>();
  private readonly readConsent = (cell: string) => readCell('consent', cell);
  private readonly readPostal = (cell: string) => this.postalFact(cell);
  private readonly readDate = (cell: string) => (cell === '' ? -1 : this.dateId(cell));

  constructor(
    private readonly columns: ColumnIndex,
    expectedRecords: number,
  ) {
    this.duplicates = new DuplicateIndex(expectedRecords);
    this.yesNo = YES_NO_FACTS.map(([column, yes, unknown]) => ({
      index: columns[column],
      memo: new SpanMemo<CellReading>(),
      read: (cell: string) => readCell(column, cell),
      yes,
      unknown,
      // An opt-out date counts from that day: the recipient's send date decides (recipients.ts).
      date: column === 'opt_out' ? FACT.OPT_OUT_DATE : yes,
    }));
  }

  /** Removes the duplicate look-up's scratch file, if it made one. */
  dispose(): void {
    this.duplicates.dispose();
  }

  /** Fills in the facts of a batch's records (in its buffer) and returns it with its phone strings. */
  complete(batch: Batch): Batch {
    const n = batch.records;
    const c = this.columns;
    const { text, data } = batch;
    const at = layout(n, batch.cells);
    const phoneParts: string[] = [];
    let phoneEnd = 0;
    let lastCode: string | undefined;
    let lastCodeId = 0;
    let lastRegion: string | null | undefined;
    let lastRegionId = 0;
    let first = 0; // index of the record's first cell
    for (let r = 0; r < n; r++) {
      const count = data[at.counts + r];
      const phone = c.phone === undefined ? null : normalizePhone(cellOf(text, data, first, count, c.phone));
      let flags: number = PHONE.NONE;
      data[at.phoneStarts + r] = phoneEnd;
      data[at.firstLines + r] = phone ? this.duplicates.firstLine(phone.e164, data[at.lines + r]) : 0;
      if (phone) {
        phoneParts.push(phone.e164); // its national number and form follow from it and the calling code
        phoneEnd += phone.e164.length;
        flags =
          (phone.valid ? PHONE.VALID : 0) |
          (phone.remappedFromPlus33 ? PHONE.REMAPPED : 0) |
          (PHONE_TYPES.indexOf(phone.type) << PHONE.TYPE_SHIFT);
      }
      // Each yes/no column read in its own direction (law/vocabulary.ts): only a yes sets its fact, and
      // a value not understood sets its own bit, never the yes nor the no.
      let facts = 0;
      let consentReading: CellReading | undefined;
      if (c.consent !== undefined) {
        consentReading = read(this.consent, text, data, first, count, c.consent, this.readConsent);
        facts = bitsOf(consentReading, FACT.CONSENT, FACT.CONSENT_UNKNOWN, FACT.CONSENT);
      }
      for (const column of this.yesNo)
        if (column.index !== undefined)
          facts |= bitsOf(
            read(column.memo, text, data, first, count, column.index, column.read),
            column.yes,
            column.unknown,
            column.date,
          );
      if (c.postal_code !== undefined)
        facts |= read(this.postal, text, data, first, count, c.postal_code, this.readPostal);
      // Consecutive numbers mostly share calling code and region: no look-up then.
      if (phone && phone.countryCode !== lastCode) lastCodeId = this.id((lastCode = phone.countryCode));
      if (phone && phone.region !== lastRegion) lastRegionId = this.id((lastRegion = phone.region));
      data[at.ids + 3 * r] = phone ? lastCodeId : 0;
      data[at.ids + 3 * r + 1] = phone ? lastRegionId : 0;
      // Consent date: the consent_date cell; else a date in the consent column (consent given that
      // day). With no consent column at all, a valid consent_date (Mailchimp's OPTIN_TIME) is consent.
      const dateCell =
        c.consent_date === undefined
          ? -1
          : read(this.dates, text, data, first, count, c.consent_date, this.readDate);
      let dateId = dateCell < 0 ? 0 : dateCell;
      if (consentReading === undefined) facts |= dateCell > 0 ? FACT.CONSENT : 0;
      else if (consentReading.kind === 'date' && dateCell < 0) dateId = this.dateId(consentReading.date);
      data[at.ids + 3 * r + 2] = dateId;
      data[at.flags + r] = flags | (facts << 8);
      first += count;
    }
    data[at.phoneStarts + n] = phoneEnd;
    const fresh = this.fresh;
    this.fresh = [];
    return { ...batch, phoneText: phoneParts.join(''), fresh };
  }

  /** The facts bit of a postal code cell: one reading per distinct cell (a file has few thousand codes). */
  private postalFact(cell: string): number {
    let fact = this.postalFacts.get(cell);
    if (fact === undefined) {
      fact = POSTAL_FACT[postalZoneOf(cell) ?? 'none'];
      if (this.postalFacts.size < 100_000) this.postalFacts.set(cell, fact);
    }
    return fact;
  }

  /** The id of a consent date cell: one look-up for the cells seen before (a campaign has few distinct dates). */
  private dateId(cell: string): number {
    let id = this.dateIds.get(cell);
    if (id === undefined) {
      id = this.id(parseDate(cell));
      if (this.dateIds.size < 100_000) this.dateIds.set(cell, id);
    }
    return id;
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

/** The reading of cell i of a record (see cellOf), through the column's memo. */
function read<T>(
  memo: SpanMemo<T>,
  text: string,
  bounds: Uint32Array,
  first: number,
  count: number,
  i: number,
  reading: (cell: string) => T,
): T {
  if (i >= count) return memo.get('', 0, 0, reading);
  const k = 2 * (first + i);
  return memo.get(text, bounds[k], bounds[k + 1], reading);
}
