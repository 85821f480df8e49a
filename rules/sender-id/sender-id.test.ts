import { testRule } from '../../test/helpers/rule-tester';

testRule('sender-id', {
  valid: [
    { name: '11 letters and digits', manifest: { sender: 'BOUTIQLEA27' } },
    { name: 'mixed case', manifest: { sender: 'BoutiqLea' } },
    { name: 'a brand that contains a generic word', manifest: { sender: 'LEAINFO' } },
    { name: '36xxx short code for marketing', manifest: { sender: '36173' } },
    {
      name: '38xxx short code for a transactional campaign',
      manifest: { sender: '38123', purpose: 'transactional', message: 'Votre code : 1234' },
    },
    { name: 'a phone-number sender is left to sender-caller-id', manifest: { sender: '+33 1 62 12 34 56' } },
    {
      name: 'VMS campaigns have no SMS sender ID',
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        message: 'Boutique Léa. Pour ne plus être contacté, tapez 1.',
      },
    },
    // The sender names the advertiser (or an alias): a word, a prefix, initials.
    {
      name: 'a word of the advertiser: LIBPORT for Librairie du Port',
      manifest: {
        sender: 'LIBPORT',
        advertiser: 'Librairie du Port',
        message: 'Librairie du Port : -10% ! STOP au 36173',
      },
    },
    { name: 'a shared prefix: BOUTIQLEA', manifest: { sender: 'BOUTIQLEA' } },
    {
      name: 'initials: EDF for Électricité de France',
      manifest: {
        sender: 'EDF',
        advertiser: 'Électricité de France',
        message: 'Électricité de France : offre ! STOP au 36173',
      },
    },
    {
      name: 'initials and more: EDFPRO',
      manifest: {
        sender: 'EDFPRO',
        advertiser: 'Électricité de France',
        message: 'Électricité de France : offre ! STOP au 36173',
      },
    },
    {
      name: 'a candidate: DURAND2027 for Marie Durand',
      manifest: {
        sender: 'DURAND2027',
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Marie Durand : réunion jeudi. STOP au 36173',
      },
    },
    {
      name: 'an alias names the sender',
      manifest: { sender: 'BLDSHOP' },
      options: { aliases: ['BLD Shop'] },
    },
  ],
  invalid: [
    {
      name: 'another brand: AMELI for Boutique Léa (af2m protected sender IDs)',
      manifest: { sender: 'AMELI' },
      errors: [{ messageId: 'otherBrand', severity: 'warning' }],
    },
    {
      name: 'near miss: a small word is no brand ("les" of Les Restos du Cœur in AMELIES)',
      manifest: {
        sender: 'AMELIES',
        purpose: 'non-commercial',
        advertiser: 'Les Restos du Cœur',
        message: 'Les Restos du Cœur : collecte samedi. STOP au 36173',
      },
      errors: [{ messageId: 'otherBrand' }],
    },
    {
      name: 'aliases that do not match either',
      manifest: { sender: 'BANQUEXYZ' },
      options: { aliases: ['BLD'] },
      errors: [{ messageId: 'otherBrand' }],
    },
    {
      name: 'more than 11 characters',
      manifest: { sender: 'BOUTIQUELEA27' },
      errors: [{ messageId: 'tooLong' }],
    },
    {
      name: 'a space and punctuation',
      manifest: { sender: 'Léa Shop!' },
      errors: [{ messageId: 'badCharacters' }],
    },
    {
      name: 'under 3 characters is a warning',
      manifest: { sender: 'BL' },
      errors: [{ messageId: 'tooShort', severity: 'warning' }],
    },
    {
      name: 'short code outside 36xxx/38xxx',
      manifest: { sender: '31234' },
      errors: [{ messageId: 'shortCodeRange' }],
    },
    { name: '4-digit number', manifest: { sender: '3617' }, errors: [{ messageId: 'shortCodeRange' }] },
    {
      name: '38xxx on a marketing campaign is a warning',
      manifest: { sender: '38123' },
      errors: [{ messageId: 'transactionalCode', severity: 'warning' }],
    },
    ...['INFO', 'sms', 'Alerte', 'RDV', 'PROMO', 'NOTIF'].map((sender) => ({
      name: `generic sender "${sender}" is a warning`,
      manifest: { sender },
      errors: [{ messageId: 'generic' as const, severity: 'warning' as const }],
    })),
    {
      name: 'the manifest line of the sender is reported',
      manifest: { sender: 'A B' },
      errors: [{ messageId: 'badCharacters', line: 5 }],
    },
  ],
});
