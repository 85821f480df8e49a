import { testRule } from '../../test/helpers/rule-tester';

testRule('message-advertiser', {
  valid: [
    { name: 'named exactly', manifest: { message: 'Boutique Léa : -30% ! STOP au 36173' } },
    {
      name: 'case, accents and spacing ignored',
      manifest: { message: 'BOUTIQUE LEA: -30% ! STOP au 36173' },
    },
    { name: 'written without the space', manifest: { message: 'boutiquelea -30% ! STOP au 36173' } },
    {
      name: 'transactional messages are out of scope',
      manifest: { purpose: 'transactional', message: 'Votre colis arrive demain.' },
    },
    {
      name: 'per-row message naming the advertiser',
      csv: 'phone;consent;message\n0612345678;oui;Boutique Léa vous offre -10% STOP au 36173\n',
    },
  ],
  invalid: [
    {
      name: 'advertiser absent',
      manifest: { message: '-30% ce week-end ! STOP au 36173' },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'only part of the name',
      manifest: { message: 'Chez Léa : -30% ! STOP au 36173' },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a per-row message without the advertiser',
      csv: 'phone;consent;message\n0612345678;oui;-10% pour vous STOP au 36173\n',
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
});
