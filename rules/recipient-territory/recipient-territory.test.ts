import { testRule } from '../../test/helpers/rule-tester';

const csv = (...phones: string[]) => `phone;consent\n${phones.map((p) => `${p};oui`).join('\n')}\n`;

testRule('recipient-territory', {
  valid: [
    {
      name: 'metropolitan, DOM and COM numbers under the ARCEP plan',
      csv: csv(
        '0612345678',
        '0692123456',
        '0690123456',
        '0696123456',
        '0694123456',
        '0639012345',
        '+508 55 12 34',
      ),
    },
    { name: 'invalid numbers are left to recipient-phone-valid', csv: csv('+687 12') },
  ],
  invalid: [
    {
      name: 'New Caledonia',
      csv: csv('+687 75 12 34'),
      errors: [{ messageId: 'pacific', line: 2, severity: 'warning' }],
    },
    {
      name: 'French Polynesia and Wallis-et-Futuna',
      csv: csv('+689 87 12 34 56', '+681 82 12 34'),
      errors: [{ messageId: 'pacific' }, { messageId: 'pacific' }],
    },
    { name: 'a foreign number', csv: csv('+32 470 12 34 56'), errors: [{ messageId: 'foreign' }] },
    {
      name: '+269 is the Comoros, not Mayotte',
      csv: csv('+269 321 23 45'),
      errors: [{ messageId: 'foreign' }],
    },
  ],
});
