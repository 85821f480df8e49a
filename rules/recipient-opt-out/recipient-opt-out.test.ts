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
    {
      name: 'status words of a person still subscribed: subscribed, inscrit, Opt-in, actif',
      csv: 'phone;consent;opt_out\n0611111111;oui;subscribed\n0611111112;oui;inscrit\n0611111113;oui;Opt-in\n0611111114;oui;actif\n',
    },
    {
      name: "another channel's opt-out column is named in the reading, not warned about",
      csv: 'phone;consent;SMS_BLACKLISTED;EMAIL_BLACKLISTED\n0611111111;oui;false;true\n',
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
      name: 'opt_out read in its own direction: STOP, unsubscribed, Désinscrit, Opted out mean opted out',
      csv: 'phone;consent;opt_out\n0611111111;oui;STOP\n0611111112;oui;unsubscribed\n0611111113;oui;Désinscrit\n0611111114;oui;Opted out\n0611111115;oui;subscribed\n',
      errors: [
        { messageId: 'optedOutColumn', line: 2 },
        { messageId: 'optedOutColumn', line: 3 },
        { messageId: 'optedOutColumn', line: 4 },
        { messageId: 'optedOutColumn', line: 5 },
      ],
    },
    {
      name: 'an opt-out date on or before the send date (2027-01-13) is an opt-out',
      csv: 'phone;consent;opt_out\n0611111111;oui;2026-11-02\n0611111112;oui;13/01/2027\n',
      errors: [
        { messageId: 'optedOutColumn', line: 2 },
        { messageId: 'optedOutColumn', line: 3 },
      ],
    },
    {
      name: 'an opt-out date after the send date cannot be right: an error naming it',
      csv: 'phone;consent;opt_out\n0611111111;oui;2027-06-01\n',
      errors: [{ messageId: 'dateAfterSend', line: 2 }],
    },
    {
      name: 'a value not understood is an error naming it (the person may have opted out)',
      csv: 'phone;consent;opt_out\n0611111111;oui;peut-être\n0611111112;oui;non\n',
      errors: [{ messageId: 'notUnderstood', line: 2 }],
    },
    {
      name: 'a formula error is named as such',
      csv: 'phone;consent;opt_out\n0611111111;oui;#N/A\n',
      errors: [{ messageId: 'formulaError', line: 2 }],
    },
    {
      name: 'a date serial (an opt-out date saved as a number) is named as one, and blocks',
      csv: 'phone;consent;opt_out\n0611111111;oui;45123\n',
      errors: [{ messageId: 'dateSerial', line: 2, severity: 'error' }],
    },
    {
      name: 'a header that looks like an opt-out column and is not read is a warning at the header',
      csv: 'phone;consent;NE PAS CONTACTER\n0611111111;oui;x\n',
      errors: [{ messageId: 'unusedColumn', line: 1, severity: 'warning' }],
    },
    {
      name: "Odoo's French export: Téléphone sur liste noire is recognised, and wins over a bare Liste noire",
      csv: 'Mobile;consent;Liste noire;Téléphone sur liste noire\n0611111111;oui;false;true\n0611111112;oui;true;false\n',
      errors: [
        { messageId: 'unusedColumn', line: 1, severity: 'warning' },
        { messageId: 'optedOutColumn', line: 2 },
      ],
    },
    {
      name: 'political campaigns honour opt-outs',
      csv: 'phone;consent;opt_out\n0611111111;oui;oui\n',
      manifest: { purpose: 'political' },
      errors: [{ messageId: 'optedOutColumn' }],
    },
  ],
});
