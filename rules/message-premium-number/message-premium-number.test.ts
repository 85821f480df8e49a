import { testRule } from '../../test/helpers/rule-tester';

const msg = (m: string) => ({ manifest: { message: `Boutique Léa : ${m} STOP au 36173` } });

testRule('message-premium-number', {
  valid: [
    { name: 'a free number', ...msg('appelez le 0 800 12 34 56') },
    { name: 'an ordinary number', ...msg('appelez le 01 23 45 67 89') },
    { name: 'a number that only contains 0 8 9', ...msg('réf. 10 899 123 456 78') },
    { name: 'a postal code is not a short code', ...msg('magasin du 75011 ouvert') },
    { name: 'a free 3xxxx short code', ...msg('envoyez LEA au 36173') },
    {
      name: 'free 0800–0805 and normal-rate 0806–0809 numbers',
      ...msg('appelez le 0805 12 34 56 ou le 0809 12 34 56'),
    },
    {
      name: "the STOP mention's number is left to message-opt-out",
      manifest: { message: 'Boutique Léa -30% STOP au 81212' },
    },
  ],
  invalid: [
    {
      name: '0899 number',
      ...msg('appelez le 0899 12 34 56'),
      errors: [{ messageId: 'premium', severity: 'warning' }],
    },
    { name: '08 92 written in pairs', ...msg('infos au 08 92 12 34 56'), errors: [{ messageId: 'premium' }] },
    { name: '+33 8 9x', ...msg('ou +33 8 97 12 34 56'), errors: [{ messageId: 'premium' }] },
    ...[
      '0 899 12 34 56',
      '08 99 12 34 56',
      '08.99.12.34.56',
      '+33 8 99 12 34 56',
      '+33 (0)8 99 12 34 56',
      '0033 899 12 34 56',
    ].map((number) => ({
      name: `089 written "${number}"`,
      ...msg(`appelez le ${number}`),
      errors: [{ messageId: 'premium' as const, severity: 'warning' as const }],
    })),
    ...[
      '0810 12 34 56',
      '0 825 12 34 56',
      '08 21 12 34 56',
      '08.20.12.34.56',
      '08-26-12-34-56',
      '+33 8 25 12 34 56',
      '+33 (0)8 10 12 34 56',
      '0033 8 21 12 34 56',
    ].map((number) => ({
      name: `081x/082x written "${number}" (call price plus a service price)`,
      ...msg(`appelez le ${number}`),
      errors: [{ messageId: 'premium' as const, severity: 'warning' as const }],
    })),
    { name: 'surtaxed SMS+ short code', ...msg('envoyez JEU au 81 212'), errors: [{ messageId: 'premium' }] },
    {
      name: 'VMS scripts too',
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        message: 'Boutique Léa : rappelez le 0899 12 34 56. Pour ne plus être contacté, tapez 1.',
      },
      errors: [{ messageId: 'premium' }],
    },
  ],
});
