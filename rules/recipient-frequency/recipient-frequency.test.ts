import { testRule } from '../../test/helpers/rule-tester';

const vms = {
  channel: 'vms',
  sender: '0162123456',
  message: 'Boutique Léa. Pour ne plus être contacté, tapez 1.',
  send_at: '2027-01-13T11:00',
  history: 'history.csv',
};
const history = (...rows: string[]) => ({
  'history.csv': `phone;sent_at;channel;advertiser\n${rows.join('\n')}\n`,
});
const four = [
  '0612345678;2027-01-02 11:00;vms;',
  '+33612345678;2027-01-05 11:00;vms;',
  '06 12 34 56 78;08/01/2027 11:00;voice;',
  '0612345678;2027-01-10T11:00;vms;Boutique Léa',
];

testRule('recipient-frequency', {
  valid: [
    { name: 'three earlier drops + this one = 4', manifest: vms, files: history(...four.slice(0, 3)) },
    {
      name: 'older than 30 days do not count',
      manifest: vms,
      files: history(
        '0612345678;2026-12-01 11:00;vms;',
        ...four.slice(0, 3),
        '0612345678;2026-12-10 11:00;vms;',
      ),
    },
    {
      name: 'SMS sends do not count (D223-9 covers calls)',
      manifest: vms,
      files: history(...four.slice(0, 3), '0612345678;2027-01-11 11:00;sms;'),
    },
    {
      name: 'another advertiser does not count',
      manifest: vms,
      files: history(...four.slice(0, 3), '0612345678;2027-01-11 11:00;vms;Autre Marque'),
    },
    { name: 'no history file', manifest: { ...vms, history: undefined } },
    { name: 'SMS campaigns are out of scope', manifest: { history: 'history.csv' }, files: history(...four) },
  ],
  invalid: [
    {
      name: 'four earlier drops + this one',
      manifest: vms,
      files: history(...four),
      errors: [{ messageId: 'tooMany', line: 2 }],
    },
    {
      name: 'advertiser matched without case or accents',
      manifest: vms,
      files: history(...four.slice(0, 3), '0612345678;2027-01-11 11:00;vms;BOUTIQUE LEA'),
      errors: [{ messageId: 'tooMany' }],
    },
    {
      name: 'a number listed twice in this campaign counts twice',
      manifest: vms,
      csv: 'phone;consent\n0612345678;oui\n0612345678;oui\n',
      files: history(...four.slice(0, 3)),
      errors: [{ messageId: 'tooMany', line: 3 }],
    },
    {
      name: 'max option',
      manifest: vms,
      files: history(four[0]),
      options: { max: 1 },
      errors: [{ messageId: 'tooMany' }],
    },
  ],
});
