// The facts of each record, worked out where records are parsed (the facts thread for large files),
// the line of its number's first row included.
import { normalizePhone } from '../law/phone/normalize';
import { postalZoneOf } from '../law/postal-code';
import { parseDate, readCell, type YesNoColumn } from '../law/cells';
import { cellOf, FACT, layout, PHONE, PHONE_TYPES, type Batch, type ColumnIndex } from './batch';
import { DuplicateIndex } from './duplicates';

const POSTAL_FACT = {
  none: 0,
  'alsace-moselle': FACT.ALSACE_MOSELLE,
  'saint-martin': FACT.SAINT_MARTIN,
  'saint-barthelemy': FACT.SAINT_BARTHELEMY,
} as const;

/** Works out the facts of each record of a batch; repeated strings are sent once per stream. */
export class FactMaker {
  private readonly known = new Map<string, number>();
  private fresh: string[] = [];
  private readonly dateIds = new Map<string, number>();
  private readonly postalFacts = new Map<string, number>();
  /** Where each number was first met (records come in file order). */
  private readonly duplicates: DuplicateIndex;

  constructor(
    private readonly columns: ColumnIndex,
    expectedRecords: number,
  ) {
    this.duplicates = new DuplicateIndex(expectedRecords);
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
      const cell = (i: number | undefined) => cellOf(text, data, first, count, i);
      const phone = c.phone === undefined ? null : normalizePhone(cell(c.phone));
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
      const yesNo = (column: YesNoColumn, yes: number, unknown: number, date = yes) => {
        const index = c[column];
        if (index === undefined) return 0;
        const kind = readCell(column, cell(index)).kind;
        return kind === 'yes' ? yes : kind === 'date' ? date : kind === 'unknown' ? unknown : 0;
      };
      // Consent: a yes word, or a date in the consent column (given that day); with no consent column
      // at all, a valid consent_date (Mailchimp's OPTIN_TIME) is consent given that day.
      let consentDate = cell(c.consent_date);
      let consent: number;
      if (c.consent === undefined)
        consent = consentDate !== '' && parseDate(consentDate) !== null ? FACT.CONSENT : 0;
      else {
        const reading = readCell('consent', cell(c.consent));
        if (reading.kind === 'date' && consentDate === '') consentDate = reading.date;
        consent = yesNo('consent', FACT.CONSENT, FACT.CONSENT_UNKNOWN);
      }
      const facts =
        consent |
        yesNo('customer', FACT.CUSTOMER, FACT.CUSTOMER_UNKNOWN) |
        yesNo('contract', FACT.CONTRACT, FACT.CONTRACT_UNKNOWN) |
        // An opt-out date counts from that day: the recipient's send date decides (recipients.ts).
        yesNo('opt_out', FACT.OPTED_OUT, FACT.OPT_OUT_UNKNOWN, FACT.OPT_OUT_DATE) |
        (c.postal_code === undefined ? 0 : this.postalFact(cell(c.postal_code)));
      data[at.flags + r] = flags | (facts << 8);
      // Consecutive numbers mostly share calling code and region: no look-up then.
      if (phone && phone.countryCode !== lastCode) lastCodeId = this.id((lastCode = phone.countryCode));
      if (phone && phone.region !== lastRegion) lastRegionId = this.id((lastRegion = phone.region));
      data[at.ids + 3 * r] = phone ? lastCodeId : 0;
      data[at.ids + 3 * r + 1] = phone ? lastRegionId : 0;
      data[at.ids + 3 * r + 2] = consentDate === '' ? 0 : this.dateId(consentDate);
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
