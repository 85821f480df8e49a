// Parts of a normalised number that follow from its E.164 form and calling code; no heavy import
// here: the main thread builds recipients' numbers from these.

/** Calling codes of the French numbering plan (metropolitan France and the ARCEP overseas territories). */
export const FRENCH_PLAN_CODES: ReadonlySet<string> = new Set(['33', '262', '508', '590', '594', '596']);

/** The number as dialled in France and its overseas territories (0692123456, 0508411234); else the NSN. */
export function nationalFormOf(countryCode: string, nsn: string): string {
  if (countryCode === '508' && nsn.length === 6) return `0508${nsn}`;
  return FRENCH_PLAN_CODES.has(countryCode) ? `0${nsn}` : nsn;
}

/** The national number of an E.164 "+CCNSN" whose calling code is known ('' when none was found). */
export const nationalNumberOf = (e164: string, countryCode: string) => e164.slice(1 + countryCode.length);
