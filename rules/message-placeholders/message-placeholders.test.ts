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
