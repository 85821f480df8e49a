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
  'plan.blocked': 'No plan: the campaign has errors no send time can fix.',
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
  'report.quoted': '"{{text}}"',
  'report.failureRuleName': 'Input failure',
  'report.failureRuleDescription':
    'A campaign, a file or the configuration could not be read or checked: the run exits 2.',
  'report.failureRuleHelp':
    'campaign-lint could not lint a campaign: a malformed or missing input file, an invalid manifest or configuration, or a rule that crashed. The message names the file (and line where known) and says what to do. Fix the input and run again; nothing about the campaign was checked until then.',

  // stylish
  'stylish.more': '… and {{n}} more (use --format json for the full list)',
  'stylish.fixLabel': 'fix:',
  'stylish.columns': 'columns recognised from the header:',

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
