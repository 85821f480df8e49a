// Reading postal codes as people type them, and the holiday zones they reveal (no dependencies:
// the facts thread loads it).
import type { HolidayZone } from '../base/types';

/**
 * A French postal code as 5 digits, or null when the cell is not one. Accepts `57000`, `57 000`,
 * `57.000`, `F-57000`, `F57000`, `FR57000`, `FR-57000`, and 4 digits whose leading zero a
 * spreadsheet dropped (`7500` → `07500`, so `6700` is Alpes-Maritimes, not Bas-Rhin).
 */
export function normalizedPostalCode(cell: string | undefined): string | null {
  const s = (cell ?? '')
    .trim()
    .toUpperCase()
    .replace(/^(?:FR?)[\s-]?(?=\d)/, '')
    .replace(/[\s\u00a0\u202f.]/g, '');
  if (/^\d{5}$/.test(s)) return s;
  if (/^\d{4}$/.test(s)) return `0${s}`;
  return null;
}

/** Zones a postal code refines: Alsace-Moselle (metropolitan numbers), Saint-Martin and Saint-Barthélemy (0590/0690/0691 block). */
export type PostalZone = 'alsace-moselle' | 'saint-martin' | 'saint-barthelemy';

/** The zone a postal code cell points to, or null (any other code, or not a code). */
export function postalZoneOf(cell: string | undefined): PostalZone | null {
  const code = normalizedPostalCode(cell);
  if (code === null) return null;
  // Bas-Rhin 67, Haut-Rhin 68, Moselle 57 keep Good Friday and 26 December (C. trav. L3134-13).
  if (/^(?:57|67|68)/.test(code)) return 'alsace-moselle';
  // ARCEP gives Guadeloupe, Saint-Martin and Saint-Barthélemy one numbering block: only the
  // postal code tells them apart (La Poste: 97150 Saint-Martin, 97133 Saint-Barthélemy).
  if (code === '97150') return 'saint-martin';
  if (code === '97133') return 'saint-barthelemy';
  return null;
}

/** Regions of the shared Guadeloupe / Saint-Martin / Saint-Barthélemy numbering block. */
const ANTILLES_BLOCK = new Set(['GP', 'MF', 'BL']);

/**
 * The region and holiday zone of a recipient once its postal code is known: Alsace-Moselle refines a
 * metropolitan number; Saint-Martin and Saint-Barthélemy refine a number of the shared block. A
 * postal code never moves a number to another block (a metropolitan mobile with 97150 stays
 * metropolitan: the number decides the time zone, the code only which local calendar applies).
 */
export function refinedZone(
  region: string | null,
  holidayZone: HolidayZone | null,
  postal: PostalZone | null,
): { region: string | null; holidayZone: HolidayZone | null } {
  if (postal === 'alsace-moselle' && holidayZone === 'metropole') return { region, holidayZone: postal };
  if (postal === 'saint-martin' && region && ANTILLES_BLOCK.has(region))
    return { region: 'MF', holidayZone: postal };
  if (postal === 'saint-barthelemy' && region && ANTILLES_BLOCK.has(region))
    return { region: 'BL', holidayZone: postal };
  return { region, holidayZone };
}

/** Headers that mean a postal code when no header is named `postal_code` (compared trimmed, lower case, `-`/`_`/space alike). */
export const POSTAL_CODE_HEADERS = [
  'postal_code',
  'code_postal',
  'cp',
  'zip',
  'zip_code',
  'zipcode',
  'postcode',
];

const ALSACE_MOSELLE = Object.freeze({ en: 'Alsace-Moselle', fr: 'Alsace-Moselle' });

/** Where a recipient is, as people name it: Alsace-Moselle apart from the rest of metropolitan France (its holidays differ). */
export function placeName(
  territory: { readonly name: { readonly en: string; readonly fr: string } },
  holidayZone: HolidayZone | null,
): { readonly en: string; readonly fr: string } {
  return holidayZone === 'alsace-moselle' ? ALSACE_MOSELLE : territory.name;
}
