import { cellValue, defineRule, type Recipient } from '../../src/rule-kit';

interface Options {
  maxYears: number;
}

/** The same calendar day `years` earlier (29 February falls back to 28). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - years}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export default defineRule<Options>({
  meta: {
    id: 'recipient-consent-age',
    description: {
      en: 'Limit the age of consent to 3 years at the send date (CNIL)',
      fr: "Limite l'ancienneté du consentement à 3 ans à la date d'envoi (CNIL)",
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      tooOld: {
        en: 'Consent dated {{date}} is more than {{years}} years old on the send date ({{sendDate}}): prospect data is kept 3 years after the last contact',
        fr: "Consentement du {{date}}, plus de {{years}} ans avant l'envoi ({{sendDate}}) : les données de prospects se conservent 3 ans après le dernier contact",
      },
      future: {
        en: 'Consent dated {{date}} is after the send date ({{sendDate}}): the date is wrong',
        fr: "Consentement daté du {{date}}, après l'envoi ({{sendDate}}) : la date est fausse",
      },
      unreadable: {
        en: 'consent_date "{{value}}" is not a date (write 2025-03-14 or 14/03/2025)',
        fr: "consent_date « {{value}} » n'est pas une date (écrivez 2025-03-14 ou 14/03/2025)",
      },
    },
    schema: {
      type: 'object',
      properties: { maxYears: { type: 'integer', minimum: 1, maximum: 20 } },
      additionalProperties: false,
    },
    defaultOptions: { maxYears: 3 },
  },
  create(context) {
    const { campaign, options } = context;
    const column = campaign.columns.consent_date;
    // One threshold per local send date, not one computation per row.
    const thresholds = new Map<string, string>();
    const threshold = (sendDate: string) => {
      let t = thresholds.get(sendDate);
      if (t === undefined) thresholds.set(sendDate, (t = yearsBefore(sendDate, options.maxYears)));
      return t;
    };
    const at = (recipient: Recipient) => ({ kind: 'recipient', recipient, column }) as const; // built only to report
    return {
      recipient(r) {
        if (r.consentDate === null) {
          // Empty is recipient-consent's business; a cell that is not a date is ours (raw cells are read only then).
          if (r.consentDateRaw !== '')
            context.report({
              messageId: 'unreadable',
              data: { value: cellValue(r.consentDateRaw.slice(0, 30)) },
              location: at(r),
            });
          return;
        }
        const sendDate = r.sendTime.date;
        if (r.consentDate > sendDate)
          return context.report({
            messageId: 'future',
            data: { date: r.consentDate, sendDate },
            location: at(r),
          });
        if (r.consentDate < threshold(sendDate))
          context.report({
            messageId: 'tooOld',
            data: { date: r.consentDate, sendDate, years: options.maxYears },
            location: at(r),
          });
      },
    };
  },
});
