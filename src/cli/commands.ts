// The commands' work (lint, rules, explain): loaded by cli.ts when one of them runs, so that
// --version, --help and usage mistakes never load the engine, the rules, YAML or the formats.
import { campaignResult, lint } from '../engine/lint';
import { loadConfig, pluginPaths, unknownRuleHint, type ResolvedConfig } from '../engine/config';
import { LintFailure } from '../base/failure';
import { formatCount, langFromEnv, localize } from '../base/text';
import { localized, say, type PlainKey } from '../base/messages';
import {
  asFailure,
  claimReports,
  failedResult,
  inputsOf,
  printConfig,
  reportTargets,
  writeReports,
} from './output';
import { RunOutputs } from './write';
import { ruleReadme, ruleReadmeFr } from '../base/package-root';
import { terminalText } from '../report/sinks';
import { progressLine, wantsProgress } from './progress';
import type { RunCache } from './cache-file';
import { reportFailure, type CliIo } from './io';
import type { Lang, LintResult } from '../base/types';

// What only some runs do is loaded when one asks for it: --fix, --write-clean (iconv-lite), --cache.
/* eslint-disable @typescript-eslint/no-require-imports */
const fixes = () => require('./fix') as typeof import('./fix');
const cleanLists = () => require('./write-clean') as typeof import('./write-clean');
const cacheFile = () => require('./cache-file') as typeof import('./cache-file');
/* eslint-enable @typescript-eslint/no-require-imports */

// `rules` and `explain` read the config before listing.
export { loadConfig };

export interface LintFlags {
  format?: string[];
  output?: string;
  printConfig?: string;
  config?: string;
  rule?: string[];
  maxWarnings?: number;
  quiet?: boolean;
  showPii?: boolean;
  lang?: Lang;
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  writeClean?: string;
  allowOutside?: boolean;
  progress?: boolean;
  ignore?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

export async function lintCommand(paths: string[], flags: LintFlags, io: CliIo): Promise<number> {
  const lang = flags.lang ?? langFromEnv(io.env);
  // Usage mistakes in -f/-o stop here (exit 2): there is no report to write without a format.
  const targets = reportTargets(flags.format ?? [], flags.output, lang);
  const stylishOnStdout = targets.some((t) => t.name === 'stylish' && t.file === undefined);
  let full: LintResult;
  let config: ResolvedConfig | undefined;
  let runCache: RunCache | undefined;
  try {
    config = await loadConfig({ cwd: io.cwd, configFile: flags.config, ruleOverrides: flags.rule });
    if (flags.printConfig !== undefined) {
      io.stdout(await printConfig(flags.printConfig, config, io.cwd));
      return 0;
    }
    if (flags.fix) {
      for (const fixed of await fixes().applyFixes(paths, io.cwd, config, {
        allowOutside: flags.allowOutside,
      })) {
        if (fixed.refused) {
          io.stderr(
            `campaign-lint: ${say('cli.notFixed', lang, { file: fixed.file, reason: localize(fixed.refused, lang) })}\n`,
          );
          continue;
        }
        const n = fixed.replaced;
        const what = [
          n ? say('count.replaced', lang, { n }) : '',
          fixed.legalMentionAdded
            ? say('fix.legalMentionAdded', lang, { mention: fixed.legalMentionAdded })
            : '',
          fixed.mentionAdded ? say('cli.appended', lang, { mention: fixed.mentionAdded }) : '',
        ]
          .filter(Boolean)
          .join(', ');
        io.stderr(`campaign-lint: ${say('cli.fixed', lang, { file: fixed.file, what })}\n`);
      }
    }
    // The cache is read only when the run shows what it does not keep: full numbers, the HTML
    // page's personalised texts, the lists --write-clean writes.
    runCache =
      flags.cache || flags.cacheLocation !== undefined
        ? await cacheFile().openRunCache(
            flags.cacheLocation,
            targets.flatMap((t) => (t.file === undefined ? [] : [t.file])),
            {
              cwd: io.cwd,
              config,
              allowOutside: flags.allowOutside,
              storeOnly: !!flags.showPii || !!flags.writeClean || targets.some((t) => t.name === 'html'),
            },
          )
        : undefined;
    const progress = wantsProgress(flags.progress, stylishOnStdout, !!io.stderrIsTTY, io.env)
      ? progressLine(io.stderr, lang, !!io.stderrIsTTY)
      : null;
    full = await lint(paths, {
      cwd: io.cwd,
      config,
      onProgress: progress?.update,
      summary: targets.some((t) => t.name === 'html'),
      allowOutside: flags.allowOutside,
      noIgnore: flags.ignore === false,
      cache: runCache?.cache,
    });
    progress?.clear();
  } catch (error) {
    if (flags.printConfig !== undefined) throw error;
    // A run that could not start, or met an internal error, still writes its reports: CI reads
    // the failure there, and no report of an earlier run stays in place looking current.
    full = failedResult(asFailure(error));
  }
  // Every file the run read, or would have read: no output may replace one (write.ts RunOutputs).
  const inputs = full.inputs ?? (await inputsOf(paths, io.cwd, config));
  const outputs = new RunOutputs(() => [
    ...inputs,
    ...(config?.file ? [config.file] : []),
    ...(config ? pluginPaths(config) : []),
  ]);
  const reports = claimReports(targets, outputs, io.cwd);
  const late: LintFailure[] = [...reports.failures];
  if (flags.writeClean && full.campaigns.length > 0) {
    const rows = (n: number) => say('count.row', lang, { n });
    const clean = await cleanLists().writeCleanLists(full.campaigns, flags.writeClean, io.cwd, outputs);
    for (const written of clean.written) {
      if (written.fromWorkbook)
        io.stderr(`campaign-lint: ${say('cli.workbookAsCsv', lang, { file: written.source })}\n`);
      io.stderr(
        `campaign-lint: ${say('cli.cleanWritten', lang, {
          accepted: written.accepted.file,
          acceptedRows: rows(written.accepted.rows),
          rejected: written.rejected.file,
          rejectedRows: rows(written.rejected.rows),
        })}\n`,
      );
    }
    // A list that could not be written is a failure of the run beside the lint's result, not instead of it.
    late.push(...clean.failures);
  }
  const linted: LintResult = late.length > 0 ? { ...full, failures: [...full.failures, ...late] } : full;
  const result = flags.quiet ? errorsOnly(linted) : linted;
  const writeFailures = writeReports(result, reports.targets, {
    cwd: io.cwd,
    env: io.env,
    isTTY: io.isTTY,
    stdout: io.stdout,
    stderr: io.stderr,
    color: flags.color,
    options: { lang, showPii: !!flags.showPii },
  });
  if (runCache) {
    const refused = cacheFile().saveRunCache(runCache, outputs, lang, io.stderr);
    if (refused) writeFailures.push(refused);
    if (flags.debug)
      io.stderr(
        `campaign-lint: ${say('cache.hits', lang, { n: runCache.cache.hits, file: runCache.display })}\n`,
      );
  }
  // On a terminal the stylish report already shows each failure in its red block: said again on
  // stderr, the same screen would show it twice. Elsewhere (a pipe, a file, CI) stderr says it too.
  const onScreen = stylishOnStdout && io.isTTY && !!io.stderrIsTTY && !flags.debug;
  for (const failure of [...(onScreen ? [] : linted.failures), ...writeFailures])
    reportFailure(failure, io, !!flags.debug, lang);
  if (linted.failures.length > 0 || writeFailures.length > 0) return 2;
  if (result.errorCount > 0) return 1;
  if (flags.maxWarnings !== undefined && result.warningCount > flags.maxWarnings) {
    io.stderr(
      `campaign-lint: ${say('cli.maxWarningsExceeded', lang, { count: formatCount(result.warningCount, lang), max: String(flags.maxWarnings) })}\n`,
    );
    return 1;
  }
  return 0;
}

function errorsOnly(result: LintResult): LintResult {
  const campaigns = result.campaigns.map((c) =>
    campaignResult(
      c,
      function* () {
        for (const d of c.eachDiagnostic()) if (d.severity === 'error') yield d;
      },
      c.errorCount,
      0,
      c.summary,
    ),
  );
  return { ...result, campaigns, warningCount: 0 };
}

export function listRules(config: ResolvedConfig, lang: Lang): string {
  const width = lang === 'fr' ? 14 : 8;
  const rows = [...config.registry.values()]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(
      (rule) =>
        `${rule.meta.id.padEnd(26)} ${say(`severity.${rule.meta.defaultSeverity}`, lang).padEnd(width)} ${rule.meta.channels.join(',').padEnd(8)} ${terminalText(localize(rule.meta.description, lang))}`,
    );
  const s = (key: PlainKey) => say(key, lang);
  return `${s('cli.ruleHeader').padEnd(26)} ${s('cli.defaultHeader').padEnd(width)} ${s('cli.channelsHeader').padEnd(8)} ${s('cli.summaryHeader')}\n${rows.join('\n')}\n`;
}

export function explainRule(config: ResolvedConfig, id: string, lang: Lang): string {
  const rule = config.registry.get(id);
  if (!rule)
    throw new LintFailure(
      'usage',
      localized('config.unknownRule', { id }),
      undefined,
      undefined,
      unknownRuleHint(id, config.registry.keys()),
    );
  const readme = lang === 'fr' ? ruleReadmeFr(id) : ruleReadme(id);
  if (readme !== undefined) return readme;
  // A plugin rule (or a rule whose French page is not written yet): its metadata, in the language.
  const messages = Object.entries(rule.meta.messages).map(
    ([key, text]) =>
      `- ${terminalText(key)}${lang === 'fr' ? '\u00a0:' : ':'} ${terminalText(localize(text, lang))}`,
  );
  const defaults = say('cli.pluginDefaults', lang, {
    severity: say(`severity.${rule.meta.defaultSeverity}`, lang),
    channels: rule.meta.channels.join(', '),
  });
  return `# ${id}\n\n${terminalText(localize(rule.meta.description, lang))}\n\n${defaults}\n\n${say('cli.messagesTitle', lang)}\n${messages.join('\n')}\n`;
}
