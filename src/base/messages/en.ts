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
  // --fix: a legal mention a rule asks for (the credit mention) written into the message.
  'fix.legalMentionAdded': 'legal mention "{{mention}}" added',
  // The HTML page's timeline: sends outside advisory hours, sends in an electoral silence.
  'html.outsideAdvised': {
    one: '{{n}} outside the recommended hours (warning)',
    other: '{{n}} outside the recommended hours (warning)',
  },
  'html.inSilence': {
    one: '{{n}} during the electoral silence',
    other: '{{n}} during the electoral silence',
  },
  // The manifest's `election` field (campaign-election).
  'election.shape':
    'election must be "none" or a mapping with kind and ballots, e.g.\nelection:\n  kind: presidential\n  ballots: [2027-04-11, 2027-04-25]',
  'election.notMapping': 'election must be "none" or a mapping (got {{got}})',
  'election.unknownField': 'unknown field "election.{{key}}"',
  'election.known': 'Known: {{known}}.',
  'election.missingKind': 'missing field "election.kind"',
  'election.badKind': 'election.kind must be one of {{kinds}} (got {{got}})',
  'election.missingDays': 'missing {{field}}',
  'election.tooManyDays': {
    one: '{{field}} lists {{n}} day: an election has at most a few rounds',
    other: '{{field}} lists {{n}} days: an election has at most a few rounds',
  },
  'election.notADate': '{{field}}: "{{day}}" is not a date (YYYY-MM-DD)',
  'election.notInOrder': '{{field}}: the rounds must be in order ({{previous}} then {{day}})',
  'election.ballotsHint':
    'Give the metropolitan ballot days, first round first: ballots: [2027-04-11, 2027-04-25].',
  'election.territoriesShape':
    'election.territory_ballots must map territories (GP, PF…) to their ballot days',
  'election.unknownTerritory': 'unknown territory "{{code}}" in election.territory_ballots',
  'election.territoryHint': "Give {{code}}'s local ballot day of each round, in the order of ballots.",
  'election.roundCount': {
    one: '{{field}} gives {{n}} day for {{rounds}} in election.ballots',
    other: '{{field}} gives {{n}} days for {{rounds}} in election.ballots',
  },
  'election.rounds': { one: '{{n}} round', other: '{{n}} rounds' },
  'election.tooEarly':
    '{{field}}: {{day}} is not within the {{max}} days up to the metropolitan ballot of the same round ({{ballot}})',
  'election.tooEarlyHint':
    'territory_ballots gives the days a territory votes earlier than metropolitan France.',
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
