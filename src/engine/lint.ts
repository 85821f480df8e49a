import { createHolidays } from '../calendar/holidays';
import { streamRecipients } from '../pipeline/stream';
import { DATA_FILE_PATTERN, discoverManifests } from '../campaign/discover';
import { loadManifest, type Manifest } from '../campaign/manifest';
import type { Confinement } from '../campaign/confine';
import { loadOptOutLists } from '../campaign/opt-out';
import { loadHistory } from '../campaign/history';
import { displayPath } from '../campaign/paths';
import { inputError, LintFailure } from '../errors';
import type {
  Campaign,
  CampaignResult,
  Diagnostic,
  Holidays,
  LintResult,
  Recipient,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleDescriptor,
  RuleListeners,
  Scratch,
  Severity,
  SeveritySetting,
} from '../types';
import { ruleReadme, VERSION } from '../package-root';
import { BUILTIN_RULES } from './registry';
import { effectiveSeverity, loadConfig, type ResolvedConfig } from './config';
import { RecipientBuilder } from '../pipeline/recipients';
import { DiagnosticStore } from '../pipeline/diagnostic-store';
import { TempScratch } from '../pipeline/scratch';
import { fileStamp } from '../inputs';
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
  /** Called every few thousand rows with the count read so far. */
  onProgress?: (rowsRead: number) => void;
  /** Let manifests name files outside the project (--allow-outside; see campaign/confine.ts). */
  allowOutside?: boolean;
}

/** Lints campaigns (manifests, folders or recipient CSVs). Never prints; failures are returned. */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? (await loadConfig({ cwd }));
  const manifests = await discoverManifests(paths, cwd);
  const holidays = createHolidays();
  const campaigns: CampaignResult[] = [];
  const failures: LintFailure[] = [];
  // Plugin code may fail after its hook returned (a callback, a promise): such failures are
  // collected while the run is guarded and make the run fail (exit 2), named after the rule.
  const lateFailures: LintFailure[] = [];
  // Every file the run reads: outputs are checked against them (write.ts assertNotInput).
  const inputs = new Set<string>(config.file ? [path.resolve(cwd, config.file)] : []);
  const unguard = guardRun((failure) => lateFailures.push(failure));
  try {
    for (const file of manifests) {
      const scratch = new TempScratch();
      try {
        inputs.add(path.resolve(cwd, file));
        const confinement = { allowOutside: options.allowOutside, roots: configRoots(config) };
        campaigns.push(
          await lintCampaign(file, cwd, config, holidays, scratch, options.onProgress, inputs, confinement),
        );
      } catch (error) {
        if (!(error instanceof LintFailure)) throw error;
        failures.push(error);
      } finally {
        scratch.dispose();
      }
    }
    // A turn of the event loop lets callbacks and rejections started by the last hooks surface.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    unguard();
  }
  failures.push(...lateFailures);
  // CSVs that no campaign uses (a pre-commit hook passes every changed CSV) are not an error.
  const onlyCsvs = paths.length > 0 && paths.every((p) => DATA_FILE_PATTERN.test(p));
  if (manifests.length === 0 && !onlyCsvs) {
    failures.push(
      inputError(
        paths.join(' '),
        undefined,
        'no campaign manifest found',
        'Manifests are named *.campaign.yaml, *.campaign.yml or *.campaign.json.',
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
  };
}

/** The config's folder counts as the project for the paths manifests name. */
export const configRoots = (config: ResolvedConfig): string[] =>
  config.file ? [path.dirname(path.resolve(config.file))] : [];

/** Rule descriptors for reports: built-in rules link to their README in the published package. */
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
        docsUrl:
          rule.meta.docs?.url ??
          (builtin
            ? `https://unpkg.com/campaign-lint@${VERSION}/rules/${rule.meta.id}/README.md`
            : undefined),
        help: builtin ? ruleReadme(rule.meta.id) : undefined,
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

async function lintCampaign(
  file: string,
  cwd: string,
  config: ResolvedConfig,
  holidays: Holidays,
  scratch: Scratch,
  onProgress?: (rows: number) => void,
  inputs: Set<string> = new Set(),
  confinement: Confinement = {},
): Promise<CampaignResult> {
  const manifest = await loadManifest(file, cwd, confinement);
  for (const input of [
    manifest.messageFile,
    manifest.recipients.file,
    ...manifest.optOutLists,
    ...(manifest.history ? [manifest.history] : []),
  ])
    inputs.add(path.resolve(cwd, input));
  const optOut = await loadOptOutLists(manifest.optOutLists, cwd);
  const history = await loadHistory(manifest.history, cwd, manifest);
  const csvDisplay = displayPath(manifest.recipients.file, cwd);
  const diagnostics = new DiagnosticStore(compareDiagnostics(manifest.display), csvDisplay);
  let campaign: Campaign | undefined;
  let builder: RecipientBuilder | undefined;
  let active: ActiveRule[] = [];
  let currentLine: number | undefined;
  let rows = 0;
  let format = { delimiter: ',', encoding: 'utf8', bom: false, eol: '\n' };

  /** A rule's exception as a failure naming the rule and, for recipients, the line. */
  const crash = (rule: ActiveRule, hook: 'campaign' | 'recipient' | 'end', error: unknown): LintFailure => {
    if (error instanceof LintFailure) return error;
    const onRow = hook === 'recipient';
    return new LintFailure(
      'rule-crash',
      `rule "${rule.id}" crashed${onRow ? ` on the recipient of line ${currentLine}` : ` in its ${hook} hook`}: ${describeThrown(error)}`,
      onRow ? csvDisplay : manifest.display,
      onRow ? currentLine : undefined,
      'Turn the rule off (--rule id:off) and report the problem to its author; --debug shows the stack.',
      error,
    );
  };
  const call = <T>(rule: ActiveRule, hook: 'campaign' | 'end', arg?: T) => {
    const fn = rule.listeners[hook] as ((a?: T) => void) | undefined;
    if (!fn) return;
    try {
      if (rule.guarded) runGuarded(rule.id, hook, () => fn.call(rule.listeners, arg));
      else fn.call(rule.listeners, arg);
    } catch (error) {
      throw crash(rule, hook, error);
    }
  };

  // The recipient hooks, gathered once: the per-row loop is the hot path.
  let hooks: Array<{ rule: ActiveRule; fn: (r: unknown) => void }> = [];
  let freeze = false;
  const onRecipient = (recipient: Recipient) => {
    currentLine = recipient.line;
    rows++;
    if (freeze) freezeRecipient(recipient);
    let i = 0;
    try {
      for (; i < hooks.length; i++) hooks[i].fn(recipient);
    } catch (error) {
      throw crash(hooks[i].rule, 'recipient', error);
    }
    if (onProgress && rows % 10000 === 0) onProgress(rows);
  };
  const stamp = fileStamp(manifest.recipients.file);
  await streamRecipients(
    {
      file: manifest.recipients.file,
      display: csvDisplay,
      delimiter: manifest.recipients.delimiter,
      encoding: manifest.recipients.encoding,
      kind: 'recipients file',
    },
    manifest.recipients.columns,
    ({ headers, estimatedRecords, delimiter, encoding, bom, eol }) => {
      format = { delimiter, encoding, bom, eol };
      builder = new RecipientBuilder(manifest, headers, csvDisplay);
      campaign = buildCampaign(manifest, cwd, headers, builder.columns, optOut, history, estimatedRecords);
      active = startRules(config, campaign, { holidays, scratch }, manifest, csvDisplay, cwd, diagnostics);
      for (const rule of active) call(rule, 'campaign', campaign);
      hooks = active
        .filter((rule) => rule.listeners.recipient)
        .map((rule) => {
          const fn = (rule.listeners.recipient as (r: unknown) => void).bind(rule.listeners);
          return {
            rule,
            fn: rule.guarded ? (r: unknown) => runGuarded(rule.id, 'recipient', () => fn(r)) : fn,
          };
        });
      freeze = hooks.some((hook) => hook.rule.guarded);
    },
    (batch) => (builder as RecipientBuilder).read(batch, onRecipient),
  );
  if (fileStamp(manifest.recipients.file) !== stamp) {
    throw inputError(
      csvDisplay,
      undefined,
      'the recipients file changed while it was being read',
      'Run again once the export that writes it has finished.',
    );
  }
  if (rows === 0) {
    throw inputError(
      csvDisplay,
      undefined,
      'the recipients file has a header but no recipient rows',
      'Check that the export is complete: a campaign with no recipient cannot be judged.',
    );
  }
  for (const rule of active) call(rule, 'end');

  return campaignResult(
    {
      file: manifest.display,
      name: manifest.name,
      channel: manifest.channel,
      purpose: manifest.purpose,
      recipientCount: rows,
      rules: active.map((r) => r.id),
      recipients: { file: csvDisplay, ...format, ...(stamp ? { stamp } : {}) },
    },
    () => diagnostics,
    diagnostics.errorCount,
    diagnostics.warningCount,
  );
}

/** A campaign's result over any source of diagnostics in report order. */
export function campaignResult(
  fields: Pick<
    CampaignResult,
    'file' | 'name' | 'channel' | 'purpose' | 'recipientCount' | 'rules' | 'recipients'
  >,
  each: () => Iterable<Diagnostic>,
  errorCount: number,
  warningCount: number,
): CampaignResult {
  return {
    file: fields.file,
    name: fields.name,
    channel: fields.channel,
    purpose: fields.purpose,
    recipientCount: fields.recipientCount,
    rules: fields.rules,
    recipients: fields.recipients,
    errorCount,
    warningCount,
    eachDiagnostic: each,
    get diagnostics() {
      return [...each()];
    },
  };
}

function buildCampaign(...args: Parameters<typeof buildCampaignFields>): Campaign {
  // Deep-frozen: a plugin cannot change what the built-in rules read (lines, columns, look-ups).
  return deepFreeze(buildCampaignFields(...args));
}

function buildCampaignFields(
  manifest: Manifest,
  cwd: string,
  headers: readonly string[],
  columns: Readonly<Record<string, string>>,
  optOut: Campaign['optOut'],
  history: Campaign['history'],
  expectedRecipients: number,
): Campaign {
  return Object.freeze({
    file: manifest.display,
    name: manifest.name,
    channel: manifest.channel,
    purpose: manifest.purpose,
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
    recipientsFile: displayPath(manifest.recipients.file, cwd),
    columns,
    headers: Object.freeze([...headers]),
    expectedRecipients,
    optOutLists: Object.freeze(manifest.optOutLists.map((f) => displayPath(f, cwd))),
    optOut,
    history,
    historyFile: manifest.history ? displayPath(manifest.history, cwd) : null,
    lines: manifest.lines,
  });
}

function appliesTo(rule: Rule, campaign: Campaign): boolean {
  return (
    rule.meta.channels.includes(campaign.channel) &&
    (!rule.meta.purposes || rule.meta.purposes.includes(campaign.purpose))
  );
}

function startRules(
  config: ResolvedConfig,
  campaign: Campaign,
  shared: Pick<RuleContext, 'holidays' | 'scratch'>,
  manifest: Manifest,
  csvDisplay: string,
  cwd: string,
  sink: DiagnosticStore,
): ActiveRule[] {
  const active: ActiveRule[] = [];
  const messageDisplay = displayPath(manifest.messageFile, cwd);
  // Rules run in id order, so one row's diagnostics arrive already in report order.
  for (const [id, setting] of [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rule = config.registry.get(id) as Rule;
    if (setting.severity === 'off' || !appliesTo(rule, campaign)) continue;
    const severity = setting.severity as Severity;
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
        ...placeOf(descriptor.location, manifest, csvDisplay, messageDisplay),
        ...(descriptor.fix ? { fix: descriptor.fix } : {}),
      });
    };
    const context: RuleContext = Object.freeze({
      id,
      options: deepFreeze({ ...setting.options }),
      campaign,
      holidays: shared.holidays,
      scratch: shared.scratch,
      report,
    });
    let listeners: RuleListeners;
    try {
      const create = () => rule.create(context) ?? {};
      listeners = guarded ? runGuarded(id, 'create' satisfies Hook, create) : create();
    } catch (error) {
      throw new LintFailure(
        'rule-crash',
        `rule "${id}" crashed while starting: ${describeThrown(error)}`,
        manifest.display,
        undefined,
        'Turn the rule off (--rule id:off) and report the problem to its author.',
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
): Place {
  if (!location) return { file: manifest.display };
  if ('phoneRaw' in location) location = { kind: 'recipient', recipient: location };
  const row = (line: number, recipient: string, column: string | undefined): Place => ({
    file: csvDisplay,
    line,
    column: column ?? manifest.recipients.columns.phone ?? 'phone',
    recipient,
  });
  switch (location.kind) {
    case 'recipient':
      return row(
        location.recipient.line,
        location.recipient.phone?.e164 ?? location.recipient.phoneRaw,
        location.column,
      );
    case 'row':
      return row(location.line, location.phone, location.column);
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

/** Manifest diagnostics first, then by file, line and rule; ties keep report order (stable sort). */
function compareDiagnostics(manifestDisplay: string) {
  return (a: Diagnostic, b: Diagnostic) => {
    if (a.file !== b.file)
      return a.file === manifestDisplay ? -1 : b.file === manifestDisplay ? 1 : a.file < b.file ? -1 : 1;
    const lineDelta = (a.line ?? 0) - (b.line ?? 0);
    if (lineDelta !== 0) return lineDelta;
    return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
  };
}
