import type { HolidayZone, Holidays } from '../../base/types';

// Public holidays per zone: the 11 national days of C. trav. L3133-1 everywhere, Good Friday and
// 26 December in Alsace-Moselle (L3134-13), and each overseas territory's abolition-of-slavery day
// (L3422-2, loi 83-550, décret 83-1003). Computed, then checked against Etalab's official tables.

interface HolidayName {
  readonly en: string;
  readonly fr: string;
  readonly local: boolean;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function shift(year: number, [month, day]: [number, number], days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const ABOLITION: Partial<Record<HolidayZone, (year: number) => [number, number] | null>> = {
  mayotte: (y) => (y >= 1983 ? [4, 27] : null),
  martinique: (y) => (y >= 1983 ? [5, 22] : null),
  guadeloupe: (y) => (y >= 1983 ? [5, 27] : null),
  'saint-martin': (y) => (y >= 2018 ? [5, 28] : y >= 1983 ? [5, 27] : null),
  guyane: (y) => (y >= 1983 ? [6, 10] : null),
  'saint-barthelemy': (y) => (y >= 1983 ? [10, 9] : null),
  'la-reunion': (y) => (y >= 1981 ? [12, 20] : null),
};

export function holidaysOfYear(zone: HolidayZone, year: number): Map<string, HolidayName> {
  const days = new Map<string, HolidayName>();
  const add = (date: string, en: string, fr: string, local = false) => {
    if (!days.has(date)) days.set(date, { en, fr, local });
  };
  const easter = easterSunday(year);
  add(iso(year, 1, 1), "New Year's Day", '1er janvier');
  add(shift(year, easter, 1), 'Easter Monday', 'Lundi de Pâques');
  add(iso(year, 5, 1), 'Labour Day', '1er mai');
  add(iso(year, 5, 8), 'Victory in Europe Day', '8 mai');
  add(shift(year, easter, 39), 'Ascension Day', 'Ascension');
  add(shift(year, easter, 50), 'Whit Monday', 'Lundi de Pentecôte');
  add(iso(year, 7, 14), 'Bastille Day', '14 juillet');
  add(iso(year, 8, 15), 'Assumption Day', 'Assomption');
  add(iso(year, 11, 1), "All Saints' Day", 'Toussaint');
  add(iso(year, 11, 11), 'Armistice Day', '11 novembre');
  add(iso(year, 12, 25), 'Christmas Day', 'Jour de Noël');
  if (zone === 'alsace-moselle') {
    add(shift(year, easter, -2), 'Good Friday (Alsace-Moselle)', 'Vendredi saint (Alsace-Moselle)', true);
    add(
      iso(year, 12, 26),
      "St Stephen's Day (Alsace-Moselle)",
      'Saint-Étienne, lendemain de Noël (Alsace-Moselle)',
      true,
    );
  }
  const abolition = ABOLITION[zone]?.(year);
  if (abolition) add(iso(year, ...abolition), 'Abolition of Slavery Day', "Abolition de l'esclavage", true);
  return days;
}

/**
 * Holiday look-ups with one computed table per zone and year. Rows of one zone mostly ask that
 * zone's last question again (zones alternate from row to row), so each zone keeps its last answer.
 */
export function createHolidays(): Holidays {
  const zones = new Map<
    HolidayZone,
    { byYear: Map<number, Map<string, HolidayName>>; date: string; answer: HolidayName | null }
  >();
  return Object.freeze({
    holidayOn(zone: HolidayZone, date: string) {
      let z = zones.get(zone);
      if (!z) zones.set(zone, (z = { byYear: new Map(), date: '', answer: null }));
      else if (z.date === date) return z.answer;
      const year = Number(date.slice(0, 4));
      let table = z.byYear.get(year);
      if (!table) z.byYear.set(year, (table = holidaysOfYear(zone, year)));
      z.date = date;
      z.answer = table.get(date) ?? null;
      return z.answer;
    },
  });
}

const SAINT_MARTIN_TEXT_DAY = {
  en: 'Abolition of Slavery Day as written in C. trav. L3422-2 (observed on 28 May since 2018)',
  fr: "Abolition de l'esclavage selon le texte du L3422-2 C. trav. (célébrée le 28 mai depuis 2018)",
  local: true,
};

/**
 * The holiday this rule flags on a local date of a zone: the calendar's, and for Saint-Martin also
 * 27 May, the date the Code du travail still says (the territory observes 28 May). The HTML report
 * counts holidays with it, so the page and the rule agree.
 */
export function flaggedHoliday(
  holidays: Holidays,
  zone: HolidayZone,
  date: string,
): { readonly en: string; readonly fr: string; readonly local: boolean } | null {
  const holiday = holidays.holidayOn(zone, date);
  if (holiday) return holiday;
  return zone === 'saint-martin' && date.endsWith('-05-27') ? SAINT_MARTIN_TEXT_DAY : null;
}
