import { dateSerial, defineRule, formulaError, namedValue, type Recipient } from '../../src/rule-kit';

/**
 * L223-1 C. conso as amended by loi 2025-594 art. 13 (III: in force 11 August 2026): telephone
 * canvassing needs prior consent, except a solicitation within an ongoing contract related to its object.
 */
const VMS_OPT_IN_FROM = '2026-08-11';

const L34_5 = {
  en: 'L34-5 CPCE, LCEN, since 22/06/2004',
  fr: 'L34-5 CPCE, LCEN, depuis le 22/06/2004',
};
const CNIL_POLITICAL = {
  en: 'CNIL recommendation 2012-020 of 26/01/2012 on political communication',
  fr: 'recommandation CNIL 2012-020 du 26/01/2012 sur la communication politique',
};
const L223_1 = {
  en: 'L223-1 C. conso as amended by loi 2025-594 art. 13, since 11/08/2026',
  fr: 'L223-1 C. conso modifié par la loi 2025-594 art. 13, depuis le 11/08/2026',
};

/** The exceptions a customer or contract cell opens, as the warning names them. */
const EXCEPTIONS = {
  customer: { en: 'customer exception (soft opt-in)', fr: 'exception client (soft opt-in)' },
  contract: { en: 'ongoing-contract exception', fr: 'exception du contrat en cours' },
};

export default defineRule({
  meta: {
    id: 'recipient-consent',
    description: {
      en: 'Require prior consent for every marketing or political recipient (L34-5 CPCE, L223-1 C. conso, CNIL)',
      fr: 'Exige le consentement préalable de chaque destinataire de prospection ou de communication politique (L34-5 CPCE, L223-1 C. conso, CNIL)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political'],
    messages: {
      noConsentColumn: {
        en: 'No consent recorded: the recipients file has no "consent" column, and {{what}} by SMS/VMS needs prior consent ({{basis}})',
        fr: "Aucun consentement : le fichier n'a pas de colonne « consent », or {{what}} par SMS/VMS exige un consentement préalable ({{basis}})",
      },
      noConsentDate: {
        en: "No consent recorded: the file has no consent column and this row's consent date ({{column}}) is empty or not a date, and {{what}} by SMS/VMS needs prior consent ({{basis}})",
        fr: 'Aucun consentement : le fichier n’a pas de colonne de consentement et la date de consentement de cette ligne ({{column}}) est vide ou n’est pas une date, or {{what}} par SMS/VMS exige un consentement préalable ({{basis}})',
      },
      noConsent: {
        en: 'No recorded consent ({{column}} = "{{value}}"): {{what}} by SMS/VMS needs prior consent ({{basis}})',
        fr: 'Pas de consentement enregistré ({{column}} = « {{value}} ») : {{what}} par SMS/VMS exige un consentement préalable ({{basis}})',
      },
      notUnderstood: {
        en: 'Consent not understood: {{column}} = "{{value}}" is neither a yes/no word nor a date, so consent cannot be assumed ({{basis}})',
        fr: 'Consentement non compris : {{column}} = « {{value}} » n’est ni un mot oui/non ni une date, le consentement ne peut donc pas être supposé ({{basis}})',
      },
      formulaError: {
        en: 'Consent unknown: {{column}} = "{{value}}" is a spreadsheet formula error, the value behind it is lost, so consent cannot be assumed ({{basis}})',
        fr: "Consentement inconnu : {{column}} = « {{value}} » est une erreur de formule du tableur, la valeur qu'elle remplaçait est perdue, le consentement ne peut donc pas être supposé ({{basis}})",
      },
      dateSerial: {
        en: 'Consent not understood: {{column}} = "{{value}}" looks like a spreadsheet date serial (it would be {{date}}): the column was saved as numbers, so the date is not read and consent cannot be assumed. Format the column as a date (Excel: Format Cells > Date) and export it again ({{basis}})',
        fr: "Consentement non compris : {{column}} = « {{value}} » ressemble à un numéro de série de date du tableur (ce serait le {{date}}) : la colonne a été enregistrée comme des nombres, la date n'est donc pas lue et le consentement ne peut pas être supposé. Mettez la colonne au format Date (Excel : Format de cellule > Date) et exportez-la de nouveau ({{basis}})",
      },
      consentColumnGuessed: {
        en: 'No header is a consent column, so "{{header}}" is read as consent: it is the only header that looks like one. Check that it records consent to these messages, and say so in the manifest: recipients.columns.consent: "{{header}}"',
        fr: "Aucun en-tête n'est une colonne de consentement, donc « {{header}} » est lu comme le consentement : c'est le seul en-tête qui y ressemble. Vérifiez qu'il enregistre bien le consentement à ces messages, et indiquez-le dans le manifeste : recipients.columns.consent: \"{{header}}\"",
      },
      exceptionNotUnderstood: {
        en: '{{column}} = "{{value}}" is not understood as yes or no: the {{exception}} it could open stays closed',
        fr: "{{column}} = « {{value}} » n'est compris ni comme oui ni comme non : l'{{exception}} qu'elle pourrait ouvrir reste fermée",
      },
      customerNotAnalogous: {
        en: 'Customer without consent: the soft opt-in of L34-5 CPCE (since 22/06/2004) needs an analogous offer (set analogous_offer: true only if it is)',
        fr: "Client sans consentement : l'exception client du L34-5 CPCE (depuis le 22/06/2004) exige une offre analogue (analogous_offer: true seulement si c'est le cas)",
      },
      vmsCustomer: {
        en: 'Customer without consent: a voicemail drop needs consent unless it is about an ongoing contract (contract column yes and analogous_offer: true) ({{basis}})',
        fr: "Client sans consentement : un dépôt vocal exige un consentement, sauf s'il porte sur un contrat en cours (colonne contract à oui et analogous_offer: true) ({{basis}})",
      },
      contractNotRelated: {
        en: 'Ongoing contract without consent: the exception covers only offers related to the object of the contract; set analogous_offer: true only if it is ({{basis}})',
        fr: "Contrat en cours sans consentement : l'exception ne couvre que les offres liées à l'objet du contrat ; analogous_offer: true seulement si c'est le cas ({{basis}})",
      },
    },
  },
  create(context) {
    const { campaign } = context;
    // B2B: opt-out regime for messages about the person's profession (CNIL); political messages keep opt-in.
    if (campaign.audience === 'professionals' && campaign.purpose === 'marketing') return {};
    const political = campaign.purpose === 'political';
    const what = political
      ? { en: 'political communication', fr: 'la communication politique' }
      : { en: 'marketing', fr: 'la prospection' };
    const hasColumn = campaign.columns.consent !== undefined;
    const customerAt = (r: Recipient, column = campaign.columns.customer) =>
      ({ kind: 'recipient', recipient: r, column }) as const;
    const basis = political ? CNIL_POLITICAL : L34_5;
    const consentAt = (r: Recipient) =>
      ({ kind: 'recipient', recipient: r, column: campaign.columns.consent }) as const;
    /** A customer or contract cell not understood: said (a warning), and the exception stays closed. */
    const unclearException = (r: Recipient, column: 'customer' | 'contract') => {
      const header = campaign.columns[column];
      context.report({
        messageId: 'exceptionNotUnderstood',
        severity: 'warning',
        data: {
          column: header,
          value: namedValue(r.get(header) ?? ''),
          exception: EXCEPTIONS[column],
        },
        location: { kind: 'recipient', recipient: r, column: header },
      });
    };
    return {
      campaign() {
        // The consent column taken by the stated fallback is a guess that decides who receives the
        // message: a warning at the header, not only a line of the reading.
        const { reading } = campaign;
        const guessed = reading.columns.consent;
        if (guessed?.how === 'fallback')
          context.report({
            messageId: 'consentColumnGuessed',
            severity: 'warning',
            data: { header: guessed.header },
            location: { kind: 'file', file: reading.file, line: reading.headerLine, column: guessed.header },
          });
      },
      recipient(r) {
        // A consent value not understood is an error naming it, whatever exception might apply: it
        // could be a refusal.
        if (r.notUnderstood.includes('consent')) {
          const value = r.get(campaign.columns.consent) ?? '';
          return context.report({
            messageId: formulaError(value)
              ? 'formulaError'
              : dateSerial(value)
                ? 'dateSerial'
                : 'notUnderstood',
            data: {
              column: campaign.columns.consent,
              value: namedValue(value),
              what,
              basis,
              date: dateSerial(value) ?? '',
            },
            location: consentAt(r),
          });
        }
        if (r.consent) return;
        if (!political) {
          if (r.notUnderstood.includes('customer')) unclearException(r, 'customer');
          if (r.notUnderstood.includes('contract')) unclearException(r, 'contract');
        }
        if (!political && (r.customer || r.contract)) {
          if (campaign.channel === 'vms' && r.sendTime.date >= VMS_OPT_IN_FROM) {
            const data = { basis: L223_1 };
            if (!r.contract)
              return context.report({ messageId: 'vmsCustomer', data, location: customerAt(r) });
            if (!campaign.analogousOffer)
              return context.report({
                messageId: 'contractNotRelated',
                data,
                location: customerAt(r, campaign.columns.contract),
              });
            return; // a solicitation within an ongoing contract, about its object (L223-1 al. 4)
          }
          if (!campaign.analogousOffer)
            return context.report({ messageId: 'customerNotAnalogous', location: customerAt(r) });
          return; // soft opt-in: a customer, an analogous offer (L34-5 al. 4)
        }
        if (!hasColumn && campaign.columns.consent_date !== undefined)
          return context.report({
            messageId: 'noConsentDate',
            data: { column: campaign.columns.consent_date, what, basis },
            location: { kind: 'recipient', recipient: r, column: campaign.columns.consent_date },
          });
        if (!hasColumn)
          return context.report({ messageId: 'noConsentColumn', data: { what, basis }, location: r });
        const value = r.get(campaign.columns.consent) ?? '';
        context.report({
          messageId: 'noConsent',
          data: { column: campaign.columns.consent, value: namedValue(value), what, basis },
          location: consentAt(r),
        });
      },
    };
  },
});
