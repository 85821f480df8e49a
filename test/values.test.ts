import { parseDate } from '../src/law/cells';
import { parseSendAt } from '../src/read/values';
import { maskPhone } from '../src/base/mask';
import { normalizePhone } from '../src/law/phone/normalize';

describe('dates', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['14/03/2025', '2025-03-14'],
    ['4/3/2025', '2025-03-04'],
    ['2025-03-14T10:00:00Z', '2025-03-14'],
    ['31/02/2025', null],
    ['hier', null],
  ])('%s → %s', (input, expected) => expect(parseDate(input)).toBe(expected));
});

describe('send_at', () => {
  const paris = (iso: string) => new Date(iso).getTime();
  it.each([
    ['2027-01-13T10:00', 'Europe/Paris', '2027-01-13T09:00:00Z'],
    ['2027-01-13 10:00', 'Europe/Paris', '2027-01-13T09:00:00Z'],
    ['2027-07-13 10:00', 'Europe/Paris', '2027-07-13T08:00:00Z'],
    ['13/01/2027 10:00', 'Europe/Paris', '2027-01-13T09:00:00Z'],
    ['2027-01-13T10:00+04:00', 'Europe/Paris', '2027-01-13T06:00:00Z'],
    ['2027-01-13T10:00', 'Indian/Reunion', '2027-01-13T06:00:00Z'],
  ])('%s in %s', (input, zone, utc) => expect(parseSendAt(input, zone)).toBe(paris(utc)));
  it.each(['2027-01-13', 'tomorrow', '2027-13-01 10:00', '32/01/2027 10:00'])(
    '%s is not a send time',
    (input) => expect(parseSendAt(input, 'Europe/Paris')).toBeNull(),
  );
});

describe('masking', () => {
  it.each([
    ['+33612345678', '+33 6 •• •• •• 78'],
    ['+262692123456', '+262 6 •• •• •• 56'],
    ['+508411234', '+508 4 • •• 34'],
    ['+4930123', '+49 3 •• 23'],
    ['+3531234567890', '+353 1 • •• •• •• 90'],
    ['+447400123456', '+44 7 • •• •• •• 56'],
    ['+41791234567', '+41 7 •• •• •• 67'],
    ['not a number', '••••••••er'],
  ])('%s → %s', (input, masked) => expect(maskPhone(input)).toBe(masked));
});

describe('phone cells', () => {
  it.each(['', '   ', 'n/a', 'Léa', '+', '12'])('%j is not a number', (cell) =>
    expect(normalizePhone(cell)).toBeNull(),
  );
  it('Saint-Pierre-et-Miquelon keeps its 6-digit national numbers', () => {
    expect(normalizePhone('0508 41 12 34')).toMatchObject({
      e164: '+508411234',
      region: 'PM',
      nationalForm: '0508411234',
    });
  });
  it('a +33 overseas number is moved to its territory and flagged', () => {
    expect(normalizePhone('+33 6 90 12 34 56')).toMatchObject({
      e164: '+590690123456',
      remappedFromPlus33: true,
    });
  });
});
