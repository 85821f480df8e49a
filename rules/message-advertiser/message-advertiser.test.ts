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
      name: 'an alias counts (legal name in the manifest, brand in the text)',
      manifest: {
        advertiser: 'SAS Boutique Léa Distribution',
        message: 'Boutique Léa : -30% ! STOP au 36173',
      },
      options: { aliases: ['Boutique Léa'] },
    },
    {
      name: 'a political message naming the candidate',
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Dimanche, votez Marie Durand ! STOP au 36173',
      },
    },
    {
      name: 'a charity message naming the association',
      manifest: {
        purpose: 'non-commercial',
        advertiser: 'Les Restos du Cœur',
        message: 'Les Restos du Coeur collectent samedi. STOP au 36173',
      },
    },
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
      name: 'the legal name without an alias for the brand',
      manifest: {
        advertiser: 'SAS Boutique Léa Distribution',
        message: 'Boutique Léa : -30% ! STOP au 36173',
      },
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'aliases that do not appear either',
      manifest: { advertiser: 'SAS Boutique Léa Distribution', message: 'Chez Léa : -30% ! STOP au 36173' },
      options: { aliases: ['Boutique Léa', 'BLD'] },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a political message that does not name the party',
      manifest: {
        purpose: 'political',
        advertiser: 'Parti des Jardins',
        message: 'Dimanche, votez pour le changement ! STOP au 36173',
      },
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'a charity message that does not name the charity (the audit case)',
      manifest: {
        purpose: 'non-commercial',
        advertiser: 'Les Restos du Cœur',
        message: 'Collecte samedi dans votre magasin, merci ! STOP au 36173',
      },
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
