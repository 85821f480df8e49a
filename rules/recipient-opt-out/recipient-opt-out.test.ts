import { testRule } from '../../test/helpers/rule-tester';

const lists = { opt_out_lists: ['stop.csv', 'stop.txt'] };
const files = {
  'stop.csv': 'date;phone\n2026-01-02;+33 6 11 11 11 11\n',
  'stop.txt': '0622222222\n+262 692 12 34 56\n',
};

testRule('recipient-opt-out', {
  valid: [
    { name: 'no opt-out list', csv: 'phone;consent\n0611111111;oui\n' },
    {
      name: 'opt_out column no or empty',
      csv: 'phone;consent;opt_out\n0611111111;oui;non\n0611111112;oui;\n',
    },
    { name: 'numbers not in the lists', csv: 'phone;consent\n0612345678;oui\n', manifest: lists, files },
    {
      name: 'transactional messages may reach people who refused marketing',
      csv: 'phone\n0611111111\n',
      manifest: { ...lists, purpose: 'transactional' },
      files,
    },
  ],
  invalid: [
    {
      name: 'matched on the normalised number (CSV list, phone column)',
      csv: 'phone;consent\n06 11 11 11 11;oui\n',
      manifest: lists,
      files,
      errors: [{ messageId: 'optedOut', line: 2 }],
    },
    {
      name: 'plain list without header, first line included',
      csv: 'phone;consent\n+33622222222;oui\n',
      manifest: lists,
      files,
      errors: [{ messageId: 'optedOut' }],
    },
    {
      name: 'overseas number listed in international form, sent in national form',
      csv: 'phone;consent\n0692 12 34 56;oui\n',
      manifest: lists,
      files,
      errors: [{ messageId: 'optedOut' }],
    },
    {
      name: 'non-commercial campaigns honour opt-outs',
      csv: 'phone\n0611111111\n',
      manifest: { ...lists, purpose: 'non-commercial' },
      files,
      errors: [{ messageId: 'optedOut' }],
    },
    {
      name: 'the opt_out column is yes (rows 2 and 4)',
      csv: 'phone;consent;opt_out\n0611111111;oui;oui\n0611111112;oui;non\n0611111113;oui;1\n0611111114;oui;\n',
      errors: [
        { messageId: 'optedOutColumn', line: 2 },
        { messageId: 'optedOutColumn', line: 4 },
      ],
    },
    {
      name: "Brevo's SMS_BLACKLISTED mapped to opt_out",
      csv: 'phone;consent;SMS_BLACKLISTED\n0611111111;oui;true\n',
      manifest: { recipients: { file: 'recipients.csv', columns: { opt_out: 'SMS_BLACKLISTED' } } },
      errors: [{ messageId: 'optedOutColumn' }],
    },
    {
      name: 'lines of a list that are not phone numbers are a warning, named by their first line',
      csv: 'phone;consent\n0612345678;oui\n',
      manifest: { opt_out_lists: ['stop.txt'] },
      files: { 'stop.txt': '0622222222\nnuméro effacé\n\nMme Durand\n0633333333\n' },
      errors: [{ messageId: 'unreadableLines', line: 2, severity: 'warning' }],
    },
    {
      name: 'political campaigns honour opt-outs',
      csv: 'phone;consent;opt_out\n0611111111;oui;oui\n',
      manifest: { purpose: 'political' },
      errors: [{ messageId: 'optedOutColumn' }],
    },
  ],
});
