import { spawnSync } from 'child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { tempFolder } from './helpers/temp';
import { cli as spawned, runBuilt, runCli } from './helpers/scratch-campaign';

// --cache: a campaign whose inputs, settings, rules and tool are unchanged is taken from the cache
// (the same report bytes in every format); any change lints it again; a cache that cannot be trusted
// is ignored; no phone number is kept in clear.

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact', 'gitlab', 'html'];
const HITS = /(\d+) (?:campaigns? taken from the cache|campagnes? reprises? du cache)/;

const cli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = { LANG: 'C' }) => runCli(cwd, args, env);
/** What stderr says, without the cache's line and the stacks --debug adds. */
const said = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => !HITS.test(line) && !/^\s+at |^\s+[-+] +at /.test(line))
    .join('\n');
/** How many campaigns the run took from the cache (said under --debug). */
const hits = (stderr: string) => Number(HITS.exec(stderr)?.[1] ?? NaN);

const scratch = (prefix: string) => tempFolder(`cl-cache-${prefix}-`);

/** Every report of a run, written to `out/` as name → bytes. */
function reports(dir: string, out: string, names = FORMATS): Record<string, string> {
  return Object.fromEntries(names.map((f) => [f, readFileSync(path.join(dir, out, `report.${f}`), 'utf8')]));
}
const formatArgs = (out: string, names = FORMATS) => names.flatMap((f) => ['-f', `${f}:${out}/report.${f}`]);
const WITHOUT_HTML = FORMATS.filter((f) => f !== 'html');

describe('--cache gives the same reports', () => {
  it('on every fixture, in every format and both languages; failures are never cached; the HTML page lints again', async () => {
    const dir = scratch('fixtures');
    cpSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
    for (const out of ['plain', 'first-fr', 'second', 'third', 'cached-fr']) mkdirSync(path.join(dir, out));
    const args = ['fixtures', '--debug'];
    const fr = ['--lang', 'fr'];
    const plain = await cli(dir, [...args, ...formatArgs('plain')]);
    // The cache is written by a French run, and read by English and French ones: it holds data, not
    // text. (Without the HTML page: only an English run with the cache draws it, below.)
    const firstFr = await cli(dir, [...args, ...fr, '--cache', ...formatArgs('first-fr', WITHOUT_HTML)]);
    expect(plain.code).toBe(2); // fixtures/broken holds campaigns that cannot be linted
    expect(firstFr.code).toBe(plain.code);
    expect(hits(firstFr.stderr)).toBe(0);
    const third = await cli(dir, [...args, '--cache', ...formatArgs('third', WITHOUT_HTML)]);
    const campaigns = (JSON.parse(reports(dir, 'plain').json) as { campaigns: unknown[] }).campaigns.length;
    expect(campaigns).toBeGreaterThan(10);
    expect(hits(third.stderr)).toBe(campaigns);
    expect(third.code).toBe(plain.code);
    expect(reports(dir, 'third', WITHOUT_HTML)).toEqual(reports(dir, 'plain', WITHOUT_HTML));
    // stderr too (failures said once each), but for the cache's own line and --debug's stacks.
    expect(said(third.stderr)).toBe(said(plain.stderr));
    const cachedFr = await cli(dir, [...args, ...fr, '--cache', ...formatArgs('cached-fr', WITHOUT_HTML)]);
    expect(hits(cachedFr.stderr)).toBe(campaigns);
    expect(cachedFr.code).toBe(plain.code);
    expect(reports(dir, 'cached-fr', WITHOUT_HTML)).toEqual(reports(dir, 'first-fr', WITHOUT_HTML));
    expect(said(cachedFr.stderr)).toBe(said(firstFr.stderr));
    // The HTML page draws what the cache does not keep (personalised texts): with every campaign in
    // the cache, that run lints them all again, the same bytes as without the cache in every format.
    const second = await cli(dir, [...args, '--cache', ...formatArgs('second')]);
    expect(second.code).toBe(plain.code);
    expect(hits(second.stderr)).toBe(0);
    expect(reports(dir, 'second')).toEqual(reports(dir, 'plain'));
  }, 300_000);

  it('--quiet and --max-warnings judge a cached result as a linted one', async () => {
    const dir = scratch('quiet');
    cpSync(path.join(ROOT, 'fixtures/bad-content'), path.join(dir, 'c'), { recursive: true });
    const plain = await cli(dir, ['c', '--quiet', '--max-warnings', '0']);
    await cli(dir, ['c', '--cache']);
    const cached = await cli(dir, ['c', '--cache', '--quiet', '--max-warnings', '0', '--debug']);
    expect(hits(cached.stderr)).toBe(1);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.code).toBe(plain.code);
  }, 60_000);
});

/**
 * A campaign that reads every kind of input: a message file, an opt-out list, a history, a config;
 * with `plugin`, the config loads a plugin that requires a file of its own.
 */
function fullCampaign(plugin = true): string {
  const dir = scratch('inputs');
  const files: Record<string, string> = {
    'soldes.campaign.yaml': [
      'name: Soldes',
      'channel: sms',
      'purpose: marketing',
      'advertiser: Boutique Léa',
      'sender: BOUTIQLEA',
      'message_file: message.txt',
      'send_at: 2027-01-13T10:00',
      'history: history.csv',
      'recipients:',
      '  file: recipients.csv',
      'opt_out_lists:',
      '  - stop.csv',
      '',
    ].join('\n'),
    'message.txt': 'Boutique Léa : -30% ce week-end ! STOP au 36173\n',
    'recipients.csv': 'phone;consent\n0612345678;oui\n0612345679;oui\n0612345670;oui\n',
    'stop.csv': 'phone\n0699999999\n',
    'history.csv': 'phone;sent_at\n0612345678;2027-01-02 10:00\n',
    'campaign-lint.config.yaml': plugin ? 'plugins:\n  - ./plugin/rule.cjs\n' : 'rules: {}\n',
    ...(plugin
      ? {
          'plugin/rule.cjs': `'use strict';
const { word } = require('./word.cjs');
module.exports = { meta: { id: 'local/word', description: 'x', defaultSeverity: 'warning', channels: ['sms'], messages: { found: 'found {{w}}' } },
  create(context) { return { campaign(c) { if (c.message.includes(word)) context.report({ messageId: 'found', data: { w: word } }); } }; } };
`,
          'plugin/word.cjs': "exports.word = 'zzz';\n",
        }
      : {}),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The campaign of fullCampaign as a voicemail drop: its history is read (recipient-frequency). */
function asVoicemail(dir: string): void {
  const manifest = path.join(dir, 'soldes.campaign.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('channel: sms', 'channel: vms'));
}

/**
 * A run on a campaign of fullCampaign: with a plugin, the built CLI in the node process kept for this
 * file (runBuilt: plugins are loaded by Node's own import(), as users run them, which jest's module
 * sandbox cannot do); without, in process.
 */
async function lintIn(dir: string, args: string[], plugin: boolean) {
  if (plugin) return runBuilt(dir, args);
  const r = await runCli(dir, args, { LANG: 'C', NO_COLOR: '1' });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

describe('--cache lints again whatever changed', () => {
  interface Change {
    what: string;
    change: (dir: string) => void;
    /** Options of the runs after the change. */
    extra?: string[];
    /** Made to the campaign before its first run. */
    setUp?: (dir: string) => void;
    /** The change is to the plugin: the campaign has one (the built CLI runs it). */
    plugin?: boolean;
    /**
     * The change is to code the plugin runs: Node keeps a module it loaded, so the run before the
     * change is a process of its own, and the process kept for the file loads the plugin once changed.
     */
    newCode?: boolean;
    /** What the report without the cache says after the change. */
    says?: string;
  }
  const changes: Change[] = [
    {
      what: 'the manifest',
      change: (d) => appendFileSync(path.join(d, 'soldes.campaign.yaml'), 'rate_per_minute: 100\n'),
    },
    {
      what: 'the message file',
      change: (d) => writeFileSync(path.join(d, 'message.txt'), 'Boutique Léa : -40% ! STOP au 36173\n'),
    },
    {
      // Same size and modification time: only the content tells.
      what: 'the recipients (same size, same modification time)',
      change: (d) => {
        const file = path.join(d, 'recipients.csv');
        const before = statSync(file);
        writeFileSync(file, readFileSync(file, 'utf8').replace('0612345670;oui', '0612345670;non'));
        utimesSync(file, before.atime, before.mtime);
      },
    },
    { what: 'an opt-out list', change: (d) => appendFileSync(path.join(d, 'stop.csv'), '0612345679\n') },
    {
      // Read for a voicemail campaign only (recipient-frequency): the campaign made one first.
      what: 'the history (a VMS campaign, where it is read)',
      change: (d) => appendFileSync(path.join(d, 'history.csv'), '0612345679;2027-01-03 10:00\n'),
      setUp: asVoicemail,
    },
    {
      what: 'the config',
      change: (d) =>
        writeFileSync(path.join(d, 'campaign-lint.config.yaml'), 'rules:\n  message-segments: off\n'),
    },
    { what: 'a --rule option', change: () => undefined, extra: ['--rule', 'sender-id:off'] },
    {
      what: 'a plugin',
      change: (d) => appendFileSync(path.join(d, 'plugin/rule.cjs'), '// changed\n'),
      plugin: true,
    },
    {
      // Its finding is then taken from the cache too.
      what: 'a file the plugin requires',
      change: (d) => writeFileSync(path.join(d, 'plugin/word.cjs'), "exports.word = 'Léa';\n"),
      plugin: true,
      newCode: true,
      says: 'found Léa',
    },
    { what: 'the confinement (--allow-outside)', change: () => undefined, extra: ['--allow-outside'] },
  ];
  it.each(changes.map((c) => [c.what, c] as const))(
    '%s',
    async (_what, { change, extra = [], setUp, plugin = false, newCode = false, says }) => {
      const dir = fullCampaign(plugin);
      setUp?.(dir);
      const firstArgs = ['.', '--cache', '--debug', '-f', 'json'];
      const first = newCode ? spawned(dir, firstArgs) : await lintIn(dir, firstArgs, plugin);
      expect(first.stderr).toBe('campaign-lint: 0 campaigns taken from the cache (.campaignlintcache)\n');
      change(dir);
      const changed = await lintIn(dir, ['.', '--cache', '--debug', '-f', 'json', ...extra], plugin);
      expect(hits(changed.stderr)).toBe(0);
      // What the change means is in the report: exactly what a run without the cache says.
      const plain = await lintIn(dir, ['.', '-f', 'json', ...extra], plugin);
      if (says) expect(plain.stdout).toContain(says);
      expect(changed.stdout).toBe(plain.stdout);
      expect(changed.status).toBe(plain.status);
      const again = await lintIn(dir, ['.', '--cache', '--debug', '-f', 'json', ...extra], plugin);
      expect(hits(again.stderr)).toBe(1);
      expect(again.stdout).toBe(plain.stdout);
    },
    60_000,
  );

  it("an SMS campaign's history is not read, so its change keeps the cached result (the report cannot depend on it)", async () => {
    const dir = fullCampaign(false);
    await cli(dir, ['.', '--cache']);
    appendFileSync(path.join(dir, 'history.csv'), '0612345679;2027-01-03 10:00\n');
    const cached = await cli(dir, ['.', '--cache', '--debug', '-f', 'json']);
    expect(hits(cached.stderr)).toBe(1);
    expect(cached.stdout).toBe((await cli(dir, ['.', '-f', 'json'])).stdout);
  }, 60_000);

  it('a campaign that passed fails once a recipient it would refuse is added', async () => {
    const dir = fullCampaign(false);
    expect((await cli(dir, ['.', '--cache'])).code).toBe(0);
    appendFileSync(path.join(dir, 'recipients.csv'), '0123456789;oui\n');
    const r = await cli(dir, ['.', '--cache', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('recipient-phone-type');
  }, 60_000);

  it('a recipients file reached through a link: moving the link lints again', async () => {
    const dir = fullCampaign(false);
    cpSync(path.join(dir, 'recipients.csv'), path.join(dir, 'other.csv'));
    const manifest = path.join(dir, 'soldes.campaign.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('file: recipients.csv', 'file: link.csv'));
    symlinkSync('recipients.csv', path.join(dir, 'link.csv'));
    await cli(dir, ['.', '--cache']);
    expect(hits((await cli(dir, ['.', '--cache', '--debug'])).stderr)).toBe(1);
    const link = path.join(dir, 'link.csv');
    unlinkSync(link);
    symlinkSync('other.csv', link);
    expect(hits((await cli(dir, ['.', '--cache', '--debug'])).stderr)).toBe(0);
  }, 60_000);
});

describe('the cache fails closed', () => {
  const corruptions: Array<[string, (text: string) => string]> = [
    ['not JSON', () => 'not json at all'],
    ['cut short', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['another format', (text) => text.replace('"campaignLintCache":1', '"campaignLintCache":99')],
    // A matching fingerprint with a result that is not of the stored shape: linted again, never read.
    ['an index out of range', (text) => text.replace(/"kind":\[\d+/, '"kind":[999999')],
    ['a count that is not a number', (text) => text.replace(/"errorCount":\d+/, '"errorCount":"0"')],
    ['an entry without a result', (text) => text.replace(/"result":/, '"nothing":')],
  ];
  it.each(corruptions)(
    'a cache file %s is ignored: every campaign is linted, the same report',
    async (_what, corrupt) => {
      const dir = scratch('corrupt');
      cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(dir, 'c'), { recursive: true });
      const plain = await cli(dir, ['c', '-f', 'json']);
      await cli(dir, ['c', '--cache']);
      const file = path.join(dir, '.campaignlintcache');
      writeFileSync(file, corrupt(readFileSync(file, 'utf8')));
      const r = await cli(dir, ['c', '--cache', '-f', 'json', '--debug']);
      expect(hits(r.stderr)).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.code).toBe(1);
      // And written again, whole: the next run takes it.
      expect(hits((await cli(dir, ['c', '--cache', '--debug'])).stderr)).toBe(1);
    },
    60_000,
  );

  it('a campaign that could not be linted is not stored', async () => {
    const dir = scratch('broken');
    cpSync(path.join(ROOT, 'fixtures/broken-manifest'), path.join(dir, 'c'), { recursive: true });
    expect((await cli(dir, ['c', '--cache'])).code).toBe(2);
    const r = await cli(dir, ['c', '--cache', '--debug']);
    expect(r.code).toBe(2);
    expect(hits(r.stderr)).toBe(0);
  }, 60_000);
});

describe('what the cache keeps', () => {
  it('no phone number in clear, whatever the run showed (--show-pii reads no cache)', async () => {
    const dir = scratch('pii');
    cpSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
    await cli(dir, ['fixtures', '--cache', '--show-pii']);
    const shown = await cli(dir, [
      'fixtures/bad-recipients',
      '--cache',
      '--show-pii',
      '-f',
      'json',
      '--debug',
    ]);
    expect(hits(shown.stderr)).toBe(0);
    expect(shown.stdout).toMatch(/"recipient": "\+33\d{9}"/);
    // Every number of every recipients file, opt-out list and history, by its last eight digits:
    // none is in the cache, whatever separators it would be written with (fingerprints aside).
    const cache = readFileSync(path.join(dir, '.campaignlintcache'), 'utf8');
    // Each run of digits and the separators numbers are written with, as digits only.
    const runs = (cache.replace(/\b[0-9a-f]{64}\b/g, '').match(/\d[\d .()-]*/g) ?? []).map((r) =>
      r.replace(/\D/g, ''),
    );
    const numbers = new Set<string>();
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(csv|txt)$/.test(entry.name))
          for (const cell of readFileSync(full, 'latin1').split(/[\n;,\t]/))
            if (/^[+\d][\d .()-]{8,}$/.test(cell.trim()) && cell.replace(/\D/g, '').length >= 9)
              numbers.add(cell.replace(/\D/g, '').slice(-8));
      }
    };
    walk(path.join(dir, 'fixtures'));
    expect(numbers.size).toBeGreaterThan(30);
    expect([...numbers].filter((n) => runs.some((r) => r.includes(n)))).toEqual([]);
    expect(cache).toContain('+33 6 •• •• •• ');
  }, 120_000);

  it('--cache-location: a file or a folder inside the project; outside, over a report or an input: refused', async () => {
    const dir = scratch('location');
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, 'c'), { recursive: true });
    mkdirSync(path.join(dir, 'tmp'));
    expect((await cli(dir, ['c', '--cache-location', 'tmp/'])).code).toBe(0);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual(['.campaignlintcache']);
    expect((await cli(dir, ['c', '--cache-location', 'tmp'])).code).toBe(0);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual(['.campaignlintcache']);
    expect((await cli(dir, ['c', '--cache', '--cache-location', 'my.cache'])).code).toBe(0);
    const outside = await cli(dir, ['c', '--cache-location', path.join(os.tmpdir(), 'cl-outside.cache')]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is outside the project');
    const overReport = await cli(dir, ['c', '--cache', '--cache-location', 'r.json', '-f', 'json:r.json']);
    expect(overReport.code).toBe(2);
    const recipients = readFileSync(path.join(dir, 'c/recipients.csv'), 'utf8');
    const overInput = await cli(dir, ['c', '--cache', '--cache-location', 'c/recipients.csv']);
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain('refusing to write there');
    expect(readFileSync(path.join(dir, 'c/recipients.csv'), 'utf8')).toBe(recipients);
  }, 60_000);

  it('--cache-location over a plugin, a file it requires or a --write-clean list: refused, the file kept (issue 27)', async () => {
    // One campaign, both runs in the file's one CLI process: the second finds the plugin and the
    // file it requires already in Node's module cache, and still knows them for the plugin's.
    const dir = fullCampaign();
    for (const target of ['plugin/rule.cjs', 'plugin/word.cjs']) {
      const before = readFileSync(path.join(dir, target), 'utf8');
      const r = await runBuilt(dir, ['.', '--cache-location', target]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('refusing to write there');
      expect(readFileSync(path.join(dir, target), 'utf8')).toBe(before);
    }
    // The list is no plugin's: in process.
    const lists = fullCampaign(false);
    const list = 'out/soldes.accepted.csv';
    const r = await cli(lists, ['.', '--write-clean', 'out', '--cache-location', list]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is written by this run too');
    expect(readFileSync(path.join(lists, list), 'utf8')).toMatch(/^phone;consent\n/);
  }, 60_000);

  it('is replaced whole (a new file renamed over it), and not rewritten when nothing changed', async () => {
    const dir = scratch('atomic');
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, 'a'), { recursive: true });
    cpSync(path.join(ROOT, 'fixtures/bad-content'), path.join(dir, 'b'), { recursive: true });
    await cli(dir, ['a', '--cache']);
    const file = path.join(dir, '.campaignlintcache');
    const first = statSync(file);
    await cli(dir, ['a', '--cache']);
    expect(statSync(file).mtimeMs).toBe(first.mtimeMs);
    await cli(dir, ['a', 'b', '--cache']);
    expect(statSync(file).ino).not.toBe(first.ino);
    expect(readdirSync(dir).sort()).toEqual(['.campaignlintcache', 'a', 'b']);
    // Linting one campaign keeps the other's entry.
    await cli(dir, ['a', '--cache']);
    expect(hits((await cli(dir, ['b', '--cache', '--debug'])).stderr)).toBe(1);
  }, 60_000);
});

describe('the tool itself is part of the fingerprint', () => {
  // The built CLI, copied: its version or its code changed, the cache is not used. A process reads
  // the tool's version and digests its code once (src/base/package-root.ts, src/engine/cache.ts), so
  // each state of the copy is a new process, whose runs go one after the other.
  it('a new version or changed code lints again', () => {
    const dir = scratch('tool');
    const tool = path.join(dir, 'tool');
    mkdirSync(tool);
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(path.join(ROOT, part), path.join(tool, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tool, 'node_modules'));
    const project = path.join(dir, 'project');
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), project, { recursive: true });
    /** `times` runs of `campaign-lint . --cache --debug` by the copy, in one process: each one's exit code and stderr. */
    const runs = (times: number) => {
      const script = `const { run } = require(${JSON.stringify(path.join(tool, 'dist/src/cli/cli.js'))});
        (async () => {
          const runs = [];
          for (let i = 0; i < ${times}; i++) {
            let stderr = '';
            const io = { stdout: () => {}, stderr: (t) => (stderr += t), env: process.env, cwd: process.cwd(), isTTY: false };
            runs.push({ status: await run(['.', '--cache', '--debug'], io), stderr });
          }
          process.stdout.write(JSON.stringify(runs));
        })();`;
      const child = spawnSync(process.execPath, ['-e', script], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C' },
      });
      expect(child.stderr).toBe('');
      return (JSON.parse(child.stdout) as Array<{ status: number; stderr: string }>).map((r) => ({
        status: r.status,
        hits: hits(r.stderr),
      }));
    };
    expect(runs(2)).toEqual([
      { status: 0, hits: 0 },
      { status: 0, hits: 1 },
    ]);
    const pkg = path.join(tool, 'package.json');
    writeFileSync(pkg, readFileSync(pkg, 'utf8').replace(/"version": "[^"]+"/, '"version": "99.0.0"'));
    expect(runs(2).map((r) => r.hits)).toEqual([0, 1]);
    appendFileSync(path.join(tool, 'dist/rules/sender-id/index.js'), '\n// changed\n');
    expect(runs(1).map((r) => r.hits)).toEqual([0]);
  }, 120_000);
});
