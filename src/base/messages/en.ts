// The English message catalogue: every core user-visible text (the CLI, failures, every report
// format, the HTML page, the help). fr.ts holds the same keys; the compiler checks that no key is
// missing or misspelled there, test/messages.test.ts that both have the same placeholders.
//
// - `{{name}}` placeholders are filled by `say` (base/messages): numbers are formatted for the
//   language (1,200 / 1 200), texts in both languages take the report's one.
// - A counted text is `{ one, other }` with `{{n}}`: Intl.PluralRules picks the form (in French 0
//   and 1 are singular).
// - French entries are written with plain spaces: French typography (no-break spaces before
//   `: ; ! ?` and inside « ») is applied in one place, when the text is said (base/text.ts).
// - Rule messages stay in each rule's `meta.messages` (the rule folder is the unit).

export const en = {
  // Counted nouns of the reports and the CLI.
  'count.campaign': { one: '{{n}} campaign', other: '{{n}} campaigns' },
  'count.recipient': { one: '{{n}} recipient', other: '{{n}} recipients' },
  'count.problem': { one: '{{n}} problem', other: '{{n}} problems' },
  'count.error': { one: '{{n}} error', other: '{{n}} errors' },
  'count.warning': { one: '{{n}} warning', other: '{{n}} warnings' },
  'count.inputFailure': { one: '{{n}} input failure', other: '{{n}} input failures' },
  'count.notLinted': { one: '{{n}} input could not be linted', other: '{{n}} inputs could not be linted' },
  'count.blocked': { one: '{{n}} blocked', other: '{{n}} blocked' },
  'count.ready': { one: '{{n}} ready to send', other: '{{n}} ready to send' },
  'count.ownMessage': {
    one: '{{n}} row carries its own message',
    other: '{{n}} rows carry their own message',
  },
  'count.row': { one: '{{n}} row', other: '{{n}} rows' },
  'count.replaced': { one: '{{n}} character replaced', other: '{{n}} characters replaced' },
} as const satisfies Readonly<Record<string, Entry>>;

/** A counted text: Intl.PluralRules picks `one` or `other` (which also stands for `many`). */
export interface Forms {
  readonly one: string;
  readonly other: string;
}
export type Entry = string | Forms;

export type MessageKey = keyof typeof en;

/** Another language's catalogue: the same keys, a counted text where English counts. */
export type Catalogue = {
  readonly [K in MessageKey]: (typeof en)[K] extends Forms ? Forms : string;
};
