import { cellValue, defineRule, memoize, placeholdersOf, type Recipient } from '../../src/rule-kit';

/** The words around the first empty placeholder, as the recipient would read them. */
function excerptAround(text: string, name: string): string {
  const at = placeholdersOf(text).find((p) => p.name === name) as { offset: number };
  const end = text.indexOf('}', at.offset) + (text[text.indexOf('}', at.offset) + 1] === '}' ? 2 : 1);
  const before = text.slice(Math.max(0, at.offset - 30), at.offset).replace(/^\S*\s/, '');
  const after = text.slice(end, end + 20).replace(/\s\S*$/, '');
  return `…${before}${after}…`.replace(/\s+/g, ' ');
}

/** Distinct per-row messages with an unknown placeholder reported one by one; the rest are counted. */
const REPORTED_TEXTS = 1000;

export default defineRule({
  meta: {
    id: 'message-placeholders',
    description: {
      en: 'Require every message placeholder to be a CSV column with a value',
      fr: 'Exige que chaque variable du message soit une colonne du CSV, renseignée',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    messages: {
      unknownColumn: {
        en: 'Placeholder {{placeholder}} has no column "{{name}}" in the recipients file: recipients would receive it as typed',
        fr: "La variable {{placeholder}} n'a pas de colonne « {{name}} » dans le fichier : les destinataires la recevraient telle quelle",
      },
      unknownColumnMore: {
        en: '{{count}} more rows carry their own message with a placeholder that has no column in the recipients file (the first on line {{line}}): not listed one by one',
        fr: '{{count}} lignes de plus portent leur propre message avec une variable sans colonne dans le fichier (la première ligne {{line}}) : non listées une à une',
      },
      empty: {
        en: 'Empty {{names}} for this recipient: the message would read "{{excerpt}}"',
        fr: '{{names}} vide pour ce destinataire : le message se lirait « {{excerpt}} »',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const known = (name: string) => campaign.hasColumn(name);
    // Per distinct message text: the placeholder names that are columns (each row then only reads
    // its cells), and the placeholders that are not.
    const placeholders = memoize((text: string) => {
      const all = placeholdersOf(text);
      return {
        columns: [...new Set(all.map((p) => p.name))].filter(known),
        unknown: all.filter((p) => !known(p.name)),
      };
    });
    const reportUnknown = (text: string, recipient: Recipient | null) => {
      for (const p of placeholders(text).unknown) {
        const data = {
          placeholder: text.slice(p.offset).match(/^\{\{?[^}]*\}?\}/)?.[0] ?? `{${p.name}}`,
          name: p.name,
        };
        context.report({
          messageId: 'unknownColumn',
          data,
          location: recipient
            ? { kind: 'recipient', recipient, column: campaign.columns.message }
            : { kind: 'message', offset: p.offset },
        });
      }
    };
    // Texts already reported: only those with an unknown placeholder (100,000 distinct per-row
    // messages that are right cost nothing here), and at most REPORTED_TEXTS of them: past that, the
    // rows are counted and said once (a million distinct texts were all kept, 783 MB).
    const unknownReported = new Set<string>([campaign.message]);
    const unlisted = { count: 0, line: 0 };
    return {
      campaign() {
        reportUnknown(campaign.message, null);
      },
      recipient(r) {
        const { columns, unknown } = placeholders(r.message);
        if (unknown.length > 0 && !unknownReported.has(r.message)) {
          if (unknownReported.size <= REPORTED_TEXTS) {
            unknownReported.add(r.message);
            reportUnknown(r.message, r);
          } else if (unlisted.count++ === 0) unlisted.line = r.line;
        }
        let empty: string[] | null = null;
        for (const name of columns) if ((r.get(name) ?? '').trim() === '') (empty ??= []).push(name);
        if (empty === null) return;
        const first = empty[0];
        const excerpt = excerptAround(r.message, first);
        context.report({
          messageId: 'empty',
          data: {
            names: empty.map((n) => `{${n}}`).join(', '),
            // A per-row message is the recipient's own data: masked in reports like any cell.
            excerpt: r.message === campaign.message ? excerpt : cellValue(excerpt),
          },
          location: { kind: 'recipient', recipient: r, column: first },
        });
      },
      end() {
        if (unlisted.count === 0) return;
        context.report({
          messageId: 'unknownColumnMore',
          data: { count: unlisted.count, line: unlisted.line },
          location: {
            kind: 'file',
            file: campaign.recipientsFile,
            line: unlisted.line,
            column: campaign.columns.message,
          },
        });
      },
    };
  },
});
