import { nationalFormOf, nationalNumberOf } from '../src/law/phone/national-form';
import { normalizeWith } from '../src/law/phone/normalize';
import type { Phone } from '../src/base/types';

/** Recipients carry only E.164 and the calling code across threads: the rest must follow from them. */
const derivable = (p: Phone | null) =>
  !p ||
  (p.nationalNumber === nationalNumberOf(p.e164, p.countryCode) &&
    p.nationalForm === nationalFormOf(p.countryCode, p.nationalNumber));

// Differential test: the fast path must give exactly libphonenumber's answer (E.164, validity,
// type, region, national form) for every form the contract lists. The default sizes visit every
// prefix and form many times over (about a hundred numbers each pair, checked below) and every
// length; FAST_PATH_SCALE=10 (or more) widens the search locally, as PROPERTY_RUNS does for the
// property tests (the default was three times larger until December 2026: its numbers took the same
// paths, and libphonenumber's answer, the reference, cost 30 µs a number).
const SCALE = Number(process.env.FAST_PATH_SCALE ?? 1);
const FRENCH_NUMBERS = Math.round(50_000 * SCALE);
const PER_CALLING_CODE = Math.round(100 * SCALE);
const FORMS = 10;
const PREFIXES = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '060',
  '061',
  '063',
  '0639',
  '069',
  '0692',
  '0693',
  '0690',
  '0691',
  '0694',
  '0696',
  '0697',
  '070',
  '0709',
  '073',
  '074',
  '075',
  '078',
  '079',
  '080',
  '081',
  '082',
  '089',
  '0262',
  '0263',
  '0269',
  '0590',
  '0594',
  '0596',
  '0508',
  '0708',
  '0939',
  '0947',
  '09475',
  '09479',
  '0976',
  '0162',
  '0270',
  '0377',
  '0424',
  '0568',
  '0948',
];

/** Generated cells, each with the prefix and the form it was written from. */
function* numbers(count: number): Generator<{ cell: string; prefix: string; form: number; length: number }> {
  let seed = 1234567;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = 0; i < count; i++) {
    const prefix = PREFIXES[Math.floor(random() * PREFIXES.length)];
    const length = random() < 0.85 ? 10 : 5 + Math.floor(random() * 10); // mostly well-formed, some 4 to 13 digits
    let national = prefix;
    while (national.length < length) national += Math.floor(random() * 10);
    const nsn = national.slice(1);
    const overseas =
      {
        '0262': '262',
        '0692': '262',
        '0693': '262',
        '0639': '262',
        '0690': '590',
        '0694': '594',
        '0696': '596',
      }[national.slice(0, 4)] ?? '33';
    const pairs = (s: string) => s.replace(/(\d\d)(?=\d)/g, '$1 ');
    const forms = [
      () => pairs(national),
      () => national,
      () => `+33 ${nsn[0]} ${pairs(nsn.slice(1))}`,
      () => `0033${nsn}`,
      () => `33${nsn}`,
      () => `+${overseas} ${nsn.slice(0, 3)} ${pairs(nsn.slice(3))}`,
      () => `${overseas}${nsn}`,
      () => national.replace(/(\d\d)(?=\d)/g, '$1.'),
      () => `+33 (0)${nsn}`,
      () => nsn,
    ];
    const form = Math.floor(random() * forms.length);
    yield { cell: forms[form](), prefix, form, length };
  }
}

it(`the fast path equals libphonenumber on ${FRENCH_NUMBERS.toLocaleString('en')} generated numbers`, () => {
  let fastHits = 0;
  const mismatches: string[] = [];
  const visits = new Map<string, number>();
  const lengths = new Set<number>();
  for (const { cell, prefix, form, length } of numbers(FRENCH_NUMBERS)) {
    visits.set(`${prefix} ${form}`, (visits.get(`${prefix} ${form}`) ?? 0) + 1);
    lengths.add(length);
    const fast = normalizeWith(cell, true);
    const reference = normalizeWith(cell, false);
    if (
      fast &&
      reference &&
      fast.countryCode !== '' &&
      ['33', '262', '590', '594', '596'].includes(fast.countryCode)
    )
      fastHits++;
    if (JSON.stringify(fast) !== JSON.stringify(reference) && mismatches.length < 5)
      mismatches.push(`${cell}: ${JSON.stringify(fast)} ≠ ${JSON.stringify(reference)}`);
    if (!derivable(reference) && mismatches.length < 5)
      mismatches.push(`${cell}: ${JSON.stringify(reference)} is not +CC NSN`);
  }
  expect(mismatches).toEqual([]);
  expect(fastHits).toBeGreaterThan(FRENCH_NUMBERS * 0.85); // mostly French numbers the fast path answers
  // Every prefix in every form, dozens of times, and every length from 5 to 14 digits.
  expect(visits.size).toBe(PREFIXES.length * FORMS);
  expect(Math.min(...visits.values())).toBeGreaterThanOrEqual(50 * SCALE);
  expect([...lengths].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
}, 180_000);

it('cells that leave at most two international digits ("00" + 2 digits) are refused as libphonenumber refuses them', () => {
  for (let i = 0; i < 100; i++) {
    const cell = `00${String(i).padStart(2, '0')}`;
    expect(normalizeWith(cell, true)).toEqual(normalizeWith(cell, false));
    expect(normalizeWith(cell, true)).toMatchObject({ valid: false, countryCode: '' });
  }
});

// Every calling code: example mobile numbers of each region with their last digits changed (mostly
// valid), random national numbers of every length (mostly invalid), national prefixes left in, and
// the non-geographic codes, typed "+cc …" or "00cc…", then 20,000 digit strings that are no
// calling code, start with 0 or are too short. The fast path must answer as libphonenumber.
it(`the fast path equals libphonenumber for every calling code (${PER_CALLING_CODE} generated numbers each)`, () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const metadata = require('libphonenumber-js/metadata.max.json') as {
    country_calling_codes: Record<string, string[]>;
    nonGeographic: Record<string, unknown>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const examples = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;
  const codes = [...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic)];
  let seed = 7654321;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  let fast = 0;
  const mismatches: string[] = [];
  const validCodes = new Set<string>();
  for (const cc of codes) {
    const samples = (metadata.country_calling_codes[cc] ?? [])
      .map((region) => examples[region])
      .filter(Boolean);
    for (let i = 0; i < PER_CALLING_CODE; i++) {
      let nsn: string;
      const pick = random();
      if (samples.length > 0 && pick < 0.6) {
        const sample = samples[Math.floor(random() * samples.length)];
        const kept = Math.max(0, sample.length - 1 - Math.floor(random() * 5));
        nsn =
          sample.slice(0, kept) +
          digits(sample.length - kept + (random() < 0.1 ? Math.floor(random() * 3) - 1 : 0));
      } else if (pick < 0.7)
        nsn = `${Math.floor(random() * 2)}${digits(4 + Math.floor(random() * 9))}`; // national prefix 0 or 1 left in
      else nsn = digits(1 + Math.floor(random() * 16));
      const cell = random() < 0.5 ? `+${cc} ${nsn}` : `00${cc}${nsn}`;
      const quick = normalizeWith(cell, true);
      const reference = normalizeWith(cell, false);
      if (quick && reference && quick.valid) {
        fast++;
        validCodes.add(cc);
      }
      if (JSON.stringify(quick) !== JSON.stringify(reference) && mismatches.length < 5)
        mismatches.push(`${cell}: ${JSON.stringify(quick)} ≠ ${JSON.stringify(reference)}`);
      if (!derivable(reference) && mismatches.length < 5)
        mismatches.push(`${cell}: ${JSON.stringify(reference)} is not +CC NSN`);
    }
  }
  // Digits that are no calling code, or start with 0, or leave too few national digits: refused alike.
  for (let prefix = 0; prefix < 1000; prefix++) {
    for (let i = 0; i < 20; i++) {
      const cell = `${random() < 0.5 ? '+' : '00'}${String(prefix)
        .padStart(3, '0')
        .slice(0, 1 + (i % 3))}${digits(i % 7 === 0 ? 0 : Math.floor(random() * 12))}`;
      const quick = normalizeWith(cell, true);
      const reference = normalizeWith(cell, false);
      if (JSON.stringify(quick) !== JSON.stringify(reference) && mismatches.length < 5)
        mismatches.push(`${cell}: ${JSON.stringify(quick)} ≠ ${JSON.stringify(reference)}`);
      if (!derivable(reference) && mismatches.length < 5)
        mismatches.push(`${cell}: ${JSON.stringify(reference)} is not +CC NSN`);
    }
  }
  expect(mismatches).toEqual([]);
  expect(fast).toBeGreaterThan((codes.length * PER_CALLING_CODE) / 3); // many valid numbers among them, not only refusals
  expect(validCodes.size).toBeGreaterThan(codes.length * 0.8); // and valid ones for most calling codes
}, 180_000);
