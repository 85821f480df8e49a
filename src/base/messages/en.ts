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
