import { postalZoneOf } from '../postal-code';
import type { HolidayZone, Territory } from '../../base/types';

const t = (
  code: string,
  en: string,
  fr: string,
  timeZone: string,
  holidayZone: HolidayZone,
  frenchPlan = true,
): Territory => Object.freeze({ code, name: Object.freeze({ en, fr }), timeZone, holidayZone, frenchPlan });

/** French territories by ISO region. Zones checked against tzdata (see research R15). */
export const TERRITORIES: Readonly<Record<string, Territory>> = Object.freeze({
  FR: t('FR', 'metropolitan France', 'France métropolitaine', 'Europe/Paris', 'metropole'),
  RE: t('RE', 'La Réunion', 'La Réunion', 'Indian/Reunion', 'la-reunion'),
  YT: t('YT', 'Mayotte', 'Mayotte', 'Indian/Mayotte', 'mayotte'),
  GP: t('GP', 'Guadeloupe', 'Guadeloupe', 'America/Guadeloupe', 'guadeloupe'),
  BL: t('BL', 'Saint-Barthélemy', 'Saint-Barthélemy', 'America/St_Barthelemy', 'saint-barthelemy'),
  MF: t('MF', 'Saint-Martin', 'Saint-Martin', 'America/Marigot', 'saint-martin'),
  GF: t('GF', 'French Guiana', 'Guyane', 'America/Cayenne', 'guyane'),
  MQ: t('MQ', 'Martinique', 'Martinique', 'America/Martinique', 'martinique'),
  PM: t(
    'PM',
    'Saint-Pierre-et-Miquelon',
    'Saint-Pierre-et-Miquelon',
    'America/Miquelon',
    'saint-pierre-et-miquelon',
  ),
  NC: t('NC', 'New Caledonia', 'Nouvelle-Calédonie', 'Pacific/Noumea', 'nouvelle-caledonie', false),
  PF: t('PF', 'French Polynesia', 'Polynésie française', 'Pacific/Tahiti', 'polynesie-francaise', false),
  WF: t('WF', 'Wallis and Futuna', 'Wallis-et-Futuna', 'Pacific/Wallis', 'wallis-et-futuna', false),
});

/** Region used when the country code alone is known (libphonenumber gave no region). */
export const REGION_OF_COUNTRY_CODE: Readonly<Record<string, string>> = {
  '33': 'FR',
  '262': 'RE',
  '590': 'GP',
  '594': 'GF',
  '596': 'MQ',
  '508': 'PM',
  '687': 'NC',
  '689': 'PF',
  '681': 'WF',
};

const foreignCache = new Map<string, Territory>();

/** A foreign (or unknown, `ZZ`) territory: no French holidays, and the campaign's own time zone. */
export function foreignTerritory(region: string, timeZone: string): Territory {
  const key = `${region}|${timeZone}`;
  let territory = foreignCache.get(key);
  if (!territory) {
    const name =
      region === 'ZZ'
        ? { en: 'an unknown country', fr: 'un pays inconnu' }
        : { en: `abroad (${region})`, fr: `l'étranger (${region})` };
    territory = Object.freeze({
      code: region,
      name: Object.freeze(name),
      timeZone,
      holidayZone: null,
      frenchPlan: false,
    });
    foreignCache.set(key, territory);
  }
  return territory;
}

/** Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) keeps two extra holidays (C. trav. L3134-13). */
export const isAlsaceMoselle = (postalCode: string) => postalZoneOf(postalCode) === 'alsace-moselle';
