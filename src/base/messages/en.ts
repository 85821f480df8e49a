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

  // How a campaign's files were read (report/reading.ts), said by every format.
  'reading.heading': 'How the files were read',
  'reading.intro':
    'What the tool read, and the choices it made itself (detected) rather than from the manifest:',
  'reading.file': 'recipients file read: {{choices}}',
  'report.quoted': '"{{text}}"',
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
  'columns.noPhoneHint':
    'Map it in the manifest: recipients.columns.phone: "<header>" (or name the column "phone"). {{headers}}',
  'columns.noPhoneHintNear':
    'Is it "{{header}}"? Map it in the manifest: recipients.columns.phone: "{{header}}" (or name the column "phone"). {{headers}}',
  'columns.ambiguous': '{{count}} columns could be "{{logical}}": {{headers}}',
  'columns.ambiguousTwo': 'two columns could be "{{logical}}": {{headers}}',
  'columns.ambiguousHint':
    'Say which one in the manifest, e.g. recipients.columns.{{logical}}: "{{header}}".',
  'columns.numbers': '{{first}} and {{second}}',

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

  // The HTML page (report/html.ts).
  'html.andMore': 'and {{count}} more',
  'html.messageCut': '… and {{count}} more characters not shown (no SMS or voicemail is that long)',

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
  'ignore.notList': '"ignores" must be a list of glob patterns',
  'ignore.negated': '"ignores": "{{pattern}}" would ignore everything but what it names',
  'ignore.negatedHint':
    'To lint again something an ignore pattern leaves out, write the pattern with "!" in .campaignlintignore, read as a .gitignore is.',
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

  // The send plan (campaign-lint plan): its reasons, its table and page, its command.
  // Why a recipient waits (what the schedule rules would report at the requested time).
  'plan.reason.outside': 'outside the allowed hours ({{windows}})',
  'plan.reason.platformWindow': 'outside the window platforms apply ({{windows}})',
  'plan.reason.tolerated': 'on a {{day}}: tolerated, not recommended',
  'plan.reason.holiday': '{{holiday}}, a public holiday ({{territory}}, {{date}})',
  'plan.reason.silence': 'electoral silence until {{until}}',
  'plan.reason.frequency': '{{max}} solicitations in 30 days already: the cap frees on {{date}}',
  'plan.reason.frequencyNever':
    '{{max}} solicitations in 30 days already, and the history never lets one more in',
  'plan.reason.rate': 'the batch of {{time}} reaches the end of the window at {{rate}} a minute',
  'plan.reason.horizon': 'no allowed time within {{days}} days',
  // The table.
  'plan.title': 'Send plan: {{name}}',
  'plan.requested': 'requested {{when}} ({{zone}})',
  'plan.tier.warning': 'no schedule warning nor error (tier warning)',
  'plan.tier.error': 'no schedule error (tier error)',
  'plan.within': { one: 'placed within {{n}} day', other: 'placed within {{n}} days' },
  'plan.rate': '{{rate}} a minute, in file order from each batch’s time',
  'plan.batches': { one: '{{n}} batch', other: '{{n}} batches' },
  'plan.head.batch': 'batch',
  'plan.head.sendAt': 'send at ({{zone}})',
  'plan.head.utc': 'UTC',
  'plan.head.territories': 'territories',
  'plan.head.recipients': 'recipients',
  'plan.head.file': 'file',
  'plan.noBatch': 'No recipient can be sent: nothing to plan.',
  'plan.moved': { one: '{{n}} recipient moved:', other: '{{n}} recipients moved:' },
  'plan.move':
    '{{territory}}: {{from}} local → {{to}} local, {{paris}} ({{zone}}), batch {{batch}} ({{count}}): {{why}}',
  'plan.moveHere': '{{territory}}: {{from}} → {{to}} ({{zone}}), batch {{batch}} ({{count}}): {{why}}',
  'plan.movesLeftOut': {
    one: '… and {{n}} more recipient moved (see the batches)',
    other: '… and {{n}} more recipients moved (see the batches)',
  },
  'plan.unplaced': {
    one: '{{n}} recipient not placed within the horizon:',
    other: '{{n}} recipients not placed within the horizon:',
  },
  'plan.unplacedReason': '{{territory}} ({{count}}): {{why}}',
  'plan.rejected': {
    one: '{{n}} recipient rejected (never sendable):',
    other: '{{n}} recipients rejected (never sendable):',
  },
  'plan.rejectedReason': '{{rule}}: {{count}}',
  'plan.firstLines': 'lines {{lines}}',
  'plan.allPlaced': 'Every sendable recipient is placed.',
  'plan.blocked': 'No plan: the campaign has problems no send time can fix.',
  'plan.blockedHint': 'Fix them, then plan again (campaign-lint {{manifest}} shows every problem).',
  'plan.lateErrors':
    'No plan: a rule reported errors on recipients after they were read ({{rules}}), so the plan could not leave them out.',
  'plan.batchComment': {
    one: 'Batch {{batch}} of {{of}} of the send plan of {{manifest}} (campaign-lint plan, tier {{tier}}): {{n}} recipient ({{territories}}).',
    other:
      'Batch {{batch}} of {{of}} of the send plan of {{manifest}} (campaign-lint plan, tier {{tier}}): {{n}} recipients ({{territories}}).',
  },
  'count.file': { one: '{{n}} file', other: '{{n}} files' },
  // The command.
  'plan.cli.planDescription':
    'when each recipient may lawfully receive the message: send batches a platform can import',
  'plan.cli.manifestArgument': 'the campaign manifest (*.campaign.yaml|yml|json)',
  'plan.cli.outDir': 'folder of the plan files (default: the manifest’s folder)',
  'plan.cli.within': 'horizon in days: recipients not placed within it are listed with why (default: 14)',
  'plan.cli.tier':
    'warning (default): no schedule warning nor error in any batch; error: no schedule error (warnings allowed)',
  'plan.cli.planFormat': 'output: stylish (a table), json (the plan) or html (a page with the timeline)',
  'plan.cli.notAManifest':
    'plan takes one campaign manifest (*.campaign.yaml, *.campaign.yml or *.campaign.json): {{path}}',
  'plan.cli.notAManifestHint': 'Give the path of the manifest itself, e.g. campaigns/soldes.campaign.yaml.',
  'plan.cli.withinNotANumber': '--within must be a whole number of days from 1 to 366 (got "{{value}}")',
  'plan.cli.planWritten': 'plan written to {{dir}} ({{files}})',
  'plan.cli.oldPlanRemoved': {
    one: 'removed {{n}} file of the previous plan',
    other: 'removed {{n}} files of the previous plan',
  },
  'plan.cli.workbookAsCsv':
    'the recipients come from a workbook: the batch files are written as CSV (UTF-8, comma)',
  'plan.cli.cannotCreate': 'cannot create the folder ({{reason}})',
  'plan.cli.cannotCreateHint': 'Choose another -o folder.',
  // What every format says of the run (src/report/outcome.ts decides it once).
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.off': 'off',
  'report.failed': 'could not lint',
  'failure.place': '{{place}}: ',
  'report.noManifest': 'no campaign checked: no campaign manifest found in {{paths}}',
  'report.unusedData': 'no campaign checked: no campaign uses {{paths}}',
  'report.clean': 'no problems',
  'report.nothingLinted': 'no campaign was linted',
  'report.failureRuleName': 'Input failure',
  'report.failureRuleDescription':
    'A campaign, a file or the configuration could not be read or checked: the run exits 2.',
  'report.failureRuleHelp':
    'campaign-lint could not lint a campaign: a malformed or missing input file, an invalid manifest or configuration, or a rule that crashed. The message names the file (and line where known) and says what to do. Fix the input and run again; nothing about the campaign was checked until then.',

  // stylish
  'stylish.more': '… and {{n}} more (use --format json for the full list)',
  'stylish.fixLabel': 'fix:',
  // github: annotations and the job summary
  'github.more':
    '{{n}} more {{rule}} annotations in {{kind}} left out ({{counts}}): see the job summary, or run with --format json for the full list',
  'github.kind.manifest': 'manifests',
  'github.kind.recipients': 'recipient files',
  'github.kind.other': 'other files',
  'github.in': 'in',
  'github.failuresHeading': 'Input failures (exit 2)',
  'github.rulesHeading': 'Problems per rule',
  'github.campaignsHeading': 'Campaigns',
  'github.rule': 'rule',
  'github.campaign': 'campaign',
  'github.name': 'name',
  'github.recipients': 'recipients',
  'github.errors': 'errors',
  'github.warnings': 'warnings',
  'github.clean': 'No problems.',

  // junit (French not written yet: the French report kept these English words, see fr.ts)
  'junit.more': '… and {{n}} more',
  'junit.failureMessage': '{{errors}} error(s), {{warnings}} warning(s)',

  // The HTML page
  'html.title': 'Campaign report',
  'html.generatedBy': 'Checked by campaign-lint {{version}}',
  'html.contents': 'Campaigns',
  'html.failuresTitle': 'Could not be linted',
  'html.failuresIntro': 'These inputs could not be read or checked; nothing below vouches for them.',
  'html.blocked': 'Blocked',
  'html.ready': 'Ready to send',
  'html.blockedLong': 'Do not send: fix the errors below first.',
  'html.readyLong': 'No error: this campaign can be sent.',
  'html.readyWarnings': 'No error: this campaign can be sent; review the warnings first.',
  'html.channel': 'Channel',
  'html.purpose': 'Purpose',
  'html.audience': 'Audience',
  'html.advertiser': 'Advertiser',
  'html.sender': 'Sender',
  'html.sendDate': 'Send date',
  'html.rate': 'Throughput',
  'html.perMinute': '{{n}} per minute',
  'html.recipients': 'Recipients',
  'html.manifest': 'Manifest',
  'html.errors': 'Errors',
  'html.warnings': 'Warnings',
  'html.notSet': 'not set',
  'html.message': 'Message',
  'html.script': 'Voicemail script',
  'html.encoding': 'Encoding',
  'html.segments': 'Segments',
  'html.segmentsValue': '{{segments}} ({{units}} {{unit}}, {{perSegment}} per segment)',
  'html.septets': 'septets',
  'html.utf16': 'UTF-16 units',
  'html.ucs2Chars': 'Characters forcing UCS-2',
  'html.none': 'none',
  'html.placeholders': 'Placeholders',
  'html.optOut': 'Opt-out mention',
  'html.advertiserName': "Advertiser's name",
  'html.found': 'present (highlighted)',
  'html.missing': 'missing',
  'html.legend': 'Legend',
  'html.longestVariant': 'Longest personalised message (line {{line}})',
  'html.ownMessageHidden': "This recipient's own message is hidden (same length); --show-pii shows it.",
  'html.valuesHidden': 'Filled values are hidden (same length); --show-pii shows them.',
  'html.timeline': 'When recipients receive it',
  'html.timelineIntro': 'Local time of each territory. Profile in force: {{profile}}.',
  'html.noSchedule':
    'Local time of each territory. No hours limit applies: schedule-hours does not run on this campaign.',
  'html.territory': 'Territory',
  'html.sendDay': 'Send day (local time)',
  'html.outsideHead': 'Outside the hours',
  'html.allowed': 'allowed',
  'html.tolerated': 'tolerated (warning)',
  'html.noWindow': 'no sending allowed this day',
  'html.sendsAt': 'sends {{span}}',
  'html.holiday': 'public holiday: {{name}}',
  'html.detail': 'detail {{from}}–{{to}}',
  'html.laterDays': '{{recipients}} more on later days (not drawn)',
  'html.unusable': 'Not on the timeline: {{recipients}} without a usable number.',
  'html.outsideCount': '{{n}} outside',
  'html.toleratedCount': '{{n}} in tolerated hours',
  'html.holidayCount': '{{n}} on a public holiday',
  'html.allInside': 'all inside',
  'html.legendAllowed': 'allowed hours',
  'html.legendTolerated': 'tolerated hours',
  'html.legendSend': 'sends inside the hours',
  'html.legendOutside': 'sends outside the hours',
  'html.legendHoliday': 'public holiday',
  'html.findings': 'Findings by rule',
  'html.noFindings': 'No finding: every rule passed.',
  'html.legalBasis': 'Legal basis',
  'html.ruleDoc': 'documentation',
  'html.where': 'Where',
  'html.recipient': 'Recipient',
  'html.severity': 'Severity',
  'html.what': 'Finding',
  'html.fix': 'Fix',
  'html.more': '… and {{n}} more not shown (the JSON report, --format json, lists them all).',
  'html.filter': 'Show',
  'html.allRules': 'all rules',
  'html.rule': 'Rule',
  'html.summaryLine': '{{campaigns}}: {{blocked}}, {{ready}}.',
  'html.colon': ':',

  // read/containers.ts: formats recognised and refused, each with how to export
  'container.saveAsXlsx':
    'Open it in Excel and use File > Save As > "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited)", then point recipients.file at the new file.',
  'container.xls': 'Excel 97–2003 workbooks (.xls) are not read',
  'container.xlsb': 'Excel binary workbooks (.xlsb) are not read',
  'container.encrypted':
    'the workbook is encrypted (it needs a password to open), so its cells cannot be read',
  'container.encryptedHow':
    'Open it in Excel with its password, remove the password (File > Info > Protect Workbook > Encrypt with Password, then empty the field), and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", then point recipients.file at that file.',
  'container.ods': 'OpenDocument spreadsheets (.ods) are not read',
  'container.odsHow':
    'In LibreOffice use File > Save As > "Excel 2007-365 (.xlsx)" or "Text CSV (.csv)" with UTF-8, then point recipients.file at the new file.',
  'container.numbers': 'Numbers spreadsheets are not read',
  'container.numbersHow':
    'In Numbers use File > Export To > Excel (.xlsx) or CSV (UTF-8), then point recipients.file at the new file.',
  'container.word': 'the file is a Word document, not a spreadsheet',
  'container.opendocument': 'the file is an OpenDocument file, not a spreadsheet',
  'container.zip': 'the file is a zip archive but not an Excel workbook',
  'container.zipHow':
    'Extract the recipients file from the archive, or export it as "CSV UTF-8" or as an Excel workbook (.xlsx).',
  'container.ole': 'the file is an Office 97–2003 file but not an Excel workbook',
  'container.exportFromSource':
    'Export the recipients from the spreadsheet or CRM they come from as "CSV UTF-8" or as an Excel workbook (.xlsx).',

  // read/xlsx.ts: the workbook reader
  'xlsx.saveAgain': 'Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
  'xlsx.damagedPart': 'the workbook is damaged: its part {{part}} has {{what}}',
  'xlsx.partMethod':
    "the workbook's part {{part}} is compressed with {{method}}, which this tool does not read (Excel uses Deflate)",
  'xlsx.partTooLarge': "the workbook's part {{part}} inflates to more than {{bytes}} bytes, the most read",
  'xlsx.partRatio':
    "the workbook's part {{part}} inflates {{ratio}} times its compressed size (at most 100 are read): the file looks like a zip bomb",
  'xlsx.zipOverlap': "the workbook's zip is malformed: {{message}} (a zip bomb does this)",
  'xlsx.zipEntries': "the workbook's zip has {{entries}} entries; at most 10,000 are read",
  'xlsx.noZipDirectory':
    'the file starts like a zip archive (an Excel workbook) but has no zip directory: it is cut short or damaged',
  'xlsx.zipDamaged': "the workbook's zip is damaged{{entry}}: {{message}}",
  'xlsx.noSheetNamed': 'the workbook has no sheet named "{{sheet}}"',
  'xlsx.itsSheets': 'Its sheets: {{sheets}}. Set recipients.sheet in the manifest.',
  'xlsx.noSheet': 'the workbook has no sheet',
  'xlsx.allSheetsHidden': 'every sheet of the workbook is hidden',
  'xlsx.itsSheetsName': 'Its sheets: {{sheets}}. Name the one to read in the manifest (recipients.sheet).',
  'xlsx.notCellSheet':
    'the sheet "{{sheet}}" is not a sheet of cells (a chart or dialog sheet, or a broken link)',
  'xlsx.itsSheetsHolding':
    'Its sheets: {{sheets}}. Name the one that holds the recipients in recipients.sheet.',
  'xlsx.notWorkbook': 'the file is not an Excel workbook (.xlsx)',
  'xlsx.cannotRead': 'cannot read the workbook: {{reason}}',
  'xlsx.sheetMalformed': 'the sheet "{{sheet}}" is malformed: {{detail}}',
  'xlsx.valueRightOfHeader':
    'row {{row}} has a value in column {{column}}, right of the header’s last column ({{last}})',
  'xlsx.valueRightOfHeaderHint':
    'Give that column a header, or clear the cell: a note beside the table (say "do not contact") must not vanish unread.',
  'xlsx.headerTooWide': 'the header has a cell in column {{column}}; at most {{max}} columns are read',
  'xlsx.headerTooWideHint': 'Export only the columns the campaign needs.',
  'xlsx.emptySheet': 'the sheet "{{sheet}}" is empty',
  'xlsx.emptySheetHint': 'Expected a header row (e.g. "phone", "consent") and one row per recipient.',
  'xlsx.cellSharedString': 'cell {{cell}} refers to shared string {{index}}, and there are {{count}}',
  'xlsx.cellYesNo': 'cell {{cell}} is a yes/no cell holding "{{text}}"',
  'xlsx.cellNotNumber': 'cell {{cell}} is a number cell holding something else',
  'xlsx.rowTooLong': 'row {{row}} holds more than {{max}} characters',
  'xlsx.cellTooLong': 'a cell holds more than {{max}} characters',
  'xlsx.rowInRow': 'row {{row}} holds another row',
  'xlsx.rowNotNumbered': 'a row is numbered "{{number}}", which is not a row number',
  'xlsx.rowPastLast': 'a row is numbered {{number}}, past Excel’s last row ({{last}})',
  'xlsx.rowOrder': 'row {{number}} comes after row {{row}}: rows are out of order or repeated',
  'xlsx.cellNotInRow': 'row {{row}} holds a cell "{{ref}}", which is not a cell of that row',
  'xlsx.cellOutsideRow': 'a cell stands outside a row, or inside another cell',
  'xlsx.cellOrder':
    'in row {{row}}, cell {{column}} comes after cell {{previous}}: cells are out of order or repeated',
  'xlsx.cellType': 'cell {{cell}} has the type "{{type}}", which Excel does not write',

  // read/: CSV, rows, structured files
  'structured.invalidJson': 'invalid JSON: {{reason}}',
  'structured.invalidJsonHint': 'Fix the syntax (a validator or your editor will show the exact spot).',
  'structured.invalidYamlHint': 'Fix the syntax at that line (check indentation and quotes).',
  'structured.invalid': 'invalid {{format}}: {{reason}}',
  'structured.aliasesHint': 'Remove the YAML aliases (*name) or define their anchors (&name).',
  'rows.workbookListsAsCsv':
    'the recipients come from a workbook: the accepted and rejected lists are written as CSV (UTF-8, comma)',
  'csv.mixedEncodings':
    'this line is not UTF-8 while the lines before it are: the file mixes encodings (UTF-8 and Latin-1)',
  'csv.mixedEncodingsHint':
    'Re-save the file as "CSV UTF-8" from the original, or set recipients.encoding in the manifest if you know it.',
  'csv.workbookAsCsv': '{{kind}} is an Excel workbook, and it is read as CSV only',
  'csv.workbookAsCsvHint':
    'Open it in Excel and use File > Save As > "CSV UTF-8 (comma delimited)", then point the manifest at the CSV file.',
  'csv.xls': '{{kind}} is an Excel 97–2003 workbook (.xls), which is not read',
  'csv.xlsHint':
    'Open it in Excel and use File > Save As > "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited)".',
  'csv.utf16NoBom': '{{kind}} looks like UTF-16 without a byte-order mark',
  'csv.utf16NoBomHint': 'Re-save it as "CSV UTF-8" (or UTF-16 with its byte-order mark).',
  'csv.binary': '{{kind}} is not a text file (it holds binary data)',
  'csv.binaryHint':
    'Export the recipients as CSV (for example "CSV UTF-8" in Excel) or as an .xlsx workbook.',
  'csv.noHeaderRow': 'the header row is missing: the first row holds phone numbers, not column names',
  'csv.noHeaderRowHint': 'Add a first line that names the columns, e.g. "phone;consent;consent_date".',
  'csv.tooManyColumns': 'the header has {{columns}} columns; at most {{max}} are read',
  'csv.tooManyColumnsHint':
    'Check the delimiter (set recipients.delimiter in the manifest) or export only the columns the campaign needs.',
  'csv.checkPath': 'Check the path in the manifest (relative to the manifest folder).',
  'csv.empty': '{{kind}} is empty',
  'csv.emptyHint': 'Expected a header row (e.g. "phone;consent") and one row per recipient.',
  'csv.wideRow': 'this line has {{cells}} cells but the header has {{width}}',
  'csv.wideRowHint':
    'A cell probably contains the delimiter "{{delimiter}}" without quotes: put that cell in double quotes. Or a note was typed right of the last column: give that column a name in the header.',
  'csv.shortRowHint':
    'Each line needs the {{width}} cells of the header (empty ones too: "0612345678;;"). The line may have been cut, or its cells shifted.',
  'csv.recordTooLong': 'a record longer than {{max}} characters starts here',
  'csv.recordTooLongHint':
    'A quote is probably left open, or a cell holds something other than recipient data (a whole text, a file).',
  'csv.openQuote': 'a quote opened on this line is never closed',
  'csv.openQuoteHint': 'Close the quoted cell, and double the quotes inside it ("").',
  'csv.malformed': 'malformed CSV: {{detail}}',
  'csv.malformedHint':
    'Check the quotes on that line: a quoted field must be closed, and quotes inside it doubled ("").',
  'csv.noHeader': '{{kind}} has no header row',
  'csv.noHeaderHint': 'Expected a header row (e.g. "phone;consent").',
  'csv.cannotDecode': 'cannot decode the file as {{encoding}}: {{message}}',

  // read/: counted rows, columns
  'csv.shortRow': {
    one: 'this line has {{n}} cell but the header has {{width}}: cells are missing',
    other: 'this line has {{n}} cells but the header has {{width}}: cells are missing',
  },
  'columns.mappedMissing': 'column "{{mapped}}" (mapped to {{logical}} in the manifest) is not in the header',
  'failure.didYouMean': 'Did you mean "{{suggestion}}"?',

  // inputs/, recipients/, engine/ and base/failure.ts: failures
  'failure.notFound': '{{kind}} not found',
  'failure.isFolder': '{{kind}} is a folder, not a file',
  'failure.denied': '{{kind}} cannot be read (permission denied)',
  'failure.notRegular': '{{kind}} is not a regular file (a named pipe or a device): it is not read',
  'failure.utf16': '{{kind}} is not UTF-8 text (it is UTF-16)',
  'failure.notUtf8': '{{kind}} is not UTF-8 text (probably Windows-1252 or Latin-1)',
  'failure.tooLarge': '{{kind}} is too large: {{why}}',
  'failure.cannotRead': '{{kind}} cannot be read ({{why}})',
  'failure.saveAsUtf8': 'Save it as UTF-8 (in most editors: Save as, then Encoding: UTF-8).',
  'lint.noManifest': 'no campaign checked: no campaign manifest found',
  'lint.recipientsChanged': 'the recipients file changed while it was being read',
  'lint.recipientsChangedHint': 'Run again once the export that writes it has finished.',
  'lint.noRecipientRows': 'the recipients file has a header but no recipient rows',
  'lint.noRecipientRowsHint':
    'Check that the export is complete: a campaign with no recipient cannot be judged.',
  'lint.ruleCrashedStarting': 'rule "{{id}}" crashed while starting: {{why}}',
  'lint.ruleCrashedStartingHint': 'Turn the rule off (--rule id:off) and report the problem to its author.',
  'lint.ruleCrashedHint':
    'Turn the rule off (--rule id:off) and report the problem to its author; --debug shows the stack.',
  'recipients.cannotRead': 'cannot read the file: {{message}}',
  'recipients.readerStopped': 'the reader stopped unexpectedly (exit code {{code}})',
  'manifest.notMapping': 'a campaign manifest must be a mapping of fields (channel, purpose, …)',
  'manifest.seeReadme': 'See the manifest format in the README.',
  'manifest.outside': '{{field}} leads outside the project ({{target}}): it is not read',
  'manifest.outsideHint':
    'Keep campaign files inside the project (the current folder or its git repository, or the manifest’s own), or pass --allow-outside.',
  'manifest.unknownField': 'unknown field "{{field}}"',
  'manifest.knownFields': 'Known fields: {{fields}}.',
  'manifest.missingField': 'missing required field "{{field}}"',
  'manifest.missingFieldHint': 'Add "{{field}}:" to the manifest.',
  'manifest.notText': 'field "{{field}}" must be text',
  'manifest.notOneOf': 'field "{{field}}" must be one of {{allowed}} (got "{{value}}")',
  'manifest.messageTwice': 'give either "message" or "message_file", not both',
  'manifest.checkPath': 'Check the path; it is relative to the manifest folder.',
  'manifest.missingMessage': 'missing required field "message" (or "message_file")',
  'manifest.missingMessageHint': 'Add the SMS text or the VMS script as "message:".',
  'manifest.emptyMessage': 'the message is empty',
  'manifest.unknownTimeZone': 'unknown time zone "{{timeZone}}"',
  'manifest.unknownTimeZoneHint': 'Use an IANA zone name such as Europe/Paris or Indian/Reunion.',
  'manifest.badSendAt': 'send_at "{{value}}" is not a date and time',
  'manifest.badSendAtHint':
    'Write it as 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 or 13/01/2027 10:00.',
  'manifest.badRate': 'rate_per_minute must be a number of messages per minute, from 0.01 to 10,000,000',
  'manifest.badAnalogousOffer': 'analogous_offer must be true or false',
  'manifest.notPaths': '{{field}} must be a file path or a list of file paths',
  'manifest.missingRecipientsHint': 'Add:\nrecipients:\n  file: recipients.csv',
  'manifest.recipientsNotMapping': 'recipients must be a mapping with at least "file"',
  'manifest.unknownRecipientsField': 'unknown field "recipients.{{field}}"',
  'manifest.missingRecipientsFile': 'missing required field "recipients.file"',
  'manifest.missingRecipientsFileHint': 'Add "file: recipients.csv" under "recipients:".',
  'manifest.badDelimiter': 'recipients.delimiter must be one of "," ";" "|" or tab (got {{value}})',
  'manifest.badEncoding': 'unsupported recipients.encoding "{{encoding}}"',
  'manifest.badEncodingHint': 'Use utf-8, latin1 or windows-1252 (or leave it out to auto-detect).',
  'manifest.columnsNotMapping':
    'recipients.columns must map logical names (phone, consent, …) to CSV headers',
  'manifest.unknownColumn': 'unknown column "{{column}}" in recipients.columns',
  'manifest.knownColumns': 'Known: {{columns}}.',
  'manifest.columnNotHeader': 'recipients.columns.{{logical}} must be a CSV header name',
  'manifest.badSheet': 'recipients.sheet must be the name of a sheet of the workbook',
  'history.noColumn': 'no "{{column}}" column in the history file',
  'history.columnsHint':
    'The history file needs the columns phone and sent_at (optional: channel, advertiser). {{header}}',
  'history.badPhone': 'the phone cell "{{cell}}" is not a phone number',
  'history.badPhoneHint': 'Check that the "phone" column holds the numbers (columns may be swapped).',
  'history.badSentAt': 'sent_at "{{value}}" is not a date and time',
  'history.badSentAtHint': 'Write it as 2027-01-13T10:00, 2027-01-13 10:00 or 13/01/2027 10:00.',
  'history.badChannel': 'channel "{{value}}" must be sms, vms or voice',
  'discover.giveInputs':
    'Give campaign manifests (*.campaign.yaml|yml|json), folders that hold them, or recipient CSVs.',
  'discover.noSuchPath': 'no such file or folder',
  'discover.notManifest': 'not a campaign manifest',
  'discover.manifestNames': 'Manifests are named *.campaign.yaml, *.campaign.yml or *.campaign.json.',
  'lint.ruleCrashedOnRecipient': 'rule "{{id}}" crashed on the recipient of line {{line}}: {{why}}',
  'lint.ruleCrashedInHook': 'rule "{{id}}" crashed in its {{hook}} hook: {{why}}',
  'failure.atPath': '{{what}}: {{path}}',

  // engine/config.ts: the configuration and plugins
  'config.notFound': 'config file not found',
  'config.notFoundHint': 'Check the path given to --config.',
  'config.notMapping': 'the config must be a mapping with "extends", "rules", "plugins" and/or "ignores"',
  'config.unknownKey': 'unknown config key "{{key}}"',
  'config.unknownPreset': 'unknown preset "{{preset}}"',
  'config.unknownPresetHint': 'Use "recommended" or "strict".',
  'config.pluginsNotList': '"plugins" must be a list of module paths',
  'config.pluginRuleExists': 'plugin {{spec}} defines rule "{{id}}", which already exists',
  'config.pluginRuleExistsHint': 'Give the plugin rule another id.',
  'config.rulesNotMapping': '"rules" must map rule ids to a severity or [severity, options]',
  'config.unknownRule': 'unknown rule "{{id}}"',
  'config.ruleNotSeverity': 'rule "{{id}}": expected a severity or [severity, options]',
  'config.unknownSeverity': 'rule "{{id}}": unknown severity {{severity}}',
  'config.badOverride': '--rule "{{override}}" must be written id:severity',
  'config.overrideUnknownRule': '--rule: unknown rule "{{id}}"',
  'config.overrideUnknownSeverity': '--rule {{id}}: unknown severity "{{word}}"',
  'config.optionsNotMapping': 'rule "{{id}}": options must be a mapping, e.g. [error, { max: 3 }]',
  'config.unknownOption': 'rule "{{id}}": unknown option "{{key}}"',
  'config.optionsKnown': 'Options: {{options}}.',
  'config.noOptions': 'This rule has no options.',
  'config.ruleOptions': 'rule "{{id}}": {{why}}',
  'config.optionNamed': 'option "{{name}}"',
  'config.options': 'options',
  'config.optionNotOneOf': '{{option}} must be one of {{values}}',
  // {{broken}}: Ajv's own sentence in English, the constraint's JSON Schema name in French.
  'config.optionBroken': '{{option}} {{broken}}',
  'config.pluginLoad': 'plugin "{{spec}}" failed to load: {{why}}',
  'config.pluginLoadHint':
    'Check the path (relative to the config file) and that the module runs with Node.js.',
  'config.ruleShape':
    'A rule is { meta: { id, description, defaultSeverity, channels, messages }, create(context) }.',
  'config.notRule': 'not a rule (needs meta and create)',
  'config.badId': 'meta.id must be a kebab-case string',
  'config.idMismatch': 'registered as "{{key}}" but meta.id is "{{id}}"',
  'config.bareId': 'meta.id "{{id}}" has no namespace and reads as a built-in rule\'s id',
  'config.bareIdHint':
    'Give it its plugin\'s namespace: meta.id "{{suggestion}}" (ids starting with recipient-, message-, sender-, schedule- or campaign- are the built-in rules\').',
  'config.badDefaultSeverity': 'meta.defaultSeverity must be "error" or "warning"',
  'config.badChannels': 'meta.channels must list "sms" and/or "vms"',
  'config.badMessages': 'meta.messages must map message ids to texts',
  'config.severityHint': 'Use error, warning (or warn), or off.',
  'config.pluginProblem': 'plugin "{{spec}}": {{problem}}',
  'config.pluginRuleProblem': 'plugin "{{spec}}" rule "{{rule}}": {{problem}}',
  'failure.headerHas': 'The header has: {{headers}}.',
  'failure.headerIsData': 'The first line is not a header (it looks like data): the header is missing.',
  // The command line's help and first run (install).
  // An id that is no rule (config, --rule, explain).
  // The send plan (campaign-lint plan): its reasons, its table and page, its command.
  // Why a recipient waits (what the schedule rules would report at the requested time).
  // The table.
  // The command.
  // The command line: commands, options, help, what it prints (src/cli).
  'cli.programDescription': 'Lint French SMS and voicemail-drop campaigns before you press "send".',
  'cli.version': 'print the version',
  'cli.help': 'show this help',
  'cli.helpCommand': 'show the help of a command',
  'cli.lintDescription':
    'lint campaigns (the default command): manifests, folders of manifests, or recipient files',
  'cli.config': 'use this config file instead of searching',
  'cli.rule': "set one rule's severity (repeatable), e.g. --rule message-opt-out:off",
  'cli.maxWarnings': 'exit 1 when there are more than n warnings',
  'cli.quiet': 'report errors only',
  'cli.showPii': 'print full phone numbers (masked by default)',
  'cli.lang': 'message language (default from LC_ALL/LANG)',
  'cli.fix': 'apply safe fixes to messages (typographic characters, missing opt-out mention), then lint',
  'cli.writeClean':
    'write <campaign>.accepted.csv and <campaign>.rejected.csv (with a reasons column) in <dir>',
  'cli.debug': 'print stack traces of internal errors',
  'cli.initDescription': 'write a commented starter config and an example campaign in the current folder',
  'cli.created': 'created {{file}}',
  'cli.kept': 'kept    {{file}} (already there)',
  'cli.rulesDescription': 'list every rule: id, default severity, channels, summary',
  'cli.rulesConfig': 'include the plugin rules of this config',
  'cli.language': 'language',
  'cli.ruleHeader': 'rule',
  'cli.defaultHeader': 'default',
  'cli.channelsHeader': 'channels',
  'cli.summaryHeader': 'summary',
  'cli.explainDescription':
    "show a rule's documentation: what it checks, why, legal basis, examples, options",
  'cli.explainConfig': 'also look among the plugin rules of this config',
  'cli.ruleIdArgument': 'the rule id, e.g. recipient-consent',
  'cli.fixed': 'fixed {{file}} ({{what}})',
  'cli.notFixed': 'not fixed {{file}}: {{reason}}',
  'cli.appended': '"{{mention}}" appended',
  'cli.cleanWritten': '{{accepted}} ({{acceptedRows}}), {{rejected}} ({{rejectedRows}})',
  'cli.workbookAsCsv':
    '{{file}} is a workbook: the accepted and rejected lists are written as CSV (UTF-8, comma)',
  'cli.maxWarningsExceeded': 'too many warnings ({{count}}, at most {{max}} allowed by --max-warnings)',
  'cli.maxWarningsNotANumber': '--max-warnings expects a whole number (got "{{value}}")',
  'cli.internalError': 'internal error: {{message}}',
  'cli.runWithDebug': 'Run again with --debug for details.',
  'cli.pluginDefaults': 'Default severity: {{severity}}; channels: {{channels}}',
  'cli.messagesTitle': 'Messages:',
  'cli.usageTitle': 'Usage:',
  'cli.argumentsTitle': 'Arguments:',
  'cli.optionsTitle': 'Options:',
  'cli.commandsTitle': 'Commands:',
  'cli.globalOptionsTitle': 'Global Options:',
  'cli.defaultValue': 'default: {{value}}',
  'cli.choices': 'choices: {{values}}',
  'cli.unknownOption': "error: unknown option '{{option}}'",
  'cli.missingArgument': "error: missing required argument '{{name}}'",
  'cli.optionMissingArgument': "error: option '{{option}}' argument missing",
  'cli.invalidChoice':
    "error: option '{{option}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
  'cli.unknownCommand': "error: unknown command '{{command}}'",
  'cli.tooManyArguments': 'error: too many arguments',
  'cli.usageError': 'error: {{message}}',
  'cli.formatOption':
    'report format: {{formats}}; "name:file" writes that format to a file; repeatable (default: stylish)',
  'cli.outputOption': 'write the report to a file instead of stdout (written even when the run exits 2)',
  'cli.printConfigOption':
    'print the resolved config (rules, severities, options, profile) that applies to this campaign, as JSON',
  'cli.colorOption': 'force colours (also FORCE_COLOR)',
  'cli.allowOutsideOption':
    'let manifests name files outside the project (the current folder, its git repository)',
  'cli.noColorOption': 'plain output (also NO_COLOR, or when the output is not a terminal)',
  'cli.pathsArgument':
    'manifests (*.campaign.yaml|yml|json), folders, quoted glob patterns, or recipient CSVs (default: .)',
  'cli.unknownFormat': 'unknown format "{{name}}"',
  'cli.formats': 'Formats: {{names}}.',
  'cli.twoOnStdout': 'formats {{names}} would all go to the standard output',
  'cli.twoOnStdoutHint': 'Give all but one a file of its own: -f {{name}}:report.{{name}}',
  'cli.outputTwice': 'two reports would be written to {{file}}',
  'cli.outputTwiceHint': 'Give each format its own file.',
  'cli.summaryFailed':
    'campaign-lint: could not append the job summary to GITHUB_STEP_SUMMARY ({{reason}})\n',

  // cli/write.ts, cli/write-clean.ts: writes refused
  'writeClean.changed':
    'the recipients file changed after it was linted, so the accepted and rejected lists were not written',
  'writeClean.changedHint': 'Run the lint again on the finished file.',
  'writeClean.cannotCreate': 'cannot create the folder ({{message}})',
  'writeClean.cannotCreateHint': 'Choose another --write-clean folder.',
  'write.noFolder': 'its folder does not exist',
  'write.denied': 'permission denied',
  'write.isFolder': 'it is a folder',
  'write.diskFull': 'the disk is full',
  'write.cannotWrite': 'cannot write {{name}}: {{reason}}',
  'write.chooseAnotherPath': 'Choose another path.',
  'write.isInput': 'refusing to write there: it is an input of this run, and would be overwritten',
  'write.sameAsInput':
    'refusing to write there: it is the same file as {{input}}, an input of this run, and would be overwritten',
  'write.chooseAnotherOutput': 'Choose another output path.',
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
