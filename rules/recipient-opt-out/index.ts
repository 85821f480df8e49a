import {
  dateSerial,
  defineRule,
  formulaError,
  namedValue,
  namesOtherChannel,
  plural,
  readCell,
  type Recipient,
} from '../../src/rule-kit';

/** "3 lines of this list are not phone numbers (first: line 2)", agreeing in number in both languages. */
const unreadableText = (n: number, line: number) =>
  plural(n, {
    en: {
      one: `Line ${line} of this list is not a phone number`,
      other: `{{n}} lines of this list are not phone numbers (first: line ${line})`,
    },
    fr: {
      one: `La ligne ${line} de cette liste n’est pas un numéro de téléphone`,
      other: `{{n}} lignes de cette liste ne sont pas des numéros de téléphone (première : ligne ${line})`,
    },
  });

const BASIS = {
  en: 'L34-5 CPCE since 22/06/2004, GDPR art. 21 since 25/05/2018',
  fr: 'L34-5 CPCE depuis le 22/06/2004, RGPD art. 21 depuis le 25/05/2018',
};

export default defineRule({
  meta: {
    id: 'recipient-opt-out',
    description: {
      en: "Disallow recipients who opted out: listed in the campaign's opt-out lists or marked in the opt_out column",
      fr: "Interdit les destinataires qui se sont opposés : inscrits sur les listes d'opposition de la campagne ou marqués dans la colonne opt_out",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'non-commercial', 'political'],
    messages: {
      optedOut: {
        en: 'This person opted out ({{file}}, line {{line}}): they must not be contacted again ({{basis}})',
        fr: "Cette personne s'est opposée ({{file}}, ligne {{line}}) : elle ne doit plus être sollicitée ({{basis}})",
      },
      unreadableLines: {
        en: '{{lines}}: a person listed there would still be contacted ({{basis}})',
        fr: '{{lines}} : une personne inscrite là serait quand même sollicitée ({{basis}})',
      },
      optedOutColumn: {
        en: 'This person opted out ({{column}} = "{{value}}"): they must not be contacted again ({{basis}})',
        fr: "Cette personne s'est opposée ({{column}} = « {{value}} ») : elle ne doit plus être sollicitée ({{basis}})",
      },
      notUnderstood: {
        en: 'Opt-out not understood: {{column}} = "{{value}}" is neither a yes/no word nor an opt-out date; the person may have opted out, so they must not be contacted until the file says it plainly ({{basis}})',
        fr: "Opposition non comprise : {{column}} = « {{value}} » n'est ni un mot oui/non ni une date d'opposition ; la personne s'est peut-être opposée, elle ne doit donc pas être sollicitée tant que le fichier ne le dit pas clairement ({{basis}})",
      },
      formulaError: {
        en: 'Opt-out unknown: {{column}} = "{{value}}" is a spreadsheet formula error, the value behind it is lost; the person may have opted out ({{basis}})',
        fr: "Opposition inconnue : {{column}} = « {{value}} » est une erreur de formule du tableur, la valeur qu'elle remplaçait est perdue ; la personne s'est peut-être opposée ({{basis}})",
      },
      dateSerial: {
        en: 'Opt-out not understood: {{column}} = "{{value}}" looks like a spreadsheet date serial (it would be {{date}}): the column was saved as numbers, so the date is not read; the person may have opted out. Format the column as a date (Excel: Format Cells > Date) and export it again ({{basis}})',
        fr: "Opposition non comprise : {{column}} = « {{value}} » ressemble à un numéro de série de date du tableur (ce serait le {{date}}) : la colonne a été enregistrée comme des nombres, la date n'est donc pas lue ; la personne s'est peut-être opposée. Mettez la colonne au format Date (Excel : Format de cellule > Date) et exportez-la de nouveau ({{basis}})",
      },
      dateAfterSend: {
        en: 'Opt-out dated after the send date ({{column}} = "{{value}}"): the date cannot be right, and the person may have opted out ({{basis}})',
        fr: "Opposition datée après la date d'envoi ({{column}} = « {{value}} ») : cette date ne peut pas être juste, et la personne s'est peut-être opposée ({{basis}})",
      },
      unusedColumn: {
        en: 'The column "{{header}}" looks like an opt-out column but is not read: a person marked there would still be contacted. Have it read with recipients.columns.opt_out: "{{header}}" ({{basis}})',
        fr: 'La colonne « {{header}} » ressemble à une colonne d\'opposition mais n\'est pas lue : une personne marquée là serait quand même sollicitée. Faites-la lire avec recipients.columns.opt_out: "{{header}}" ({{basis}})',
      },
    },
  },
  create(context) {
    const { optOut, columns, reading } = context.campaign;
    const column = columns.opt_out;
    /** The row's opt_out cell, named in the message (a word as written, anything else masked). */
    const report = (
      r: Recipient,
      messageId: 'optedOutColumn' | 'notUnderstood' | 'formulaError' | 'dateSerial' | 'dateAfterSend',
      value: string,
    ) =>
      context.report({
        messageId,
        data: { column, value: namedValue(value), basis: BASIS, date: dateSerial(value) ?? '' },
        location: { kind: 'recipient', recipient: r, column },
      });
    return {
      campaign() {
        // A warning: the list is read as given, but an unreadable line may be a mistyped opt-out.
        for (const list of optOut.unreadable)
          context.report({
            messageId: 'unreadableLines',
            severity: 'warning',
            data: { lines: unreadableText(list.count, list.line), basis: BASIS },
            location: { kind: 'file', file: list.file, line: list.line },
          });
        // A header that looks like an opt-out column and is not read: whoever it marks would be
        // contacted. Another channel's list (EMAIL_BLACKLISTED) is only named in the reading.
        for (const header of reading.unusedOptOut)
          if (!namesOtherChannel(header))
            context.report({
              messageId: 'unusedColumn',
              severity: 'warning',
              data: { header, basis: BASIS },
              location: { kind: 'file', file: reading.file, line: reading.headerLine, column: header },
            });
      },
      recipient(r) {
        if (r.optedOut) return report(r, 'optedOutColumn', r.get(column) ?? '');
        if (r.notUnderstood.includes('opt_out')) {
          const value = r.get(column) ?? '';
          return report(
            r,
            formulaError(value)
              ? 'formulaError'
              : dateSerial(value)
                ? 'dateSerial'
                : readCell('opt_out', value).kind === 'date'
                  ? 'dateAfterSend'
                  : 'notUnderstood',
            value,
          );
        }
        if (optOut.size === 0 || !r.phone) return;
        const entry = optOut.find(r.phone.e164);
        if (entry)
          context.report({
            messageId: 'optedOut',
            data: { file: entry.file, line: entry.line, basis: BASIS },
            location: r,
          });
      },
    };
  },
});
