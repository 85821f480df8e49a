import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { ROOT } from './paths';

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  env?: Record<string, string>;
}

export interface ActionRun {
  code: number;
  output: string;
  /** The action's outputs (errors, warnings, failures, sarif-file, exit-code), as its `outputs:` compute them. */
  outputs: Record<string, string>;
  /** What the steps wrote on stderr (npm's output among it). */
  stderr: string;
  /** Wall-clock milliseconds of each step that ran, by id (or name). */
  times: Record<string, number>;
}

/**
 * Runs the composite action's shell steps as the runner would: `${{ … }}` expressions are only
 * allowed in `env:` and `if:` (a script never gets an input pasted in), each step's GITHUB_OUTPUT
 * feeds `steps.<id>.outputs`. `uses:` steps run on GitHub's side and are skipped; steps named in
 * `given` are replaced by the outputs given (the install step, when campaign-lint is already here).
 * `actionPath` is the action's checkout (GITHUB_ACTION_PATH): this one by default, or a release.
 */
export function runAction(
  project: string,
  inputs: Record<string, string>,
  given: Record<string, Record<string, string>> = {},
  env: NodeJS.ProcessEnv = {},
  actionPath: string = ROOT,
): ActionRun {
  const action = parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    outputs: Record<string, { value: string }>;
    runs: { steps: Step[] };
  };
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
    ...inputs,
  };
  const steps: Record<string, Record<string, string>> = {};
  const operand = (text: string): string => {
    const literal = /^'(.*)'$/.exec(text);
    if (literal) return literal[1];
    const input = /^inputs\.([\w-]+)$/.exec(text);
    if (input) return values[input[1]] ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(text);
    if (output) return steps[output[1]]?.[output[2]] ?? '';
    throw new Error(`expression not understood by this test: ${text}`);
  };
  const expand = (text: string) => text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, e: string) => operand(e));
  const comparison = (text: string): boolean => {
    const match = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(text.trim());
    if (!match) throw new Error(`condition not understood by this test: ${text}`);
    return (operand(match[1].trim()) === operand(match[3].trim())) === (match[2] === '==');
  };
  const condition = (text: string): boolean => text.split('&&').every(comparison);
  const githubOutput = path.join(project, 'github-output');
  let output = '';
  let stderr = '';
  let code = 0;
  const times: Record<string, number> = {};
  for (const step of action.runs.steps) {
    if (step.if && !condition(step.if)) continue;
    if (step.id && given[step.id]) {
      steps[step.id] = given[step.id];
      continue;
    }
    if (!step.run) continue;
    expect(step.run).not.toContain('${{');
    writeFileSync(githubOutput, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const started = Date.now();
    const r = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: githubOutput,
        RUNNER_TEMP: project,
        ...env,
        ...stepEnv,
      },
    });
    times[step.id ?? step.name ?? ''] = Date.now() - started;
    output += r.stdout;
    stderr += r.stderr;
    if (step.id)
      steps[step.id] = Object.fromEntries(
        readFileSync(githubOutput, 'utf8')
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    if (r.status !== 0) {
      code = r.status as number;
      if (r.stderr) output += r.stderr;
      break;
    }
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, expand(v.value)]));
  return { code, output, outputs, times, stderr };
}
