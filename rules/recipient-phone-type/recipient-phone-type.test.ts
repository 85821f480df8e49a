import { testRule } from '../../test/helpers/rule-tester';

const csv = (...phones: string[]) => `phone;consent\n${phones.map((p) => `${p};oui`).join('\n')}\n`;

testRule('recipient-phone-type', {
  valid: [
    { name: 'metropolitan mobiles', csv: csv('0612345678', '0745123456') },
    { name: 'overseas mobiles', csv: csv('0692123456', '0690123456') },
    { name: 'invalid numbers are left to recipient-phone-valid', csv: csv('0000', 'abc') },
    { name: 'VoIP allowed by option', csv: csv('0912345678'), options: { allow: ['MOBILE', 'VOIP'] } },
    {
      name: 'the rule applies to transactional campaigns too, and mobiles pass',
      csv: csv('0612345678'),
      manifest: { purpose: 'transactional' },
    },
  ],
  invalid: [
    { name: 'fixed line', csv: csv('01 23 45 67 89'), errors: [{ messageId: 'notMobile', line: 2 }] },
    { name: 'toll-free', csv: csv('0800 12 34 56'), errors: [{ messageId: 'notMobile' }] },
    { name: 'premium rate', csv: csv('0891 12 34 56'), errors: [{ messageId: 'notMobile' }] },
    { name: 'VoIP 09', csv: csv('09 12 34 56 78'), errors: [{ messageId: 'notMobile' }] },
    {
      name: 'overseas fixed line in national format',
      csv: csv('0262 21 34 56'),
      errors: [{ messageId: 'notMobile' }],
    },
    {
      name: 'fixed line on a VMS campaign',
      csv: csv('0123456789'),
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        message: 'Boutique Léa vous rappelle. Pour ne plus être contacté, dites STOP.',
      },
      errors: [{ messageId: 'notMobile' }],
    },
  ],
});
