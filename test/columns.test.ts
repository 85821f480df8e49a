import {
  closestPhoneHeader,
  columnProblem,
  columnReadings,
  foldHeader,
  resolveColumns,
  type ColumnResolution,
} from '../src/read/columns';
import { localize } from '../src/base/text';

const resolve = (headers: string[], mapping: Record<string, string> = {}) => resolveColumns(headers, mapping);
/** Logical column → header, for the columns recognised rather than named. */
const detectedColumns = (r: ColumnResolution) =>
  Object.fromEntries(
    Object.entries(columnReadings(r))
      .filter(([, c]) => c.how === 'detected' || c.how === 'fallback')
      .map(([logical, c]) => [logical, c.header]),
  );

describe('column detection (campaign-format.md, "Column detection")', () => {
  it('folds accents, case, spaces, _ and -', () => {
    expect(foldHeader(' Téléphone_Portable ')).toBe('telephoneportable');
    expect(foldHeader('OPTIN_TIME')).toBe(foldHeader('optin time'));
    expect(foldHeader('Opt-In SMS')).toBe('optinsms');
  });

  it.each([
    [['EMAIL', 'FIRSTNAME', 'SMS', 'SMS_BLACKLISTED'], { phone: 'SMS', opt_out: 'SMS_BLACKLISTED' }], // Brevo
    [['First Name', 'Mobile Phone Number', 'Email'], { phone: 'Mobile Phone Number' }], // HubSpot
    [['First Name', 'Mobile', 'Postal Code'], { phone: 'Mobile', postal_code: 'Postal Code' }], // Salesforce
    [['Email Address', 'Phone Number', 'OPTIN_TIME'], { phone: 'Phone Number', consent_date: 'OPTIN_TIME' }], // Mailchimp
    [
      ['Nom', 'Téléphone portable', 'Code postal', 'Client'],
      { phone: 'Téléphone portable', postal_code: 'Code postal', customer: 'Client' },
    ],
    [
      ['Prénom', 'Téléphone', 'Consentement', 'Date consentement'],
      { phone: 'Téléphone', consent: 'Consentement', consent_date: 'Date consentement' },
    ],
    [['tél.', 'opt-in sms', 'CP'], { phone: 'tél.', consent: 'opt-in sms', postal_code: 'CP' }],
    [
      ['MSISDN', 'Accord SMS', 'désinscrit', 'contrat'],
      { phone: 'MSISDN', consent: 'Accord SMS', opt_out: 'désinscrit', contract: 'contrat' },
    ],
  ])('%j', (headers, expected) => {
    const r = resolve(headers);
    expect(r.ambiguous).toEqual([]);
    expect(detectedColumns(r)).toEqual(expected);
    expect(columnProblem(r, headers)).toBeUndefined();
  });

  it('a mobile header wins over a generic one, even one equal to the logical name, and says so', () => {
    const r = resolve(['Phone', 'Mobile', 'Fax']); // Zoho: Phone is the landline
    expect(r.at.phone).toBe(1);
    expect(columnReadings(r).phone).toEqual({
      header: 'Mobile',
      how: 'detected',
      passedOver: [{ header: 'Phone', why: 'generic' }],
    });
  });

  it('a header equal to the logical name is "named", not detected', () => {
    const r = resolve(['phone', 'consent']);
    expect(r.at.phone).toBe(0);
    expect(detectedColumns(r)).toEqual({});
  });

  it('the manifest mapping wins over detection', () => {
    const r = resolve(['Téléphone', 'Mobile'], { phone: 'Mobile' });
    expect(r.at.phone).toBe(1);
    expect(r.ambiguous).toEqual([]);
    expect(r.chosen.phone?.how).toBe('mapped');
  });

  it('two mobile headers are an input error that lists them and says how to choose', () => {
    const headers = ['Mobile', 'Portable', 'consent'];
    const problem = columnProblem(resolve(headers), headers)!;
    expect(localize(problem.message, 'en')).toBe('two columns could be "phone": "Mobile" and "Portable"');
    expect(localize(problem.hint, 'en')).toBe(
      'Say which one in the manifest, e.g. recipients.columns.phone: "Mobile".',
    );
    expect(localize(problem.message, 'fr')).toBe(
      'deux colonnes peuvent être «\u00a0phone\u00a0»\u00a0: «\u00a0Mobile\u00a0» et «\u00a0Portable\u00a0»',
    );
  });

  it('two generic headers with no mobile one are an input error; three are listed', () => {
    const two = ['Téléphone', 'Phone Number'];
    expect(localize(columnProblem(resolve(two), two)!.message, 'en')).toBe(
      'two columns could be "phone": "Téléphone" and "Phone Number"',
    );
    const three = ['Téléphone', 'Phone Number', 'Tel'];
    expect(localize(columnProblem(resolve(three), three)!.message, 'en')).toBe(
      '3 columns could be "phone": "Téléphone", "Phone Number" and "Tel"',
    );
  });

  it('a missing phone column suggests the closest mobile-like header, never a landline', () => {
    expect(closestPhoneHeader(['Email', 'Work Phone', 'Name'])).toBeUndefined();
    expect(closestPhoneHeader(['Email', 'Phone (home)', 'Portable perso', 'Name'])).toBe('Portable perso');
    expect(closestPhoneHeader(['Email', 'Phonetic First Name', 'Tel. fixe'])).toBeUndefined();
    expect(closestPhoneHeader(['Email', 'fone', 'Name'])).toBe('fone');
    expect(closestPhoneHeader(['Email', 'Name'])).toBeUndefined();
    const headers = ['Email', 'Numéro client GSM'];
    const problem = columnProblem(resolve(headers), headers)!;
    expect(localize(problem.message, 'en')).toBe('no phone column in the header');
    expect(localize(problem.hint, 'en')).toBe(
      'Is it "Numéro client GSM"? Map it in the manifest: recipients.columns.phone: "Numéro client GSM" (or name the column "phone"). The header has: Email, Numéro client GSM.',
    );
    expect(localize(problem.hint, 'fr')).toMatch(
      /^Est-ce «\u00a0Numéro client GSM\u00a0»\u202f\? Indiquez-la/,
    );
  });

  it('a mapped header that is not there names it, with a near miss', () => {
    const headers = ['Mobil', 'consent'];
    const problem = columnProblem(resolve(headers, { phone: 'Mobile' }), headers)!;
    expect(localize(problem.message, 'en')).toBe(
      'column "Mobile" (mapped to phone in the manifest) is not in the header',
    );
    expect(localize(problem.hint, 'en')).toBe('Did you mean "Mobil"?');
  });
});
