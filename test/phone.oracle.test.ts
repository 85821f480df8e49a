import { readFileSync } from 'fs';
import path from 'path';
import { normalizePhone, overseasCountryCode } from '../src/law/phone/normalize';
import { readOracleCsv } from './helpers/csv-file';
import { ORACLES } from './helpers/paths';

const TYPE_NAMES: Record<string, string> = {
  mobile: 'MOBILE',
  fixedLine: 'FIXED_LINE',
  voip: 'VOIP',
  tollFree: 'TOLL_FREE',
  premiumRate: 'PREMIUM_RATE',
  sharedCost: 'SHARED_COST',
  uan: 'UAN',
  personalNumber: 'PERSONAL_NUMBER',
  pager: 'PAGER',
  voicemail: 'VOICEMAIL',
};
const MAJNUM_CC: Record<string, string> = {
  'Guadeloupe, St Martin et St Barthélemy': '590',
  Guyane: '594',
  Martinique: '596',
  'La Réunion': '262',
  'La Réunion - Océan indien': '262',
  Mayotte: '262',
  'Saint Pierre et Miquelon': '508',
};

describe('phone normalisation against the numbering-plan oracles', () => {
  it('turns every national form into the right E.164 number and territory', () => {
    const cases = readOracleCsv(path.join(ORACLES, 'phone/national_to_e164_cases_derived.csv'));
    expect(cases.length).toBeGreaterThan(40);
    for (const c of cases) {
      const phone = normalizePhone(c.national_input);
      if (c.libphonenumber_region_type === 'INVALID') {
        expect({ input: c.national_input, valid: phone?.valid }).toEqual({
          input: c.national_input,
          valid: false,
        });
        continue;
      }
      expect({ input: c.national_input, e164: phone?.e164 }).toEqual({
        input: c.national_input,
        e164: c.e164,
      });
      const regions = c.libphonenumber_region_type.split(';').map((rt) => rt.split(':')[0]);
      expect(regions).toContain(phone?.region);
    }
  });

  it('puts every overseas MAJNUM range (first and last number) in its territory', () => {
    const lines = readFileSync(path.join(ORACLES, 'phone/arcep/MAJNUM.utf8.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean);
    // Every range is checked; the ones placed wrong are listed together (one expect a range, 19,000
    // of them, cost more than the checks themselves).
    const misplaced: string[] = [];
    let overseas = 0;
    for (const line of lines) {
      const [, first, last, , territory] = line.split(';').map((f) => f.replace(/^"|"$/g, ''));
      const cc = MAJNUM_CC[territory];
      if (!cc) {
        // Metropolitan and national ranges must not be moved overseas.
        if (/^0\d{9}$/.test(first) && overseasCountryCode(first) !== null)
          misplaced.push(`${first}: ${overseasCountryCode(first)}, not metropolitan`);
        continue;
      }
      for (const n of [first, last]) {
        if (n.length !== 10) continue; // 13-digit M2M ranges are not dialled by people
        overseas++;
        const found = normalizePhone(n)?.countryCode;
        if (found !== cc) misplaced.push(`${n}: ${found}, not ${cc}`);
      }
    }
    expect(misplaced).toEqual([]);
    expect(overseas).toBeGreaterThan(1800); // the overseas ranges were met (1,894 numbers)
  });

  it('reads the same overseas number identically in every written form', () => {
    const forms = [
      '0692 12 34 56',
      '+262 692 12 34 56',
      '00262692123456',
      '262692123456',
      '+33 6 92 12 34 56',
      '0033692123456',
      '692123456',
    ];
    for (const form of forms)
      expect({ form, e164: normalizePhone(form)?.e164, region: normalizePhone(form)?.region }).toEqual({
        form,
        e164: '+262692123456',
        region: 'RE',
      });
  });

  it("matches libphonenumber's own example numbers (region and type)", () => {
    const examples = JSON.parse(
      readFileSync(path.join(ORACLES, 'phone/libphonenumber_example_numbers.json'), 'utf8'),
    ) as Array<{
      region: string;
      type: string;
      e164: string;
      national_dialling: string;
      also_valid_in_regions: string[];
    }>;
    for (const ex of examples) {
      const phone = normalizePhone(ex.e164);
      expect({ e164: ex.e164, valid: phone?.valid }).toEqual({ e164: ex.e164, valid: true });
      if (ex.region !== 'KM') expect([ex.region, ...ex.also_valid_in_regions]).toContain(phone?.region);
      if (TYPE_NAMES[ex.type]) expect([TYPE_NAMES[ex.type], 'FIXED_LINE_OR_MOBILE']).toContain(phone?.type);
    }
  });

  it('classifies the canvassing prefixes (NPV) in either format', () => {
    const rows = readOracleCsv(path.join(ORACLES, 'phone/arcep_canvassing_prefixes.csv'));
    for (const row of rows) {
      const fromNational = normalizePhone(row.example_national);
      const fromE164 = normalizePhone(row.example_e164);
      expect({ prefix: row.national_prefix, e164: fromNational?.e164 }).toEqual({
        prefix: row.national_prefix,
        e164: row.example_e164,
      });
      expect(fromE164?.nationalForm).toBe(row.example_national);
    }
  });

  it('treats +269 (Comoros) as foreign, not Mayotte', () => {
    expect(normalizePhone('+269 321 23 45')?.region).toBe('KM');
  });
});
