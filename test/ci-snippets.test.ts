import { spawnSync } from 'child_process';
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
import { runAction } from './helpers/action';
import { builtExecutable, runBuilt } from './helpers/campaign-files';
import { DATA_FILE_PATTERN } from '../src/inputs/discover';
import { MANIFEST_PATTERN } from '../src/inputs/manifest';
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

// campaign-lint as built in this checkout: the install step's output, without installing. The
// action's steps run for real; the program they start as campaign-lint is a stand-in that runs the
// built CLI in the test file's one CLI process (a node start a run, not a load of the CLI): what is
// tested here is the action's shell (words, reports asked, outputs, exit code), not the CLI's process.
let HERE: Record<string, Record<string, string>>;
beforeAll(async () => {
  HERE = { install: { bin: await builtExecutable() } };
});

describe('GitHub Action (action.yml)', () => {
  it("annotates the problems and fails the job with campaign-lint's exit code", () => {
    const { code, output, outputs } = runAction(project, { paths: 'campaigns' }, HERE);
    expect(code).toBe(1);
    expect(output).toContain(
      '::error file=campaigns/rentree/recipients.csv,line=8,title=campaign-lint recipient-consent::',
    );
    expect(Number(outputs.errors)).toBeGreaterThan(0);
    expect(outputs['exit-code']).toBe('1');
    expect(outputs['sarif-file']).toBe('');
  });
  it('writes the SARIF file when asked', () => {
    const { code, outputs } = runAction(project, { paths: 'campaigns/soldes', sarif: 'true' }, HERE);
    expect(code).toBe(0);
    const log = JSON.parse(readFileSync(path.join(project, 'campaign-lint.sarif'), 'utf8')) as {
      version: string;
    };
    expect(log.version).toBe('2.1.0');
    expect(outputs).toEqual({
      errors: '0',
      warnings: '0',
      failures: '0',
      'sarif-file': 'campaign-lint.sarif',
      'exit-code': '0',
    });
  });
  it('lints once for every format asked, and appends the job summary', () => {
    writeFileSync(path.join(project, 'summary.md'), '');
    mkdirSync(path.join(project, 'out'));
    const { code } = runAction(
      project,
      { paths: 'campaigns', sarif: 'true', formats: 'junit:out/junit.xml gitlab:out/gl.json' },
      HERE,
      { GITHUB_STEP_SUMMARY: path.join(project, 'summary.md') },
    );
    expect(code).toBe(1);
    for (const file of ['campaign-lint.sarif', 'out/junit.xml', 'out/gl.json'])
      expect(existsSync(path.join(project, file))).toBe(true);
    expect(readFileSync(path.join(project, 'summary.md'), 'utf8')).toContain('## campaign-lint');
  });
  it('counts failures on a run that exits 2, with or without a report', () => {
    cpSync(path.join(ROOT, 'fixtures/broken-manifest'), path.join(project, 'campaigns/broken'), {
      recursive: true,
    });
    const broken = runAction(project, { paths: 'campaigns' }, HERE);
    expect(broken.code).toBe(2);
    expect(broken.outputs['exit-code']).toBe('2');
    expect(broken.outputs.failures).toBe('1');
    expect(Number(broken.outputs.errors)).toBeGreaterThan(0); // the other campaigns were linted
    // A usage mistake stops the run before any report: still one failure, no diagnostics.
    const usage = runAction(project, { paths: 'campaigns/soldes', args: '--max-warnings lots' }, HERE);
    expect(usage.outputs).toMatchObject({ 'exit-code': '2', failures: '1', errors: '0', warnings: '0' });
  });
  it('takes one path per line, so paths may hold spaces', () => {
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(project, 'soldes d’hiver'), { recursive: true });
    const { code, outputs, output } = runAction(
      project,
      { paths: '  soldes d’hiver\n\ncampaigns/soldes  \n' },
      HERE,
    );
    expect(output).not.toContain('::error');
    expect(outputs).toMatchObject({ 'exit-code': '0', failures: '0' });
    expect(code).toBe(0);
  });
  it('takes inputs as words: shell syntax in an input is not run', () => {
    const { output } = runAction(project, { paths: 'campaigns/soldes $(touch pwned) ;touch pwned2' }, HERE);
    expect(existsSync(path.join(project, 'pwned'))).toBe(false);
    expect(existsSync(path.join(project, 'pwned2'))).toBe(false);
    expect(output).toContain(
      '::error file=$(touch,title=campaign-lint could not lint::no such file or folder',
    );
  });
});

describe('GitLab CI job from the README', () => {
  it('writes a JUnit report GitLab can read', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /### GitLab CI\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1] as string;
    const job = (parse(block) as Record<string, unknown>)['campaign-lint'] as {
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

it('the pre-commit hook definition matches what the CLI accepts, in any case of the extensions', async () => {
  const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    files: string;
  }>;
  expect(hooks[0].id).toBe('campaign-lint');
  const names = [
    'a/b.campaign.yaml',
    'x.campaign.yml',
    'x.campaign.json',
    'X.CAMPAIGN.YAML',
    'recipients.csv',
    'RECIPIENTS.CSV',
    'export.tsv',
    'stop.txt',
    'contacts.xlsx',
    'contacts.XLSM',
  ];
  const others = ['README.md', 'notes.csv.bak', 'contacts.xls', 'x.campaign.yaml.orig'];
  // pre-commit reads the pattern with Python's re (the inline (?i) flag); JavaScript gets the flag apart.
  const pattern = new RegExp(hooks[0].files.replace(/^\(\?i\)/, ''), 'i');
  for (const file of names) expect(pattern.test(file)).toBe(true);
  for (const file of others) expect(pattern.test(file)).toBe(false);
  const python = spawnSync(
    'python3',
    [
      '-c',
      'import re, sys; p = re.compile(sys.argv[1]); print(" ".join("1" if p.search(f) else "0" for f in sys.argv[2:]))',
      hooks[0].files,
      ...names,
      ...others,
    ],
    { encoding: 'utf8' },
  );
  if (python.status === 0)
    expect(python.stdout.trim()).toBe([...names.map(() => '1'), ...others.map(() => '0')].join(' '));
  // Every name the hook passes is one the CLI takes (a manifest, or a data file it looks campaigns up by).
  for (const file of names) expect(MANIFEST_PATTERN.test(file) || DATA_FILE_PATTERN.test(file)).toBe(true);
  expect((await runBuilt(ROOT, ['--version'])).stdout.trim()).toMatch(/^\d/);
});
