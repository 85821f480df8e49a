import type { Phone } from '../../base/types';
import { SHARED_PREFIX_RANGES } from './overseas-ranges';
import { REGION_OF_COUNTRY_CODE } from './territories';
import { classifyFast, REFUSED } from './fast';
import { nationalFormOf } from './national-form';

type Library = typeof import('libphonenumber-js/max');
let library: Library | undefined;
/** libphonenumber-js, loaded for the first number the fast path does not decide (~60 ms). */
const parsePhoneNumberFromString = (text: string) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (library ??= require('libphonenumber-js/max') as Library).parsePhoneNumberFromString(text);

// National prefixes (10-digit plan) that belong wholly to one overseas territory (ARCEP MAJNUM,
// and ARCEP decision 2022-1583 for the 0947x verified polyvalent numbers). libphonenumber alone
// would read some of them as metropolitan +33 numbers.
const WHOLE_PREFIXES: Readonly<Record<string, string>> = {
  '0262': '262',
  '0263': '262',
  '0269': '262',
  '0639': '262',
  '0692': '262',
  '0693': '262',
  '0590': '590',
  '0690': '590',
  '0691': '590',
  '0594': '594',
  '0694': '594',
  '0596': '596',
  '0696': '596',
  '0697': '596',
  '0508': '508',
  '0708': '508',
  '09475': '590',
  '09476': '594',
  '09477': '596',
  '09478': '262',
  '09479': '262',
};
const SHARED_PREFIXES = new Set(SHARED_PREFIX_RANGES.map(([first]) => first.slice(0, 4)));

// Every 4-digit prefix above, as the number 0..999 of its digits 2–4, for a look-up without slicing.
const OVERSEAS_HINT = new Uint8Array(1000);
for (const prefix of [...Object.keys(WHOLE_PREFIXES), ...SHARED_PREFIXES])
  OVERSEAS_HINT[Number(prefix.slice(1, 4))] = 1;

/** Country calling code of an overseas territory for a national-format number (leading 0), else null. */
export function overseasCountryCode(national: string): string | null {
  const hint =
    (national.charCodeAt(1) - 48) * 100 + (national.charCodeAt(2) - 48) * 10 + (national.charCodeAt(3) - 48);
  if (!(hint >= 0 && hint < 1000) || OVERSEAS_HINT[hint] === 0) return null; // most numbers stop here
  const whole = WHOLE_PREFIXES[national.slice(0, 5)] ?? WHOLE_PREFIXES[national.slice(0, 4)];
  if (whole) return whole;
  if (!SHARED_PREFIXES.has(national.slice(0, 4))) return null;
  for (const [first, last, cc] of SHARED_PREFIX_RANGES) {
    if (national.length === first.length && national >= first && national <= last) return cc;
  }
  return null;
}

/** National (10-digit) form → international digits without "+". */
function nationalToInternational(national: string): { digits: string; overseas: boolean } {
  const cc = overseasCountryCode(national);
  if (!cc) return { digits: `33${national.slice(1)}`, overseas: false };
  // Saint-Pierre-et-Miquelon keeps 6-digit national numbers: 0508 41 12 34 → +508 411234.
  const nsn = cc === '508' && national.startsWith('0508') ? national.slice(4) : national.slice(1);
  return { digits: cc + nsn, overseas: true };
}

// Separators people and spreadsheets put in numbers: spaces (incl. NBSP), dots, dashes, slashes, brackets.
const SEPARATORS = /[\s\u00a0\u202f.\-/()]/g;
const TYPED = /^\+?\d{4,17}$/;
const SPACED = /^\s*\+?[\d\s\u00a0\u202f.\-/]+$/;

/** The digits of a phone cell with a leading "+" kept, or null when the cell is not a phone number at all. */
export function cleanPhoneCell(cell: string): string | null {
  // One pass for the shapes nearly every cell has: digits, plain separators, a leading "+".
  // Anything else (Excel artefacts, brackets, other spaces) goes to the patterns.
  let digits = 0;
  let separators = 0;
  let plusAt = -1;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 32 || c === 46 || c === 45 || c === 47 || c === 0xa0 || c === 0x202f) separators++;
    else if (c === 43 && plusAt < 0 && digits === 0 && onlySpaces(cell, i)) plusAt = i;
    else return cleanByPattern(cell);
  }
  if (digits < 4 || digits > 17) return null;
  if (separators === 0) return cell;
  return cell.replace(SEPARATORS, '');
}

function onlySpaces(cell: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = cell.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 0x202f) return false;
  }
  return true;
}

/** The reference reading of a phone cell, by patterns (exported for the test that pins the fast pass to it). */
export function cleanByPattern(cell: string): string | null {
  if (TYPED.test(cell)) return cell;
  if (SPACED.test(cell)) {
    const out = cell.replace(SEPARATORS, '');
    return TYPED.test(out) ? out : null;
  }
  let s = cell.trim();
  // Excel artefacts: ="0612345678" and a leading apostrophe that forces text.
  const excel = /^="(.*)"$/.exec(s);
  if (excel) s = excel[1];
  if (s.startsWith("'")) s = s.slice(1);
  // "+33 (0)6 12 …": the bracketed trunk zero is not dialled from abroad.
  s = s.replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  s = s.replace(SEPARATORS, '');
  return TYPED.test(s) ? s : null;
}

/** International digits (no "+") from a cleaned cell, reading national forms as French. */
function toInternationalDigits(cleaned: string): { digits: string; remapped: boolean } {
  let digits: string;
  if (cleaned.startsWith('+')) digits = cleaned.slice(1);
  else if (cleaned.startsWith('00')) digits = cleaned.slice(2);
  else if (cleaned.startsWith('0'))
    return { digits: nationalToInternational(cleaned).digits, remapped: false };
  else if (cleaned.length === 9 && /^[1-9]/.test(cleaned)) {
    // A spreadsheet dropped the leading zero of a national number (612345678).
    return { digits: nationalToInternational(`0${cleaned}`).digits, remapped: false };
  } else digits = cleaned; // 33612345678, 262692123456: international without "+"
  // +33 followed by an overseas range: the writer meant the overseas territory.
  if (digits.startsWith('33') && digits.length >= 11) {
    const moved = nationalToInternational(`0${digits.slice(2)}`);
    if (moved.overseas) return { digits: moved.digits, remapped: true };
  }
  return { digits, remapped: false };
}

/** Parse one phone cell once: E.164, validity, type and region. Null when the cell is empty or not a number. */
export function normalizePhone(cell: string): Phone | null {
  return normalizeWith(cell, true);
}

/** `fast = false` forces libphonenumber for every number (the reference of the differential test). */
export function normalizeWith(cell: string, fast: boolean): Phone | null {
  const cleaned = cleanPhoneCell(cell);
  if (cleaned === null) return null;
  const { digits, remapped } = toInternationalDigits(cleaned);
  const quick = fast ? classifyFast(digits) : null;
  if (quick !== null && quick !== REFUSED) {
    const { countryCode, nationalNumber } = quick;
    return {
      e164: `+${digits}`,
      countryCode,
      nationalNumber,
      nationalForm: nationalFormOf(countryCode, nationalNumber),
      valid: quick.valid,
      type: quick.type,
      region: quick.region ?? REGION_OF_COUNTRY_CODE[countryCode] ?? null,
      remappedFromPlus33: remapped,
    };
  }
  const parsed = quick === REFUSED ? undefined : parsePhoneNumberFromString(`+${digits}`);
  if (!parsed) {
    return {
      e164: `+${digits}`,
      countryCode: '',
      nationalNumber: digits,
      nationalForm: digits,
      valid: false,
      type: null,
      region: null,
      remappedFromPlus33: remapped,
    };
  }
  const countryCode = parsed.countryCallingCode;
  const nsn = parsed.nationalNumber;
  const valid = parsed.isValid();
  return {
    e164: parsed.number,
    countryCode,
    nationalNumber: nsn,
    nationalForm: nationalFormOf(countryCode, nsn),
    valid,
    type: valid ? (parsed.getType() ?? null) : null,
    region: parsed.country ?? REGION_OF_COUNTRY_CODE[countryCode] ?? null,
    remappedFromPlus33: remapped,
  };
}
