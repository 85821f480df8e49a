import { execFileSync, spawnSync } from 'child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import os from 'os';
import path from 'path';
import { parse } from 'yaml';
import { ROOT } from './helpers/paths';

// The CI set-ups as shipped: the composite action's shell steps, and the README's GitLab job script,
// run for real on a project. (The `uses:` steps — setup-node, upload-sarif — run on GitHub's side.)
let project: string;
beforeEach(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'cl-ci-'));
  cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(project, 'campaigns/rentree'), {
    recursive: true,
  });
  cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(project, 'campaigns/soldes'), { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
}

function runAction(inputs: Record<string, string>): { code: number; output: string } {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { steps: Step[] };
  };
  const values = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
    ...inputs,
  };
  const outputs: Record<string, string> = {};
  let output = '';
  for (const step of action.runs.steps) {
    if (!step.run || step.run.includes('npm ci')) continue; // campaign-lint is already installed here
    if (
      step.if &&
      step.if.replace(/inputs\.([\w-]+)/g, (_m, k) => `'${values[k]}'`).replace(/\s/g, '') !==
        `'true'=='true'`
    )
      continue;
    const script = step.run
      .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, k: string) => values[k])
      .replace(/\$\{\{\s*steps\.lint\.outputs\.code\s*\}\}/g, () => outputs.code);
    const githubOutput = path.join(project, 'github-output');
    writeFileSync(githubOutput, '');
    const r = spawnSync('bash', ['-e', '-c', script], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: githubOutput },
    });
    output += r.stdout;
    for (const line of readFileSync(githubOutput, 'utf8').split('\n'))
      if (line.includes('=')) outputs[line.split('=')[0]] = line.split('=')[1];
    if (r.status !== 0) return { code: r.status as number, output };
  }
  return { code: 0, output };
}

describe('GitHub Action (action.yml)', () => {
  it("annotates the problems and fails the job with campaign-lint's exit code", () => {
    const { code, output } = runAction({ paths: 'campaigns' });
    expect(code).toBe(1);
    expect(output).toContain(
      '::error file=campaigns/rentree/recipients.csv,line=8,title=campaign-lint recipient-consent::',
    );
  });
  it('writes the SARIF file when asked', () => {
    const { code } = runAction({ paths: 'campaigns/soldes', sarif: 'true' });
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(project, 'campaign-lint.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('GitLab CI job from the README', () => {
  it('writes a JUnit report GitLab can read', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /### GitLab CI\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1] as string;
    const job = parse(block)['campaign-lint'] as {
      script: string[];
      artifacts: { reports: { junit: string } };
    };
    // campaign-lint as the project's dev dependency, as the README says.
    mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
    symlinkSync(ROOT, path.join(project, 'node_modules/campaign-lint'), 'dir');
    symlinkSync(
      path.join(ROOT, 'bin/campaign-lint.js'),
      path.join(project, 'node_modules/.bin/campaign-lint'),
    );
    for (const command of job.script) {
      if (command.startsWith('npm ci')) continue;
      const r = spawnSync('bash', ['-c', command.replace(/^npx /, 'node_modules/.bin/')], {
        cwd: project,
        encoding: 'utf8',
      });
      expect([0, 1]).toContain(r.status);
    }
    const report = path.join(project, job.artifacts.reports.junit);
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toMatch(
      /^<\?xml[\s\S]*<testsuite name="campaigns\/rentree\/rentree\.campaign\.yaml"/,
    );
  });
});

it('the pre-commit hook definition matches what the CLI accepts', () => {
  const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    files: string;
  }>;
  expect(hooks[0].id).toBe('campaign-lint');
  const pattern = new RegExp(hooks[0].files);
  for (const file of ['a/b.campaign.yaml', 'x.campaign.yml', 'x.campaign.json', 'recipients.csv', 'stop.txt'])
    expect(pattern.test(file)).toBe(true);
  expect(pattern.test('README.md')).toBe(false);
  expect(
    execFileSync(process.execPath, [path.join(ROOT, 'bin/campaign-lint.js'), '--version'], {
      encoding: 'utf8',
    }).trim(),
  ).toMatch(/^\d/);
});
