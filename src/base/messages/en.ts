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

  // A list cut short (characters named in a diagnostic, in the HTML page).
  'list.more': '{{shown}}… (and {{count}} more)',

  // Outputs (cli/write.ts): no output is an input or another output of the run.
  'output.sameAsOther': 'refusing to write there: {{other}} is written by this run too, and is the same file',
  'output.sameAsOtherHint': 'Give each output its own file.',

  // --fix (cli/fix.ts): what it never rewrites.
  'fix.never': 'it is {{what}}, which --fix never rewrites',
  'fix.gitFile': 'a file of .git/',
  'fix.configFile': 'the config file',
  'fix.plugin': 'a plugin',
  'fix.alsoInput': 'also {{file}}',
  'fix.notText': '--fix rewrites message files that are text files (.txt, .md), not {{extension}} files',
  'fix.otherCampaign': 'it is also used by {{campaign}}, which the fix would change too',
  'fix.notSafe': 'the edited file would not read back as exactly the fixed message, so it is left as it was',

  // Confinement (inputs/manifest.ts): a repository's own files are never campaign files.
  'confine.intoGit': '{{field}} leads into .git/ ({{path}}): it is not read',
  'confine.intoGitHint':
    "A repository's own files (its config holds credentials) are never campaign files: name a file of the campaign.",

  // Paths given on the command line (read/glob.ts, read/walk.ts).
  'glob.invalid': 'not a valid glob pattern ({{reason}})',
  'glob.invalidHint':
    'Check the brackets and braces of the pattern (a range is written low to high: [a-z]), or quote it.',
  'walk.unreadableHint': 'Give the folder read permission, or leave it out of the paths given.',

  // The history of earlier sends (recipients/send-history.ts).
  'history.noColumn': 'no "{{column}}" column in the history file',
  'history.noColumnHint':
    'The history file needs the columns phone and sent_at (optional: channel, advertiser). {{header}}',
  'history.notPhone': 'the phone cell "{{cell}}" is not a phone number',
  'history.notPhoneHint': 'Check that the "phone" column holds the numbers (columns may be swapped).',
  'history.notDate': 'sent_at "{{cell}}" is not a date and time',
  'history.notDateHint': 'Write it as 2027-01-13T10:00, 2027-01-13 10:00 or 13/01/2027 10:00.',
  'history.badChannel': 'channel "{{cell}}" must be sms, vms or voice',

  // The HTML page (report/html.ts).
  'html.andMore': 'and {{count}} more',
  'html.messageCut': '… and {{count}} more characters not shown (no SMS or voicemail is that long)',
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
