import { spawn, spawnSync } from 'child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { MANIFEST } from './helpers/scratch-campaign';

// Issue 27: a run killed at any point of any kind of write (reports, --fix, the --write-clean pair,
// the --cache file; SIGKILL: no handler runs) leaves every file it was writing as it was or
// complete, and the two lists of --write-clean old or new together.
// Each kind of write is killed just before each call that writes, syncs, renames or removes a file
// (test/helpers/kill-at.js counts them), and at random instants. KILL_RANDOM=n adds n random kills
// per kind (the note's campaign ran with more).

const BIN = path.join(ROOT, 'bin/campaign-lint.js');
const KILL_AT = path.join(ROOT, 'test/helpers/kill-at.js');
const RANDOM_KILLS = Number(process.env.KILL_RANDOM ?? 2);
// Every write call of every kind with KILL_ALL=1 (the note's campaign); by default every call of the
// pair of lists and POINTS spread over each other kind's calls (each spawn costs a second).
const ALL = process.env.KILL_ALL === '1';
const POINTS = 8;

// Enough rows that reports and lists take several chunks to write.
const ROWS = Array.from({ length: 800 }, (_, i) => `06${String(12000000 + i * 7)};${i % 3 ? 'oui' : 'non'}`);
const RECIPIENTS = `phone;consent\n${ROWS.join('\n')}\n`;
const TYPOGRAPHY = 'Boutique Léa : c’est -30% ce week-end ! STOP au 36173';

interface Kind {
  /** Files of the campaign (written before each run); "old" content of the outputs included. */
  readonly files: Record<string, string>;
  readonly args: readonly string[];
  /** The outputs, each old (as in `files`, or absent) or complete after any kill. */
  readonly outputs: readonly string[];
  /** Outputs that are old or new together. */
  readonly together?: readonly string[];
}

const inline = MANIFEST.replace(
  'message: "Boutique Léa : -30% ce week-end ! STOP au 36173"',
  `message: "${TYPOGRAPHY}"`,
);
const KINDS: Record<string, Kind> = {
  'one report (-o)': {
    files: { 'c.campaign.yaml': MANIFEST, 'recipients.csv': RECIPIENTS, 'report.json': 'old report' },
    args: ['c.campaign.yaml', '-f', 'json', '-o', 'report.json'],
    outputs: ['report.json'],
  },
  'two reports (-f name:file)': {
    files: {
      'c.campaign.yaml': MANIFEST,
      'recipients.csv': RECIPIENTS,
      'a.json': 'old a',
      'b.sarif': 'old b',
    },
    args: ['c.campaign.yaml', '-f', 'json:a.json', '-f', 'sarif:b.sarif'],
    outputs: ['a.json', 'b.sarif'],
  },
  '--fix of a manifest': {
    files: { 'c.campaign.yaml': inline, 'recipients.csv': RECIPIENTS, 'report.json': 'old report' },
    args: ['c.campaign.yaml', '--fix', '-f', 'json', '-o', 'report.json'],
    outputs: ['c.campaign.yaml', 'report.json'],
  },
  '--fix of a message file': {
    files: {
      'c.campaign.yaml': MANIFEST.replace(/message: .*\n/, 'message_file: message.txt\n'),
      'message.txt': `${TYPOGRAPHY}\n`,
      'recipients.csv': RECIPIENTS,
    },
    args: ['c.campaign.yaml', '--fix', '-f', 'json', '-o', 'report.json'],
    outputs: ['message.txt', 'report.json'],
  },
  '--write-clean (the pair of lists)': {
    files: {
      'c.campaign.yaml': MANIFEST,
      'recipients.csv': RECIPIENTS,
      'out/c.accepted.csv': 'old accepted',
      'out/c.rejected.csv': 'old rejected',
      // Reads the accepted list back: a later run, which completes an interrupted pair first.
      'again.campaign.yaml': MANIFEST.replace('file: recipients.csv', 'file: out/c.accepted.csv'),
    },
    args: ['c.campaign.yaml', '--write-clean', 'out', '-f', 'json', '-o', 'report.json'],
    outputs: ['out/c.accepted.csv', 'out/c.rejected.csv', 'report.json'],
    together: ['out/c.accepted.csv', 'out/c.rejected.csv'],
  },
  // The cache names the campaign's files by absolute path: every run of a kind is in the same folder.
  'the cache file (--cache)': {
    files: { 'c.campaign.yaml': MANIFEST, 'recipients.csv': RECIPIENTS, '.campaignlintcache': 'old cache' },
    args: ['c.campaign.yaml', '--cache', '-f', 'json', '-o', 'report.json'],
    outputs: ['.campaignlintcache', 'report.json'],
  },
};

const scratch = mkdtempSync(path.join(os.tmpdir(), 'cl-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A kind's folder, made anew for each run (always the same path: the cache file holds absolute paths). */
function setUp(kind: Kind, name: string): string {
  const dir = path.join(scratch, name.replace(/\W+/g, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  for (const [file, text] of Object.entries(kind.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const env = (extra: NodeJS.ProcessEnv) => ({ ...process.env, LANG: 'C', NO_COLOR: '1', ...extra });
const read = (dir: string, file: string) =>
  existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8') : null;

/** The outputs of a run that was not killed, and how many write calls it made. */
function reference(kind: Kind, name: string): { contents: Record<string, string | null>; calls: number } {
  const dir = setUp(kind, name);
  const countFile = path.join(dir, 'calls.txt');
  const r = spawnSync(process.execPath, ['--require', KILL_AT, BIN, ...kind.args], {
    cwd: dir,
    env: env({ KILL_COUNT_FILE: countFile }),
    encoding: 'utf8',
  });
  expect(r.status).toBe(1);
  const contents = Object.fromEntries(kind.outputs.map((file) => [file, read(dir, file)]));
  for (const file of kind.outputs) expect(contents[file]).not.toBe(kind.files[file] ?? null);
  return { contents, calls: Number(readFileSync(countFile, 'utf8').trim()) };
}

/**
 * After a kill: each output old or complete, the pair together (at once, or once a later run read
 * it). Returns whether the pair was split when the run died (a kill between its two renames).
 */
function check(kind: Kind, dir: string, after: Record<string, string | null>, where: string): boolean {
  const state = (file: string) => {
    const now = read(dir, file);
    if (now === (kind.files[file] ?? null)) return 'old';
    if (now === after[file]) return 'new';
    return `damaged (${now === null ? 'missing' : `${now.length} characters`})`;
  };
  for (const file of kind.outputs) expect(`${where}: ${file} ${state(file)}`).toMatch(/ (old|new)$/);
  if (!kind.together) return false;
  const split = new Set(kind.together.map(state)).size > 1;
  if (split) {
    // Killed between the two renames: the journal is there, and the next run that reads completes it.
    expect(readdirSync(path.join(dir, 'out/.campaign-lint.tmp')).some((f) => f.endsWith('-journal'))).toBe(
      true,
    );
    spawnSync(process.execPath, [BIN, 'again.campaign.yaml'], { cwd: dir, env: env({}) });
  }
  expect(`${where}: ${kind.together.map((f) => `${f} ${state(f)}`).join(', ')}`).toMatch(
    /(old, \S+ old|new, \S+ new)$/,
  );
  return split;
}

function killAtCall(kind: Kind, name: string, at: number): string {
  const dir = setUp(kind, name);
  const r = spawnSync(process.execPath, ['--require', KILL_AT, BIN, ...kind.args], {
    cwd: dir,
    env: env({ KILL_AT: String(at) }),
    encoding: 'utf8',
  });
  expect([r.signal, r.status]).toEqual(r.signal ? ['SIGKILL', null] : [null, 1]);
  return dir;
}

async function killAfter(kind: Kind, name: string, ms: number): Promise<string> {
  const dir = setUp(kind, name);
  const child = spawn(process.execPath, [BIN, ...kind.args], { cwd: dir, env: env({}), stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return dir;
}

describe.each(Object.entries(KINDS))('%s', (name, kind) => {
  it('killed before each write call, and at random instants: old or complete', async () => {
    const started = Date.now();
    const { contents, calls } = reference(kind, name);
    const duration = Date.now() - started;
    expect(calls).toBeGreaterThan(5);
    let splits = 0;
    const points =
      ALL || kind.together || calls <= POINTS
        ? Array.from({ length: calls }, (_, i) => i + 1)
        : Array.from({ length: POINTS }, (_, i) => Math.round(((i + 0.5) * calls) / POINTS));
    for (const at of points)
      if (check(kind, killAtCall(kind, name, at), contents, `call ${at}/${calls}`)) splits++;
    // The pair's journal was put to the test: some kill fell between the two renames.
    if (kind.together) expect(splits).toBeGreaterThan(0);
    for (let i = 0; i < RANDOM_KILLS; i++) {
      const ms = Math.round(Math.random() * duration);
      check(kind, await killAfter(kind, name, ms), contents, `${ms} ms`);
    }
    // KILL_REPORT=file: how many killed runs each kind had, all old-or-complete (for the note).
    if (process.env.KILL_REPORT)
      appendFileSync(
        process.env.KILL_REPORT,
        `${name}: ${calls} write calls, ${points.length} runs killed at a call, ${RANDOM_KILLS} at random instants, ${splits} pairs split and completed by the next run\n`,
      );
  }, 1_800_000);
});
