import { Command, CommanderError, Help, Option } from 'commander';
import { campaignResult, lint } from '../engine/lint';
import { loadConfig, pluginPaths, unknownRuleHint, type ResolvedConfig } from '../engine/config';
import { LintFailure } from '../base/failure';
import { formatCount, langFromEnv, localize } from '../base/text';
import { localized, say, type PlainKey } from '../base/messages';
import { translateCommanderError } from './messages';
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
import { streamingFormatters } from '../report';
import { applyFixes } from './fix';
import { init } from './init';
import { writeCleanLists } from './write-clean';
import { planCommand, type PlanFlags } from './plan';
import { PLAN_FORMATS } from '../report/plan';
import { ruleReadme, ruleReadmeFr, VERSION } from '../base/package-root';
import { installExitGuard } from './exit-code';
import { writeFully } from './sync-output';
import { terminalText } from '../report/sinks';
import { progressLine, wantsProgress } from './progress';
import { openRunCache, saveRunCache, type RunCache } from './cache-file';
import type { Failure, Lang, LintResult } from '../base/types';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress line for long runs). */
  stderrIsTTY?: boolean;
  /** The terminal's width for the help (80 when unknown). */
  columns?: number;
}

interface LintFlags {
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

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  // The language is known before the commands are built: --help is in it too.
  const lang = langOfArgs(argv, io.env);
  const s = (key: PlainKey) => say(key, lang);
  // Value placeholders of the help (<file>…) in the language too; they are only shown, never parsed.
  const fr = lang === 'fr';
  const file = fr ? 'fichier' : 'file';
  const program = new Command('campaign-lint')
    .description(s('cli.programDescription'))
    .version(VERSION, '-v, --version', s('cli.version'))
    .helpOption('-h, --help', s('cli.help'))
    .usage(say('cli.usage', lang))
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    });
  program.helpCommand(fr ? 'help [commande]' : 'help [command]', s('cli.helpCommand'));
  if (fr) program.configureHelp(frenchHelp());

  const lint = program
    .command('lint', { isDefault: true })
    .description(s('cli.lintDescription'))
    .argument(fr ? '[chemins...]' : '[paths...]', say('cli.pathsArgument', lang))
    .option(
      `-f, --format <${fr ? 'nom[:fichier]' : 'name[:file]'}>`,
      say('cli.formatOption', lang, { formats: Object.keys(streamingFormatters).join(', ') }),
      (value: string, all: string[] | undefined) => [...(all ?? []), value],
    )
    .option(`-o, --output <${file}>`, say('cli.outputOption', lang))
    .option(`--print-config <${fr ? 'manifeste' : 'manifest'}>`, say('cli.printConfigOption', lang))
    .option(`-c, --config <${file}>`, s('cli.config'))
    .option(
      `--rule <id:${fr ? 'sévérité' : 'severity'}>`,
      s('cli.rule'),
      (value: string, all: string[] | undefined) => [...(all ?? []), value],
    )
    .option('--max-warnings <n>', s('cli.maxWarnings'), parseCount)
    .option('--quiet', s('cli.quiet'))
    .option('--show-pii', s('cli.showPii'))
    .addOption(new Option(`--lang <${say('cli.langArgument', lang)}>`, s('cli.lang')).choices(['fr', 'en']))
    .option('--color', say('cli.colorOption', lang))
    .option('--no-color', say('cli.noColorOption', lang))
    .option('--fix', s('cli.fix'))
    .option(`--write-clean <${fr ? 'dossier' : 'dir'}>`, s('cli.writeClean'))
    .option('--allow-outside', say('cli.allowOutsideOption', lang))
    .option('--no-ignore', say('ignore.option', lang))
    .option('--cache', say('cache.option', lang))
    .option(`--cache-location <${file}>`, say('cache.locationOption', lang))
    .option('--progress', say('cli.progressOption', lang))
    .option('--no-progress', say('cli.noProgressOption', lang))
    .option('--debug', s('cli.debug'))
    .action(async (paths: string[], flags: LintFlags) => {
      debug = !!flags.debug;
      exitCode = await lintCommand(paths, flags, io);
    });

  program
    .command('plan')
    .description(say('plan.cli.planDescription', lang))
    .argument(fr ? '<manifeste>' : '<manifest>', say('plan.cli.manifestArgument', lang))
    .option(`-o, --output <${fr ? 'dossier' : 'dir'}>`, say('plan.cli.outDir', lang))
    .option(`--within <${fr ? 'jours' : 'days'}>`, say('plan.cli.within', lang), parseWithin, 14)
    .addOption(
      new Option('--tier <tier>', say('plan.cli.tier', lang))
        .choices(['warning', 'error'])
        .default('warning'),
    )
    .addOption(
      new Option(`-f, --format <${fr ? 'nom' : 'name'}>`, say('plan.cli.planFormat', lang))
        .choices([...PLAN_FORMATS])
        .default('stylish'),
    )
    .option(`-c, --config <${file}>`, s('cli.config'))
    .option(
      `--rule <id:${fr ? 'sévérité' : 'severity'}>`,
      s('cli.rule'),
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option('--show-pii', s('cli.showPii'))
    .addOption(new Option('--lang <lang>', s('cli.lang')).choices(['fr', 'en']))
    .option('--allow-outside', say('cli.allowOutsideOption', lang))
    .option('--debug', s('cli.debug'))
    .action(async (manifest: string, flags: PlanFlags & { lang?: Lang; debug?: boolean }) => {
      debug = !!flags.debug;
      exitCode = await planCommand(manifest, flags, flags.lang ?? lang, io);
    });

  program
    .command('init')
    .description(s('cli.initDescription'))
    .action(() => {
      const done = init(io.cwd, lang);
      for (const file of done.written) io.stdout(`${say('cli.created', lang, { file })}\n`);
      for (const file of done.kept) io.stdout(`${say('cli.kept', lang, { file })}\n`);
      // npx runs a local install (node_modules/.bin) and a global one alike.
      io.stdout(`\n${say('cli.next', lang)}\n`);
    });

  program
    .command('rules')
    .description(s('cli.rulesDescription'))
    .option(`-c, --config <${file}>`, s('cli.rulesConfig'))
    .addOption(
      new Option(`--lang <${say('cli.langArgument', lang)}>`, s('cli.language')).choices(['fr', 'en']),
    )
    .action(async (flags: { config?: string; lang?: Lang }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(listRules(config, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description(s('cli.explainDescription'))
    .argument(fr ? '<règle>' : '<rule-id>', s('cli.ruleIdArgument'))
    .option(`-c, --config <${file}>`, s('cli.explainConfig'))
    .addOption(
      new Option(`--lang <${say('cli.langArgument', lang)}>`, s('cli.language')).choices(['fr', 'en']),
    )
    .action(async (id: string, flags: { config?: string; lang?: Lang }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(explainRule(config, id, flags.lang ?? lang));
    });

  // The top-level help shows the lint options too: `lint` is the command people run.
  program.configureHelp({ ...(fr ? frenchHelp() : {}), ...withLintOptions(lint, lang) });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof LintFailure) {
      reportFailure(error, io, debug, langOfArgs(argv, io.env));
      return 2;
    }
    io.stderr(
      `campaign-lint: ${say('cli.internalError', lang, { message: (error as Error)?.message ?? String(error) })}\n`,
    );
    io.stderr(
      debug && error instanceof Error && error.stack ? `${error.stack}\n` : `${s('cli.runWithDebug')}\n`,
    );
    return 2;
  }
}

/** The language asked for on the command line (`--lang fr`, `--lang=fr`), else from the environment. */
function langOfArgs(argv: readonly string[], env: CliIo['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : '';
    if (value === 'fr' || value === 'en') return value;
  }
  return langFromEnv(env);
}

/** One clear message; the stack of what caused it only with --debug. */
function reportFailure(failure: Failure, io: CliIo, debug: boolean, lang: Lang): void {
  io.stderr(`campaign-lint: ${failure.describe(lang)}\n`);
  const cause = failure.cause as { stack?: unknown } | undefined;
  if (debug && typeof cause?.stack === 'string') io.stderr(`${cause.stack}\n`);
}

function parseWithin(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 366)
    throw new LintFailure('usage', localized('plan.cli.withinNotANumber', { value }));
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new LintFailure('usage', localized('cli.maxWarningsNotANumber', { value }));
  return Number(value);
}

async function lintCommand(paths: string[], flags: LintFlags, io: CliIo): Promise<number> {
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
      for (const fixed of await applyFixes(paths, io.cwd, config, { allowOutside: flags.allowOutside })) {
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
        ? await openRunCache(
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
    const clean = await writeCleanLists(full.campaigns, flags.writeClean, io.cwd, outputs);
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
    const refused = saveRunCache(runCache, outputs, lang, io.stderr);
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

function listRules(config: ResolvedConfig, lang: Lang): string {
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

function explainRule(config: ResolvedConfig, id: string, lang: Lang): string {
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

/**
 * The top-level help with the lint options in it, under their own heading before the commands:
 * `campaign-lint --help` is what people type first, and `lint` is the default command.
 */
function withLintOptions(lint: Command, lang: Lang): Partial<Help> {
  return {
    padWidth(cmd: Command, helper: Help): number {
      return Math.max(
        Help.prototype.padWidth.call(this, cmd, helper),
        helper.longestOptionTermLength(lint, helper),
      );
    },
    formatHelp(cmd: Command, helper: Help): string {
      const text = Help.prototype.formatHelp.call(this, cmd, helper);
      const width = helper.padWidth(cmd, helper);
      const items = helper
        .visibleOptions(lint)
        .filter((option) => option.long !== '--help')
        .map((option) =>
          helper.formatItem(helper.optionTerm(option), width, helper.optionDescription(option), helper),
        );
      const section = [helper.styleTitle(say('cli.lintOptions', lang)), ...items, '', ''].join('\n');
      const options = `\n${helper.styleTitle('Options:')}\n`;
      const at = text.indexOf(options);
      return at < 0 ? `${text}\n${section}` : `${text.slice(0, at + 1)}${section}${text.slice(at + 1)}`;
    },
  };
}

// No-break spaces (French typography) must not be line breaks when the help is wrapped.
const NO_BREAK = /[\u00a0\u202f]/g;
const KEPT = ['\ue000', '\ue001'];

/** Commander's help in French: headings, option details, the usage line, wrapping. */
function frenchHelp(): Partial<Help> {
  const base = new Help();
  return {
    boxWrap(text: string, width: number): string {
      const protectedText = text.replace(NO_BREAK, (c) => KEPT[c === '\u00a0' ? 0 : 1]);
      return Help.prototype.boxWrap
        .call(this, protectedText, width)
        .replace(/[\ue000\ue001]/g, (c) => (c === KEPT[0] ? '\u00a0' : '\u202f'));
    },
    styleTitle: (title: string) =>
      ({
        'Usage:': say('cli.usageTitle', 'fr'),
        'Arguments:': say('cli.argumentsTitle', 'fr'),
        'Options:': say('cli.optionsTitle', 'fr'),
        'Commands:': say('cli.commandsTitle', 'fr'),
        'Global Options:': say('cli.globalOptionsTitle', 'fr'),
      })[title] ?? title,
    styleUsage: (usage: string) => usage.replace('[command]', '[commande]'),
    optionDescription: (option) =>
      base
        .optionDescription(option)
        .replace(
          /\(choices: ([^)]*?)(, default: ([^)]*))?\)$/,
          (_all, listed: string, _d, value?: string) => {
            // "fr", "en" → « fr », « en »
            const choices = listed.replace(/"([^"]*)"/g, '«\u00a0$1\u00a0»');
            return value === undefined
              ? `(${say('cli.choices', 'fr', { values: choices })})`
              : `(${say('cli.choices', 'fr', { values: choices })}, ${say('cli.defaultValue', 'fr', { value })})`;
          },
        )
        .replace(
          /\(default: ([^)]*)\)$/,
          (_all, value: string) => `(${say('cli.defaultValue', 'fr', { value })})`,
        ),
  };
}

export function main(): void {
  const exit = installExitGuard();
  run(process.argv.slice(2), {
    // Written before returning, so a slow reader holds the report back instead of memory filling.
    stdout: (text) => {
      if (!exit.readerGone && !writeFully(1, text)) exit.dropOutput();
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  }).then(
    (code) => exit.complete(code),
    (error) => {
      process.stderr.write(`campaign-lint: internal error: ${String(error)}\n`);
      exit.complete(2);
    },
  );
}
