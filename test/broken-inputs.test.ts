import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runBuilt, runCli } from './helpers/scratch-campaign';
import type { CliIo } from '../src/cli/cli';

// The catalogue of broken inputs: each case folder holds the files and case.json with the command
// line, the exact exit code and the exact message. Run in process (as the CLI's own tests are), once
// as users meet them and once with the reader threads forced on; a case that loads a plugin runs
// in a plain Node process, since jest's module sandbox cannot import() a plugin (with the threads on
// too only when its recipients are read: see readsRecipients): all in one process kept for the file
// (runBuilt) but for the executable's own verdict, which needs a process of its own.
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

const ENV = { LANG: 'C', NO_COLOR: '1' };
const loadsPlugins = (dir: string) =>
  existsSync(path.join(dir, 'campaign-lint.config.yaml')) &&
  /^plugins:/m.test(readFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'utf8'));

/** The executable, as users run it. */
function spawned(dir: string, args: string[], threads: 'default' | 'on') {
  const env: NodeJS.ProcessEnv = { ...process.env, ...ENV };
  delete env.CAMPAIGN_LINT_THREADS;
  if (threads === 'on') env.CAMPAIGN_LINT_THREADS = 'on';
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/campaign-lint.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stderr: r.stderr };
}

/**
 * The built CLI in this process with the reader threads on: only the build has the threads' scripts.
 * The setting is read from the process's environment, so it is set for the call and put back.
 */
async function withThreads(dir: string, args: string[]) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const built = require(path.join(ROOT, 'dist/src/cli/cli.js')) as {
    run: typeof import('../src/cli/cli').run;
  };
  const before = process.env.CAMPAIGN_LINT_THREADS;
  process.env.CAMPAIGN_LINT_THREADS = 'on';
  try {
    let stderr = '';
    const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), env: ENV, cwd: dir, isTTY: false };
    return { code: await built.run(args, io), stderr };
  } finally {
    if (before === undefined) delete process.env.CAMPAIGN_LINT_THREADS;
    else process.env.CAMPAIGN_LINT_THREADS = before;
  }
}

it('holds at least 25 cases, a few of them loading plugins (run outside jest)', () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
  const outsideJest = cases.filter((name) => loadsPlugins(path.join(CATALOGUE, name)));
  expect(outsideJest.length).toBeGreaterThan(0);
  expect(outsideJest.length).toBeLessThan(cases.length / 5);
});

const expectedOf = (name: string) =>
  JSON.parse(readFileSync(path.join(CATALOGUE, name, 'case.json'), 'utf8')) as Case;
/**
 * Whether the threads can change the outcome: the case's message names a recipient's line (the file
 * was being read). A plugin case stopped before any recipient is read (a plugin that fails to load,
 * an output or --fix target refused) is run once, as users meet it: each run is a process to start.
 */
const readsRecipients = (name: string) => /recipients\.csv:\d+/.test(expectedOf(name).stderr);
/** The executable's own verdict on a run that never completed (src/cli/exit-code.ts): only its own process shows it. */
const needsOwnProcess = (name: string) =>
  expectedOf(name).stderr.startsWith('campaign-lint: the run ended before it completed');

type Threads = 'default' | 'on';
const runs: Array<[string, Threads]> = cases.flatMap(
  (name): Array<[string, Threads]> =>
    loadsPlugins(path.join(CATALOGUE, name)) && !readsRecipients(name)
      ? [[name, 'default']]
      : [
          [name, 'default'],
          [name, 'on'],
        ],
);

it.each(runs)('%s (threads: %s)', async (name, threads) => {
  const dir = path.join(CATALOGUE, name);
  const expected = expectedOf(name);
  const r = loadsPlugins(dir)
    ? needsOwnProcess(name)
      ? spawned(dir, expected.args, threads)
      : await runBuilt(dir, expected.args, threads === 'on' ? { CAMPAIGN_LINT_THREADS: 'on' } : {}).then(
          ({ status, stderr }) => ({ code: status, stderr }),
        )
    : threads === 'on'
      ? await withThreads(dir, expected.args)
      : await runCli(dir, expected.args, ENV);
  expect({ exitCode: r.code, stderr: r.stderr }).toEqual({
    exitCode: expected.exitCode,
    stderr: expected.stderr,
  });
  expect([1, 2]).toContain(r.code); // never a silent pass on broken input…
  if (expected.exitCode === 2) {
    // …one readable message naming the file (and line where known), never a stack trace.
    expect(r.stderr).toMatch(/^campaign-lint: /);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  }
});

// The executable itself, once, on a case read by its threads: the exit code and the message reach
// the shell as the in-process run gives them.
it('smoke: the executable gives the in-process result', async () => {
  const dir = path.join(CATALOGUE, '05-unclosed-quote');
  const expected = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
  const r = spawned(dir, expected.args, 'on');
  expect(r).toEqual(await runCli(dir, expected.args, ENV).then(({ code, stderr }) => ({ code, stderr })));
  expect(r).toEqual({ code: expected.exitCode, stderr: expected.stderr });
});
