import { normalizedPostalCode, postalZoneOf, refinedZone } from '../src/law/postal-code';

describe('postal codes as people write them', () => {
  it.each([
    ['57000', '57000'],
    ['57 000', '57000'],
    ['57\u00a0000', '57000'],
    ['57.000', '57000'],
    ['F-57000', '57000'],
    ['f57000', '57000'],
    ['FR57000', '57000'],
    ['FR-68100', '68100'],
    [' 67000 ', '67000'],
    ['7500', '07500'], // a spreadsheet dropped the leading zero
    ['6700', '06700'],
    ['97150', '97150'],
  ])('%j → %s', (cell, code) => {
    expect(normalizedPostalCode(cell)).toBe(code);
  });

  it.each(['', 'Paris', '570000', '123', 'FR', 'F-5700A'])('%j is not a postal code', (cell) => {
    expect(normalizedPostalCode(cell)).toBeNull();
  });

  it('names the zones a postal code refines', () => {
    expect(postalZoneOf('57 000')).toBe('alsace-moselle');
    expect(postalZoneOf('F-68100')).toBe('alsace-moselle');
    expect(postalZoneOf('6700')).toBeNull(); // 06700 Saint-Laurent-du-Var, not Bas-Rhin
    expect(postalZoneOf('97150')).toBe('saint-martin');
    expect(postalZoneOf('97133')).toBe('saint-barthelemy');
    expect(postalZoneOf('97110')).toBeNull();
    expect(postalZoneOf('75011')).toBeNull();
  });

  it('refines only inside the block the number belongs to', () => {
    expect(refinedZone('GP', 'guadeloupe', 'saint-martin')).toEqual({
      region: 'MF',
      holidayZone: 'saint-martin',
    });
    expect(refinedZone('GP', 'guadeloupe', 'saint-barthelemy')).toEqual({
      region: 'BL',
      holidayZone: 'saint-barthelemy',
    });
    expect(refinedZone('FR', 'metropole', 'alsace-moselle')).toEqual({
      region: 'FR',
      holidayZone: 'alsace-moselle',
    });
    // A metropolitan mobile with a Saint-Martin code, a Guadeloupe number with an Alsace code: unchanged.
    expect(refinedZone('FR', 'metropole', 'saint-martin')).toEqual({
      region: 'FR',
      holidayZone: 'metropole',
    });
    expect(refinedZone('GP', 'guadeloupe', 'alsace-moselle')).toEqual({
      region: 'GP',
      holidayZone: 'guadeloupe',
    });
    expect(refinedZone('RE', 'la-reunion', null)).toEqual({ region: 'RE', holidayZone: 'la-reunion' });
  });
});
