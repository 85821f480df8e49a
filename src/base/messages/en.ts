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

  // The command line's help and first run (install).
  'cli.usage': '[options] [paths...]\n       campaign-lint <command> [options]',
  'cli.lintOptions': 'Lint options (campaign-lint [lint] [options] [paths...]):',
  'cli.langArgument': 'lang',
  'cli.progressOption':
    'show the progress line (rows, percentage, time left) even when stderr is not a terminal or CI is set',
  'cli.noProgressOption': 'never show the progress line',
  'cli.progress': '{{rows}} rows ({{percent}}) · {{rate}} rows/s · {{left}} left',
  'cli.next': 'Next: npx campaign-lint campaigns (lints the example: no problem to report)',
  // An id that is no rule (config, --rule, explain).
  'rules.didYouMean': 'Did you mean {{names}}?',
  'rules.listThem': 'Run "campaign-lint rules" to list them.',
  'rules.ruleExample': 'For example: --rule {{id}}:off',

  // Ignore file and result cache (install).
  'ignore.unreadableHint':
    'The .campaignlintignore file lists what not to lint, one pattern a line as in a .gitignore, in UTF-8; fix it or remove it.',
  'ignore.allIgnored':
    'no campaign checked, all ignored by .campaignlintignore or the config\'s "ignores": {{paths}}',
  'ignore.allIgnoredHint': 'Run with --no-ignore to lint them anyway.',
  'ignore.option': 'lint what .campaignlintignore and the config\'s "ignores" leave out',
  'cache.option':
    'skip campaigns whose manifest, recipients, lists, history, config, rules and campaign-lint version are unchanged since the last --cache run (same report)',
  'cache.locationOption': 'the cache file, or a folder for it (default: .campaignlintcache)',
  'cache.hits': {
    one: '{{n}} campaign taken from the cache ({{file}})',
    other: '{{n}} campaigns taken from the cache ({{file}})',
  },
  'cache.outside': 'the cache file {{file}} is outside the project',
  'cache.outsideHint': 'Give --cache-location a path inside the current folder or its git repository.',
  'cache.notWritten':
    'the cache was not written to {{file}} ({{reason}}); the next run lints every campaign again',
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
