import { cellValue, dateSerial, dateText, defineRule, type Recipient } from '../../src/rule-kit';

interface Options {
  maxYears: number;
}

/** The same calendar day `years` earlier (29 February falls back to 28). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - years}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CNIL = {
  en: 'CNIL reference framework on commercial management, a recommendation: a prudent limit, not a binding one',
  fr: 'référentiel CNIL de la gestion commerciale, une recommandation : une limite prudente, non contraignante',
};

export default defineRule<Options>({
  meta: {
    id: 'recipient-consent-age',
    description: {
      en: 'Limit the time since consent or the last contact from the person to 3 years at the send date (CNIL)',
      fr: "Limite à 3 ans, à la date d'envoi, le temps écoulé depuis le consentement ou le dernier contact venu de la personne (CNIL)",
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political'],
    messages: {
      tooOld: {
        en: 'Last sign of life {{date}} ({{column}}) is more than {{years}} years before the send date ({{sendDate}}): prospect data is kept 3 years from collection or the last contact coming from the person ({{basis}})',
        fr: "Dernier signe de vie le {{date}} ({{column}}), plus de {{years}} ans avant l'envoi ({{sendDate}}) : les données de prospects se conservent 3 ans après la collecte ou le dernier contact venu de la personne ({{basis}})",
      },
      future: {
        en: 'The {{column}} date {{date}} is after the send date ({{sendDate}}): the data is wrong',
        fr: "La date {{column}} du {{date}} est postérieure à l'envoi ({{sendDate}}) : la donnée est fausse",
      },
      unreadable: {
        en: 'The {{column}} cell "{{value}}" is not a date (write 2025-03-14 or 14/03/2025)',
        fr: "La cellule {{column}} « {{value}} » n'est pas une date (écrivez 2025-03-14 ou 14/03/2025)",
      },
      dateSerial: {
        en: 'The {{column}} cell "{{value}}" looks like a spreadsheet date serial (it would be {{date}}): the column was saved as numbers, so it is not read as a date. Format the column as a date (Excel: Format Cells > Date) and export it again',
        fr: "La cellule {{column}} « {{value}} » ressemble à un numéro de série de date du tableur (ce serait le {{date}}) : la colonne a été enregistrée comme des nombres, elle n'est donc pas lue comme une date. Mettez la colonne au format Date (Excel : Format de cellule > Date) et exportez-la de nouveau",
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
    const consentColumn = campaign.columns.consent_date ?? 'consent_date';
    const contactColumn = campaign.columns.last_contact ?? 'last_contact';
    const hasContact = campaign.columns.last_contact !== undefined;
    // One threshold per local send date, not one computation per row.
    const thresholds = new Map<string, string>();
    const threshold = (sendDate: string) => {
      let t = thresholds.get(sendDate);
      if (t === undefined) thresholds.set(sendDate, (t = yearsBefore(sendDate, options.maxYears)));
      return t;
    };
    const at = (recipient: Recipient, column: string) => ({ kind: 'recipient', recipient, column }) as const;

    /** A date cell that is usable (read, not after the send date), or null; reports what is wrong with it. */
    const usable = (r: Recipient, date: string | null, raw: string, column: string): string | null => {
      if (date === null) {
        // Empty is recipient-consent's business; a cell that is not a date is ours (raw cells are read only then).
        const serial = dateSerial(raw);
        if (serial)
          context.report({
            messageId: 'dateSerial',
            data: { value: raw.trim(), date: dateText(serial), column },
            location: at(r, column),
          });
        else if (raw !== '')
          context.report({
            messageId: 'unreadable',
            data: { value: cellValue(raw.slice(0, 30)), column },
            location: at(r, column),
          });
        return null;
      }
      if (date > r.sendTime.date) {
        context.report({
          messageId: 'future',
          data: { date: dateText(date), sendDate: dateText(r.sendTime.date), column },
          location: at(r, column),
        });
        return null;
      }
      return date;
    };

    return {
      recipient(r) {
        const consent = usable(
          r,
          r.consentDate,
          r.consentDate === null ? r.consentDateRaw : '',
          consentColumn,
        );
        const contact = hasContact
          ? usable(r, r.lastContact, r.lastContact === null ? r.lastContactRaw : '', contactColumn)
          : null;
        // The later of the two counts: the 3 years run from collection or the last contact from the person.
        const latest =
          consent !== null && contact !== null
            ? consent > contact
              ? consent
              : contact
            : (consent ?? contact);
        if (latest === null) return;
        const sendDate = r.sendTime.date;
        if (latest < threshold(sendDate)) {
          const column = latest === contact ? contactColumn : consentColumn;
          context.report({
            messageId: 'tooOld',
            data: {
              date: dateText(latest),
              sendDate: dateText(sendDate),
              years: options.maxYears,
              column,
              basis: CNIL,
            },
            location: at(r, column),
          });
        }
      },
    };
  },
});
