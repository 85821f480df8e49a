import { cellValue, defineRule, readCell } from '../../src/rule-kit';

/** L223-1 C. conso as amended by loi 2025-594 art. 13: the professional proves the consent, from this date. */
const PROOF_FROM = '2026-08-11';
const L223_1 = {
  en: 'since 11/08/2026 the professional must prove the consent to telephone canvassing (C. conso L223-1 as amended by loi 2025-594 art. 13)',
  fr: 'depuis le 11/08/2026, le professionnel doit prouver le consentement au démarchage téléphonique (L223-1 C. conso modifié par la loi 2025-594 art. 13)',
};

export default defineRule({
  meta: {
    id: 'recipient-consent-proof',
    description: {
      en: 'Require a dated consent for voicemail drops to consumers from 11/08/2026, when the professional must prove it (C. conso L223-1)',
      fr: 'Exige un consentement daté pour les dépôts vocaux aux consommateurs à partir du 11/08/2026, quand le professionnel doit le prouver (L223-1 C. conso)',
    },
    defaultSeverity: 'warning',
    channels: ['vms'],
    purposes: ['marketing'],
    messages: {
      noDate: {
        en: 'Consent "{{value}}" with no date: {{basis}}; keep the date and the source of each consent (a consent_date column, or a date in the consent cell)',
        fr: 'Consentement « {{value}} » sans date : {{basis}} ; conservez la date et la source de chaque consentement (une colonne consent_date, ou une date dans la cellule de consentement)',
      },
      badDate: {
        en: 'Consent date "{{value}}" is not a date ({{column}}): {{basis}}; write it as 2026-03-14 or 14/03/2026',
        fr: 'La date de consentement « {{value}} » n’est pas une date ({{column}}) : {{basis}} ; écrivez-la 2026-03-14 ou 14/03/2026',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    if (campaign.audience === 'professionals') return {}; // L223-1 protects consumers
    const consentColumn = campaign.columns.consent;
    return {
      recipient(r) {
        if (!r.consent || r.consentDate !== null || r.sendTime.date < PROOF_FROM) return;
        // The ongoing-contract exception needs no consent, so no proof of one (recipient-consent judges it).
        if (r.contract && campaign.analogousOffer) return;
        const dateColumn = campaign.columns.consent_date;
        if (dateColumn !== undefined && r.consentDateRaw.trim() !== '')
          return context.report({
            messageId: 'badDate',
            data: { value: cellValue(r.consentDateRaw.slice(0, 30)), column: dateColumn, basis: L223_1 },
            location: { kind: 'recipient', recipient: r, column: dateColumn },
          });
        const value = consentColumn === undefined ? '' : (r.get(consentColumn) ?? '');
        context.report({
          messageId: 'noDate',
          // A yes word says nothing about the person: shown as written; anything else is masked.
          data: {
            value: readCell('consent', value).kind === 'yes' ? value.trim() : cellValue(value.slice(0, 30)),
            basis: L223_1,
          },
          location: { kind: 'recipient', recipient: r, column: consentColumn },
        });
      },
    };
  },
});
