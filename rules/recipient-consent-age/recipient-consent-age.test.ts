import { testRule } from '../../test/helpers/rule-tester';

const csv = (...dates: string[]) =>
  `phone;consent;consent_date\n${dates.map((d, i) => `061234567${i};oui;${d}`).join('\n')}\n`;

testRule('recipient-consent-age', {
  valid: [
    { name: 'recent consent (ISO and French forms)', csv: csv('2025-03-14', '14/03/2025') },
    { name: 'exactly 3 years before the send date', csv: csv('2024-01-13') },
    { name: 'no consent date', csv: csv('') },
    { name: 'maxYears option', csv: csv('2022-01-01'), options: { maxYears: 6 } },
    {
      name: 'an old consent, but a recent last contact from the person',
      csv: 'phone;consent;consent_date;last_contact\n0612345678;oui;2020-01-01;2026-06-30\n',
    },
    {
      name: 'a recent last contact and no consent date',
      csv: 'phone;consent;last_contact\n0612345678;oui;15/11/2025\n',
    },
    {
      name: 'political campaigns: recent consent',
      csv: csv('2025-03-14'),
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand ! STOP au 36173',
      },
    },
    {
      name: 'transactional campaigns are out of scope',
      csv: csv('2010-01-01'),
      manifest: { purpose: 'transactional' },
    },
  ],
  invalid: [
    {
      name: 'one day more than 3 years',
      csv: csv('2024-01-12'),
      errors: [{ messageId: 'tooOld', line: 2, severity: 'warning' }],
    },
    { name: 'consent after the send date', csv: csv('2027-02-01'), errors: [{ messageId: 'future' }] },
    {
      name: 'both dates older than 3 years: the later one is reported',
      csv: 'phone;consent;consent_date;last_contact\n0612345678;oui;2019-05-01;2023-06-30\n',
      errors: [{ messageId: 'tooOld', severity: 'warning' }],
    },
    {
      name: 'last contact after the send date is a data error; the consent date still counts',
      csv: 'phone;consent;consent_date;last_contact\n0612345678;oui;2020-01-01;2027-03-01\n',
      errors: [{ messageId: 'future' }, { messageId: 'tooOld' }],
    },
    {
      name: 'unreadable last contact',
      csv: 'phone;consent;last_contact\n0612345678;oui;jamais\n',
      errors: [{ messageId: 'unreadable' }],
    },
    {
      name: 'political campaigns: old consent',
      csv: csv('2020-03-14'),
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand ! STOP au 36173',
      },
      errors: [{ messageId: 'tooOld' }],
    },
    { name: 'unreadable date', csv: csv('le mois dernier'), errors: [{ messageId: 'unreadable' }] },
    {
      name: 'a date serial (a date column saved as numbers) is named as one, and not read',
      csv: csv('45123'),
      errors: [{ messageId: 'dateSerial', severity: 'warning' }],
    },
    {
      name: 'the mapped column',
      csv: 'phone;consent;Date opt-in\n0612345678;oui;01/01/2020\n',
      manifest: { recipients: { file: 'recipients.csv', columns: { consent_date: 'Date opt-in' } } },
      errors: [{ messageId: 'tooOld' }],
    },
  ],
});
