import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';

// The catalogue of broken inputs: each case folder holds the files and case.json with the command
// line, the exact exit code and the exact message. Run through the real executable, as users do.
const CATALOGUE = path.join(ROOT, 'fixtures/broken');
const cases = readdirSync(CATALOGUE)
  .filter((name) => /^\d\d-/.test(name))
  .sort();

interface Case {
  description: string;
  args: string[];
  exitCode: number;
  stderr: string;
}

it('holds at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

// Each case as users meet it (small files: one thread), then with the reader threads forced on.
it.each(
  cases.flatMap((name) => [
    [name, 'default'],
    [name, 'on'],
  ]),
)('%s (threads: %s)', (name, threads) => {
  const dir = path.join(CATALOGUE, name);
  const expected = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', NO_COLOR: '1' };
  delete env.CAMPAIGN_LINT_THREADS;
  if (threads === 'on') env.CAMPAIGN_LINT_THREADS = 'on';
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/campaign-lint.js'), ...expected.args], {
    cwd: dir,
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
  });
  expect({ exitCode: r.status, stderr: r.stderr }).toEqual({
    exitCode: expected.exitCode,
    stderr: expected.stderr,
  });
  expect([1, 2]).toContain(r.status); // never a silent pass on broken input…
  if (expected.exitCode === 2) {
    // …one readable message naming the file (and line where known), never a stack trace.
    expect(r.stderr).toMatch(/^campaign-lint: /);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  }
});
