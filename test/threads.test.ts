import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runBuilt } from './helpers/campaign-files';

// Large files are read by a worker thread; the report must not depend on it, byte for byte.
// The runs go to the built CLI in the one node process this file keeps (runBuilt: only the build has
// the threads' scripts), which sets CAMPAIGN_LINT_THREADS for each run. The threads-on run of each
// comparison goes first: the file's first run is one, so the main thread has then loaded nothing
// that only a run without the threads loads. (The executable with the threads on:
// test/broken-inputs.test.ts's smoke test.)
const run = (args: string[], cwd: string, threads: 'on' | 'off') =>
  runBuilt(cwd, args, { CAMPAIGN_LINT_THREADS: threads });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cl-threads-'));
  cpSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
  // 30,000 rows with every kind of cell: quoted newlines, blank lines, invalid and overseas numbers.
  const rows: string[] = ['phone;prenom;consent;note'];
  const phones = [
    '06 12 34 56 78',
    '+262 692 12 34 56',
    '0690 12 34 56',
    '01 23 45 67 89',
    '',
    'inconnu',
    '+32 470 12 34 56',
    '0033 7 45 12 34 56',
    '0000',
  ];
  for (let i = 0; i < 30000; i++) {
    rows.push(
      `${phones[i % phones.length].replace('78', String(10 + (i % 90)))};P${i};${i % 7 ? 'oui' : 'non'};${i % 1000 === 0 ? '"deux\nlignes"' : 'x'}`,
    );
    if (i % 5000 === 0) rows.push('');
  }
  writeFileSync(path.join(dir, 'fixtures/clean-sms/recipients.csv'), `${rows.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives the same report with and without the reader thread', async () => {
  // The reports (16 MB: the 30,000 rows' diagnostics) are written to files, not sent back whole.
  const on = await run(['fixtures', '-f', 'json:on.json'], dir, 'on');
  const off = await run(['fixtures', '-f', 'json:off.json'], dir, 'off');
  expect(on.status).toBe(off.status);
  expect(on.stderr).toBe(off.stderr);
  const report = readFileSync(path.join(dir, 'on.json'), 'utf8');
  expect(report).toBe(readFileSync(path.join(dir, 'off.json'), 'utf8'));
  expect(
    JSON.parse(report).campaigns.find((c: { file: string }) => c.file.includes('clean-sms')).recipientCount,
  ).toBe(30000);
  // A malformed file is reported the same way from the reader thread (fixtures/broken; the catalogue
  // checks each case's exact message and exit code with the threads on: test/broken-inputs.test.ts).
  expect(on.status).toBe(2);
  expect(on.stderr).toMatch(
    /fixtures\/broken\/05-unclosed-quote\/recipients\.csv:2: a quote opened on this line is never closed/,
  );
}, 180_000);

it('names a crashing rule and its line the same way with the reader thread, and reads the next files on the same threads', async () => {
  // The rule crashes on a recipient of a large file, while the threads have read far ahead; the
  // threads are kept for the next campaigns' files (the pool in src/recipients/index.ts).
  const folder = path.join(dir, 'stopped-then-next');
  const rows = ['phone;consent'];
  for (let i = 0; i < 30000; i++) rows.push(`06${String(10000000 + i).slice(0, 8)};oui`);
  for (const name of ['a-stopped', 'b-next', 'c-next']) {
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(folder, name), { recursive: true });
    if (name === 'a-stopped')
      writeFileSync(path.join(folder, name, 'recipients.csv'), `${rows.join('\n')}\n`);
  }
  writeFileSync(
    path.join(folder, 'boom.cjs'),
    `module.exports = { meta: { id: 'local/boom', description: 'x', defaultSeverity: 'error', channels: ['sms'], messages: { x: 'x' } },
    create(context) { return { recipient(r) { if (r.row === 2 && context.campaign.recipientsFile.includes('a-stopped')) throw new Error('kaboom'); } }; } };`,
  );
  writeFileSync(path.join(folder, 'campaign-lint.config.yaml'), 'plugins:\n  - ./boom.cjs\n');
  const on = await run(['.', '-f', 'json'], folder, 'on');
  const off = await run(['.', '-f', 'json'], folder, 'off');
  expect(on.status).toBe(2);
  expect(on.stderr).toBe(off.stderr);
  expect(on.stderr).toContain(
    'a-stopped/recipients.csv:3: rule "local/boom" crashed on the recipient of line 3: kaboom',
  );
  expect(on.stdout).toBe(off.stdout);
  const linted = JSON.parse(on.stdout).campaigns.map((c: { recipientCount: number }) => c.recipientCount);
  expect(linted).toEqual([5, 5]);
}, 120_000);

it('the main thread loads libphonenumber and ajv only when it needs them', () => {
  // Loading them costs ~85 ms before the reader thread can start; with threads, campaigns without
  // opt-out lists, history, a number as sender or rule options never need them in the main thread.
  const campaign = path.join(dir, 'no-lists');
  cpSync(path.join(ROOT, 'fixtures/clean-sms'), campaign, { recursive: true });
  const manifest = path.join(campaign, 'soldes.campaign.yaml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace(/opt_out_lists:\n {2}- stop-list.csv\n/, ''),
  );
  const script = `
    const { lint, loadConfig } = require(${JSON.stringify(path.join(ROOT, 'dist/src/index.js'))});
    // (The small metadata.min.json, whose calling codes mask numbers in reports, is not counted.)
    const loaded = () => Object.keys(require.cache).filter((f) => /node_modules[\\\\/](libphonenumber-js|ajv)[\\\\/]/.test(f) && !f.endsWith('metadata.min.json')).length;
    (async () => {
      const cwd = ${JSON.stringify(campaign)};
      const result = await lint([cwd], { cwd, config: await loadConfig({ cwd }) });
      if (result.failures.length) throw result.failures[0];
      const before = loaded();
      require(${JSON.stringify(path.join(ROOT, 'dist/src/index.js'))}).normalizePhone('06 12 34 56 78');
      console.log(JSON.stringify({ rows: result.campaigns[0].recipientCount, before, after: loaded() }));
    })();`;
  const child = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, CAMPAIGN_LINT_THREADS: 'on' },
  });
  expect(child.stderr).toBe('');
  const { rows, before, after } = JSON.parse(child.stdout);
  expect(rows).toBeGreaterThan(0);
  expect(before).toBe(0);
  expect(after).toBeGreaterThan(0);
});
