import { createHolidays } from '../law/calendar/holidays';
import { discover } from '../inputs/discover';
import { loadIgnores, NO_IGNORES, type IgnoreRules } from '../inputs/ignore';
import { localized } from '../base/messages';
import { loadManifest, manifestInputs, type Manifest } from '../inputs/manifest';
import type { Confinement } from '../read/confine';
import { HISTORY_NOT_READ, loadOptOutLists, loadSendHistory, NO_HISTORY } from '../recipients';
import { displayPath } from '../read/paths';
import { inputError, LintFailure } from '../base/failure';
import type {
  Campaign,
  CampaignResult,
  CampaignSummary,
  Diagnostic,
  Holidays,
  LintResult,
  NoCampaign,
  Recipient,
  RecipientsReading,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleDescriptor,
  RuleListeners,
  Severity,
  SeveritySetting,
} from '../base/types';
import { ruleDocsUrl, ruleReadme, ruleReadmeFr } from '../base/package-root';
import { BUILTIN_RULES } from './registry';
import { effectiveSeverity, loadConfig, pluginPaths, type ResolvedConfig } from './config';
import { DiagnosticStore, openRecipients, type RecipientsFile } from '../recipients';
import { SummaryCollector } from './summary';
import { fileStamp } from '../read/files';
import { finishInterruptedWrites } from '../read/interrupted-writes';
import path from 'path';
import {
  deepFreeze,
  describeThrown,
  freezeRecipient,
  guardRun,
  plainData,
  runGuarded,
  type Hook,
} from './guard';

export interface LintOptions {
  /** Folder that reported paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** A resolved config; searched from `cwd` when absent. */
  config?: ResolvedConfig;
  /** Called every few thousand rows with the count read so far and the rows the file is estimated to hold. */
  onProgress?: (rowsRead: number, estimatedRows: number) => void;
  /** Gather each campaign's summary (territories, send times, message variants) for the HTML report. */
  summary?: boolean;
  /** Let manifests name files outside the project (--allow-outside; see campaign/confine.ts). */
  allowOutside?: boolean;
  /** Lint what .campaignlintignore and the config's `ignores` leave out (--no-ignore). */
  noIgnore?: boolean;
  /** Results of unchanged campaigns, reused (--cache; see engine/cache.ts). */
  cache?: CampaignCache;
  /**
   * Watches each campaign while it is linted (the send planner does): called once its rules are
   * started, before they see anything; what it returns is told every diagnostic as it is reported
   * and every recipient once all rules have seen it. What it throws fails the campaign.
   */
  observe?: (campaign: ObservedCampaign) => LintObserver | undefined;
}

/** What an observer is told of a campaign before its recipients. */
export interface ObservedCampaign {
  readonly campaign: Campaign;
  readonly manifest: Manifest;
  /** Ids of the rules that run on it. */
  readonly rules: readonly string[];
  readonly config: ResolvedConfig;
  /** The recipients file as read (what writing its rows back needs). */
  readonly format: {
    readonly delimiter: string;
    readonly encoding: string;
    readonly bom: boolean;
    readonly eol: string;
  };
  readonly holidays: Holidays;
}

export interface LintObserver {
  /** A diagnostic, as a rule reports it (recipients' arrive before that recipient is observed). */
  diagnostic?(diagnostic: Diagnostic): void;
  /** A recipient, in file order, once every rule has seen it. */
  recipient?(recipient: Recipient): void;
}

/** Results of unchanged campaigns (see engine/cache.ts). */
export interface CampaignCache {
  /**
   * The slot of a campaign, from its manifest (and the manifest's stamp taken before it was read)
   * and the files it names; undefined when the campaign cannot be cached (an input unreadable).
   */
  slot(
    manifest: string,
    manifestStamp: string | null,
    inputs: readonly string[],
  ): Promise<CacheSlot | undefined>;
}

/** One campaign's place in the cache. */
export interface CacheSlot {
  /** The stored result, when the fingerprint matches. */
  hit(): CampaignResult | undefined;
  /** Stores a campaign's result (kept only if no input changed since the fingerprint was taken). */
  store(result: CampaignResult): void;
}

/** The ignore rules of a run: none with --no-ignore. */
export const ignoreRules = (cwd: string, config: ResolvedConfig, noIgnore?: boolean): Promise<IgnoreRules> =>
  noIgnore ? Promise.resolve(NO_IGNORES) : loadIgnores(cwd, config.ignores);

/** Lints campaigns (manifests, folders or recipient CSVs). Never prints; failures are returned. */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? (await loadConfig({ cwd }));
  const ignore = await ignoreRules(cwd, config, options.noIgnore);
  const found = await discover(paths, cwd, ignore);
  const manifests = found.manifests;
  const holidays = createHolidays();
  const campaigns: CampaignResult[] = [];
  const failures: LintFailure[] = [...found.failures];
  // Plugin code may fail after its hook returned (a callback, a promise): such failures are
  // collected while the run is guarded and make the run fail (exit 2), named after the rule.
  // Without plugin rules the process is left as the host program set it (no handler, no
  // process.exit replaced): its own failures and exit codes stay its own.
  const lateFailures: LintFailure[] = [];
  // Every file the run reads: outputs are checked against them (write.ts assertNotInput).
  const inputs = new Set<string>([
    ...(config.file ? [path.resolve(cwd, config.file)] : []),
    ...pluginPaths(config),
  ]);
  if (ignore.file) inputs.add(ignore.file);
  const unguard = runsPluginCode(config)
    ? guardRun((failure) => lateFailures.push(failure))
    : () => undefined;
  try {
    for (const file of manifests) {
      try {
        inputs.add(path.resolve(cwd, file));
        const confinement = { allowOutside: options.allowOutside };
        campaigns.push(await lintCampaign(file, cwd, config, holidays, options, inputs, confinement));
      } catch (error) {
        if (!(error instanceof LintFailure)) throw error;
        failures.push(error);
      }
    }
    // A turn of the event loop lets callbacks and rejections started by the last hooks surface.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    unguard();
  }
  failures.push(...lateFailures);
  // CSVs that no campaign uses (a pre-commit hook passes every changed CSV) are not an error.
  let noCampaign: NoCampaign | undefined;
  if (manifests.length === 0) {
    const given = paths.length > 0 ? [...paths] : ['.'];
    noCampaign =
      found.onlyUnusedData && found.ignoredPaths.length > 0
        ? { reason: 'ignored', paths: found.ignoredPaths }
        : found.onlyUnusedData
          ? { reason: 'unused-data', paths: found.dataFiles }
          : found.ignoredCount > 0
            ? { reason: 'ignored', paths: given }
            : { reason: 'no-manifest', paths: given };
    // Folders or patterns whose every campaign is ignored: nothing was checked, and that is not a pass.
    if (!found.onlyUnusedData && failures.length === 0 && found.ignoredCount > 0)
      failures.push(
        inputError(
          given.join(' '),
          undefined,
          localized('ignore.allIgnored', { paths: given.join(' ') }),
          localized('ignore.allIgnoredHint'),
        ),
      );
    else if (!found.onlyUnusedData && failures.length === 0)
      failures.push(
        inputError(
          given.join(' '),
          undefined,
          localized('lint.noManifest'),
          localized('discover.manifestNames'),
        ),
      );
  }
  return {
    rules: describeRules(config),
    campaigns,
    failures,
    inputs: [...inputs],
    errorCount: campaigns.reduce((n, c) => n + c.errorCount, 0),
    warningCount: campaigns.reduce((n, c) => n + c.warningCount, 0),
    ...(noCampaign ? { noCampaign } : {}),
  };
}

/** Rule descriptors for reports: built-in rules link to their README in the repository, at this version's tag. */
export function describeRules(config: ResolvedConfig): RuleDescriptor[] {
  return [...config.registry.values()]
    .map((rule) => {
      const builtin = BUILTIN_RULES.includes(rule);
      return {
        id: rule.meta.id,
        description: rule.meta.description,
        severity: effectiveSetting(
          config,
          config.rules.get(rule.meta.id)?.severity ?? rule.meta.defaultSeverity,
        ),
        docsUrl: rule.meta.docs?.url ?? (builtin ? ruleDocsUrl(rule.meta.id) : undefined),
        help: builtin ? ruleReadme(rule.meta.id) : undefined,
        helpFr: builtin ? ruleReadmeFr(rule.meta.id) : undefined,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

const effectiveSetting = (config: ResolvedConfig, setting: SeveritySetting): SeveritySetting =>
  setting === 'off' ? 'off' : effectiveSeverity(config, setting);

interface ActiveRule {
  readonly id: string;
  readonly listeners: RuleListeners;
  /** A plugin rule: its calls run guarded (see guard.ts). */
  readonly guarded: boolean;
}

/** Read → build recipients → run rules → report. */
async function lintCampaign(
  file: string,
  cwd: string,
  config: ResolvedConfig,
  holidays: Holidays,
  options: LintOptions,
  inputs: Set<string>,
  confinement: Confinement,
): Promise<CampaignResult> {
  // Taken before the manifest is read: a manifest edited while it is read is not stored as unchanged.
  // An observer (the send planner) must see every recipient: no cache then.
  const cache = options.observe ? undefined : options.cache;
  const manifestStamp = cache ? fileStamp(file) : null;
  const manifest = await loadManifest(file, cwd, confinement);
  const named = manifestInputs(manifest);
  for (const input of named) inputs.add(path.resolve(cwd, input));
  // Files a killed run left half replaced (one list of a --write-clean pair) are completed first.
  for (const folder of new Set(named.map((input) => path.dirname(input)))) finishInterruptedWrites(folder);
  // The cache proves unchanged what the result depends on: the history only where it is read.
  const read = manifest.history && !needsHistory(config, manifest) ? named.slice(0, -1) : named;
  const slot = cache ? await cache.slot(file, manifestStamp, read) : undefined;
  const cached = slot?.hit();
  if (cached) return cached;
  const result = await lintCampaignInputs(manifest, cwd, config, holidays, options);
  slot?.store(result);
  return result;
}

/** Lints a campaign whose manifest is read. */
async function lintCampaignInputs(
  manifest: Manifest,
  cwd: string,
  config: ResolvedConfig,
  holidays: Holidays,
  options: LintOptions,
): Promise<CampaignResult> {
  const optOut = await loadOptOutLists(manifest.optOutLists, cwd);
  // The history is read only when a rule that runs needs it (recipient-frequency, VMS marketing).
  const history = !manifest.history
    ? NO_HISTORY
    : needsHistory(config, manifest)
      ? await loadSendHistory(manifest.history, cwd, manifest)
      : HISTORY_NOT_READ;
  const csvDisplay = displayPath(manifest.recipients.file, cwd);
  // Its identity and last change, to prove the file did not change while read (and for --write-clean).
  const stamp = fileStamp(manifest.recipients.file);
  const recipients = await openRecipients(manifest, csvDisplay);
  try {
    const reading = Object.freeze({ ...recipients.reading, optOutLists: optOut.readings });
    const campaign = buildCampaign(manifest, cwd, recipients, reading, optOut, history);
    const diagnostics = new DiagnosticStore(manifest.display, csvDisplay);
    // The observer is made once the rules are started (it is told which run); rules report only from their hooks.
    const watch: { observer?: LintObserver } = {};
    const sink = options.observe
      ? {
          add(d: Diagnostic) {
            diagnostics.add(d);
            watch.observer?.diagnostic?.(d);
          },
        }
      : diagnostics;
    const rules = startRules(config, campaign, holidays, manifest, csvDisplay, cwd, sink);
    const observer = (watch.observer = options.observe?.({
      campaign,
      manifest,
      rules: rules.map((r) => r.id),
      config,
      format: recipients.format,
      holidays,
    }));
    const observed = observer?.recipient?.bind(observer);
    const crashed = crashReporter(manifest.display, csvDisplay);
    for (const rule of rules) callHook(rule, 'campaign', campaign, crashed);
    // What the HTML report draws beyond diagnostics, gathered only when asked (it costs time per row).
    const summary = options.summary ? summaryCollector(config, campaign, holidays, rules) : null;

    const recipientHooks = rules.flatMap((rule) => {
      if (!rule.listeners.recipient) return [];
      const hook = rule.listeners.recipient.bind(rule.listeners);
      return [
        {
          rule,
          hook: rule.guarded ? (r: Recipient) => runGuarded(rule.id, 'recipient', () => hook(r)) : hook,
        },
      ];
    });
    // A plugin may not change what the built-in rules read: recipients are frozen when one runs.
    const freeze = recipientHooks.some(({ rule }) => rule.guarded);
    const count = await recipients.each((recipient) => {
      if (freeze) freezeRecipient(recipient);
      summary?.add(recipient);
      for (const { rule, hook } of recipientHooks) {
        try {
          hook(recipient);
        } catch (error) {
          throw crashed(rule, 'recipient', error, recipient.line);
        }
      }
      observed?.(recipient);
      if (options.onProgress && recipient.row % 10000 === 0)
        options.onProgress(recipient.row, recipients.estimatedRecords);
    });
    if (fileStamp(manifest.recipients.file) !== stamp)
      throw inputError(
        csvDisplay,
        undefined,
        localized('lint.recipientsChanged'),
        localized('lint.recipientsChangedHint'),
      );
    if (count === 0)
      throw inputError(
        csvDisplay,
        undefined,
        localized('lint.noRecipientRows'),
        localized('lint.noRecipientRowsHint'),
      );
    for (const rule of rules) callHook(rule, 'end', undefined, crashed);

    return campaignResult(
      {
        file: manifest.display,
        name: manifest.name,
        channel: manifest.channel,
        purpose: manifest.purpose,
        recipientCount: count,
        rules: rules.map((r) => r.id),
        recipients: {
          file: csvDisplay,
          ...recipients.format,
          ...(recipients.sheet ? { sheet: recipients.sheet.name, sheetChoice: recipients.sheet } : {}),
          ...(stamp ? { stamp } : {}),
        },
        reading,
      },
      () => diagnostics,
      diagnostics.errorCount,
      diagnostics.warningCount,
      summary?.result(),
    );
  } finally {
    recipients.close();
  }
}

/**
 * The summary collector, given schedule-hours' options when that rule runs (the page draws its
 * windows), and the election when campaign-election judges one (the page counts the silence).
 */
function summaryCollector(
  config: ResolvedConfig,
  campaign: Campaign,
  holidays: Holidays,
  rules: readonly ActiveRule[],
): SummaryCollector {
  const hours = rules.some((rule) => rule.id === 'schedule-hours')
    ? (config.rules.get('schedule-hours')?.options ?? {})
    : null;
  const election =
    rules.some((rule) => rule.id === 'campaign-election') && typeof campaign.election === 'object'
      ? campaign.election
      : null;
  return new SummaryCollector(campaign, holidays, hours, election);
}

type CrashReporter = (
  rule: ActiveRule,
  hook: keyof RuleListeners,
  error: unknown,
  line?: number,
) => LintFailure;

/** A rule's exception as a failure naming the rule and, for a recipient, the line. */
function crashReporter(manifestDisplay: string, csvDisplay: string): CrashReporter {
  return (rule, hook, error, line) => {
    if (error instanceof LintFailure) return error;
    const why = describeThrown(error);
    return new LintFailure(
      'rule-crash',
      hook === 'recipient'
        ? localized('lint.ruleCrashedOnRecipient', { id: rule.id, line: String(line), why })
        : localized('lint.ruleCrashedInHook', { id: rule.id, hook, why }),
      hook === 'recipient' ? csvDisplay : manifestDisplay,
      hook === 'recipient' ? line : undefined,
      localized('lint.ruleCrashedHint'),
      error,
    );
  };
}

/** Whether a plugin rule is on: only then does plugin code run, and the run need its guard. */
function runsPluginCode(config: ResolvedConfig): boolean {
  for (const [id, setting] of config.rules)
    if (setting.severity !== 'off' && !BUILTIN_RULES.includes(config.registry.get(id) as Rule)) return true;
  return false;
}

/** Calls a rule's campaign or end hook; a plugin's runs guarded (see guard.ts). */
function callHook(
  rule: ActiveRule,
  hook: 'campaign' | 'end',
  arg: Campaign | undefined,
  crashed: CrashReporter,
) {
  const listeners = rule.listeners as { campaign?(arg?: Campaign): void; end?(arg?: Campaign): void };
  if (!listeners[hook]) return;
  try {
    if (rule.guarded) runGuarded(rule.id, hook, () => listeners[hook]?.(arg));
    else listeners[hook](arg);
  } catch (error) {
    throw crashed(rule, hook, error);
  }
}

/** A campaign's result over any source of diagnostics in report order. */
export function campaignResult(
  fields: Pick<
    CampaignResult,
    'file' | 'name' | 'channel' | 'purpose' | 'recipientCount' | 'rules' | 'recipients' | 'reading'
  >,
  each: () => Iterable<Diagnostic>,
  errorCount: number,
  warningCount: number,
  summary?: CampaignSummary,
): CampaignResult {
  return {
    file: fields.file,
    name: fields.name,
    channel: fields.channel,
    purpose: fields.purpose,
    recipientCount: fields.recipientCount,
    rules: fields.rules,
    recipients: fields.recipients,
    ...detectedOf(fields.reading),
    ...(fields.reading ? { reading: fields.reading } : {}),
    errorCount,
    warningCount,
    ...(summary ? { summary } : {}),
    eachDiagnostic: each,
    get diagnostics() {
      return [...each()];
    },
  };
}

/** The columns recognised rather than named (the JSON report's `columns`), when there are some. */
function detectedOf(reading: RecipientsReading | undefined): { detectedColumns?: Record<string, string> } {
  const detected: Record<string, string> = {};
  for (const [logical, column] of Object.entries(reading?.columns ?? {}))
    if (column.how === 'detected' || column.how === 'fallback') detected[logical] = column.header;
  return Object.keys(detected).length > 0 ? { detectedColumns: detected } : {};
}

function buildCampaign(...args: Parameters<typeof buildCampaignFields>): Campaign {
  // Deep-frozen: a plugin cannot change what the built-in rules read (lines, columns, look-ups).
  return deepFreeze(buildCampaignFields(...args));
}

function buildCampaignFields(
  manifest: Manifest,
  cwd: string,
  recipients: RecipientsFile,
  reading: RecipientsReading,
  optOut: Campaign['optOut'],
  history: Campaign['history'],
): Campaign {
  return Object.freeze({
    file: manifest.display,
    name: manifest.name,
    channel: manifest.channel,
    purpose: manifest.purpose,
    audience: manifest.audience,
    advertiser: manifest.advertiser,
    sender: manifest.sender,
    message: manifest.message,
    messageFile: displayPath(manifest.messageFile, cwd),
    sendAt: Object.freeze({
      epochMs: manifest.sendAtMs,
      iso: manifest.sendAtText,
      timeZone: manifest.timeZone,
      date: manifest.sendAtText.slice(0, 10),
    }),
    timeZone: manifest.timeZone,
    ratePerMinute: manifest.ratePerMinute,
    analogousOffer: manifest.analogousOffer,
    sector: manifest.sector,
    election: manifest.election,
    recipientsFile: displayPath(manifest.recipients.file, cwd),
    columns: recipients.columns,
    reading,
    headers: recipients.headers,
    hasColumn: (name: string) => recipients.hasColumn(name),
    // Known once the file is read (rules read it in their end hook): a frozen copy on each read.
    get footerRows() {
      return Object.freeze([...recipients.footerRows]);
    },
    optOutLists: Object.freeze(manifest.optOutLists.map((f) => displayPath(f, cwd))),
    optOut,
    history,
    historyFile: manifest.history ? displayPath(manifest.history, cwd) : null,
    lines: manifest.lines,
  });
}

/** Whether a rule that runs on this campaign reads its history (`meta.history`). */
function needsHistory(config: ResolvedConfig, manifest: Manifest): boolean {
  for (const [id, setting] of config.rules) {
    const rule = config.registry.get(id) as Rule;
    if (setting.severity !== 'off' && rule.meta.history === true && appliesTo(rule, manifest)) return true;
  }
  return false;
}

function appliesTo(rule: Rule, campaign: Pick<Campaign, 'channel' | 'purpose'>): boolean {
  return (
    rule.meta.channels.includes(campaign.channel) &&
    (!rule.meta.purposes || rule.meta.purposes.includes(campaign.purpose))
  );
}

function startRules(
  config: ResolvedConfig,
  campaign: Campaign,
  holidays: Holidays,
  manifest: Manifest,
  csvDisplay: string,
  cwd: string,
  sink: Pick<DiagnosticStore, 'add'>,
): ActiveRule[] {
  const active: ActiveRule[] = [];
  const messageDisplay = displayPath(manifest.messageFile, cwd);
  // Rules run in id order, so one row's diagnostics arrive already in report order.
  for (const [id, setting] of [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rule = config.registry.get(id) as Rule;
    if (setting.severity === 'off' || !appliesTo(rule, campaign)) continue;
    const severity = setting.severity;
    const guarded = !BUILTIN_RULES.includes(rule);
    const report = (descriptor: ReportDescriptor) => {
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined) throw new Error(`reported unknown messageId "${descriptor.messageId}"`);
      // A plugin's data become plain text now: a value that throws when turned into text crashes
      // the rule here (one campaign fails), not the formatting of every campaign's report.
      if (guarded && descriptor.data) descriptor = { ...descriptor, data: plainData(descriptor.data) };
      const lowered: Severity = descriptor.severity === 'warning' ? 'warning' : severity;
      sink.add({
        ruleId: id,
        severity: effectiveSeverity(config, lowered),
        messageId: descriptor.messageId,
        template,
        data: descriptor.data ?? {},
        ...placeOf(descriptor.location, manifest, csvDisplay, messageDisplay, campaign.columns.phone),
        ...(descriptor.fix ? { fix: descriptor.fix } : {}),
      });
    };
    const context: RuleContext = Object.freeze({
      id,
      options: deepFreeze({ ...setting.options }),
      campaign,
      holidays,
      report,
    });
    let listeners: RuleListeners;
    try {
      const create = () => rule.create(context) ?? {};
      listeners = guarded ? runGuarded(id, 'create' satisfies Hook, create) : create();
    } catch (error) {
      throw new LintFailure(
        'rule-crash',
        localized('lint.ruleCrashedStarting', { id, why: describeThrown(error) }),
        manifest.display,
        undefined,
        localized('lint.ruleCrashedStartingHint'),
        error,
      );
    }
    active.push({ id, listeners, guarded });
  }
  return active;
}

type Place = Pick<Diagnostic, 'file' | 'line' | 'column' | 'recipient'>;

function placeOf(
  location: ReportDescriptor['location'],
  manifest: Manifest,
  csvDisplay: string,
  messageDisplay: string,
  phoneColumn = 'phone',
): Place {
  if (!location) return { file: manifest.display };
  if ('phoneRaw' in location) location = { kind: 'recipient', recipient: location };
  const row = (line: number, recipient: string, column: string | undefined): Place => ({
    file: csvDisplay,
    line,
    column: column ?? phoneColumn, // the header as found (mapped, named or recognised)
    recipient,
  });
  switch (location.kind) {
    case 'recipient':
      return row(
        location.recipient.line,
        location.recipient.phone?.e164 ?? location.recipient.phoneRaw,
        location.column,
      );
    case 'manifest':
      return {
        file: manifest.display,
        line: manifest.lines.fieldLine(location.field),
        column: location.field,
      };
    case 'message': {
      const before = location.offset ? manifest.message.slice(0, location.offset).split('\n').length - 1 : 0;
      const field = manifest.messageFile === manifest.file ? 'message' : 'message_file';
      return { file: messageDisplay, line: manifest.messageStartLine + before, column: field };
    }
    case 'file':
      return { file: location.file, line: location.line, column: location.column };
    default:
      return { file: manifest.display };
  }
}
