import { execFileSync, spawnSync } from 'child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';

// The hook as a user runs it: pre-commit clones this repository at HEAD, installs it with npm and
// runs it on the staged files. Needs the `pre-commit` tool (Debian package) and the npm registry.
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const headCommit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const describeIf = hasPreCommit && headCommit ? describe : describe.skip;
if (!hasPreCommit)
  console.warn(
    'pre-commit is not installed: the hook test is skipped (apt-get install pre-commit to run it)',
  );

describeIf('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  let dir: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: path.join(dir, 'project'), encoding: 'utf8' });
  const preCommit = (...files: string[]) =>
    spawnSync('pre-commit', ['run', '--files', ...files], {
      cwd: path.join(dir, 'project'),
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: path.join(dir, 'cache'), NO_COLOR: '1' },
    });

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cl-precommit-'));
    cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(dir, 'project/bad'), { recursive: true });
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, 'project/good'), { recursive: true });
    writeFileSync(path.join(dir, 'project/notes.csv'), 'a;b\n1;2\n');
    writeFileSync(
      path.join(dir, 'project/.pre-commit-config.yaml'),
      `repos:\n  - repo: ${ROOT}\n    rev: ${headCommit}\n    hooks:\n      - id: campaign-lint\n`,
    );
    git('init', '-q');
    git('add', '-A');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a changed CSV used by a campaign with errors, naming the rules', () => {
    const r = preCommit('bad/recipients.csv');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('recipient-consent');
    expect(r.stdout).toContain('bad/rentree.campaign.yaml');
  }, 300_000);

  it('passes on a clean campaign and on a CSV no campaign uses', () => {
    const r = preCommit('good/soldes.campaign.yaml', 'good/recipients.csv', 'notes.csv');
    expect(r.stdout).toMatch(/campaign-lint\.+Passed/);
    expect(r.status).toBe(0);
  }, 300_000);
});
