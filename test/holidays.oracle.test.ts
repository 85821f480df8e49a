import { isDeepStrictEqual } from 'util';
import path from 'path';
import { createHolidays, easterSunday, holidaysOfYear } from '../src/law/calendar/holidays';
import type { HolidayZone } from '../src/base/types';
import { readOracleCsv } from './helpers/csv-file';
import { ORACLES } from './helpers/paths';

const ZONES: Record<string, HolidayZone> = {
  Métropole: 'metropole',
  'Alsace-Moselle': 'alsace-moselle',
  Guadeloupe: 'guadeloupe',
  Guyane: 'guyane',
  Martinique: 'martinique',
  Mayotte: 'mayotte',
  'Nouvelle-Calédonie': 'nouvelle-caledonie',
  'La Réunion': 'la-reunion',
  'Polynésie Française': 'polynesie-francaise',
  'Saint-Barthélémy': 'saint-barthelemy',
  'Saint-Martin': 'saint-martin',
  'Saint-Pierre-et-Miquelon': 'saint-pierre-et-miquelon',
  'Wallis-et-Futuna': 'wallis-et-futuna',
};

describe('holidays against the official Etalab tables (2006–2031, 13 zones)', () => {
  const rows = readOracleCsv(path.join(ORACLES, 'holidays/all_zones_long.csv'));

  it('computes exactly the official set of dates for every zone and year', () => {
    const expected = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = `${ZONES[row.zone]}|${row.annee}`;
      if (!expected.has(key)) expected.set(key, new Set());
      expected.get(key)!.add(row.date);
    }
    expect(new Set(rows.map((r) => ZONES[r.zone])).size).toBe(13);
    for (const [key, dates] of expected) {
      const [zone, year] = key.split('|');
      const computed = new Set(holidaysOfYear(zone as HolidayZone, Number(year)).keys());
      expect({ key, dates: [...computed].sort() }).toEqual({ key, dates: [...dates].sort() });
    }
  });

  it('the cached look-up answers as the tables do, with zones and dates interleaved row by row', () => {
    const holidays = createHolidays();
    const zones = Object.values(ZONES);
    // Every answer is compared; the differing ones are listed together (an expect per answer cost
    // more than the look-ups).
    const differing: unknown[] = [];
    let asked = 0;
    for (const row of rows) {
      // The official date, then the same date in the next zone, then the official date again.
      const zone = ZONES[row.zone];
      const other = zones[(zones.indexOf(zone) + 1) % zones.length];
      for (const [z, date] of [
        [zone, row.date],
        [other, row.date],
        [zone, row.date],
      ] as const) {
        const expected = holidaysOfYear(z, Number(date.slice(0, 4))).get(date) ?? null;
        const answer = holidays.holidayOn(z, date);
        asked++;
        if (!isDeepStrictEqual(answer, expected)) differing.push({ zone: z, date, answer, expected });
      }
    }
    expect(differing).toEqual([]);
    expect(asked).toBe(3 * rows.length);
  });

  it('agrees with the library test suites (positive and negative assertions)', () => {
    const assertions = readOracleCsv(path.join(ORACLES, 'holidays/library_test_expectations.csv'));
    for (const a of assertions) {
      const zone = ZONES[a.zone];
      if (!zone || !a.date) continue;
      const isHoliday = holidaysOfYear(zone, Number(a.date.slice(0, 4))).has(a.date);
      if (a.assertion === 'holiday' || a.assertion === 'is_bank_holiday=true') {
        expect(isHoliday).toBe(true);
      }
      if (a.assertion === 'is_bank_holiday=false' || a.assertion === 'absent') {
        expect(isHoliday).toBe(false);
      }
      if (a.assertion === 'easter_sunday') {
        const [m, d] = easterSunday(Number(a.date.slice(0, 4)));
        expect(`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).toBe(a.date.slice(5));
      }
    }
  });
});

describe('holidays: fixed facts', () => {
  it.each([
    ['metropole', '2027-03-29', 'Lundi de Pâques'],
    ['metropole', '2027-05-06', 'Ascension'],
    ['metropole', '2027-05-17', 'Lundi de Pentecôte'],
    ['alsace-moselle', '2027-03-26', 'Vendredi saint (Alsace-Moselle)'],
    ['saint-martin', '2017-05-27', "Abolition de l'esclavage"],
    ['saint-martin', '2018-05-28', "Abolition de l'esclavage"],
  ] as const)('%s %s is %s', (zone, date, name) => {
    expect(holidaysOfYear(zone, Number(date.slice(0, 4))).get(date)?.fr).toBe(name);
  });
  it('26 December is not a holiday in metropolitan France', () => {
    expect(holidaysOfYear('metropole', 2027).has('2027-12-26')).toBe(false);
  });
});
