import { Command, CommanderError, Help, Option } from 'commander';
import { LintFailure } from '../base/failure';
import { langFromEnv } from '../base/text';
import { localized, say, type PlainKey } from '../base/messages';
import { translateCommanderError } from './messages';
import { FORMAT_NAMES, PLAN_FORMATS } from '../report/formats';
import { VERSION } from '../base/package-root';
import { installExitGuard } from './exit-code';
import { writeFully } from './sync-output';
import { reportFailure, type CliIo } from './io';
import type { LintFlags } from './commands';
import type { PlanFlags } from './plan';
import type { Lang } from '../base/types';

export type { CliIo } from './io';

// Each command's code is loaded when it runs: --version, --help and usage mistakes never load the
// engine, the rules, YAML or the formats (a third of a second of every run's start).
/* eslint-disable @typescript-eslint/no-require-imports */
const commands = () => require('./commands') as typeof import('./commands');
const planCommands = () => require('./plan') as typeof import('./plan');
const initCommand = () => require('./init') as typeof import('./init');
/* eslint-enable @typescript-eslint/no-require-imports */

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
      say('cli.formatOption', lang, { formats: FORMAT_NAMES.join(', ') }),
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
      exitCode = await commands().lintCommand(paths, flags, io);
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
      exitCode = await planCommands().planCommand(manifest, flags, flags.lang ?? lang, io);
    });

  program
    .command('init')
    .description(s('cli.initDescription'))
    .action(() => {
      const done = initCommand().init(io.cwd, lang);
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
      const { listRules, loadConfig } = commands();
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
      const { explainRule, loadConfig } = commands();
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

function parseWithin(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 366)
    throw new LintFailure('usage', localized('plan.cli.withinNotANumber', { value }));
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new LintFailure('usage', localized('cli.maxWarningsNotANumber', { value }));
  return Number(value);
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
