import { testRule } from '../../test/helpers/rule-tester';

const csv = (...phones: string[]) => `phone;consent\n${phones.map((p) => `${p};oui`).join('\n')}\n`;

testRule('recipient-phone-valid', {
  valid: [
    { name: 'national mobile with spaces', csv: csv('06 12 34 56 78') },
    {
      name: 'every form people type',
      csv: csv(
        '0612345678',
        '+33 6 12 34 56 78',
        '0033612345678',
        '33612345678',
        '06.12.34.56.78',
        '+33 (0)6 12 34 56 78',
        '="0612345678"',
        "'0612345678",
      ),
    },
    {
      name: 'overseas mobiles in national format',
      csv: csv('0692 12 34 56', '0690 12 34 56', '0696 12 34 56', '0694 12 34 56', '0639 01 23 45'),
    },
    {
      name: 'overseas mobiles in international format',
      csv: csv('+262 692 12 34 56', '+590 690 12 34 56', '+596 696 12 34 56', '+594 694 12 34 56'),
    },
    { name: 'a Réunion mobile wrongly written with +33 lands in Réunion', csv: csv('+33 6 92 12 34 56') },
    { name: 'foreign numbers are valid numbers', csv: csv('+32 470 12 34 56', '+44 7400 123456') },
  ],
  invalid: [
    // Excel damage (issue 15): each named as such, with what to do.
    {
      name: 'a lost leading zero (9 digits) is read as French, with a warning',
      csv: csv('612345678', '6 12 34 56 78'),
      errors: [
        { messageId: 'lostZero', line: 2, severity: 'warning' },
        { messageId: 'lostZero', line: 3, severity: 'warning' },
      ],
    },
    {
      name: "Excel's scientific notation cannot be restored: an error, not 'letters'",
      csv: 'phone;consent\n3,36988E+10;oui\n6.12E+08;oui\n6,12345678E+8;oui\n',
      errors: [
        { messageId: 'scientific', line: 2, severity: 'error' },
        { messageId: 'scientific', line: 3 },
        { messageId: 'scientific', line: 4 },
      ],
    },
    {
      name: 'a Salesforce report footer (Total, notices) is reported as such, not as 4 recipients',
      csv: '\uFEFF"Mobile","consent"\n"0612345678","oui"\n"0612345679","oui"\n"Total","2"\n\n"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n',
      errors: [{ messageId: 'footer', line: 4, severity: 'warning' }], // one for the footer's 3 lines
    },
    {
      name: 'a blank-but-for-one-cell last line is a footer; the same line between recipients is not',
      csv: 'phone;consent;city\n0612345678;oui;Lyon\nExport du 12/01/2027;;\n0612345679;oui;Lyon\nExport du 12/01/2027;;\n',
      errors: [
        { messageId: 'notANumber', line: 3 },
        { messageId: 'footer', line: 5, severity: 'warning' },
      ],
    },
    { name: 'empty cell', csv: 'phone;consent\n;oui\n', errors: [{ messageId: 'missing', line: 2 }] },
    {
      name: "a spreadsheet formula error is named as one, not as 'letters'",
      csv: 'phone;consent\n#N/A;oui\n#REF!;oui\n#VALEUR!;oui\n',
      errors: [
        { messageId: 'formulaError', line: 2 },
        { messageId: 'formulaError', line: 3 },
        { messageId: 'formulaError', line: 4 },
      ],
    },
    {
      name: 'text instead of a number',
      csv: csv('Léa Martin'),
      errors: [{ messageId: 'notANumber', line: 2 }],
    },
    { name: 'one digit short', csv: csv('06 12 34 56 7'), errors: [{ messageId: 'invalid' }] },
    { name: 'unallocated 071 range', csv: csv('07 12 34 56 78'), errors: [{ messageId: 'invalid' }] },
    { name: 'too long', csv: csv('+33 6 12 34 56 78 9'), errors: [{ messageId: 'invalid' }] },
    {
      name: 'the reported line is where the record starts, after a multi-line quoted field',
      csv: 'phone;note;consent\n0612345678;"two\nlines";oui\n0000;x;oui\n',
      errors: [{ messageId: 'invalid', line: 4 }],
    },
  ],
});
