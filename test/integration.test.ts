import { execFileSync, spawnSync } from 'child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import iconv from 'iconv-lite';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runCli } from './helpers/scratch-campaign';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-int-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], cwd = dir, extra: { stderrIsTTY?: boolean } = {}) =>
  runCli(cwd, args, { LANG: 'en' }, extra);

describe('--write-clean', () => {
  it('splits rows into accepted and rejected files that add up, in the original format, input untouched', async () => {
    cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(dir, 'c'), { recursive: true });
    cpSync(path.join(ROOT, 'fixtures/latin1-excel'), path.join(dir, 'l'), { recursive: true });
    const inputs = ['c/recipients.csv', 'l/destinataires.csv'].map((f) => readFileSync(path.join(dir, f)));
    const r = await cli(['c', 'l', '--write-clean', 'out']);
    expect(r.code).toBe(1);
    // bad-recipients: 10 rows, 8 with an error; latin1-excel: 4 rows, 1 without consent.
    expect(r.stderr).toContain('out/rentree.accepted.csv (2 rows), out/rentree.rejected.csv (8 rows)');
    expect(r.stderr).toContain(
      'out/fete-des-meres.accepted.csv (3 rows), out/fete-des-meres.rejected.csv (1 row)', // real plurals
    );
    expect(['c/recipients.csv', 'l/destinataires.csv'].map((f) => readFileSync(path.join(dir, f)))).toEqual(
      inputs,
    );

    const rejected = readFileSync(path.join(dir, 'out/rentree.rejected.csv'), 'utf8').split('\n');
    expect(rejected[0]).toBe('phone,consent,customer,reasons');
    // Digits, spaces and `+` can only be arithmetic, never a program: kept as written (issue 27), so a
    // platform's import reads the number, not an apostrophe.
    expect(rejected).toContain('+33 6 12 34 56 7,yes,no,recipient-phone-valid');
    expect(rejected).toContain('06 11 11 11 11,oui,non,recipient-opt-out');

    const latin = readFileSync(path.join(dir, 'out/fete-des-meres.accepted.csv'));
    expect(iconv.decode(latin, 'win1252').split('\r\n')[0]).toBe(
      'Nom;Prénom;Téléphone;Opt-in SMS;Code postal;Remarque',
    );
    expect(latin.includes(Buffer.from('Téléphone', 'utf8'))).toBe(false); // still Windows-1252
  });

  it('re-linting the accepted list finds no recipient error', async () => {
    cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(dir, 'c'), { recursive: true });
    await cli(['c', '--write-clean', 'c']);
    const manifest = readFileSync(path.join(dir, 'c/rentree.campaign.yaml'), 'utf8').replace(
      'file: recipients.csv',
      'file: rentree.accepted.csv',
    );
    writeFileSync(path.join(dir, 'c/accepted.campaign.yaml'), manifest);
    const again = await cli(['c/accepted.campaign.yaml', '-f', 'json']);
    const diagnostics = JSON.parse(again.stdout).campaigns[0].diagnostics;
    expect(
      diagnostics.filter(
        (d: { severity: string; recipient?: string }) => d.severity === 'error' && d.recipient,
      ),
    ).toEqual([]);
    expect(again.code).toBe(0);
  });

  it('never overwrites the recipients file itself', async () => {
    mkdirSync(path.join(dir, 'c'));
    writeFileSync(path.join(dir, 'c/x.accepted.csv'), 'phone;consent\n0612345678;oui\n');
    writeFileSync(
      path.join(dir, 'c/x.campaign.yaml'),
      'channel: sms\npurpose: marketing\nadvertiser: Léa\nsender: LEA\nmessage: Léa STOP au 36173\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: x.accepted.csv\n',
    );
    const r = await cli(['c', '--write-clean', 'c']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to write there: it is an input of this run');
    expect(readFileSync(path.join(dir, 'c/x.accepted.csv'), 'utf8')).toBe('phone;consent\n0612345678;oui\n');
  });
});

describe('init', () => {
  it('writes a starter config and an example campaign that lints clean, and keeps existing files', async () => {
    const first = await cli(['init']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created campaign-lint.config.yaml');
    expect(readFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\S+\n# campaign-lint configuration/,
    );
    const lintIt = await cli(['campaigns']);
    expect(lintIt.code).toBe(0);
    expect(lintIt.stdout).toContain('no problems');
    writeFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'rules: {}\n');
    const second = await cli(['init']);
    expect(second.stdout).toContain('kept    campaign-lint.config.yaml (already there)');
    expect(readFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'utf8')).toBe('rules: {}\n');
  });
});

describe('progress line', () => {
  it('is shown on a terminal for long runs and erased, never in machine formats or off a terminal', async () => {
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), dir, { recursive: true });
    // Progress is told every 10,000 rows, the first time at once: 12,000 rows show it.
    const rows = Array.from({ length: 12_000 }, (_, i) => `06${String(10000000 + i)};oui`);
    writeFileSync(path.join(dir, 'recipients.csv'), `phone;consent\n${rows.join('\n')}\n`);
    const tty = await cli(['.'], dir, { stderrIsTTY: true });
    // eslint-disable-next-line no-control-regex -- the progress line ends with the terminal's erase-line code
    expect(tty.stderr).toMatch(/^\r[\d,]+ rows \(\d+%\) · [\d,]+ rows\/s · [\d\u00a0a-z]+ left\u001b\[K/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect((await cli(['.', '-f', 'json'], dir, { stderrIsTTY: true })).stderr).toBe('');
    expect((await cli(['.'], dir, { stderrIsTTY: false })).stderr).toBe('');
  });
});

describe('paths for pre-commit', () => {
  it('a changed CSV that no campaign uses is not an error', async () => {
    writeFileSync(path.join(dir, 'other.csv'), 'a;b\n1;2\n');
    const r = await cli(['other.csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
  it('a changed opt-out list lints the campaigns that use it', async () => {
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, 'c'), { recursive: true });
    const r = await cli(['c/stop-list.csv', '-f', 'json']);
    expect(JSON.parse(r.stdout).campaigns.map((c: { file: string }) => c.file)).toEqual([
      'c/soldes.campaign.yaml',
    ]);
  });
});

// The API as a new user reaches it: require('campaign-lint') and its published types.
describe('programmatic API', () => {
  beforeEach(() => {
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules/campaign-lint'), 'dir');
    cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(dir, 'campaign'), { recursive: true });
  });
  it('lint, loadConfig and formatters work from the package name', () => {
    writeFileSync(
      path.join(dir, 'use.js'),
      `
      const { lint, loadConfig, formatters } = require('campaign-lint');
      (async () => {
        const config = await loadConfig({ cwd: __dirname });
        const result = await lint(['campaign'], { cwd: __dirname, config });
        const report = JSON.parse(formatters.json(result, { lang: 'fr', showPii: false, color: false }));
        console.log(JSON.stringify({ errors: result.errorCount, first: report.campaigns[0].diagnostics[0].ruleId }));
      })();`,
    );
    const out = execFileSync(process.execPath, ['use.js'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ errors: 8, first: 'recipient-phone-type' });
  });
  it('ships TypeScript types that a consumer compiles against, CommonJS or ES module', () => {
    writeFileSync(
      path.join(dir, 'use.ts'),
      `
      import { lint, loadConfig, formatters, type LintResult, type Rule } from 'campaign-lint';
      const rule: Rule = { meta: { id: 'x', description: 'Disallow x', defaultSeverity: 'warning', channels: ['sms'], messages: { x: 'x' } }, create: () => ({}) };
      export async function run(): Promise<string> {
        const result: LintResult = await lint(['campaign'], { config: await loadConfig() });
        return formatters.sarif(result, { lang: 'en', showPii: false, color: false }) + rule.meta.id;
      }`,
    );
    // The same API from an ES module (Node's named exports of the CommonJS entry, test/esm.test.ts).
    writeFileSync(
      path.join(dir, 'use.mts'),
      `
      import { lint, loadConfig, formatters, RuleTester, createRule, type LintResult } from 'campaign-lint';
      const rule = createRule({ meta: { id: 'acme/x', description: 'Disallow x', defaultSeverity: 'warning', channels: ['sms'], messages: { x: 'x' } }, create: () => ({}) });
      export async function run(): Promise<string> {
        new RuleTester().run(rule, { valid: [], invalid: [] });
        const result: LintResult = await lint(['campaign'], { config: await loadConfig() });
        return formatters.json(result, { lang: 'en', showPii: false, color: false });
      }`,
    );
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          noEmit: true,
          types: [],
          // TypeScript's own lib files are not checked (half of tsc's time): they are not ours; every
          // declaration file of the package still is.
          skipDefaultLibCheck: true,
        },
        files: ['use.ts', 'use.mts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

it('the package declares bin, main and types that exist after the build', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.bin['campaign-lint']).toBe('bin/campaign-lint.js');
  for (const file of [pkg.main, pkg.types, pkg.bin['campaign-lint']])
    expect(existsSync(path.join(ROOT, file))).toBe(true);
});
