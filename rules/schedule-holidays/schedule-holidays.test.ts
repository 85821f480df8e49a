import { testRule } from '../../test/helpers/rule-tester';

const at = (send_at: string, extra: Record<string, unknown> = {}) => ({ manifest: { send_at, ...extra } });
const csv = (...rows: string[]) => `phone;consent;postal_code\n${rows.join('\n')}\n`;
const vms = {
  channel: 'vms',
  sender: '0162123456',
  message: 'Boutique Léa. Pour ne plus être contacté, appelez le 0800 12 34 56.',
};
const b2bVms = { ...vms, audience: 'professionals' };
const politicalVms = {
  ...vms,
  purpose: 'political',
  advertiser: 'Marie Durand',
  message: 'Bonjour, ici Marie Durand. Pour ne plus être appelé, envoyez STOP au 36173.',
};

testRule('schedule-holidays', {
  valid: [
    { name: 'an ordinary Wednesday', ...at('2027-01-13T10:00') },
    {
      name: '26 December outside Alsace-Moselle',
      ...at('2027-12-26T10:00'),
      csv: csv('0612345678;oui;75011'),
    },
    {
      name: 'Good Friday outside Alsace-Moselle',
      ...at('2027-03-26T10:00'),
      csv: csv('0612345678;oui;13001'),
    },
    {
      name: 'a lost leading zero: 6700 is 06700 (Alpes-Maritimes), not Bas-Rhin',
      ...at('2027-12-26T10:00'),
      csv: csv('0612345678;oui;6700'),
    },
    {
      name: "Guadeloupe's abolition day is not a holiday in Réunion",
      ...at('2027-05-27T10:00'),
      csv: csv('0692123456;oui;'),
    },
    {
      name: "Guadeloupe's 27 May is not Saint-Barthélemy's (9 October)",
      ...at('2027-05-27T10:00'),
      csv: csv('0690123456;oui;97133'),
    },
    {
      name: 'a metropolitan mobile with a Saint-Martin postal code keeps the metropolitan calendar',
      ...at('2027-05-28T10:00'),
      csv: csv('0612345678;oui;97150'),
    },
    {
      name: 'transactional campaigns may go out on holidays',
      manifest: { send_at: '2027-12-25T10:00', purpose: 'transactional' },
    },
    {
      name: 'foreign numbers get no French holidays',
      ...at('2027-07-14T10:00'),
      csv: csv('+32470123456;oui;'),
    },
  ],
  invalid: [
    // SMS: national holidays are errors under the 2024 charter, warnings under the 2026 one
    {
      name: 'SMS, Christmas 2025 (before 2026-03-01): error, af2m 2024 allows working days only',
      ...at('2025-12-25T10:00'),
      errors: [{ messageId: 'holiday', line: 2, severity: 'error' }],
    },
    {
      name: 'SMS, Easter Monday 2026 (6 April, after 2026-03-01): warning, tolerated by af2m 2026',
      ...at('2026-04-06T10:00'),
      errors: [{ messageId: 'holidayRisky', severity: 'warning' }],
    },
    {
      name: 'SMS, Christmas Day 2027: warning',
      ...at('2027-12-25T10:00'),
      errors: [{ messageId: 'holidayRisky', line: 2, severity: 'warning' }],
    },
    {
      name: 'SMS, Easter Monday 2027 (29 March), computed',
      ...at('2027-03-29T10:00'),
      errors: [{ messageId: 'holidayRisky' }],
    },
    {
      name: 'SMS, Whit Monday 2027 (17 May)',
      ...at('2027-05-17T10:00'),
      errors: [{ messageId: 'holidayRisky' }],
    },
    {
      name: 'SMS, a local holiday before 2026-03-01 is a warning: 26 December 2025 in Bas-Rhin',
      ...at('2025-12-26T10:00'),
      csv: csv('0612345678;oui;75011', '0612345679;oui;67000'),
      errors: [{ messageId: 'holidayRisky', line: 3, severity: 'warning' }],
    },
    {
      name: 'political campaigns too',
      ...at('2025-07-14T10:00', { purpose: 'political' }),
      errors: [{ messageId: 'holiday', severity: 'error' }],
    },
    // postal codes as people write them
    ...['57000', '57 000', 'F-57000', 'FR57000', 'FR-68100', ' 67000 '].map((cp) => ({
      name: `Good Friday in Alsace-Moselle, postal code "${cp}"`,
      ...at('2027-03-26T10:00'),
      csv: csv(`0612345678;oui;${cp}`),
      errors: [{ messageId: 'holidayRisky' as const }],
    })),
    ...['code_postal', 'CP', 'zip', 'Code postal', 'Code-Postal'].map((header) => ({
      name: `postal code in a column named "${header}"`,
      ...at('2027-12-26T10:00'),
      csv: `phone;consent;${header}\n0612345678;oui;68100\n`,
      errors: [{ messageId: 'holidayRisky' as const }],
    })),
    // overseas
    {
      name: 'abolition day in Guadeloupe, number in national form',
      ...at('2027-05-27T10:00'),
      csv: csv('0690123456;oui;'),
      errors: [{ messageId: 'holidayRisky' }],
    },
    {
      name: 'Saint-Martin (97150): 28 May, observed since 2018',
      ...at('2027-05-28T10:00'),
      csv: csv('0690123456;oui;97150', '0690123457;oui;97110'),
      errors: [{ messageId: 'holidayRisky', line: 2 }],
    },
    {
      name: 'Saint-Martin (97150): 27 May too, the date L3422-2 still names',
      ...at('2027-05-27T10:00'),
      csv: csv('0690123456;oui;97150'),
      errors: [{ messageId: 'holidayRisky', line: 2 }],
    },
    {
      name: 'Saint-Barthélemy (97133): 9 October, number +590 590…',
      ...at('2027-10-09T10:00'),
      csv: csv('+590 590 27 12 34;oui;97133', '0690123456;oui;97133', '0690123457;oui;'),
      errors: [
        { messageId: 'holidayRisky', line: 2 },
        { messageId: 'holidayRisky', line: 3 },
      ],
    },
    {
      name: 'abolition day in La Réunion (20 Dec)',
      ...at('2027-12-20T08:00'),
      csv: csv('0692123456;oui;'),
      errors: [{ messageId: 'holidayRisky' }],
    },
    {
      name: 'the local date counts: 23:30 in Paris on 19 Dec is 20 Dec in Réunion',
      ...at('2027-12-19T23:30'),
      csv: csv('0612345678;oui;', '+262692123456;oui;'),
      errors: [{ messageId: 'holidayRisky', line: 3 }],
    },
    // VMS
    {
      name: 'VMS to consumers: a national holiday is an error (D223-9 cites L3133-1)',
      ...at('2027-05-17T11:00', vms),
      errors: [{ messageId: 'holiday', severity: 'error' }],
    },
    {
      name: 'VMS to consumers: a local holiday is a warning (prudent reading)',
      ...at('2027-06-10T11:00', vms),
      csv: csv('0694123456;oui;'),
      errors: [{ messageId: 'holidayRisky', severity: 'warning' }],
    },
    {
      name: 'VMS to professionals: a national holiday is a warning',
      ...at('2027-05-17T11:00', b2bVms),
      errors: [{ messageId: 'holidayRisky', severity: 'warning' }],
    },
    {
      name: 'political VMS on Ascension: a warning citing the CNIL, not a D223-9 error',
      ...at('2027-05-06T11:00', politicalVms),
      errors: [{ messageId: 'holidayRisky', severity: 'warning' }],
    },
    {
      name: 'political VMS on a local holiday: a warning',
      ...at('2027-06-10T11:00', politicalVms),
      csv: csv('0694123456;oui;'),
      errors: [{ messageId: 'holidayRisky', severity: 'warning' }],
    },
  ],
});
