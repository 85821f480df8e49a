import { testRule } from '../../test/helpers/rule-tester';

const six = `phone;consent\n${[1, 2, 3, 4, 5, 6].map((i) => `061234567${i};oui`).join('\n')}\n`;
const vms = (sender: unknown, extra: Record<string, unknown> = {}) => ({
  manifest: {
    channel: 'vms',
    sender,
    message: 'Boutique Léa. Pour ne plus être contacté, tapez 1.',
    ...extra,
  },
  csv: six,
});

testRule('sender-caller-id', {
  valid: [
    { name: 'verified polyvalent number 0162', ...vms('01 62 12 34 56') },
    { name: 'verified polyvalent number in +33 form', ...vms('+33 9 48 12 34 56') },
    { name: 'overseas NPV 09479 (La Réunion)', ...vms('+262 947 91 23 45') },
    { name: '08 number other than 089', ...vms('0 805 12 34 56') },
    { name: 'short number', ...vms('3900') },
    {
      name: 'five recipients or fewer are exempt',
      manifest: {
        channel: 'vms',
        sender: '0612345678',
        message: 'Boutique Léa. Pour ne plus être contacté, tapez 1.',
      },
      csv: 'phone;consent\n0612345678;oui\n',
    },
    {
      name: 'SMS with an alphanumeric sender is not a caller ID',
      manifest: { sender: 'BOUTIQLEA' },
      csv: six,
    },
    {
      name: '0937 platform number for a transactional VMS',
      ...vms('0937 12 34 56', { purpose: 'transactional' }),
    },
    {
      name: 'before 2023-01-01 the NPV regime was not in force',
      ...vms('0123456789', { send_at: '2022-12-14T11:00' }),
    },
  ],
  invalid: [
    {
      name: 'VMS with an alphanumeric caller ID',
      ...vms('BOUTIQLEA'),
      errors: [{ messageId: 'alphanumeric', line: 5 }],
    },
    { name: 'mobile number', ...vms('06 12 34 56 78'), errors: [{ messageId: 'mobile' }] },
    { name: 'overseas mobile', ...vms('0692 12 34 56'), errors: [{ messageId: 'mobile' }] },
    { name: 'ordinary geographic number', ...vms('01 23 45 67 89'), errors: [{ messageId: 'notVerified' }] },
    { name: 'ordinary 09 number', ...vms('09 12 34 56 78'), errors: [{ messageId: 'notVerified' }] },
    { name: 'premium 089', ...vms('0899 12 34 56'), errors: [{ messageId: 'premium' }] },
    {
      name: 'technical platform 0938 on marketing is a warning',
      ...vms('0938 12 34 56'),
      errors: [{ messageId: 'platform', severity: 'warning' }],
    },
    { name: 'foreign caller ID', ...vms('+32 2 123 45 67'), errors: [{ messageId: 'foreign' }] },
    {
      name: 'a caller-ID masking prefix is not a number',
      ...vms('#31#0162123456'),
      errors: [{ messageId: 'notANumber' }],
    },
    {
      name: 'SMS from a numeric long sender: mobile',
      manifest: { sender: '0612345678' },
      csv: six,
      errors: [{ messageId: 'mobile' }],
    },
  ],
});
