import { testRule } from '../../test/helpers/rule-tester';

const at = (send_at: string) => ({ manifest: { send_at } });
const csv = (...rows: string[]) => `phone;consent;postal_code\n${rows.join('\n')}\n`;

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
      name: "Guadeloupe's abolition day is not a holiday in Réunion",
      ...at('2027-05-27T10:00'),
      csv: csv('0692123456;oui;'),
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
    {
      name: 'Christmas Day, national',
      ...at('2027-12-25T10:00'),
      errors: [{ messageId: 'holiday', line: 2 }],
    },
    {
      name: 'Easter Monday 2027 (29 March), computed',
      ...at('2027-03-29T10:00'),
      errors: [{ messageId: 'holiday' }],
    },
    { name: 'Whit Monday 2027 (17 May)', ...at('2027-05-17T10:00'), errors: [{ messageId: 'holiday' }] },
    {
      name: '26 December in Alsace-Moselle (postal code 67)',
      ...at('2027-12-26T10:00'),
      csv: csv('0612345678;oui;75011', '0612345679;oui;67000'),
      errors: [{ messageId: 'holiday', line: 3 }],
    },
    {
      name: 'Good Friday in Moselle (57)',
      ...at('2027-03-26T10:00'),
      csv: csv('0612345678;oui;57000'),
      errors: [{ messageId: 'holiday' }],
    },
    {
      name: 'abolition day in Guadeloupe, number in national form',
      ...at('2027-05-27T10:00'),
      csv: csv('0690123456;oui;'),
      errors: [{ messageId: 'holiday' }],
    },
    {
      name: 'abolition day in La Réunion (20 Dec)',
      ...at('2027-12-20T08:00'),
      csv: csv('0692123456;oui;'),
      errors: [{ messageId: 'holiday' }],
    },
    {
      name: 'the local date counts: 23:30 in Paris on 19 Dec is 20 Dec in Réunion',
      ...at('2027-12-19T23:30'),
      csv: csv('0612345678;oui;', '+262692123456;oui;'),
      errors: [{ messageId: 'holiday', line: 3 }],
    },
    {
      name: 'VMS: local holidays are errors too',
      manifest: {
        send_at: '2027-06-10T11:00',
        channel: 'vms',
        sender: '0162123456',
        message: 'Boutique Léa. Pour ne plus être contacté, tapez 1.',
      },
      csv: csv('0694123456;oui;'),
      errors: [{ messageId: 'holiday', severity: 'error' }],
    },
  ],
});
