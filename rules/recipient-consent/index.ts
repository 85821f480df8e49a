import { cellValue, defineRule } from '../../src/rule-kit';

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
      noConsent: {
        en: 'No recorded consent (consent = "{{value}}"): marketing by SMS/VMS needs prior consent',
        fr: 'Pas de consentement enregistré (consent = « {{value}} ») : la prospection par SMS/VMS exige un consentement préalable',
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
        if (!hasColumn) return context.report({ messageId: 'noConsentColumn', location: r });
        context.report({
          messageId: 'noConsent',
          data: { value: cellValue((r.get(campaign.columns.consent) ?? '').slice(0, 30)) },
          location: { kind: 'recipient', recipient: r, column: campaign.columns.consent },
        });
      },
    };
  },
});
