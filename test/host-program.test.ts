import { spawnSync } from 'child_process';
import { cpSync, writeFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';
import { tempFolder } from './helpers/temp';

// Issue 22: lint() embedded in a host program leaves the process as the host set it. Only while
// plugin code runs does it refuse process.exit and collect late failures, and it puts everything
// back after. Each host is a real Node process (jest's own process has its own handlers).

/** A host program around the built API: `body` runs in an async function given `lint` and `state`. */
function host(dir: string, body: string) {
  const script = path.join(dir, 'host.js');
  writeFileSync(
    script,
    `'use strict';
const { lint, loadConfig } = require(${JSON.stringify(path.join(ROOT, 'dist/src/index.js'))});
const EVENTS = ['uncaughtException', 'unhandledRejection', 'exit', 'beforeExit', 'warning', 'SIGINT', 'SIGTERM'];
const hostExit = process.exit;
const state = () =>
  JSON.stringify({ exit: process.exit === hostExit, listeners: EVENTS.map((e) => process.listenerCount(e)) });
/** The process's state at every turn of the event loop until 'promise' settles. */
async function watched(promise) {
  const seen = new Set([state()]);
  let done = false;
  const look = () => { seen.add(state()); if (!done) setImmediate(look); };
  look();
  try { return { result: await promise, seen: [...seen] }; } finally { done = true; }
}
(async () => {
${body}
})();
`,
  );
  const r = spawnSync(process.execPath, [script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A clean campaign of 20,000 recipients: lint() calls the host's onProgress mid-run (row 10,000). */
const campaign = () => {
  const dir = tempFolder('cl-host-');
  cpSync(path.join(ROOT, 'fixtures/clean-sms'), dir, { recursive: true });
  const rows = Array.from(
    { length: 20_000 },
    (_, i) => `06${String(10_000_000 + i)};Léa;oui;2025-03-14;non;75011`,
  );
  writeFileSync(
    path.join(dir, 'recipients.csv'),
    `phone;first_name;consent;consent_date;customer;postal_code\n${rows.join('\n')}\n`,
  );
  return dir;
};

it('without plugins: the host keeps its handlers, its own rejection and its own exit code', () => {
  const r = host(
    campaign(),
    `const before = state();
  const rejections = [];
  let failed = false;
  process.on('unhandledRejection', (reason) => rejections.push(reason.message));
  const listening = state();
  const run = lint(['.'], {
    config: await loadConfig({ cwd: __dirname }),
    cwd: __dirname,
    // The host's own code, mid-run (once): it fails on its own, unrelated to the lint.
    onProgress: () => failed || ((failed = true), void Promise.reject(new Error('the host failed on its own'))),
  });
  const { result, seen } = await watched(run);
  console.log(JSON.stringify({
    failures: result.failures.map((f) => f.message),
    errors: result.errorCount,
    rejections,
    seen,
    listening,
    after: state(),
    sees: before !== listening, // control: state() sees a listener added
  }));
  process.exit(3);`,
  );
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(out).toEqual({
    failures: [], // the host's rejection is no rule crash…
    errors: 0,
    rejections: ['the host failed on its own'], // …it reached the host's own listener
    seen: [out.listening], // nothing changed at any turn of the run
    listening: out.listening,
    after: out.listening,
    sees: true,
  });
  expect(r.status).toBe(3); // the host's process.exit(3) ends the process with 3
});

it('without plugins: a rejection the host leaves unhandled ends it as Node does (exit 1)', () => {
  const r = host(
    campaign(),
    `await lint(['.'], {
    config: await loadConfig({ cwd: __dirname }),
    cwd: __dirname,
    onProgress: () => void Promise.reject(new Error('nobody handles this')),
  });
  console.log('lint finished');`,
  );
  expect(r.stderr).toContain('Error: nobody handles this');
  expect(r.stdout).toBe('');
  expect(r.status).toBe(1);
});

it("without plugins: the host's process.exit(3) mid-run ends the process with 3", () => {
  const r = host(
    campaign(),
    `await lint(['.'], {
    config: await loadConfig({ cwd: __dirname }),
    cwd: __dirname,
    onProgress: () => process.exit(3),
  });
  console.log('lint finished');`,
  );
  expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
    status: 3,
    stdout: '',
    stderr: '',
  });
});

it('with a plugin rule: guarded during the run, everything put back after', () => {
  const dir = campaign();
  writeFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'plugins:\n  - ./plugin.cjs\n');
  writeFileSync(
    path.join(dir, 'plugin.cjs'),
    `module.exports = { meta: { id: 'local/exits', description: 'x', defaultSeverity: 'error', channels: ['sms'], messages: { x: 'x' } },
  create() { return { end() { process.exit(0); } }; } };\n`,
  );
  const r = host(
    dir,
    `const before = state();
  const config = await loadConfig({ cwd: __dirname });
  const { result, seen } = await watched(lint(['.'], { config, cwd: __dirname }));
  console.log(JSON.stringify({ failures: result.failures.map((f) => f.message), before, seen, after: state() }));
  process.exit(3);`,
  );
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { failures: string[]; before: string; seen: string[]; after: string };
  expect(out.failures).toEqual([
    'rule "local/exits" crashed in its end hook: called process.exit(0), which plugin code may not do during a run',
  ]);
  expect(out.seen.length).toBeGreaterThan(1); // the guard was on while the plugin ran…
  expect(out.after).toBe(out.before); // …and is off after: process.exit and listeners as they were
  expect(r.status).toBe(3);
});
