// The campaign files of the hostile suites and the built CLI, as users run it. Nothing here loads the
// CLI into the test's process (scratch-campaign.ts adds the in-process runner): a suite that only
// starts programs does not pay for compiling it.
import { fork, spawnSync, type ChildProcess } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { ROOT } from './paths';
import { tempFolder } from './temp';

export const MANIFEST = `channel: sms
purpose: marketing
advertiser: Boutique Léa
sender: BOUTIQLEA
message: "Boutique Léa : -30% ce week-end ! STOP au 36173"
send_at: 2027-01-13T10:00
recipients:
  file: recipients.csv
`;
export const RECIPIENTS = 'phone;consent\n0612345678;oui\n0612345679;oui\n';

/** A fresh folder holding a campaign (campaign.campaign.yaml + recipients.csv) and `files`, removed after the test file. */
export function campaignFolder(files: Record<string, string> = {}): string {
  const dir = tempFolder('cl-hostile-');
  const all = { 'campaign.campaign.yaml': MANIFEST, 'recipients.csv': RECIPIENTS, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Writes `into` (in `dir`) as the campaign's manifest with `from` replaced by `to`. */
export function manifestWith(dir: string, from: string, to: string, into = 'campaign.campaign.yaml'): void {
  const manifest = readFileSync(path.join(dir, 'campaign.campaign.yaml'), 'utf8');
  writeFileSync(path.join(dir, into), manifest.replace(from, to));
}

/** A config loading one plugin rule whose `create` body is `body` (CommonJS). */
export function pluginFiles(body: string, top = ''): Record<string, string> {
  return {
    'campaign-lint.config.yaml': 'plugins:\n  - ./plugin.cjs\n',
    'plugin.cjs': `'use strict';\n${top}
module.exports = { meta: { id: 'local/p', description: 'x', defaultSeverity: 'error', channels: ['sms'], messages: { x: 'x {{v}}' } },
  create(context) { ${body} } };\n`,
  };
}

/** Runs the built executable in `cwd`, as users do. */
export function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeout = 60_000) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/campaign-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env },
    timeout,
    maxBuffer: 1 << 26,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

interface BuiltRun {
  status: number | null;
  stdout: string;
  stderr: string;
}
let server: { child: ChildProcess; runs: Map<number, (r: BuiltRun) => void>; log: string } | undefined;
let runs = 0;
afterAll(async () => {
  if (!server) return;
  const { child } = server;
  server = undefined;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.disconnect();
  // A run that left a timer or a pending promise would keep it alive: it goes with the test file.
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
});

/** The test file's CLI server (test/helpers/cli-server.js), started when first needed. */
function cliServer(): NonNullable<typeof server> {
  if (!server) {
    const child = fork(path.join(ROOT, 'test/helpers/cli-server.js'), [], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const started = { child, runs: new Map<number, (r: BuiltRun) => void>(), log: '' };
    child.stderr?.on('data', (chunk: Buffer) => (started.log += chunk.toString()));
    child.on('message', (message: BuiltRun & { id: number }) => started.runs.get(message.id)?.(message));
    child.on('exit', (code) => {
      if (server === started) server = undefined;
      for (const resolve of started.runs.values())
        resolve({ status: null, stdout: '', stderr: `the CLI server ended (${code}): ${started.log}` });
    });
    server = started;
  }
  return server;
}

/**
 * Runs the built CLI like `cli` (English, no terminal), but in one node process kept for the test
 * file (test/helpers/cli-server.js): for runs that load plugins (jest's VM cannot import() them)
 * and whose result is not the process's own exit.
 */
export function runBuilt(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<BuiltRun> {
  const { runs: waiting, child } = cliServer();
  const id = ++runs;
  return new Promise((resolve) => {
    waiting.set(id, (result) => {
      waiting.delete(id);
      resolve(result);
    });
    child.send({ id, cwd, args, env });
  });
}

/**
 * A stand-in for bin/campaign-lint.js, for programs a test starts that run the CLI in their turn
 * (the action's shell steps): `node <it> args…` runs the built CLI's `run` in runBuilt's process
 * with the stand-in's working folder, arguments and whole environment, then prints what the run
 * printed and exits with its code (test/helpers/cli-client.js). Where the CLI's process is not
 * what is tested: a node start a run instead of a load of the CLI.
 */
export async function builtExecutable(): Promise<string> {
  const { child } = cliServer();
  const dir = tempFolder('cl-cli-');
  const socket = path.join(dir, 'cli.sock');
  const bin = path.join(dir, 'campaign-lint.js');
  const client = path.join(ROOT, 'test/helpers/cli-client.js');
  writeFileSync(bin, `require(${JSON.stringify(client)})(${JSON.stringify(socket)});\n`);
  await new Promise<void>((resolve, reject) => {
    const listening = (message: { listening?: string }) => {
      if (message.listening !== socket) return;
      child.off('message', listening).off('exit', ended);
      resolve();
    };
    const ended = () => reject(new Error('the CLI server ended before it listened'));
    child.on('message', listening).once('exit', ended);
    child.send({ listen: socket });
  });
  return bin;
}
