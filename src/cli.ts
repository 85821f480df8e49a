import { Command, CommanderError, Option } from 'commander';
import path from 'path';
import { campaignResult, lint } from './engine/lint';
import { loadConfig, type ResolvedConfig } from './engine/config';
import { hintDidYouMean, LintFailure } from './errors';
import { streamingFormatters } from './format';
import { langFromEnv, pick } from './i18n';
import { assertNotInput, buffered, writeFileAtomic } from './write';
import { applyFixes } from './fix';
import { init } from './init';
import { writeCleanLists } from './write-clean';
import { ruleReadme, VERSION } from './package-root';
import { installExitGuard } from './exit-code';
import { writeFully } from './sync-output';
import type { Lang, LintResult } from './types';

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
  format: string;
  output?: string;
  config?: string;
  rule: string[];
  maxWarnings?: number;
  quiet?: boolean;
  showPii?: boolean;
  lang?: Lang;
  color: boolean;
  debug?: boolean;
  fix?: boolean;
  writeClean?: string;
  allowOutside?: boolean;
}

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const program = new Command('campaign-lint')
    .description('Lint French SMS and voicemail-drop campaigns before you press "send".')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('lint', { isDefault: true })
    .description('lint campaigns: manifests, folders of manifests, or recipient CSVs')
    .argument('<paths...>', 'manifests (*.campaign.yaml|yml|json), folders, or recipient CSVs')
    .addOption(
      new Option('-f, --format <name>', 'report format')
        .choices(Object.keys(streamingFormatters))
        .default('stylish'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of searching')
    .option(
      '--rule <id:severity>',
      'override one rule (repeatable), e.g. --rule message-opt-out:off',
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--quiet', 'report errors only')
    .option('--show-pii', 'print full phone numbers (masked by default)')
    .addOption(
      new Option('--lang <lang>', 'message language (default from LC_ALL/LANG)').choices(['fr', 'en']),
    )
    .option('--no-color', 'plain output')
    .option(
      '--fix',
      'apply safe fixes to messages (typographic characters, missing opt-out mention), then lint',
    )
    .option(
      '--write-clean <dir>',
      'write <campaign>.accepted.csv and <campaign>.rejected.csv (with a reasons column) in dir',
    )
    .option(
      '--allow-outside',
      'let manifests name files outside the project (the current folder, its git repository, the config folder)',
    )
    .option('--debug', 'print stack traces of internal errors')
    .action(async (paths: string[], flags: LintFlags) => {
      debug = !!flags.debug;
      exitCode = await lintCommand(paths, flags, io);
    });

  program
    .command('init')
    .description('write a commented starter config and an example campaign in the current folder')
    .action(() => {
      const done = init(io.cwd);
      for (const file of done.written) io.stdout(`created ${file}\n`);
      for (const file of done.kept) io.stdout(`kept    ${file} (already there)\n`);
      io.stdout('\nNext: campaign-lint campaigns\n');
    });

  program
    .command('rules')
    .description('list every rule: id, default severity, channels, summary')
    .option('-c, --config <file>', 'include the plugin rules of this config')
    .addOption(new Option('--lang <lang>', 'language').choices(['fr', 'en']))
    .action(async (flags: { config?: string; lang?: Lang }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(listRules(config, flags.lang ?? langFromEnv(io.env)));
    });

  program
    .command('explain')
    .description("show a rule's documentation: what, why, legal basis, examples, options")
    .argument('<rule-id>')
    .option('-c, --config <file>', 'also look among the plugin rules of this config')
    .action(async (id: string, flags: { config?: string }) => {
      const config = await loadConfig({ cwd: io.cwd, configFile: flags.config });
      io.stdout(explainRule(config, id));
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
      reportFailure(error, io, debug);
      return 2;
    }
    io.stderr(`campaign-lint: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    io.stderr(
      debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : 'Run again with --debug for details.\n',
    );
    return 2;
  }
}

/** "120,000 rows · 95,000 rows/s · 1.3 s" on stderr, at most 4 times a second, erased at the end. */
function progressLine(io: CliIo) {
  const started = Date.now();
  let shown = 0;
  return {
    update: (rows: number) => {
      const now = Date.now();
      if (now - shown < 250) return;
      shown = now;
      const seconds = (now - started) / 1000;
      io.stderr(
        `\r${rows.toLocaleString('en-US')} rows · ${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString('en-US')} rows/s · ${seconds.toFixed(1)} s\u001b[K`,
      );
    },
    clear: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

/** One clear message; the stack of what caused it only with --debug. */
function reportFailure(failure: LintFailure, io: CliIo, debug: boolean): void {
  io.stderr(`campaign-lint: ${failure.describe()}\n`);
  const cause = failure.cause as { stack?: unknown } | undefined;
  if (debug && typeof cause?.stack === 'string') io.stderr(`${cause.stack}\n`);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value))
    throw new LintFailure('usage', `--max-warnings expects a whole number (got "${value}")`);
  return Number(value);
}

async function lintCommand(paths: string[], flags: LintFlags, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, configFile: flags.config, ruleOverrides: flags.rule });
  if (flags.fix) {
    for (const fixed of await applyFixes(paths, io.cwd, config, { allowOutside: flags.allowOutside })) {
      if (fixed.refused) {
        io.stderr(`campaign-lint: not fixed ${fixed.file}: ${fixed.refused}\n`);
        continue;
      }
      const what = [
        fixed.replaced ? `${fixed.replaced} character(s) replaced` : '',
        fixed.mentionAdded ? `"${fixed.mentionAdded}" appended` : '',
      ]
        .filter(Boolean)
        .join(', ');
      io.stderr(`campaign-lint: fixed ${fixed.file} (${what})\n`);
    }
  }
  const progress = flags.format === 'stylish' && io.stderrIsTTY ? progressLine(io) : null;
  const full = await lint(paths, {
    cwd: io.cwd,
    config,
    onProgress: progress?.update,
    allowOutside: flags.allowOutside,
  });
  progress?.clear();
  if (flags.writeClean) {
    for (const written of await writeCleanLists(full.campaigns, flags.writeClean, io.cwd, full.inputs)) {
      io.stderr(
        `campaign-lint: ${written.accepted.file} (${written.accepted.rows} rows), ${written.rejected.file} (${written.rejected.rows} rows)\n`,
      );
    }
  }
  const result = flags.quiet ? errorsOnly(full) : full;
  const lang = flags.lang ?? langFromEnv(io.env);
  const color =
    flags.color && !flags.output && io.isTTY && io.env.NO_COLOR === undefined && flags.format === 'stylish';
  const format = (write: (text: string) => void) =>
    streamingFormatters[flags.format](result, { lang, showPii: !!flags.showPii, color }, write);
  if (result.campaigns.length > 0 || result.failures.length === 0) {
    if (flags.output) {
      assertNotInput(path.resolve(io.cwd, flags.output), full.inputs ?? [], flags.output);
      writeFileAtomic(path.resolve(io.cwd, flags.output), format, flags.output);
    } else {
      const out = buffered(io.stdout);
      format(out.write);
      out.flush();
    }
  }
  for (const failure of full.failures) reportFailure(failure, io, !!flags.debug);
  if (full.failures.length > 0) return 2;
  if (result.errorCount > 0) return 1;
  if (flags.maxWarnings !== undefined && result.warningCount > flags.maxWarnings) {
    io.stderr(
      `campaign-lint: ${result.warningCount} warnings, more than --max-warnings ${flags.maxWarnings}\n`,
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
    ),
  );
  return { ...result, campaigns, warningCount: 0 };
}

function listRules(config: ResolvedConfig, lang: Lang): string {
  const rows = [...config.registry.values()]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(
      (rule) =>
        `${rule.meta.id.padEnd(26)} ${rule.meta.defaultSeverity.padEnd(8)} ${rule.meta.channels.join(',').padEnd(8)} ${pick(rule.meta.description, lang)}`,
    );
  return `${'rule'.padEnd(26)} ${'default'.padEnd(8)} ${'channels'.padEnd(8)} summary\n${rows.join('\n')}\n`;
}

function explainRule(config: ResolvedConfig, id: string): string {
  const rule = config.registry.get(id);
  if (!rule) {
    const known = [...config.registry.keys()];
    const close = known.filter((k) => k.includes(id) || id.includes(k));
    const hint = close.length ? `Did you mean ${close.join(', ')}?` : hintDidYouMean(id, known);
    throw new LintFailure(
      'usage',
      `unknown rule "${id}"`,
      undefined,
      undefined,
      hint ?? 'Run "campaign-lint rules" to list them.',
    );
  }
  const readme = ruleReadme(id);
  if (readme !== undefined) return readme;
  // A plugin rule: its metadata is all there is.
  const messages = Object.entries(rule.meta.messages).map(([key, text]) => `- ${key}: ${pick(text, 'en')}`);
  return `# ${id}\n\n${pick(rule.meta.description, 'en')}\n\nDefault severity: ${rule.meta.defaultSeverity}; channels: ${rule.meta.channels.join(', ')}\n\nMessages:\n${messages.join('\n')}\n`;
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
