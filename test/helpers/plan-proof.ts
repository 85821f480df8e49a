import { readFileSync } from 'fs';
import path from 'path';
import { lint } from '../../src/engine/lint';
import { loadConfig } from '../../src/engine/config';
import { planCommand, type PlanFlags } from '../../src/cli/plan';
import { SCHEDULE_RULES } from '../../src/plan';
import type { Diagnostic } from '../../src/base/types';

// The plan's own proof (issue 26): every batch manifest a plan writes is linted like any campaign,
// and no schedule rule may report anything at the plan's tier.

export interface PlanTry {
  code: number;
  stdout: string;
  stderr: string;
  /** plan.json as written, when the plan was made. */
  plan: PlanJson | null;
}

export interface PlanJson {
  status: string;
  tier: 'warning' | 'error';
  requested: { sendAt: string; utc: string };
  batches: Array<{
    batch: number;
    sendAt: string;
    utc: string;
    count: number;
    file: string;
    manifest: string;
  }>;
  unplaced: { count: number; file: string | null };
  rejected: { count: number; file: string };
  totals: { recipients: number; sendable: number; placed: number; unplaced: number; rejected: number };
}

/** Runs `campaign-lint plan` in-process (English) and reads the plan it wrote. */
export async function runPlan(
  cwd: string,
  manifest: string,
  dir: string,
  flags: Partial<PlanFlags> = {},
): Promise<PlanTry> {
  let stdout = '';
  let stderr = '';
  const code = await planCommand(
    manifest,
    { output: dir, within: 14, tier: 'warning', format: 'json', rule: [], ...flags },
    'en',
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd },
  );
  const doc = JSON.parse(stdout) as PlanJson;
  let plan: PlanJson | null = null;
  if (doc.status === 'planned') {
    const base = path.basename(manifest).replace(/\.campaign\.(ya?ml|json)$/, '');
    plan = JSON.parse(readFileSync(path.join(cwd, dir, `${base}.plan.json`), 'utf8')) as PlanJson;
  }
  return { code, stdout, stderr, plan };
}

/** What the schedule rules say of the plan's batches at its tier (an empty list is the proof). */
export async function scheduleFindings(cwd: string, dir: string, plan: PlanJson): Promise<Diagnostic[]> {
  const config = await loadConfig({ cwd });
  const found: Diagnostic[] = [];
  for (const batch of plan.batches) {
    const result = await lint([path.join(dir, batch.manifest)], { cwd, config });
    if (result.failures.length > 0) throw result.failures[0];
    const campaign = result.campaigns[0];
    if (campaign.recipientCount !== batch.count)
      throw new Error(`${batch.file}: ${campaign.recipientCount} rows, the plan says ${batch.count}`);
    for (const d of campaign.eachDiagnostic())
      if (
        (SCHEDULE_RULES as readonly string[]).includes(d.ruleId) &&
        (plan.tier === 'warning' || d.severity === 'error')
      )
        found.push(d);
  }
  return found;
}
