import { defineRule, maskDigitRuns, parseConsent } from '../../src/rule-kit';

/** Loi 2025-594 art. 13: from this date a voicemail drop (telephone canvassing) needs consent, customers included. */
const VMS_OPT_IN_FROM = '2026-08-11';

export default defineRule({
  meta: {
    id: 'recipient-consent',
    description: {
      en: 'Require prior consent for every marketing recipient (L34-5 CPCE)',
      fr: 'Exige le consentement préalable de chaque destinataire de prospection (L34-5 CPCE)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      noConsentColumn: {
        en: 'No consent recorded: the recipients file has no "consent" column, and marketing by SMS/VMS needs prior consent',
        fr: "Aucun consentement : le fichier n'a pas de colonne « consent », or la prospection par SMS/VMS exige un consentement préalable",
      },
      noConsentDate: {
        en: "No consent recorded: the file has no consent column and this row's consent date ({{column}}) is empty or not a date, and marketing by SMS/VMS needs prior consent",
        fr: 'Aucun consentement : le fichier n’a pas de colonne de consentement et la date de consentement de cette ligne ({{column}}) est vide ou n’est pas une date, or la prospection par SMS/VMS exige un consentement préalable',
      },
      noConsent: {
        en: 'No recorded consent (consent = "{{value}}"): marketing by SMS/VMS needs prior consent',
        fr: 'Pas de consentement enregistré (consent = « {{value}} ») : la prospection par SMS/VMS exige un consentement préalable',
      },
      notUnderstood: {
        en: 'Consent not understood: consent = "{{value}}" is neither a yes/no word nor a date, so consent cannot be assumed',
        fr: 'Consentement non compris : consent = « {{value}} » n’est ni un mot oui/non ni une date, le consentement ne peut donc pas être supposé',
      },
      customerNotAnalogous: {
        en: 'Customer without consent: the soft opt-in needs an analogous offer (set analogous_offer: true only if it is)',
        fr: "Client sans consentement : l'exception client exige une offre analogue (analogous_offer: true seulement si c'est le cas)",
      },
      vmsCustomer: {
        en: 'Customer without consent: since 2026-08-11 (loi 2025-594 art. 13) a voicemail drop needs consent, customers included',
        fr: 'Client sans consentement : depuis le 11/08/2026 (loi 2025-594 art. 13) un dépôt vocal exige un consentement, même pour un client',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const hasColumn = campaign.columns.consent !== undefined;
    return {
      recipient(r) {
        if (r.consent) return;
        if (r.customer) {
          const location = { kind: 'recipient', recipient: r, column: campaign.columns.customer } as const;
          if (campaign.channel === 'vms' && r.sendTime.date >= VMS_OPT_IN_FROM)
            return context.report({ messageId: 'vmsCustomer', location });
          if (!campaign.analogousOffer)
            return context.report({ messageId: 'customerNotAnalogous', location });
          return; // soft opt-in: a customer, an analogous offer (L34-5 al. 4)
        }
        if (!hasColumn && campaign.columns.consent_date !== undefined)
          return context.report({
            messageId: 'noConsentDate',
            data: { column: campaign.columns.consent_date },
            location: { kind: 'recipient', recipient: r, column: campaign.columns.consent_date },
          });
        if (!hasColumn) return context.report({ messageId: 'noConsentColumn', location: r });
        const value = r.get(campaign.columns.consent) ?? '';
        context.report({
          // A value that is neither yes/no nor a date is named as such, never silently taken for "no".
          messageId: parseConsent(value).kind === 'unknown' ? 'notUnderstood' : 'noConsent',
          data: { value: maskDigitRuns(value.slice(0, 30)) },
          location: { kind: 'recipient', recipient: r, column: campaign.columns.consent },
        });
      },
    };
  },
});
