// The one vocabulary shared by the engine, the rules, plugins and formatters.

export type Channel = 'sms' | 'vms';
export type Purpose = 'marketing' | 'transactional' | 'non-commercial' | 'political';
/** Who the campaign reaches: consumers (default) or professionals about their profession (B2B). */
export type Audience = 'consumers' | 'professionals';
export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';
export type Lang = 'en' | 'fr';

/** Text in both report languages; a plain string is used for both. */
export type Localized = string | { readonly en: string; readonly fr: string };
/** A value interpolated into a message template (`{{name}}`). */
/**
 * A value of a diagnostic: a text, a number, a text in both languages, or a value read from a
 * recipient row (`{ cell }`, see rule-kit's `cellValue`), which reports mask unless --show-pii.
 */
export type DataValue =
  | string
  | number
  | { readonly en: string; readonly fr: string }
  | { readonly cell: string };

export type PhoneType =
  | 'MOBILE'
  | 'FIXED_LINE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'TOLL_FREE'
  | 'PREMIUM_RATE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL';

/** Holiday calendars, named as the Etalab open data names its zone files. */
export type HolidayZone =
  | 'metropole'
  | 'alsace-moselle'
  | 'guadeloupe'
  | 'guyane'
  | 'martinique'
  | 'mayotte'
  | 'la-reunion'
  | 'saint-barthelemy'
  | 'saint-martin'
  | 'saint-pierre-et-miquelon'
  | 'nouvelle-caledonie'
  | 'polynesie-francaise'
  | 'wallis-et-futuna';

export interface Territory {
  /** ISO 3166 region: FR (metropolitan France), RE, YT, GP, BL, MF, GF, MQ, PM, NC, PF, WF, or a foreign region. */
  readonly code: string;
  readonly name: { readonly en: string; readonly fr: string };
  readonly timeZone: string;
  readonly holidayZone: HolidayZone | null;
  /** Inside the ARCEP numbering plan and the French consumer code (metropolitan France, DOM, SPM, BL, MF). */
  readonly frenchPlan: boolean;
}

export interface Phone {
  /** +CCNSN */
  readonly e164: string;
  readonly countryCode: string;
  readonly nationalNumber: string;
  /** The number as dialled inside France and its overseas territories, e.g. 0692123456; else the NSN. */
  readonly nationalForm: string;
  readonly valid: boolean;
  readonly type: PhoneType | null;
  /** ISO region of the number, when known. */
  readonly region: string | null;
  /** True when a +33 number was moved to its overseas country code (e.g. +33 692… → +262 692…). */
  readonly remappedFromPlus33: boolean;
}

export interface LocalTime {
  readonly epochMs: number;
  readonly timeZone: string;
  /** YYYY-MM-DD in the recipient's zone. */
  readonly date: string;
  /** 1 = Monday … 7 = Sunday (ISO). */
  readonly weekday: number;
  /** Minutes since local midnight. */
  readonly minutes: number;
  /** HH:mm */
  readonly time: string;
}

export interface Recipient {
  /** 1-based index of the data record. */
  readonly row: number;
  /** Physical line where the record starts (header = line 1). */
  readonly line: number;
  /** The phone cell as typed. */
  readonly phoneRaw: string;
  /** null when the phone cell is empty or cannot be read as a number. */
  readonly phone: Phone | null;
  /** The line of this number's first row in the file, when it appeared before; else null. */
  readonly firstSeenLine: number | null;
  readonly territory: Territory;
  readonly holidayZone: HolidayZone | null;
  readonly consent: boolean;
  readonly customer: boolean;
  /** ISO date, or null when empty or unreadable (see consentDateRaw). */
  readonly consentDate: string | null;
  readonly consentDateRaw: string;
  /** The row's `contract` column is yes: an ongoing contract with the advertiser. */
  readonly contract: boolean;
  /** The row's `last_contact` (last contact coming from the person) as an ISO date; null when empty or unreadable. */
  readonly lastContact: string | null;
  readonly lastContactRaw: string;
  /**
   * The row's `opt_out` column says the person opted out (e.g. Brevo's SMS_BLACKLISTED = true, `STOP`,
   * `désinscrit`, an opt-out date on or before the send date).
   */
  readonly optedOut: boolean;
  /**
   * The yes/no cells of this row that were not understood in the direction of their column (see
   * campaign-format.md): such a cell opens no exception and lets nobody through (`consent`,
   * `customer` and `contract` are then false, `optedOut` is false but `recipient-opt-out` reports it).
   */
  readonly notUnderstood: ReadonlyArray<'consent' | 'customer' | 'contract' | 'opt_out'>;
  /** The postal code cell as typed (see normalizedPostalCode in src/law/postal-code.ts). */
  readonly postalCode: string;
  /** The text this recipient receives (a per-row `message` column wins), before placeholders. */
  readonly message: string;
  readonly sendTime: LocalTime;
  /** A per-row `send_at` cell that could not be read (the campaign's time is used instead), else null. */
  readonly sendAtInvalid: string | null;
  /** Raw cell of any column, by header name (case-insensitive); undefined when the column does not exist. */
  get(column: string): string | undefined;
}

/** The kinds of election a political campaign may be about (the manifest's `election.kind`). */
export type ElectionKind =
  | 'presidential'
  | 'legislative'
  | 'european'
  | 'referendum'
  | 'municipal'
  | 'departmental'
  | 'regional'
  | 'other';

/** The ballots a political campaign is about (the manifest's `election`). */
export interface Election {
  readonly kind: ElectionKind;
  /** Metropolitan ballot days (YYYY-MM-DD), in order: the last one is the round that decides. */
  readonly ballots: readonly string[];
  /**
   * Local ballot days, one per round, where a territory (GP, MQ, GF, RE, YT, PM, BL, MF, PF, NC, WF)
   * votes on other dates than those the law gives it (French Polynesia a week early).
   */
  readonly territoryBallots: Readonly<Record<string, readonly string[]>>;
}

export interface SourceLines {
  /** Manifest line of a field (dotted path, e.g. `recipients.file`), when known. */
  fieldLine(field: string): number | undefined;
}

export interface Campaign {
  /** Manifest path as reported (relative to the working folder, `/` separators). */
  readonly file: string;
  readonly name: string;
  readonly channel: Channel;
  readonly purpose: Purpose;
  readonly audience: Audience;
  readonly advertiser: string;
  readonly sender: string;
  readonly message: string;
  /** File that holds the message (the manifest, or message_file). */
  readonly messageFile: string;
  readonly sendAt: {
    readonly epochMs: number;
    readonly iso: string;
    readonly timeZone: string;
    readonly date: string;
  };
  readonly timeZone: string;
  readonly ratePerMinute: number | null;
  readonly analogousOffer: boolean;
  readonly sector: string | null;
  /**
   * The ballots of a political campaign: the manifest's `election`, `'none'` when it says no ballot
   * is concerned, null when it says nothing.
   */
  readonly election: Election | 'none' | null;
  readonly recipientsFile: string;
  readonly columns: Readonly<Record<string, string>>;
  /** How the recipients file and the opt-out lists were read (every guess; see CampaignResult.reading). */
  readonly reading: RecipientsReading;
  /** Headers of the recipients CSV, as written. */
  readonly headers: readonly string[];
  /**
   * Trailing rows of the recipients file that were a report footer (`Total`, `Copyright…`), not
   * recipients: complete when the `end` hooks run.
   */
  readonly footerRows: ReadonlyArray<{ readonly line: number; readonly kind: 'total' | 'notice' | 'note' }>;
  /** Whether the recipients file has this column (names compared trimmed, case-insensitively, as `Recipient.get` does). */
  hasColumn(name: string): boolean;
  readonly optOutLists: readonly string[];
  /** Numbers of the opt-out lists, normalised; where each was found. */
  readonly optOut: OptOutLookup;
  /** Earlier sends of the history file (empty without one). */
  readonly history: HistoryLookup;
  readonly historyFile: string | null;
  readonly lines: SourceLines;
}

/**
 * The earlier sends of the history file that article D223-9 counts for this campaign: voicemail
 * drops and calls (history channel `vms` or `voice`) by this campaign's advertiser, from 30 days
 * before its send_at on (an older send shares no 30-day period with any of its sends). The file is read
 * only when a rule that runs says it needs it (`meta.history`); a rule that reads it without saying
 * so fails, rather than see no earlier send.
 */
export interface HistoryLookup {
  /** Rows of the history file read (every channel and advertiser). */
  readonly size: number;
  /** When this number was solicited before (epoch milliseconds, ascending); empty when never. */
  solicitationsOf(e164: string): readonly number[];
}

export interface OptOutLookup {
  readonly size: number;
  find(e164: string): { readonly file: string; readonly line: number } | null;
  /** How each list was read (its first line as a header or a number, the column read), in manifest order. */
  readonly readings: readonly OptOutListReading[];
  /** Per list with lines that hold something other than a phone number: the first and how many. */
  readonly unreadable: ReadonlyArray<{
    readonly file: string;
    readonly line: number;
    readonly count: number;
  }>;
}

export type Location =
  | { readonly kind: 'recipient'; readonly recipient: Recipient; readonly column?: string }
  | { readonly kind: 'manifest'; readonly field: string }
  | { readonly kind: 'message'; readonly offset?: number }
  | { readonly kind: 'file'; readonly file: string; readonly line?: number; readonly column?: string }
  | { readonly kind: 'campaign' };

export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, DataValue>>;
  /** A recipient object is accepted as a shorthand for its location. */
  readonly location?: Location | Recipient;
  /** Lower the severity of this one diagnostic to a warning (`strict` still makes it an error). */
  readonly severity?: 'warning';
  /** Description of the safe fix, when one exists. */
  readonly fix?: Localized;
}

export interface Holidays {
  /** The holiday's name when the date (YYYY-MM-DD) is a public holiday of the zone. */
  holidayOn(
    zone: HolidayZone,
    date: string,
  ): { readonly en: string; readonly fr: string; readonly local: boolean } | null;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Readonly<Options>;
  readonly campaign: Campaign;
  readonly holidays: Holidays;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleListeners {
  campaign?(campaign: Campaign): void;
  recipient?(recipient: Recipient): void;
  end?(): void;
}

export interface RuleMeta {
  readonly id: string;
  readonly description: Localized;
  readonly defaultSeverity: Severity;
  readonly channels: readonly Channel[];
  /** Purposes the rule applies to; all when absent. */
  readonly purposes?: readonly Purpose[];
  readonly messages: Readonly<Record<string, Localized>>;
  /** JSON Schema of the options object (additional properties are refused). */
  readonly schema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  readonly docs?: { readonly url?: string };
  /** The rule reads `campaign.history`: the history file is read for the campaign (VMS frequency). */
  readonly history?: boolean;
}

export interface Rule<Options = unknown> {
  readonly meta: RuleMeta;
  create(context: RuleContext<Options>): RuleListeners;
}

export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly template: Localized;
  readonly data: Readonly<Record<string, DataValue>>;
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  /** E.164 of the recipient; formatters mask it unless asked not to. */
  readonly recipient?: string;
  readonly fix?: Localized;
}

/** Which sheet of a workbook was read, and why that one. */
export interface SheetChoice {
  readonly name: string;
  /** `manifest`: named by recipients.sheet; `first-visible`: the first sheet that is not hidden. */
  readonly from: 'manifest' | 'first-visible';
  /** Hidden sheets before it that were passed over (`first-visible` only). */
  readonly hiddenSkipped: number;
}

export interface CampaignResult {
  readonly file: string;
  readonly name: string;
  readonly channel: Channel;
  readonly purpose: Purpose;
  readonly recipientCount: number;
  /** Ids of the rules that ran on this campaign (enabled, and for its channel and purpose). */
  readonly rules: readonly string[];
  /** The recipients file as read: path (as reported), and what writing it back needs. */
  readonly recipients: {
    readonly file: string;
    readonly delimiter: string;
    readonly encoding: string;
    readonly bom: boolean;
    readonly eol: string;
    /** A workbook: the sheet read (named by recipients.sheet, or the first visible one). */
    readonly sheet?: string;
    /** A workbook: why that sheet (a report says it: the first visible sheet is a guess). */
    readonly sheetChoice?: SheetChoice;
    /** Identity and last change of the file when linted (see fileStamp), to prove a second read sees the same file. */
    readonly stamp?: string;
  };
  /**
   * Logical column → header, for the columns recognised from the headers rather than named (e.g.
   * phone ← "Mobile Phone Number"); absent or empty when every column was named.
   */
  readonly detectedColumns?: Readonly<Record<string, string>>;
  /**
   * How the recipients file (and the opt-out lists) were read: every choice, and whether the tool
   * made it rather than the manifest (encoding, delimiter, sheet, header row, each column).
   * Every report says the guesses. Absent from results built elsewhere.
   */
  readonly reading?: RecipientsReading;
  /** Every diagnostic, in report order, as an array (built on each access: prefer eachDiagnostic for big files). */
  readonly diagnostics: readonly Diagnostic[];
  /** The diagnostics one by one, in report order, without building them all at once. */
  eachDiagnostic(): Iterable<Diagnostic>;
  readonly errorCount: number;
  readonly warningCount: number;
  /** What the engine saw of the campaign beyond diagnostics (the HTML report draws it); absent from results built elsewhere. */
  readonly summary?: CampaignSummary;
}

/**
 * One reading choice: its value and where it came from. `detected` (and for a sheet, `first`) is a
 * guess of the tool; `manifest` the user's word; `bom` and `sep-line` what the file itself says.
 */
export interface ReadingChoice {
  readonly value: string;
  readonly from: 'manifest' | 'detected' | 'bom' | 'sep-line' | 'first-visible';
  /** A workbook's first visible sheet: the hidden sheets before it that were passed over. */
  readonly hiddenSkipped?: number;
}

/** The header read for a logical column, and how it was chosen. */
export interface ColumnReading {
  readonly header: string;
  /**
   * `mapped`: named in recipients.columns; `named`: the header is the logical name; `detected`:
   * recognised from what CRMs export; `fallback`: the one header that looks like that column (a
   * guess by the stated fallback rule of campaign-format.md).
   */
  readonly how: 'mapped' | 'named' | 'detected' | 'fallback';
  /**
   * Headers that could have been this column and were not taken: `generic` (a mobile header wins
   * over a generic phone header), `landline` (a landline, work, home, fax or phonetic field is never
   * the phone column).
   */
  readonly passedOver?: ReadonlyArray<{ readonly header: string; readonly why: 'generic' | 'landline' }>;
}

/** How an opt-out list was read: its first line as a header or as a number, and the column read. */
export interface OptOutListReading {
  readonly file: string;
  /** Whether line 1 was taken as a header (stated rule: it names a phone column, or holds no digit). */
  readonly headerLine: boolean;
  /** The header of the column read, or its 1-based position when the list has no header. */
  readonly column: string | number;
}

/** How a recipients file was read (see CampaignResult.reading). */
export interface RecipientsReading {
  /** The recipients file as reported. */
  readonly file: string;
  /** CSV: the text encoding read (`utf-8`, `windows-1252`, `macintosh`, `utf-16le`, `utf-16be`). */
  readonly encoding?: ReadingChoice;
  /** CSV: the delimiter. */
  readonly delimiter?: ReadingChoice;
  /** Workbook: the sheet read. */
  readonly sheet?: ReadingChoice;
  /** The physical line (CSV) or row (workbook) taken as the header. */
  readonly headerLine: number;
  /** Logical column (phone, consent…) → the header read, for every column the file has. */
  readonly columns: Readonly<Record<string, ColumnReading>>;
  /** Headers that look like an opt-out column (opt-out, blacklist, stop, désabonné…) and are not read as one. */
  readonly unusedOptOut: readonly string[];
  /** Headers written twice or more that no column reads (a placeholder of that name reads the first). */
  readonly duplicateHeaders: readonly string[];
  /** The campaign's opt-out lists, in manifest order. */
  readonly optOutLists: readonly OptOutListReading[];
}

/** An allowed sending window: ISO weekdays (1 = Monday), local `HH:mm` from (included) to (excluded). */
export interface ScheduleWindow {
  readonly days: readonly number[];
  readonly from: string;
  readonly to: string;
  /** Tolerated but not recommended (a warning, not an error). */
  readonly warning?: boolean;
}

/** One day of sends in a territory: how many recipients, and when, minute by minute of local time. */
export interface SendDay {
  /** YYYY-MM-DD, local to the territory. */
  readonly date: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly count: number;
  readonly holiday: { readonly en: string; readonly fr: string } | null;
  /** Runs of consecutive local minutes with sends: [first minute, last minute + 1, recipients]. */
  readonly runs: ReadonlyArray<readonly [number, number, number]>;
}

/** The recipients of one territory (and holiday calendar) with a usable number. */
export interface TerritorySummary {
  readonly code: string;
  readonly name: { readonly en: string; readonly fr: string };
  readonly timeZone: string;
  readonly holidayZone: HolidayZone | null;
  readonly count: number;
  /** First and last send instants (epoch ms). */
  readonly firstMs: number;
  readonly lastMs: number;
  /** Recipients outside every window of the profile (schedule-hours errors), in the tolerated tier, on a public holiday. */
  readonly outside: number;
  readonly tolerated: number;
  readonly onHoliday: number;
  /** Recipients sent during the electoral silence (political campaigns with an `election`), when counted. */
  readonly inSilence?: number;
  /** The first days of sends, in date order (a few at most). */
  readonly days: readonly SendDay[];
  /** Recipients sent on later days than those listed. */
  readonly laterDays: number;
}

/**
 * A campaign as a reader sees it before the diagnostics: built by the engine's summary collector in
 * bounded memory (counts, minima and maxima, per-minute counts of a few days), whatever the file size.
 */
export interface CampaignSummary {
  readonly advertiser: string;
  readonly sender: string;
  readonly message: string;
  readonly sendAt: { readonly iso: string; readonly timeZone: string; readonly epochMs: number };
  readonly ratePerMinute: number | null;
  /** The manifest's audience, when the manifest format has one. */
  readonly audience: string | null;
  /**
   * The hours profile in force (null when schedule-hours does not run on this campaign); `advisory`
   * when no binding text sets the windows (political voicemail drops): sends outside are warnings.
   */
  readonly schedule: {
    readonly profile: string;
    readonly windows: readonly ScheduleWindow[];
    readonly advisory?: boolean;
  } | null;
  readonly territories: readonly TerritorySummary[];
  /** Recipients without a usable number (not placed on the timeline). */
  readonly unusable: number;
  /** Rows whose own `message` cell replaces the campaign's text. */
  readonly ownMessages: number;
  /**
   * The longest text a recipient receives once placeholders are filled, when rows differ (own
   * message or placeholders), in pieces: literal text, or a filled value with its placeholder's name.
   */
  readonly longestVariant: {
    /** Line of the recipient who receives it. */
    readonly line: number;
    readonly pieces: ReadonlyArray<{ readonly text: string; readonly placeholder?: string }>;
    /** Whether the text is the row's own `message` cell: then every piece is that recipient's data. */
    readonly own: boolean;
  } | null;
}

/** What a report says about a rule: enough for SARIF rule descriptors and JUnit names. */
export interface RuleDescriptor {
  readonly id: string;
  readonly description: Localized;
  /** The severity it runs with in this configuration ('off' when disabled). */
  readonly severity: SeveritySetting;
  readonly docsUrl?: string;
  /** The rule's README, for built-in rules. */
  readonly help?: string;
  /** Its French README (README.fr.md), for built-in rules. */
  readonly helpFr?: string;
}

export interface LintResult {
  /** Every known rule (built-in and plugin), sorted by id. */
  readonly rules: readonly RuleDescriptor[];
  readonly campaigns: readonly CampaignResult[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Input or rule failures: the run could not be done right (exit 2). */
  readonly failures: readonly Failure[];
  /**
   * Set when no campaign was checked, and why: no manifest among the paths given, or the data files
   * given (CSV, TXT, TSV) are used by no campaign (the pre-commit case, the only one that exits 0).
   */
  readonly noCampaign?: NoCampaign;
  /** Absolute paths of the files the run read (manifests, recipients, message files, opt-out lists, history, config): no output may be one of them. */
  readonly inputs?: readonly string[];
}

export type FailureKind = 'usage' | 'input' | 'config' | 'rule-crash' | 'internal';

/** A run that could not be done right, as reports see it (`LintFailure` in failure.ts is the one kind). */
export interface Failure extends Error {
  readonly kind: FailureKind;
  /** The message and hint in both languages (`message` and `hint` are the English ones). */
  readonly text: Localized;
  readonly hintText?: Localized;
  readonly message: string;
  readonly hint?: string;
  readonly file?: string;
  readonly line?: number;
  readonly stack?: string;
  readonly cause?: unknown;
  /** One line: `file:line: message` then the hint, in the language asked for. */
  describe(lang?: Lang): string;
}

export interface NoCampaign {
  readonly reason: 'no-manifest' | 'unused-data' | 'ignored';
  /** The paths given (no-manifest, ignored) or the data files given (unused-data), as reported. */
  readonly paths: readonly string[];
}
