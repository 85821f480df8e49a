import { cellValue, defineRule, plural } from '../../src/rule-kit';

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
      fr: "Interdit les destinataires qui se sont opposés : inscrits sur les listes d'opposition de la campagne ou marqués dans la colonne opt_out",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'non-commercial', 'political'],
    messages: {
      optedOut: {
        en: 'This person opted out ({{file}}, line {{line}}): they must not be contacted again ({{basis}})',
        fr: "Cette personne s'est opposée ({{file}}, ligne {{line}}) : elle ne doit plus être sollicitée ({{basis}})",
      },
      unreadableLines: {
        en: '{{lines}}: a person listed there would still be contacted ({{basis}})',
        fr: '{{lines}} : une personne inscrite là serait quand même sollicitée ({{basis}})',
      },
      optedOutColumn: {
        en: 'This person opted out ({{column}} = "{{value}}"): they must not be contacted again ({{basis}})',
        fr: "Cette personne s'est opposée ({{column}} = « {{value}} ») : elle ne doit plus être sollicitée ({{basis}})",
      },
    },
  },
  create(context) {
    const { optOut, columns } = context.campaign;
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
      },
      recipient(r) {
        if (r.optedOut) {
          const column = columns.opt_out;
          return context.report({
            messageId: 'optedOutColumn',
            data: { column, value: cellValue((r.get(column) ?? '').slice(0, 30)), basis: BASIS },
            location: { kind: 'recipient', recipient: r, column },
          });
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
