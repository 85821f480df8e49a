import { aliasesClause, ALIASES_SCHEMA, cappedList, defineRule, senderNamesBrand } from '../../src/rule-kit';

interface Options {
  aliases: string[];
}

/**
 * Generic words that name no brand: operators refuse or overwrite such senders since 10 March 2025
 * (af2m Business Messaging charter, operators' contracts; smsmode and efidem notices cite "alert",
 * "rdv", "payment", "bank", "parcel").
 */
/** Characters a diagnostic names; the rest are counted. */
const CHARACTERS_LISTED = 12;

const GENERIC_SENDERS = new Set([
  'INFO',
  'INFOS',
  'SMS',
  'ALERT',
  'ALERTE',
  'ALERTES',
  'SERVICE',
  'SERVICES',
  'RDV',
  'NEWS',
  'PROMO',
  'PROMOS',
  'MESSAGE',
  'MESSAGES',
  'NOTIF',
  'NOTIFICATION',
  'PAYMENT',
  'PAIEMENT',
  'BANK',
  'BANQUE',
  'PARCEL',
  'COLIS',
  'LIVRAISON',
  'DELIVERY',
  'CONTACT',
  'OFFRE',
  'OFFRES',
  'VERIFY',
  'CODE',
  'SUPPORT',
  'RAPPEL',
]);

export default defineRule<Options>({
  meta: {
    id: 'sender-id',
    description: {
      en: 'Require a valid SMS sender: an 11-character alphanumeric ID or a 36xxx/38xxx short code',
      fr: 'Exige un émetteur SMS valide : un identifiant alphanumérique de 11 caractères ou un code court 36xxx/38xxx',
    },
    defaultSeverity: 'error',
    channels: ['sms'],
    messages: {
      tooLong: {
        en: 'Sender "{{sender}}" has {{length}} characters: an alphanumeric sender has at most 11 (af2m OADC rules, enforced by operators\' contracts; sender refused)',
        fr: "L'émetteur « {{sender}} » a {{length}} caractères : un émetteur alphanumérique en a 11 au plus (règles OADC af2m, appliquées par contrat par les opérateurs ; émetteur refusé)",
      },
      badCharacters: {
        en: 'Sender "{{sender}}" contains {{characters}}: only letters A–Z and digits are allowed (no spaces, accents or punctuation; af2m OADC rules, enforced by operators since 10/03/2025)',
        fr: "L'émetteur « {{sender}} » contient {{characters}} : seuls les lettres A–Z et les chiffres sont admis (ni espace, ni accent, ni ponctuation ; règles OADC af2m, appliquées par les opérateurs depuis le 10/03/2025)",
      },
      tooShort: {
        en: 'Sender "{{sender}}" is shorter than 3 characters: several platforms refuse it (platform practice, no af2m rule)',
        fr: "L'émetteur « {{sender}} » fait moins de 3 caractères : plusieurs plateformes le refusent (pratique des plateformes, pas de règle af2m)",
      },
      shortCodeRange: {
        en: 'Short code {{sender}}: business SMS short codes are 36xxx (marketing) or 38xxx (transactional) (af2m short-code plan)',
        fr: 'Code court {{sender}} : les codes courts SMS professionnels sont en 36xxx (promotionnel) ou 38xxx (transactionnel) (plan des codes courts af2m)',
      },
      generic: {
        en: 'Sender "{{sender}}" is a generic word that names no brand: operators refuse or overwrite such senders since 10/03/2025 (af2m charter, operators\' contracts), and recipients cannot tell who writes',
        fr: "L'émetteur « {{sender}} » est un mot générique qui ne nomme aucune marque : les opérateurs refusent ou remplacent ces émetteurs depuis le 10/03/2025 (charte af2m, contrats des opérateurs), et le destinataire ne sait pas qui écrit",
      },
      otherBrand: {
        en: 'Sender "{{sender}}" does not name the advertiser "{{advertiser}}"{{aliases}}: operators register sender IDs per brand and block protected ones (af2m "OADC sensibles"), and the advertiser\'s identity may not be hidden (L34-5 CPCE, since 22/06/2004); put the brand in the sender, or list the names it stands for in aliases',
        fr: "L'émetteur « {{sender}} » ne nomme pas l'annonceur « {{advertiser}} »{{aliases}} : les opérateurs enregistrent les émetteurs par marque et bloquent ceux qui sont protégés (« OADC sensibles » de l'af2m), et l'identité de l'annonceur ne peut être dissimulée (L34-5 CPCE, depuis le 22/06/2004) ; mettez la marque dans l'émetteur, ou listez les noms qu'il représente dans aliases",
      },
      transactionalCode: {
        en: 'Short code {{sender}} is in the 38xxx range for transactional messages: marketing uses 36xxx (af2m practice; platforms may refuse it)',
        fr: 'Le code court {{sender}} est dans la tranche 38xxx des messages transactionnels : la prospection utilise 36xxx (pratique af2m ; des plateformes peuvent le refuser)',
      },
    },
    schema: ALIASES_SCHEMA,
    defaultOptions: { aliases: [] },
  },
  create(context) {
    const { campaign, options } = context;
    const sender = campaign.sender.trim();
    const location = { kind: 'manifest', field: 'sender' } as const;
    return {
      campaign() {
        if (/^[+\d\s.()-]+$/.test(sender)) {
          const digits = sender.replace(/\D/g, '');
          if (digits.length >= 6) return; // a phone number: sender-caller-id judges it
          if (digits.length !== 5 || !/^3[68]/.test(digits))
            return context.report({ messageId: 'shortCodeRange', data: { sender }, location });
          if (digits.startsWith('38') && campaign.purpose === 'marketing')
            context.report({
              messageId: 'transactionalCode',
              data: { sender },
              location,
              severity: 'warning',
            });
          return;
        }
        const bad = [...new Set(sender.replace(/[A-Za-z0-9]/g, ''))];
        if (bad.length > 0) {
          const characters = cappedList(
            bad.map((c) => (c === ' ' ? '" " (space)' : `"${c}"`)),
            CHARACTERS_LISTED,
          );
          context.report({ messageId: 'badCharacters', data: { sender, characters }, location });
        }
        if (sender.length > 11)
          context.report({ messageId: 'tooLong', data: { sender, length: sender.length }, location });
        else if (sender.length < 3)
          context.report({ messageId: 'tooShort', data: { sender }, location, severity: 'warning' });
        if (GENERIC_SENDERS.has(sender.toUpperCase()))
          context.report({ messageId: 'generic', data: { sender }, location, severity: 'warning' });
        else if (bad.length === 0 && !senderNamesBrand(sender, [campaign.advertiser, ...options.aliases]))
          context.report({
            messageId: 'otherBrand',
            data: {
              sender,
              advertiser: campaign.advertiser,
              aliases: aliasesClause(options.aliases),
            },
            location,
            severity: 'warning',
          });
      },
    };
  },
});
