import { Command, CommanderError, Help, Option } from 'commander';
import { campaignResult, lint } from '../engine/lint';
import { loadConfig, type ResolvedConfig } from '../engine/config';
import { didYouMean, LintFailure } from '../base/failure';
import { formatCount, langFromEnv, localize, pick } from '../base/text';
import { say as sayCatalogue } from '../base/messages';
import { CLI, say, translateCommanderError, type CliMessage } from './messages';
import { failedResult, printConfig, reportTargets, TEXT, writeReports } from './output';
import { applyFixes } from './fix';
import { init } from './init';
import { writeCleanLists } from './write-clean';
import { ruleReadme, ruleReadmeFr, VERSION } from '../base/package-root';
import { installExitGuard } from './exit-code';
import { writeFully } from './sync-output';
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
}

interface LintFlags {
  format?: string[];
  output?: string;
  printConfig?: string;
  config?: string;
  rule: string[];
  maxWarnings?: number;
  quiet?: boolean;
  showPii?: boolean;
  lang?: Lang;
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  writeClean?: string;
  allowOutside?: boolean;
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
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    });
  if (lang === 'fr') {
    program.helpCommand('help [commande]', s('helpCommand'));
    program.configureHelp(frenchHelp());
  }

  program
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
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option('--max-warnings <n>', s('maxWarnings'), parseCount)
    .option('--quiet', s('quiet'))
    .option('--show-pii', s('showPii'))
    .addOption(new Option('--lang <lang>', s('lang')).choices(['fr', 'en']))
    .option('--color', pick(TEXT.colorOption, lang))
    .option('--no-color', s('noColor'))
    .option('--fix', s('fix'))
    .option(`--write-clean <${fr ? 'dossier' : 'dir'}>`, s('writeClean'))
    .option('--allow-outside', pick(TEXT.allowOutsideOption, lang))
    .option('--debug', s('debug'))
    .action(async (paths: string[], flags: LintFlags) => {
      debug = !!flags.debug;
      exitCode = await lintCommand(paths, flags, io);
    });

  program
    .command('init')
    .description(s('initDescription'))
    .action(() => {
      const done = init(io.cwd, lang);
      for (const file of done.written) io.stdout(`${s('created', { file })}\n`);
      for (const file of done.kept) io.stdout(`${s('kept', { file })}\n`);
      io.stdout(`\n${s('next')}\n`);
    });

  program
    .command('rules')
    .description(s('rulesDescription'))
    .option(`-c, --config <${file}>`, s('rulesConfig'))
    .addOption(new Option('--lang <lang>', s('language')).choices(['fr', 'en']))
    .action(async (flags: { config?: string; lang?: Lang }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(listRules(config, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description(s('explainDescription'))
    .argument(fr ? '<règle>' : '<rule-id>', s('ruleIdArgument'))
    .option(`-c, --config <${file}>`, s('explainConfig'))
    .addOption(new Option('--lang <lang>', s('language')).choices(['fr', 'en']))
    .action(async (id: string, flags: { config?: string; lang?: Lang }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(explainRule(config, id, flags.lang ?? lang));
    });

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

/** "120,000 rows · 95,000 rows/s · 1.3 s" on stderr, at most 4 times a second, erased at the end. */
function progressLine(io: CliIo, lang: Lang) {
  const started = Date.now();
  let shown = 0;
  return {
    update: (rows: number) => {
      const now = Date.now();
      if (now - shown < 250) return;
      shown = now;
      const seconds = (now - started) / 1000;
      const line = say('progress', lang, {
        rows: formatCount(rows, lang),
        rate: formatCount(Math.round(rows / Math.max(seconds, 0.001)), lang),
        seconds: lang === 'fr' ? seconds.toFixed(1).replace('.', ',') : seconds.toFixed(1),
      });
      io.stderr(`\r${line}\u001b[K`);
    },
    clear: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
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
  let full: LintResult;
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
    const showsProgress = targets.some((t) => t.name === 'stylish' && t.file === undefined);
    const progress = showsProgress && io.stderrIsTTY ? progressLine(io, lang) : null;
    full = await lint(paths, {
      cwd: io.cwd,
      config,
      onProgress: progress?.update,
      summary: targets.some((t) => t.name === 'html'),
      allowOutside: flags.allowOutside,
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
  for (const failure of [...full.failures, ...writeFailures]) reportFailure(failure, io, !!flags.debug, lang);
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
  if (!rule) {
    const known = [...config.registry.keys()];
    const close = known.filter((k) => k.includes(id) || id.includes(k));
    const near = close.length ? close.join(', ') : didYouMean(id, known);
    throw new LintFailure(
      'usage',
      { en: say('unknownRule', 'en', { id }), fr: say('unknownRule', 'fr', { id }) },
      undefined,
      undefined,
      near
        ? { en: say('didYouMean', 'en', { names: near }), fr: say('didYouMean', 'fr', { names: near }) }
        : CLI.listRules,
    );
  }
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

/** Commander's help in French: headings, option details and the usage line. */
function frenchHelp(): Partial<Help> {
  const base = new Help();
  return {
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
          (_all, choices: string, _d, value?: string) =>
            value === undefined
              ? `(${say('choices', 'fr', { values: choices })})`
              : `(${say('choices', 'fr', { values: choices })}, ${say('defaultValue', 'fr', { value })})`,
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
  }).then(
    (code) => exit.complete(code),
    (error) => {
      process.stderr.write(`campaign-lint: internal error: ${String(error)}\n`);
      exit.complete(2);
    },
  );
}
