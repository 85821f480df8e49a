import { appendFileSync, statSync } from 'fs';
import path from 'path';
import { hintDidYouMean, LintFailure } from '../base/failure';
import { FORMAT_NAMES, isFormatName, loadFormatter, loadGithubSummary } from '../report/formats';
import type { FormatOptions } from '../report/types';
import { localized, say } from '../base/messages';
import { loadManifest, manifestInputs } from '../inputs/manifest';
import { discover } from '../inputs/discover';
import { scheduleFor, type HoursOptions as ScheduleOptions } from '../law/hours';
import type { ResolvedConfig } from '../engine/config';
import { buffered, writeFileAtomic, type RunOutputs } from './write';
import type { Lang, LintResult } from '../base/types';

// The lint command's reports: which formats go where (`-f name[:file]`, `-o`), colours, the GitHub
// job summary, and --print-config. Kept apart from cli.ts so the command's wiring stays short.

/** One report of a run: a format, and the file it goes to (stdout when none). */
export interface ReportTarget {
  readonly name: string;
  /** As given on the command line (relative to the working folder), or undefined for stdout. */
  readonly file?: string;
}

/**
 * `-f name[:file]` (repeatable) and `-o file` as report targets: each format at most once per file,
 * one at most on stdout; `-o` takes the format that has no file of its own.
 */
export function reportTargets(formats: readonly string[], output: string | undefined, lang: Lang) {
  const targets: ReportTarget[] = (formats.length > 0 ? formats : ['stylish']).map((given) => {
    // The name is what comes before the first ":" (a Windows path such as C:\r.sarif keeps its own).
    const colon = given.indexOf(':');
    const name = colon < 0 ? given : given.slice(0, colon);
    const file = colon < 0 ? undefined : given.slice(colon + 1);
    if (!isFormatName(name))
      throw new LintFailure(
        'usage',
        say('cli.unknownFormat', lang, { name }),
        undefined,
        undefined,
        hintDidYouMean(name, FORMAT_NAMES) ?? say('cli.formats', lang, { names: FORMAT_NAMES.join(', ') }),
      );
    return { name, ...(file ? { file } : {}) };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1)
    throw new LintFailure(
      'usage',
      say('cli.twoOnStdout', lang, { names: toStdout.map((t) => t.name).join(', ') }),
      undefined,
      undefined,
      say('cli.twoOnStdoutHint', lang, { name: toStdout[1].name }),
    );
  const placed = targets.map((t) => (t.file === undefined && output ? { ...t, file: output } : t));
  const seen = new Set<string>();
  for (const t of placed) {
    if (t.file === undefined) continue;
    const key = path.resolve(t.file);
    if (seen.has(key))
      throw new LintFailure(
        'usage',
        say('cli.outputTwice', lang, { file: t.file }),
        undefined,
        undefined,
        say('cli.outputTwiceHint', lang),
      );
    seen.add(key);
  }
  return placed;
}

/**
 * Colours for a report: --color / --no-color first, then FORCE_COLOR (stdout only: a file asked for
 * by CI never gets escape codes unless --color says so), then NO_COLOR, then whether stdout is a
 * terminal. Only human formats use them.
 */
export function useColor(
  target: ReportTarget,
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  isTTY: boolean,
): boolean {
  if (target.name !== 'stylish') return false;
  if (flag !== undefined) return flag;
  if (target.file !== undefined) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

export interface WriteContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: boolean;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean | undefined;
  readonly options: Omit<FormatOptions, 'color'>;
}

/**
 * Reserves the report files of a run (write.ts RunOutputs: never an input, never another output):
 * the targets that may be written, and a failure for each that may not.
 */
export function claimReports(
  targets: readonly ReportTarget[],
  outputs: RunOutputs,
  cwd: string,
): { targets: ReportTarget[]; failures: LintFailure[] } {
  const allowed: ReportTarget[] = [];
  const failures: LintFailure[] = [];
  for (const target of targets) {
    try {
      if (target.file !== undefined) outputs.claim(path.resolve(cwd, target.file), target.file);
      allowed.push(target);
    } catch (error) {
      if (!(error instanceof LintFailure)) throw error;
      failures.push(error);
    }
  }
  return { targets: allowed, failures };
}

/** Writes one report: to its file atomically (a reader never sees half a report), else to stdout. */
function writeReport(result: LintResult, target: ReportTarget, context: WriteContext): void {
  const format = loadFormatter(target.name);
  const options = {
    ...context.options,
    color: useColor(target, context.color, context.env, context.isTTY),
  };
  if (target.file !== undefined) {
    writeFileAtomic(
      path.resolve(context.cwd, target.file),
      (write) => format(result, options, write),
      target.file,
    );
  } else {
    const out = buffered(context.stdout);
    format(result, options, out.write);
    out.flush();
  }
}

/**
 * Writes every report and, when a `github` report is asked for inside GitHub Actions, appends the
 * job summary. Returns the failures met while writing (a folder that does not exist…): they make
 * the run exit 2. A format that fails on the result still leaves a report: one that says so.
 */
export function writeReports(
  result: LintResult,
  targets: readonly ReportTarget[],
  context: WriteContext,
): LintFailure[] {
  const problems: LintFailure[] = [];
  for (const target of targets) {
    try {
      writeReport(result, target, context);
    } catch (error) {
      const failure = asFailure(error);
      problems.push(failure);
      if (error instanceof LintFailure) continue;
      try {
        writeReport(failedResult(failure), target, context);
      } catch (again) {
        if (again instanceof LintFailure) problems.push(again);
      }
    }
  }
  const summary = context.env.GITHUB_STEP_SUMMARY;
  if (summary && targets.some((t) => t.name === 'github')) {
    try {
      const chunks: string[] = [];
      loadGithubSummary()(result, { ...context.options, color: false }, (chunk) => chunks.push(chunk));
      appendFileSync(summary, chunks.join(''));
    } catch (error) {
      context.stderr(
        say('cli.summaryFailed', context.options.lang, {
          reason: (error as Error)?.message ?? String(error),
        }),
      );
    }
  }
  return problems;
}

/** A run that could not start (config, --rule): no campaign linted, the failure in the report. */
export function failedResult(failure: LintFailure): LintResult {
  return { rules: [], campaigns: [], failures: [failure], errorCount: 0, warningCount: 0 };
}

/** Any error as a failure of the run: a LintFailure as it is, anything else as an internal error. */
export function asFailure(error: unknown): LintFailure {
  if (error instanceof LintFailure) return error;
  const message = (error as Error)?.message ?? String(error);
  return new LintFailure(
    'internal',
    localized('cli.internalError', { message }),
    undefined,
    undefined,
    localized('cli.runWithDebug'),
    error,
  );
}

/**
 * The files a run that failed early would have read (the paths given, the manifests they name and
 * the files those name), so that its failure report cannot replace one of them either.
 */
export async function inputsOf(
  paths: readonly string[],
  cwd: string,
  config: ResolvedConfig | undefined,
): Promise<string[]> {
  const files = new Set<string>(config?.file ? [config.file] : []);
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (statSync(absolute, { throwIfNoEntry: false })?.isFile()) files.add(absolute);
  }
  try {
    for (const file of (await discover(paths, cwd)).manifests) {
      files.add(file);
      try {
        for (const input of manifestInputs(await loadManifest(file, cwd, { allowOutside: true })))
          files.add(input);
      } catch {
        // a manifest that cannot be read names no file
      }
    }
  } catch {
    // what could not be discovered is not written over either: the paths given are kept above
  }
  return [...files];
}

/**
 * --print-config: the settings that apply to one campaign, as JSON — the config file used, the
 * preset, and per rule its severity, options and whether it runs for the campaign's channel and
 * purpose; `profile` is the schedule-hours profile the campaign gets.
 */
export async function printConfig(
  manifestPath: string,
  config: ResolvedConfig,
  cwd: string,
): Promise<string> {
  const manifest = await loadManifest(path.resolve(cwd, manifestPath), cwd);
  const rules: Record<string, { severity: string; options: Record<string, unknown>; runs: boolean }> = {};
  for (const id of [...config.rules.keys()].sort()) {
    const setting = config.rules.get(id)!;
    const rule = config.registry.get(id)!;
    const applies =
      rule.meta.channels.includes(manifest.channel) &&
      (!rule.meta.purposes || rule.meta.purposes.includes(manifest.purpose));
    const severity =
      setting.severity === 'off' ? 'off' : config.preset === 'strict' ? 'error' : setting.severity;
    rules[id] = { severity, options: { ...setting.options }, runs: applies && severity !== 'off' };
  }
  const schedule = (config.rules.get('schedule-hours')?.options ?? {}) as ScheduleOptions;
  // The rule's own choice (its profile option, or its default for the campaign's channel and audience).
  const profile = scheduleFor(schedule, manifest, manifest.sendAtText.slice(0, 10)).profile;
  const relative = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  return `${JSON.stringify(
    {
      campaign: manifest.display,
      channel: manifest.channel,
      purpose: manifest.purpose,
      configFile: config.file ? relative(config.file) : null,
      extends: config.preset,
      profile,
      rules,
    },
    null,
    2,
  )}\n`;
}
