// `campaign-lint plan <manifest>`: lints the campaign once, places its sendable recipients
// (src/plan/), writes the plan's files (plan-files.ts) and prints the plan. Exit 0: every sendable
// recipient placed; 1: some could not be placed within the horizon, or the campaign has errors no
// send time can fix (then nothing is written); 2: the campaign could not be read.
import { existsSync, mkdirSync, statSync } from 'fs';
import path from 'path';
import { loadConfig } from '../engine/config';
import { inputError, LintFailure } from '../base/failure';
import { MANIFEST_PATTERN } from '../inputs/manifest';
import { planCampaign, type PlanRun, type PlanTier, type ScheduleRule } from '../plan';
import { localized, say } from '../base/messages';
import { planDocument, planHtml, planJson, planStylish, type PlanFormat } from '../report/plan';
import type { Lang } from '../base/types';
import { PlanFiles } from './plan-files';

export interface PlanFlags {
  output?: string;
  within: number;
  tier: PlanTier;
  format: PlanFormat;
  config?: string;
  rule: string[];
  showPii?: boolean;
  allowOutside?: boolean;
  /** Not an option of the command: the test that proves a planner ignoring a rule is caught sets it. */
  ignore?: readonly ScheduleRule[];
}

export interface PlanIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Runs the plan; returns the exit code. Failures (exit 2) are thrown as LintFailure or returned in the output. */
export async function planCommand(
  manifestPath: string,
  flags: PlanFlags,
  lang: Lang,
  io: PlanIo,
): Promise<number> {
  const file = path.resolve(io.cwd, manifestPath);
  if (!MANIFEST_PATTERN.test(manifestPath) || (existsSync(file) && !statSync(file).isFile()))
    throw notAManifest(manifestPath);
  const config = await loadConfig({ cwd: io.cwd, configFile: flags.config, ruleOverrides: flags.rule });
  const dir = path.resolve(io.cwd, flags.output ?? path.dirname(file));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw inputError(
      flags.output ?? path.dirname(manifestPath),
      undefined,
      localized('plan.cli.cannotCreate', { reason: (error as Error).message }),
      localized('plan.cli.cannotCreateHint'),
    );
  }
  const files = new PlanFiles(dir, io.cwd);
  let run: PlanRun;
  try {
    run = await planCampaign(manifestPath, {
      cwd: io.cwd,
      config,
      tier: flags.tier,
      withinDays: flags.within,
      dir,
      allowOutside: flags.allowOutside,
      ignore: flags.ignore,
      timeline: flags.format === 'html',
      open: (start) => files.open(start),
    });
  } catch (error) {
    files.abort();
    throw error;
  }
  const options = { lang, showPii: !!flags.showPii, color: false };
  const output = { plan: run.plan, failures: run.lint.failures };
  const print = () =>
    io.stdout(
      flags.format === 'json'
        ? planJson(output, options)
        : flags.format === 'html'
          ? planHtml(output, options)
          : planStylish(output, options),
    );
  const plan = run.plan;
  if (!plan || plan.status === 'blocked') {
    files.abort();
    print();
    for (const failure of run.lint.failures) io.stderr(`campaign-lint: ${failure.describe(lang)}\n`);
    return plan ? 1 : 2;
  }
  let done: { written: string[]; removed: string[] };
  try {
    done = files.finish(
      { ...run, plan },
      `${JSON.stringify(planDocument(output, lang), null, 2)}\n`,
      run.lint.inputs ?? [],
      (i) => batchComment(plan, i, lang),
    );
  } catch (error) {
    files.abort();
    throw error;
  }
  print();
  if (plan.campaign.fromWorkbook) io.stderr(`campaign-lint: ${say('plan.cli.workbookAsCsv', lang)}\n`);
  io.stderr(
    `campaign-lint: ${say('plan.cli.planWritten', lang, {
      dir: plan.dir,
      files: say('count.file', lang, { n: done.written.length }),
    })}\n`,
  );
  if (done.removed.length > 0)
    io.stderr(`campaign-lint: ${say('plan.cli.oldPlanRemoved', lang, { n: done.removed.length })}\n`);
  return plan.unplaced.count > 0 ? 1 : 0;
}

function notAManifest(manifestPath: string): LintFailure {
  return new LintFailure(
    'usage',
    {
      en: say('plan.cli.notAManifest', 'en', { path: manifestPath }),
      fr: say('plan.cli.notAManifest', 'fr', { path: manifestPath }),
    },
    undefined,
    undefined,
    localized('plan.cli.notAManifestHint'),
  );
}

/** The comment at the top of a batch's manifest: which plan it comes from, and whom it sends. */
function batchComment(plan: NonNullable<PlanRun['plan']>, i: number, lang: Lang): string {
  const b = plan.batches[i];
  return ` ${say('plan.batchComment', lang, {
    n: b.count,
    batch: b.number,
    of: plan.batches.length,
    manifest: path.basename(plan.campaign.file),
    tier: plan.tier,
    territories: b.territories.map((t) => t.name[lang]).join(', '),
  })}`;
}
