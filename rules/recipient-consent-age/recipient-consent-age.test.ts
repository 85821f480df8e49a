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
    { name: 'unreadable date', csv: csv('le mois dernier'), errors: [{ messageId: 'unreadable' }] },
    {
      name: 'the mapped column',
      csv: 'phone;consent;Date opt-in\n0612345678;oui;01/01/2020\n',
      manifest: { recipients: { file: 'recipients.csv', columns: { consent_date: 'Date opt-in' } } },
      errors: [{ messageId: 'tooOld' }],
    },
  ],
});
