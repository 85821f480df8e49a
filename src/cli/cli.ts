import { Command, CommanderError, Help, Option } from 'commander';
import { campaignResult, lint } from '../engine/lint';
import { loadConfig, unknownRuleHint, type ResolvedConfig } from '../engine/config';
import { LintFailure } from '../base/failure';
import { formatCount, langFromEnv, localize, pick } from '../base/text';
import { localized, say as sayCatalogue } from '../base/messages';
import { say, translateCommanderError, type CliMessage } from './messages';
import { failedResult, printConfig, reportTargets, TEXT, writeReports } from './output';
import { applyFixes } from './fix';
import { init } from './init';
import { writeCleanLists } from './write-clean';
import { planCommand, type PlanFlags } from './plan';
import { PLAN_FORMATS } from '../report/plan';
import { ruleReadme, ruleReadmeFr, VERSION } from '../base/package-root';
import { installExitGuard } from './exit-code';
import { writeFully } from './sync-output';
import { progressLine, wantsProgress } from './progress';
import { openRunCache, saveRunCache, type RunCache } from './cache-file';
import type { DataValue, Failure, Lang, LintResult } from '../base/types';

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
  const s = (key: CliMessage, data?: Readonly<Record<string, DataValue>>) => say(key, lang, data);
  // Value placeholders of the help (<file>…) in the language too; they are only shown, never parsed.
  const fr = lang === 'fr';
  const file = fr ? 'fichier' : 'file';
  const program = new Command('campaign-lint')
    .description(s('programDescription'))
    .version(VERSION, '-v, --version', s('version'))
    .helpOption('-h, --help', s('help'))
    .usage(sayCatalogue('cli.usage', lang))
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    });
  program.helpCommand(fr ? 'help [commande]' : 'help [command]', s('helpCommand'));
  if (fr) program.configureHelp(frenchHelp());

  const lint = program
    .command('lint', { isDefault: true })
    .description(s('lintDescription'))
    .argument(fr ? '[chemins...]' : '[paths...]', pick(TEXT.pathsArgument, lang))
    .option(
      `-f, --format <${fr ? 'nom[:fichier]' : 'name[:file]'}>`,
      pick(TEXT.formatOption, lang),
      (value: string, all: string[] | undefined) => [...(all ?? []), value],
    )
    .option(`-o, --output <${file}>`, pick(TEXT.outputOption, lang))
    .option(`--print-config <${fr ? 'manifeste' : 'manifest'}>`, pick(TEXT.printConfigOption, lang))
    .option(`-c, --config <${file}>`, s('config'))
    .option(
      `--rule <id:${fr ? 'sévérité' : 'severity'}>`,
      s('rule'),
      (value: string, all: string[] | undefined) => [...(all ?? []), value],
    )
    .option('--max-warnings <n>', s('maxWarnings'), parseCount)
    .option('--quiet', s('quiet'))
    .option('--show-pii', s('showPii'))
    .addOption(
      new Option(`--lang <${sayCatalogue('cli.langArgument', lang)}>`, s('lang')).choices(['fr', 'en']),
    )
    .option('--color', pick(TEXT.colorOption, lang))
    .option('--no-color', pick(TEXT.noColorOption, lang))
    .option('--fix', s('fix'))
    .option(`--write-clean <${fr ? 'dossier' : 'dir'}>`, s('writeClean'))
    .option('--allow-outside', pick(TEXT.allowOutsideOption, lang))
    .option('--no-ignore', sayCatalogue('ignore.option', lang))
    .option('--cache', sayCatalogue('cache.option', lang))
    .option(`--cache-location <${file}>`, sayCatalogue('cache.locationOption', lang))
    .option('--progress', sayCatalogue('cli.progressOption', lang))
    .option('--no-progress', sayCatalogue('cli.noProgressOption', lang))
    .option('--debug', s('debug'))
    .action(async (paths: string[], flags: LintFlags) => {
      debug = !!flags.debug;
      exitCode = await lintCommand(paths, flags, io);
    });

  program
    .command('plan')
    .description(sayCatalogue('plan.cli.planDescription', lang))
    .argument(fr ? '<manifeste>' : '<manifest>', sayCatalogue('plan.cli.manifestArgument', lang))
    .option(`-o, --output <${fr ? 'dossier' : 'dir'}>`, sayCatalogue('plan.cli.outDir', lang))
    .option(`--within <${fr ? 'jours' : 'days'}>`, sayCatalogue('plan.cli.within', lang), parseWithin, 14)
    .addOption(
      new Option('--tier <tier>', sayCatalogue('plan.cli.tier', lang))
        .choices(['warning', 'error'])
        .default('warning'),
    )
    .addOption(
      new Option(`-f, --format <${fr ? 'nom' : 'name'}>`, sayCatalogue('plan.cli.planFormat', lang))
        .choices([...PLAN_FORMATS])
        .default('stylish'),
    )
    .option(`-c, --config <${file}>`, s('config'))
    .option(
      `--rule <id:${fr ? 'sévérité' : 'severity'}>`,
      s('rule'),
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option('--show-pii', s('showPii'))
    .addOption(new Option('--lang <lang>', s('lang')).choices(['fr', 'en']))
    .option('--allow-outside', pick(TEXT.allowOutsideOption, lang))
    .option('--debug', s('debug'))
    .action(async (manifest: string, flags: PlanFlags & { lang?: Lang; debug?: boolean }) => {
      debug = !!flags.debug;
      exitCode = await planCommand(manifest, flags, flags.lang ?? lang, io);
    });

  program
    .command('init')
    .description(s('initDescription'))
    .action(() => {
      const done = init(io.cwd, lang);
      for (const file of done.written) io.stdout(`${s('created', { file })}\n`);
      for (const file of done.kept) io.stdout(`${s('kept', { file })}\n`);
      // npx runs a local install (node_modules/.bin) and a global one alike.
      io.stdout(`\n${sayCatalogue('cli.next', lang)}\n`);
    });

  program
    .command('rules')
    .description(s('rulesDescription'))
    .option(`-c, --config <${file}>`, s('rulesConfig'))
    .addOption(
      new Option(`--lang <${sayCatalogue('cli.langArgument', lang)}>`, s('language')).choices(['fr', 'en']),
    )
    .action(async (flags: { config?: string; lang?: Lang }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(listRules(config, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description(s('explainDescription'))
    .argument(fr ? '<règle>' : '<rule-id>', s('ruleIdArgument'))
    .option(`-c, --config <${file}>`, s('explainConfig'))
    .addOption(
      new Option(`--lang <${sayCatalogue('cli.langArgument', lang)}>`, s('language')).choices(['fr', 'en']),
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
      `campaign-lint: ${s('internalError', { message: (error as Error)?.message ?? String(error) })}\n`,
    );
    io.stderr(debug && error instanceof Error && error.stack ? `${error.stack}\n` : `${s('runWithDebug')}\n`);
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
  if (!/^\d+$/.test(value))
    throw new LintFailure('usage', {
      en: say('maxWarningsNotANumber', 'en', { value }),
      fr: say('maxWarningsNotANumber', 'fr', { value }),
    });
  return Number(value);
}

async function lintCommand(paths: string[], flags: LintFlags, io: CliIo): Promise<number> {
  const lang = flags.lang ?? langFromEnv(io.env);
  // Usage mistakes in -f/-o stop here (exit 2): there is no report to write without a format.
  const targets = reportTargets(flags.format ?? [], flags.output, lang);
  const stylishOnStdout = targets.some((t) => t.name === 'stylish' && t.file === undefined);
  let full: LintResult;
  let runCache: RunCache | undefined;
  try {
    const config = await loadConfig({ cwd: io.cwd, configFile: flags.config, ruleOverrides: flags.rule });
    if (flags.printConfig !== undefined) {
      io.stdout(await printConfig(flags.printConfig, config, io.cwd));
      return 0;
    }
    if (flags.fix) {
      for (const fixed of await applyFixes(paths, io.cwd, config, { allowOutside: flags.allowOutside })) {
        if (fixed.refused) {
          io.stderr(`campaign-lint: ${say('notFixed', lang, { file: fixed.file, reason: fixed.refused })}\n`);
          continue;
        }
        const n = fixed.replaced;
        const what = [
          n ? sayCatalogue('count.replaced', lang, { n }) : '',
          fixed.mentionAdded ? say('appended', lang, { mention: fixed.mentionAdded }) : '',
        ]
          .filter(Boolean)
          .join(', ');
        io.stderr(`campaign-lint: ${say('fixed', lang, { file: fixed.file, what })}\n`);
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
    if (flags.writeClean) {
      const rows = (n: number) => sayCatalogue('count.row', lang, { n });
      for (const written of await writeCleanLists(full.campaigns, flags.writeClean, io.cwd, full.inputs)) {
        if (written.fromWorkbook)
          io.stderr(`campaign-lint: ${say('workbookAsCsv', lang, { file: written.source })}\n`);
        io.stderr(
          `campaign-lint: ${say('cleanWritten', lang, {
            accepted: written.accepted.file,
            acceptedRows: rows(written.accepted.rows),
            rejected: written.rejected.file,
            rejectedRows: rows(written.rejected.rows),
          })}\n`,
        );
      }
    }
  } catch (error) {
    // A run that could not start still writes its reports: CI reads the failure there.
    if (!(error instanceof LintFailure) || flags.printConfig !== undefined) throw error;
    full = failedResult(error);
  }
  const result = flags.quiet ? errorsOnly(full) : full;
  const writeFailures = writeReports(result, targets, {
    cwd: io.cwd,
    env: io.env,
    isTTY: io.isTTY,
    stdout: io.stdout,
    stderr: io.stderr,
    color: flags.color,
    options: { lang, showPii: !!flags.showPii },
    inputs: full.inputs ?? [],
  });
  if (runCache) {
    const refused = saveRunCache(runCache, full.inputs ?? [], lang, io.stderr);
    if (refused) writeFailures.push(refused);
    if (flags.debug)
      io.stderr(
        `campaign-lint: ${sayCatalogue('cache.hits', lang, { n: runCache.cache.hits, file: runCache.display })}\n`,
      );
  }
  // On a terminal the stylish report already shows each failure in its red block: said again on
  // stderr, the same screen would show it twice. Elsewhere (a pipe, a file, CI) stderr says it too.
  const onScreen = stylishOnStdout && io.isTTY && !!io.stderrIsTTY && !flags.debug;
  for (const failure of [...(onScreen ? [] : full.failures), ...writeFailures])
    reportFailure(failure, io, !!flags.debug, lang);
  if (full.failures.length > 0 || writeFailures.length > 0) return 2;
  if (result.errorCount > 0) return 1;
  if (flags.maxWarnings !== undefined && result.warningCount > flags.maxWarnings) {
    io.stderr(
      `campaign-lint: ${say('maxWarningsExceeded', lang, { count: formatCount(result.warningCount, lang), max: flags.maxWarnings })}\n`,
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

const SEVERITY_WORDS = {
  error: { en: 'error', fr: 'erreur' },
  warning: { en: 'warning', fr: 'avertissement' },
  off: { en: 'off', fr: 'désactivée' },
} as const;

function listRules(config: ResolvedConfig, lang: Lang): string {
  const width = lang === 'fr' ? 14 : 8;
  const rows = [...config.registry.values()]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(
      (rule) =>
        `${rule.meta.id.padEnd(26)} ${pick(SEVERITY_WORDS[rule.meta.defaultSeverity], lang).padEnd(width)} ${rule.meta.channels.join(',').padEnd(8)} ${localize(rule.meta.description, lang)}`,
    );
  const s = (key: CliMessage) => say(key, lang);
  return `${s('ruleHeader').padEnd(26)} ${s('defaultHeader').padEnd(width)} ${s('channelsHeader').padEnd(8)} ${s('summaryHeader')}\n${rows.join('\n')}\n`;
}

function explainRule(config: ResolvedConfig, id: string, lang: Lang): string {
  const rule = config.registry.get(id);
  if (!rule)
    throw new LintFailure(
      'usage',
      { en: say('unknownRule', 'en', { id }), fr: say('unknownRule', 'fr', { id }) },
      undefined,
      undefined,
      unknownRuleHint(id, config.registry.keys()),
    );
  const readme = lang === 'fr' ? ruleReadmeFr(id) : ruleReadme(id);
  if (readme !== undefined) return readme;
  // A plugin rule (or a rule whose French page is not written yet): its metadata, in the language.
  const messages = Object.entries(rule.meta.messages).map(
    ([key, text]) => `- ${key}${lang === 'fr' ? '\u00a0:' : ':'} ${localize(text, lang)}`,
  );
  const defaults = say('pluginDefaults', lang, {
    severity: pick(SEVERITY_WORDS[rule.meta.defaultSeverity], lang),
    channels: rule.meta.channels.join(', '),
  });
  return `# ${id}\n\n${localize(rule.meta.description, lang)}\n\n${defaults}\n\n${say('messagesTitle', lang)}\n${messages.join('\n')}\n`;
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
      const section = [helper.styleTitle(sayCatalogue('cli.lintOptions', lang)), ...items, '', ''].join('\n');
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
        'Usage:': say('usageTitle', 'fr'),
        'Arguments:': say('argumentsTitle', 'fr'),
        'Options:': say('optionsTitle', 'fr'),
        'Commands:': say('commandsTitle', 'fr'),
        'Global Options:': say('globalOptionsTitle', 'fr'),
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
              ? `(${say('choices', 'fr', { values: choices })})`
              : `(${say('choices', 'fr', { values: choices })}, ${say('defaultValue', 'fr', { value })})`;
          },
        )
        .replace(
          /\(default: ([^)]*)\)$/,
          (_all, value: string) => `(${say('defaultValue', 'fr', { value })})`,
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
