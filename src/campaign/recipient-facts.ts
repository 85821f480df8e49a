// The facts of each record, worked out where records are parsed (the facts thread for large files).
import { normalizePhone } from '../phone/normalize';
import { isAlsaceMoselle } from '../phone/territories';
import { parseBoolean, parseDate } from './cells';
import { FACT, PHONE, PHONE_TYPES, type Batch, type ColumnIndex, type RawBatch } from './recipient-batch';

/** Works out the facts of each record of a batch; repeated strings are sent once per stream. */
export class FactMaker {
  private readonly known = new Map<string, number>();
  private fresh: string[] = [];
  private readonly dateIds = new Map<string, number>();

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
    let lastCode: string | undefined;
    let lastCodeId = 0;
    let lastRegion: string | null | undefined;
    let lastRegionId = 0;
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
      // Consecutive numbers mostly share calling code and region: no look-up then.
      if (phone && phone.countryCode !== lastCode) lastCodeId = this.id((lastCode = phone.countryCode));
      if (phone && phone.region !== lastRegion) lastRegionId = this.id((lastRegion = phone.region));
      ids[r * 3] = phone ? lastCodeId : 0;
      ids[r * 3 + 1] = phone ? lastRegionId : 0;
      ids[r * 3 + 2] = consentDate === '' ? 0 : this.dateId(consentDate);
      for (let k = 0; k < count; k++) start += raw.lengths[cell + k];
      cell += count;
    }
    const fresh = this.fresh;
    this.fresh = [];
    return { ...raw, phoneText, phoneLengths: phoneLengths.slice(0, phones), phoneFlags, facts, ids, fresh };
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

/** Cell i of the record whose cells start at `cell` (text offset `start`), trimmed; '' when missing. */
function cellIn(raw: RawBatch, start: number, cell: number, count: number, i: number | undefined): string {
  if (i === undefined || i >= count) return '';
  let from = start;
  for (let k = 0; k < i; k++) from += raw.lengths[cell + k];
  return raw.text.substring(from, from + raw.lengths[cell + i]).trim();
}


