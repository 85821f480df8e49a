import { testRule } from '../../test/helpers/rule-tester';

// A voicemail drop to consumers: the caller says who they are at the start (L221-16, by prudence).
const vms = (message: string, extra: Record<string, unknown> = {}) => ({
  manifest: { channel: 'vms', sender: '0162123456', advertiser: 'Assurances Dupont', message, ...extra },
});
const OPT_OUT = 'Pour ne plus recevoir nos messages, appelez le 01 62 12 34 56.';
// 160 characters of offer before anyone is named.
const LONG_OFFER =
  'Vous avez été sélectionné pour notre nouvelle offre habitation à prix réduit, avec une assistance vingt-quatre heures sur vingt-quatre et sans aucun frais de dossier.';

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
    {
      name: 'VMS: named in the first sentence',
      ...vms(`Bonjour, ici Assurances Dupont. ${LONG_OFFER} ${OPT_OUT}`),
    },
    {
      name: 'VMS: "Bonjour !" is a greeting: the long sentence after it is the opening',
      ...vms(`Bonjour ! ${LONG_OFFER.replace(/\.$/, '')}, proposée par Assurances Dupont. ${OPT_OUT}`),
    },
    {
      name: 'VMS: "Bonjour Madame Martin." is a greeting too',
      ...vms(`Bonjour Madame Martin. ${LONG_OFFER.replace(/\.$/, '')}, chez Assurances Dupont. ${OPT_OUT}`),
    },
    {
      name: 'VMS: named within the first 150 characters, after a short first sentence',
      ...vms(`Bonjour ! Nouvelle offre habitation. Un message d'Assurances Dupont. ${LONG_OFFER} ${OPT_OUT}`),
    },
    {
      name: 'VMS: "M. Dupont" does not end the first sentence',
      ...vms(
        `Bonjour, ici M. Martin, conseiller chez votre assureur habituel depuis de longues années, pour le compte d'Assurances Dupont. ${LONG_OFFER} ${OPT_OUT}`,
      ),
    },
    {
      name: 'VMS to professionals: the order is not checked (L221-16 protects consumers)',
      ...vms(`Bonjour ! ${LONG_OFFER} Message d'Assurances Dupont. ${OPT_OUT}`, {
        audience: 'professionals',
      }),
    },
    {
      name: 'SMS: the order is not checked',
      manifest: { message: `${LONG_OFFER} Boutique Léa. STOP au 36173` },
    },
  ],
  invalid: [
    {
      name: 'VMS: named only after a long first sentence (the audit case)',
      ...vms(`Bonjour ! ${LONG_OFFER} Message d'Assurances Dupont. ${OPT_OUT}`),
      errors: [{ messageId: 'notInOpening', severity: 'warning' }],
    },
    {
      name: 'VMS: a one-sentence script without punctuation opens with its first 150 characters',
      ...vms(
        `Bonjour vous avez été sélectionné pour notre nouvelle offre habitation à prix réduit avec une assistance vingt-quatre heures sur vingt-quatre et sans frais de la part d'Assurances Dupont ${OPT_OUT}`,
      ),
      errors: [{ messageId: 'notInOpening' }],
    },
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
