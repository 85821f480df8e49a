// A fast path for international digits of any geographic calling code. It applies libphonenumber's
// own max metadata and its own algorithm (extractCountryCallingCode, extractNationalNumber,
// getCountryByCallingCode, getNumberType, isValid) with the regular expressions compiled once per
// calling code, where libphonenumber-js compiles them on every call. Whatever it does not decide
// exactly (a national prefix to strip, non-geographic codes) goes to libphonenumber; what it refuses
// (no calling code, too few digits) is refused here too, without its internal exception.
// Differential tests (French forms over a million numbers, every calling code) prove it gives
// exactly libphonenumber's answer.
import path from 'path';
import type { Metadata, MetadataJson } from 'libphonenumber-js/core';
import type { PhoneType } from '../../base/types';

/* eslint-disable @typescript-eslint/no-require-imports */
// The JSON is large: typed by the library rather than inferred by the compiler.
const METADATA = require('libphonenumber-js/metadata.max.json') as MetadataJson;
// The library's Metadata class, from the file its `core` entry re-exports it from: that entry loads
// the whole library (parsing, formatting, as-you-type, number finding: ~60 ms), which numbers this
// path decides never need (normalize.ts loads it for the others).
const LIBRARY = path.dirname(require.resolve('libphonenumber-js/package.json'));
const MetadataClass = (require(path.join(LIBRARY, 'build', 'metadata.js')) as { default: typeof Metadata })
  .default;
/* eslint-enable @typescript-eslint/no-require-imports */

// What a plan lacks is a pattern that never matches, a rule that never applies or "any length",
// never null or undefined, and plan lists are built alike: objects of one shape in every plan keep
// V8's optimised code for the calling codes met first valid for the next ones (a field going from
// null to a pattern, and lists made by Array.prototype.map, made classifyFast recompile twice per
// run; now it compiles once).
const NEVER = /(?!)/;
const ANY_LENGTH: readonly number[] = [];

interface TypeRule {
  readonly type: PhoneType;
  readonly pattern: RegExp;
  /** Possible lengths, or ANY_LENGTH when the metadata gives none (no length check). */
  readonly lengths: readonly number[];
}

const NO_RULE: TypeRule = { type: 'UAN', pattern: NEVER, lengths: ANY_LENGTH };

interface RegionPlan {
  readonly region: string;
  /** NEVER when the region has no leading digits. */
  readonly leadingDigits: RegExp;
  /** The national prefix as libphonenumber reads it at the start of a national number (NEVER: none). */
  readonly nationalPrefix: RegExp;
  readonly hasTypes: boolean;
  readonly general: RegExp;
  readonly fixedLine: TypeRule;
  /** libphonenumber drops a mobile pattern equal to the fixed-line one ("" or absent). */
  readonly mobileFoldedIntoFixed: boolean;
  readonly mobile: TypeRule;
  readonly others: readonly TypeRule[];
}

const OTHER_TYPES: readonly PhoneType[] = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function compile(metadata: Metadata, region: string): RegionPlan {
  metadata.selectNumberingPlan(region as never);
  const m = metadata as unknown as {
    leadingDigits(): string | undefined;
    nationalNumberPattern(): string;
    hasTypes(): boolean;
    numberingPlan: { nationalPrefixForParsing(): string | undefined };
    type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  };
  const prefix = m.numberingPlan.nationalPrefixForParsing();
  const rule = (type: PhoneType): TypeRule => {
    const definition = m.type(type);
    if (!definition || !definition.pattern()) return NO_RULE;
    return {
      type,
      pattern: entirely(definition.pattern()),
      lengths: definition.possibleLengths() ?? ANY_LENGTH,
    };
  };
  const mobileDefinition = m.type('MOBILE');
  return {
    region,
    leadingDigits: m.leadingDigits() ? new RegExp(m.leadingDigits() as string) : NEVER,
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : NEVER,
    hasTypes: m.hasTypes(),
    general: entirely(m.nationalNumberPattern()),
    fixedLine: rule('FIXED_LINE'),
    mobileFoldedIntoFixed: !mobileDefinition || mobileDefinition.pattern() === '',
    mobile: rule('MOBILE'),
    others: OTHER_TYPES.map(rule).filter((r) => r !== NO_RULE),
  };
}

const matches = (rule: TypeRule, nsn: string) =>
  rule !== NO_RULE &&
  (rule.lengths === ANY_LENGTH || rule.lengths.includes(nsn.length)) &&
  rule.pattern.test(nsn);

/** libphonenumber's getNumberType for one region. */
function typeOf(plan: RegionPlan, nsn: string): PhoneType | undefined {
  if (!plan.general.test(nsn)) return undefined;
  if (matches(plan.fixedLine, nsn)) {
    if (plan.mobileFoldedIntoFixed || matches(plan.mobile, nsn)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const rule of plan.others) if (matches(rule, nsn)) return rule.type;
  return undefined;
}

const metadata = new MetadataClass(METADATA);
const lookUp = metadata as unknown as { getCountryCodesForCallingCode(cc: string): string[] | undefined };
const NON_GEOGRAPHIC: Readonly<Record<string, unknown>> = METADATA.nonGeographic ?? {};

// Calling codes are prefix-free: the first three digits of a number tell its calling code's length.
const CALLING_CODE_LENGTH = new Uint8Array(1000);
for (const cc of [...Object.keys(METADATA.country_calling_codes), ...Object.keys(NON_GEOGRAPHIC)]) {
  const span = 10 ** (3 - cc.length);
  CALLING_CODE_LENGTH.fill(cc.length, Number(cc) * span, (Number(cc) + 1) * span);
}

/** Compiled plans per calling code (its value as a number), main region first; null: non-geographic. */
const plans: Array<RegionPlan[] | null | undefined> = [];

function plansOf(cc: string): RegionPlan[] | null {
  let found = plans[Number(cc)];
  if (found === undefined) {
    const regions = lookUp.getCountryCodesForCallingCode(cc);
    found = plans[Number(cc)] = regions ? Array.from(regions, (region) => compile(metadata, region)) : null;
  }
  return found;
}

export interface FastResult {
  readonly countryCode: string;
  readonly nationalNumber: string;
  /** The region libphonenumber settles on, or null when it settles on none. */
  readonly region: string | null;
  readonly valid: boolean;
  readonly type: PhoneType | null;
}

/** libphonenumber refuses these digits outright: no calling code, or under 2 national digits. */
export const REFUSED = 'refused';

/**
 * Calling code, national number, region, validity and type of international digits (no "+") as
 * libphonenumber parses "+digits"; REFUSED when it finds no number there; null when libphonenumber
 * has to decide (see the top of the file).
 */
export function classifyFast(digits: string): FastResult | typeof REFUSED | null {
  // extractCountryCallingCode: the first 1 to 3 digits that form a calling code (none starts with 0).
  const digitAt = (i: number) => (i < digits.length ? digits.charCodeAt(i) - 48 : 0);
  const length = CALLING_CODE_LENGTH[digitAt(0) * 100 + digitAt(1) * 10 + digitAt(2)];
  if (length === 0 || length > digits.length) return REFUSED;
  const cc = digits.slice(0, length);
  const regions = plansOf(cc);
  if (regions === null) return null;
  const nsn = digits.slice(length);
  // extractNationalNumber with no national prefix at the start leaves the number as it is.
  const main = regions[0];
  if (main.nationalPrefix !== NEVER && main.nationalPrefix.test(nsn)) return null;
  if (nsn.length < 2 || nsn.length > 17) return REFUSED;
  // getCountryByCallingCode: leading digits when defined, else a full type match; first wins.
  let plan: RegionPlan | undefined;
  if (regions.length === 1) plan = main;
  else {
    for (const candidate of regions) {
      if (
        candidate.leadingDigits !== NEVER
          ? nsn.search(candidate.leadingDigits) === 0
          : typeOf(candidate, nsn) !== undefined
      ) {
        plan = candidate;
        break;
      }
    }
  }
  // isValid and getType use the region found, else the calling code's main region.
  const judged = plan ?? main;
  const type = typeOf(judged, nsn);
  const valid = judged.hasTypes ? type !== undefined : judged.general.test(nsn);
  return {
    countryCode: cc,
    nationalNumber: nsn,
    region: plan ? plan.region : null,
    valid,
    type: valid ? (type ?? null) : null,
  };
}
