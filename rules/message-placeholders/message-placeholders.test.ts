import { testRule } from '../../test/helpers/rule-tester';

const message = 'Boutique Léa : {first_name}, -30% ! STOP au 36173';

testRule('message-placeholders', {
  valid: [
    { name: 'no placeholder', manifest: { message: 'Boutique Léa -30% STOP au 36173' } },
    {
      name: '{name} with a value',
      manifest: { message },
      csv: 'phone;consent;first_name\n0612345678;oui;Léa\n',
    },
    {
      name: '{{name}} and header case ignored',
      manifest: { message: 'Boutique Léa : {{ First_Name }} STOP au 36173' },
      csv: 'phone;consent;FIRST_NAME\n0612345678;oui;Léa\n',
    },
  ],
  invalid: [
    { name: 'no such column', manifest: { message }, errors: [{ messageId: 'unknownColumn' }] },
    {
      // Issue 27: every distinct text was kept (1M distinct per-row messages: 783 MB). The first
      // thousand texts are reported one by one, the rest counted in one diagnostic.
      name: 'past 1,000 distinct per-row messages with an unknown placeholder, the rest are counted',
      manifest: { message: 'Boutique Léa -30% STOP au 36173' },
      csv: `phone;consent;message\n${Array.from(
        { length: 1003 },
        (_, i) => `06${String(12340000 + i)};oui;Boutique Léa {prenom} ${i} STOP au 36173`,
      ).join('\n')}\n`,
      errors: [
        ...Array.from({ length: 1000 }, (_, i) => ({ messageId: 'unknownColumn', line: i + 2 })),
        { messageId: 'unknownColumnMore', line: 1002 },
      ],
    },
    {
      name: 'empty value, one diagnostic per row',
      manifest: { message },
      csv: 'phone;consent;first_name\n0612345678;oui;\n0612345679;oui;Marc\n0612345670;oui; \n',
      errors: [
        { messageId: 'empty', line: 2 },
        { messageId: 'empty', line: 4 },
      ],
    },
    {
      name: 'in a per-row message',
      csv: 'phone;consent;message\n0612345678;oui;Boutique Léa {prenom} STOP au 36173\n',
      errors: [{ messageId: 'unknownColumn', line: 2 }],
    },
    {
      name: 'transactional campaigns too',
      manifest: { purpose: 'transactional', message: 'Votre colis {tracking} arrive' },
      errors: [{ messageId: 'unknownColumn' }],
    },
  ],
});
