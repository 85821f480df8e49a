import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';
import { cli, runBuilt, runCli } from './helpers/scratch-campaign';

// The catalogue of broken inputs: each case folder holds the files and case.json with the command
// line, the exact exit code and the exact message. Run once as users meet them and once with the
// reader threads forced on: in process (as the CLI's own tests are), or in the built CLI's process
// kept for the file (runBuilt) for the threads (only the build has their scripts) and for plugins
// (jest's module sandbox cannot import() them; a plugin case runs with the threads on too only when
// its recipients are read: see readsRecipients); in a process of its own only for the executable's
// own verdict.
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

type Threads = 'default' | 'on';
const threadsEnv = (threads: Threads) => ({ CAMPAIGN_LINT_THREADS: threads === 'on' ? 'on' : undefined });

/** The executable, as users run it (the threads as set, whatever this process has). */
function spawned(dir: string, args: string[], threads: Threads) {
  const r = cli(dir, args, threadsEnv(threads));
  return { code: r.status, stderr: r.stderr };
}

/**
 * The built CLI in the process kept for the file (runBuilt): only the build has the threads' scripts,
 * and jest's VM cannot import() a plugin.
 */
async function built(dir: string, args: string[], threads: Threads) {
  const { status, stderr } = await runBuilt(dir, args, threadsEnv(threads));
  return { code: status, stderr };
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
  const r = needsOwnProcess(name)
    ? spawned(dir, expected.args, threads)
    : loadsPlugins(dir) || threads === 'on'
      ? await built(dir, expected.args, threads)
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
