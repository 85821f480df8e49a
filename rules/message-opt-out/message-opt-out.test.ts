import { testRule } from '../../test/helpers/rule-tester';

const vms = (message: string) => ({ channel: 'vms', sender: '0162123456', message });

testRule('message-opt-out', {
  valid: [
    { name: 'STOP au short code at the end', manifest: { message: 'Boutique Léa : -30% ! STOP au 36173' } },
    {
      name: 'trailing punctuation and spaces',
      manifest: { message: 'Boutique Léa : -30% ! (STOP au 36 173).  ' },
    },
    {
      name: 'STOP SMS with a short-code sender that can receive replies',
      manifest: { sender: '36173', message: 'Boutique Léa : -30% ! STOP SMS' },
    },
    {
      name: 'bare STOP with a short-code sender',
      manifest: { sender: '36173', message: 'Boutique Léa : -30% ! Stop' },
    },
    {
      name: 'transactional messages need no STOP',
      manifest: { purpose: 'transactional', message: 'Votre code est 123456' },
    },
    {
      name: 'VMS script with a free opt-out number',
      manifest: vms('Ici Boutique Léa. Pour ne plus recevoir nos messages, appelez le 0800 12 34 56.'),
    },
    {
      name: 'VMS script with a key press',
      manifest: vms('Ici Boutique Léa. Pour vous désinscrire, tapez 1.'),
    },
  ],
  invalid: [
    {
      name: 'no mention',
      manifest: { message: 'Boutique Léa : -30% ce week-end !' },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'STOP in the middle',
      manifest: { message: 'Boutique Léa : STOP au 36173. -30% ce week-end !' },
      errors: [{ messageId: 'notAtEnd' }],
    },
    {
      name: 'alphanumeric sender with a bare STOP',
      manifest: { message: 'Boutique Léa : -30% ! STOP SMS' },
      errors: [{ messageId: 'needShortCode' }],
    },
    {
      name: 'alphanumeric sender with a phone number instead of a short code',
      manifest: { message: 'Boutique Léa : -30% ! STOP au 06 12 34 56 78' },
      errors: [{ messageId: 'notShortCode' }],
    },
    {
      name: 'premium SMS+ short code',
      manifest: { message: 'Boutique Léa : -30% ! STOP au 81212' },
      errors: [{ messageId: 'premium' }],
    },
    {
      name: 'non-commercial campaigns need the mention too',
      manifest: { purpose: 'non-commercial', message: 'Boutique Léa soutient la collecte de jouets.' },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'VMS script without an opt-out',
      manifest: vms('Ici Boutique Léa : -30% ce week-end, rappelez-nous au 0162123456.'),
      errors: [{ messageId: 'vmsMissing' }],
    },
    {
      name: 'VMS opt-out through a premium 089 number',
      manifest: vms('Ici Boutique Léa. Pour ne plus être contacté, appelez le 0899 12 34 56.'),
      errors: [{ messageId: 'premium' }],
    },
    {
      name: 'a per-row message without STOP',
      csv: 'phone;consent;message\n0612345678;oui;Boutique Léa : -10% pour vous\n',
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
});
