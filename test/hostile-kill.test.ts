import { spawn, spawnSync } from 'child_process';
import {
  appendFileSync,
  cpSync,
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
import { MANIFEST, runBuilt } from './helpers/campaign-files';

// Issue 27: a run killed at any point of any kind of write (reports, --fix, the --write-clean pair,
// the --cache file; SIGKILL: no handler runs) leaves every file it was writing as it was or
// complete, and the two lists of --write-clean old or new together.
// Each kind of write is checked just before every call that writes, syncs, renames or removes a
// file (test/helpers/kill-at.js counts them and says what each is). By default the state a kill
// there leaves is a snapshot of the folder the run takes before the call (one run a kind, not one a
// call: each run costs ~0.6 s of CPU), and real SIGKILLs check that a snapshot is exactly what a kill
// leaves (before the first rename; for the pair, between its two renames) and kill at a random
// instant. KILL_ALL=1 runs the whole campaign of the note instead: a real kill before every call, and
// 5 random kills a kind; KILL_RANDOM=n sets the number of random kills.

const BIN = path.join(ROOT, 'bin/campaign-lint.js');
const KILL_AT = path.join(ROOT, 'test/helpers/kill-at.js');
const ALL = process.env.KILL_ALL === '1';
const RANDOM_KILLS = Number(process.env.KILL_RANDOM ?? (ALL ? 5 : 1));

// Enough rows that the reports take several chunks to write (a chunk is 64 KB; the JSON report of
// these rows takes two, the SARIF report three).
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
  // Also the one report of -o over an old one (the write calls of a run with -o alone).
  '--fix of a manifest, and a report (-o)': {
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

const slug = (name: string) => name.replace(/\W+/g, '-');

/** A kind's folder, made anew for each run (always the same path: the cache file holds absolute paths). */
function setUp(kind: Kind, name: string): string {
  const dir = path.join(scratch, slug(name));
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

/** Where the snapshots of a kind's reference run go (beside its folder, outside it). */
const snapshots = (name: string) => path.join(scratch, `${slug(name)}-snapshots`);
// Temporary files are named after the process that writes them (`<name>.tmp-<pid>-<hex>`).
const TEMPORARY = /\.tmp-\d+-[0-9a-f]+/g;

/**
 * A run that was not killed: its outputs, and the write calls it made (`<function> <path>`), with
 * a snapshot of the folder before each (unless every call gets a real kill).
 */
function reference(kind: Kind, name: string): { contents: Record<string, string | null>; calls: string[] } {
  const dir = setUp(kind, name);
  const countFile = path.join(scratch, `${slug(name)}-calls.txt`);
  rmSync(snapshots(name), { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['--require', KILL_AT, BIN, ...kind.args], {
    cwd: dir,
    env: env({ KILL_COUNT_FILE: countFile, ...(ALL ? {} : { KILL_SNAPSHOTS: snapshots(name) }) }),
    encoding: 'utf8',
  });
  expect(r.status).toBe(1);
  const contents = Object.fromEntries(kind.outputs.map((file) => [file, read(dir, file)]));
  for (const file of kind.outputs) expect(contents[file]).not.toBe(kind.files[file] ?? null);
  const calls = readFileSync(countFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((call) => call.replace(`${dir}/`, '').replace(TEMPORARY, '.tmp-…'));
  return { contents, calls };
}

/**
 * After a kill: each output old or complete, the pair together (at once, or once a later run read
 * it). `dir` holds the files the kill left (the kind's folder, or a snapshot of it, put back in the
 * kind's folder for that later run: the journal names files by absolute path). That later run is the
 * CLI's `run` in the file's one node process (runBuilt): what it does is read, not die. Returns
 * whether the pair was split when the run died (a kill between its two renames).
 */
async function check(
  kind: Kind,
  name: string,
  dir: string,
  after: Record<string, string | null>,
  where: string,
): Promise<boolean> {
  const state = (file: string, folder = dir) => {
    const now = read(folder, file);
    if (now === (kind.files[file] ?? null)) return 'old';
    if (now === after[file]) return 'new';
    return `damaged (${now === null ? 'missing' : `${now.length} characters`})`;
  };
  for (const file of kind.outputs) expect(`${where}: ${file} ${state(file)}`).toMatch(/ (old|new)$/);
  if (!kind.together) return false;
  const split = new Set(kind.together.map((f) => state(f))).size > 1;
  let folder = dir;
  if (split) {
    // Killed between the two renames: the journal is there, and the next run that reads completes it.
    expect(readdirSync(path.join(dir, 'out/.campaign-lint.tmp')).some((f) => f.endsWith('-journal'))).toBe(
      true,
    );
    folder = path.join(scratch, slug(name));
    if (folder !== dir) {
      rmSync(folder, { recursive: true, force: true });
      cpSync(dir, folder, { recursive: true });
    }
    await runBuilt(folder, ['again.campaign.yaml']);
  }
  expect(`${where}: ${kind.together.map((f) => `${f} ${state(f, folder)}`).join(', ')}`).toMatch(
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

/** Every file under `dir` (path → content), temporary names made alike whichever process wrote them. */
function folderContents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const key = path.relative(dir, full).replace(TEMPORARY, '.tmp-…');
      if (entry.isDirectory()) {
        files[`${key}/`] = '';
        walk(full);
      } else files[key] = readFileSync(full, 'latin1').replace(TEMPORARY, '.tmp-…');
    }
  };
  walk(dir);
  return files;
}

describe.each(Object.entries(KINDS))('%s', (name, kind) => {
  it('killed before each write call, and at random instants: old or complete', async () => {
    const { contents, calls } = reference(kind, name);
    expect(calls.length).toBeGreaterThan(5);
    const snapshot = (at: number) => path.join(snapshots(name), String(at));
    // Random kills fall within the time a killed run lasted (the reference run is slowed by its snapshots).
    let duration = 0;
    const timedKill = (at: number) => {
      const started = Date.now();
      const dir = killAtCall(kind, name, at);
      duration = Math.max(duration, Date.now() - started);
      return dir;
    };
    const splitAt: number[] = [];
    for (let at = 1; at <= calls.length; at++) {
      const dir = ALL ? timedKill(at) : snapshot(at);
      if (await check(kind, name, dir, contents, `call ${at}/${calls.length} (${calls[at - 1]})`))
        splitAt.push(at);
    }
    // The pair's journal was put to the test: some kill fell between the two renames.
    if (kind.together) expect(splitAt.length).toBeGreaterThan(0);
    if (!ALL) {
      // A real kill where a write is most exposed (before the first rename; for the pair, between
      // its renames) left exactly the snapshot: the snapshots are what kills leave.
      const at = kind.together ? splitAt[0] : calls.findIndex((call) => call.startsWith('renameSync ')) + 1;
      expect(at).toBeGreaterThan(0);
      const dir = timedKill(at);
      expect(folderContents(dir)).toEqual(folderContents(snapshot(at)));
      await check(kind, name, dir, contents, `killed at call ${at}/${calls.length} (${calls[at - 1]})`);
      rmSync(snapshots(name), { recursive: true, force: true });
    }
    for (let i = 0; i < RANDOM_KILLS; i++) {
      const ms = Math.round(Math.random() * duration);
      await check(kind, name, await killAfter(kind, name, ms), contents, `${ms} ms`);
    }
    // KILL_REPORT=file: how many kills each kind had, all old-or-complete (for the note).
    if (process.env.KILL_REPORT)
      appendFileSync(
        process.env.KILL_REPORT,
        `${name}: ${calls.length} write calls, each checked by ${ALL ? 'a real kill' : 'a snapshot (+1 real kill)'}, ${RANDOM_KILLS} random kills, ${splitAt.length} pairs split and completed by the next run\n`,
      );
  }, 1_800_000);
});
