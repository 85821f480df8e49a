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

  // How a campaign's files were read (report/reading.ts), said by every format.
  'reading.heading': 'How the files were read',
  'reading.intro':
    'What the tool read, and the choices it made itself (detected) rather than from the manifest:',
  'reading.file': 'recipients file read: {{choices}}',
  'reading.encoding': '{{value}} ({{from}})',
  'reading.delimiter': 'delimiter "{{value}}" ({{from}})',
  'reading.sheet': 'sheet "{{value}}" ({{from}})',
  'reading.headerLine': 'header on line {{line}}',
  'reading.headerRow': 'header on row {{line}}',
  'reading.columns': 'columns recognised from the header:',
  'reading.column': '{{logical}} ← "{{header}}"',
  'reading.fallback': 'the only header that looks like consent',
  'reading.generic': 'a mobile header wins over "{{header}}"',
  'reading.landlines': 'left out as landline, work, home, fax or phonetic fields: {{headers}}',
  'reading.unusedOptOut': 'columns that look like an opt-out and are not read:',
  'reading.duplicates': 'headers written twice, read by no column (a placeholder reads the first):',
  'reading.quoted': '"{{header}}"',
  'reading.andMore': { one: '{{list}} and {{n}} more', other: '{{list}} and {{n}} more' },
  'reading.listHeader': 'opt-out list {{file}}: header on line 1, column "{{column}}"',
  'reading.listPlain': 'opt-out list {{file}}: no header (line 1 is a number), column {{column}}',
  'reading.from.detected': 'detected',
  'reading.from.manifest': 'from the manifest',
  'reading.from.bom': 'byte-order mark',
  'reading.from.sepLine': 'from its sep= line',
  'reading.from.firstVisible': 'the first visible sheet',
  'reading.from.hiddenSkipped': {
    one: 'the first visible sheet, {{n}} hidden sheet before it passed over',
    other: 'the first visible sheet, {{n}} hidden sheets before it passed over',
  },

  // Column detection (read/columns.ts).
  'columns.twice': 'column "{{header}}" appears twice in the header (columns {{columns}})',
  'columns.twiceHint': 'Rename or remove one of them, so each value is read from the right column.',
  'columns.noPhone': 'no phone column in the header',

  // Reading a CSV file (read/csv.ts).
  'csv.beyondHeader':
    'this line has a value in column {{column}}, right of the header\'s last column ("{{last}}", column {{named}}): nothing would read it',
  'csv.beyondHeaderHint':
    'Give that column a name in the header (it is then read as data), or delete the value: a note there (such as "NE PAS CONTACTER") would be lost.',
  'csv.garbled': 'the header looks garbled ("{{header}}"): the file\'s encoding was not recognised',
  'csv.garbledAs':
    'the header looks garbled ("{{header}}"): the file\'s encoding was not recognised as {{encoding}}',
  'csv.garbledHint':
    'Save the file again as "CSV UTF-8", or name its encoding in the manifest: recipients.encoding: macintosh (Excel for Mac), windows-1252 (Excel for Windows), utf-16le.',
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
