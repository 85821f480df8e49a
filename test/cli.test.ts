import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runBuilt, runCli } from './helpers/scratch-campaign';
import { BUILTIN_RULES } from '../src/engine/registry';

const cli = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  runCli(options.cwd ?? ROOT, args, options.env ?? { LANG: 'en_US.UTF-8' });

describe('exit codes', () => {
  it('0 for a clean campaign', async () => {
    const r = await cli(['fixtures/clean-sms']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no problems');
    expect(r.stderr).toBe('');
  });
  it('1 when there is an error diagnostic', async () => {
    const r = await cli(['fixtures/bad-recipients']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('recipient-phone-valid');
  });
  it('2 with one readable message (file, line, hint) for a broken manifest, no stack trace', async () => {
    const r = await cli(['fixtures/broken-manifest']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'campaign-lint: fixtures/broken-manifest/sans-canal.campaign.yaml:3: unknown field "chanel"\n  Did you mean "channel"?\n',
    );
    // The report says it too (a CI log read from the end, a report file).
    expect(r.stdout).toContain(
      '✖ could not lint\n  fixtures/broken-manifest/sans-canal.campaign.yaml:3  unknown field',
    );
  });
  it('2 for a path that does not exist', async () => {
    const r = await cli(['fixtures/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fixtures\/nope: no such file or folder/);
  });
  it('2 for an unknown option', async () => {
    expect((await cli(['--formatt', 'json', 'fixtures/clean-sms'])).code).toBe(2);
  });
  it('2 for an unknown format', async () => {
    expect((await cli(['-f', 'xml', 'fixtures/clean-sms'])).code).toBe(2);
  });
  it('other campaigns are still reported when one is broken', async () => {
    const r = await cli(['fixtures/clean-sms', 'fixtures/broken-manifest', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).campaigns).toHaveLength(1);
    expect(r.stderr).toContain('unknown field "chanel"');
  });
});

describe('options', () => {
  it('--fix is refused by nothing and changes nothing on a clean campaign', async () => {
    const r = await cli(['fixtures/clean-sms', '--fix']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
  it('--quiet drops warnings', async () => {
    const r = await cli(['fixtures/latin1-excel', '--quiet', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.warningCount).toBe(0);
    expect(report.campaigns[0].diagnostics.every((d: { severity: string }) => d.severity === 'error')).toBe(
      true,
    );
  });
  it('--max-warnings exits 1 when warnings exceed it', async () => {
    const args = ['fixtures/latin1-excel', '--rule', 'recipient-consent:off'];
    expect((await cli(args)).code).toBe(0);
    expect((await cli([...args, '--max-warnings', '0'])).code).toBe(1);
    expect((await cli([...args, '--max-warnings', '1'])).code).toBe(1); // 2 warnings: duplicate and encoding
    expect((await cli([...args, '--max-warnings', '2'])).code).toBe(0);
  });
  it('--rule overrides a severity, with a did-you-mean for typos', async () => {
    const r = await cli(['fixtures/bad-message-sender', '--rule', 'sender-id:warn', '-f', 'json']);
    const ids = JSON.parse(r.stdout).campaigns[0].diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'sender-id',
    );
    expect(ids.every((d: { severity: string }) => d.severity === 'warning')).toBe(true);
    const typo = await cli(['fixtures/clean-sms', '--rule', 'sender-idd:off']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "sender-id"?');
    const propertyName = await cli(['fixtures/clean-sms', '--rule', 'sender-id:constructor']);
    expect(propertyName.code).toBe(2);
    expect(propertyName.stderr).toContain('unknown severity "constructor"');
  });
  it('--show-pii prints full numbers; masked by default', async () => {
    const masked = await cli(['fixtures/bad-recipients', '-f', 'json']);
    expect(masked.stdout).toContain('+33 1 •• •• •• 89');
    expect(masked.stdout).not.toMatch(/\+33123456789/);
    const shown = await cli(['fixtures/bad-recipients', '-f', 'json', '--show-pii']);
    expect(shown.stdout).toContain('"recipient": "+33123456789"');
  });
  it('--lang fr, and French by default when LANG starts with fr', async () => {
    const fr = await cli(['fixtures/bad-schedule', '-f', 'json'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(fr.stdout).toContain('jour férié');
    const en = await cli(['fixtures/bad-schedule', '-f', 'json', '--lang', 'en'], {
      env: { LC_ALL: 'fr_FR.UTF-8' },
    });
    expect(en.stdout).toContain('public holiday');
  });
  it('--output writes the report to a file (and nothing to stdout)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-out-'));
    try {
      const r = await cli(['fixtures/clean-sms', '-f', 'json', '-o', path.join(dir, 'report.json')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).version).toBe(1);
      const bad = await cli(['fixtures/clean-sms', '-o', path.join(dir, 'missing-folder', 'r.txt')]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('cannot write r.txt: its folder does not exist');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  // The output is deterministic: two runs of every fixture give the same bytes in every format, JSON
  // included, in test/cache.test.ts ('on every fixture…': the run without the cache and the HTML run
  // that lints again) and across processes in test/threads.test.ts; each fixture's JSON report is
  // the bytes of its expected.json (test/fixtures.test.ts).
  it('a recipients CSV path lints the campaigns that use it', async () => {
    const r = await cli(['fixtures/bad-schedule/recipients.csv', '-f', 'json']);
    expect(JSON.parse(r.stdout).campaigns.map((c: { file: string }) => c.file)).toEqual([
      'fixtures/bad-schedule/lendemain.campaign.yaml',
      'fixtures/bad-schedule/noel.campaign.yaml',
    ]);
  });
  it('stylish caps long runs of one rule with a count', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-cap-'));
    try {
      cpSync(path.join(ROOT, 'fixtures/clean-sms'), dir, { recursive: true });
      const rows = Array.from({ length: 25 }, (_, i) => `06123456${String(i).padStart(2, '0')};non`);
      writeFileSync(path.join(dir, 'recipients.csv'), `phone;consent\n${rows.join('\n')}\n`);
      const r = await cli(['.'], { cwd: dir });
      expect(r.stdout).toContain('recipient-consent (25)');
      expect(r.stdout).toContain('… and 15 more');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rules and explain', () => {
  it('lists every rule with its severity and channels', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^schedule-hours\s+error\s+sms,vms\s+/m);
    expect(r.stdout).toMatch(/^recipient-duplicate\s+warning\s+/m);
    expect(r.stdout.trim().split('\n')).toHaveLength(BUILTIN_RULES.length + 1); // header + one line per rule
  });
  it("prints a rule's documentation", async () => {
    const r = await cli(['explain', 'recipient-consent']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('L34-5');
  });
  it('unknown rule: exit 2', async () => {
    expect((await cli(['explain', 'nope'])).code).toBe(2);
  });
});

describe('config files', () => {
  const makeProject = (config: string, name = 'campaign-lint.config.yaml') => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-config-'));
    cpSync(path.join(ROOT, 'fixtures/bad-message-sender'), path.join(dir, 'campaigns'), { recursive: true });
    writeFileSync(path.join(dir, name), config);
    mkdirSync(path.join(dir, 'sub'));
    return dir;
  };
  it('is found by searching upward, and can turn rules off', async () => {
    const dir = makeProject('rules:\n  sender-id: off\n  message-advertiser: warning\n');
    try {
      const r = await cli(['../campaigns', '-f', 'json'], { cwd: path.join(dir, 'sub') });
      const ids = JSON.parse(r.stdout).campaigns[0].diagnostics.map(
        (d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`,
      );
      expect(ids).toEqual(['message-advertiser:warning', 'message-opt-out:error']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('strict turns warnings into errors', async () => {
    const dir = makeProject(
      '{ "extends": "strict", "rules": { "message-advertiser": "warn" } }',
      'campaign-lint.config.json',
    );
    try {
      const r = await cli(['campaigns', '-f', 'json'], { cwd: dir });
      expect(JSON.parse(r.stdout).warningCount).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it.each([
    [
      'unknown rule',
      'rules:\n  sender-idd: off\n',
      /campaign-lint\.config\.yaml:2: unknown rule "sender-idd"\n {2}Did you mean "sender-id"\?/,
    ],
    ['bad severity', 'rules:\n  sender-id: eror\n', /unknown severity "eror"\n {2}Did you mean "error"\?/],
    ['a property name as severity', 'rules:\n  sender-id: constructor\n', /unknown severity "constructor"/],
    [
      'unknown option',
      'rules:\n  schedule-hours: [error, { profil: conservative }]\n',
      /rule "schedule-hours": unknown option "profil"\n {2}Did you mean "profile"\?/,
    ],
    [
      'wrong option value',
      'rules:\n  schedule-hours: [error, { profile: night }]\n',
      /option "profile" must be one of "charter", "conservative", "af2m-2026", "af2m-2024", "canvassing"/,
    ],
    [
      'wrong option type',
      'rules:\n  recipient-phone-type: [error, { allow: MOBILE }]\n',
      /option "allow" must be array/,
    ],
    [
      'unknown preset',
      'extends: recomended\n',
      /unknown preset "recomended"\n {2}Did you mean "recommended"\?/,
    ],
    ['YAML syntax', 'rules:\n  sender-id: [error\n', /campaign-lint\.config\.yaml:\d+: invalid YAML/],
    ['missing plugin', 'plugins:\n  - ./nope.js\n', /plugin "\.\/nope\.js" failed to load/],
  ])('config error: %s → exit 2 with a clear message', async (_name, config, message) => {
    const dir = makeProject(config);
    try {
      const r = await cli(['campaigns'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('reads the "campaign-lint" key of package.json', async () => {
    const dir = makeProject(
      JSON.stringify({
        name: 'x',
        'campaign-lint': {
          rules: { 'sender-id': 'off', 'message-advertiser': 'off', 'message-opt-out': 'off' },
        },
      }),
      'package.json',
    );
    try {
      expect((await cli(['campaigns'], { cwd: dir })).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The built CLI: the executable's own exit codes, and real dynamic import() of plugins (not possible
// inside jest's VM) in one node process for the file (runBuilt), where the process is not the subject.
describe('bin/campaign-lint.js (built)', () => {
  const bin = path.join(ROOT, 'bin/campaign-lint.js');
  const exec = (args: string[], cwd = ROOT, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...env },
    });

  const built = (args: string[], cwd = ROOT) => runBuilt(cwd, args, { LANG: 'en_US.UTF-8' });

  it('exits 1 on a bad campaign and 0 on a clean one', async () => {
    expect(exec(['fixtures/bad-recipients']).status).toBe(1);
    expect(exec(['fixtures/clean-sms']).status).toBe(0);
    expect((await built(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('loads plugin rules (CommonJS and ESM), which can be configured and can crash cleanly', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-plugin-'));
    try {
      cpSync(path.join(ROOT, 'fixtures/clean-sms'), dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'one.cjs'),
        `module.exports = {
        meta: { id: 'local/no-soldes', description: 'Disallow the word soldes', defaultSeverity: 'error', channels: ['sms'], messages: { found: 'The word "soldes" ({{n}} recipients)' } },
        create(context) { let n = 0; return { recipient() { n++; }, end() { if (/hiver/i.test(context.campaign.message)) context.report({ messageId: 'found', data: { n } }); } }; },
      };`,
      );
      writeFileSync(
        path.join(dir, 'many.mjs'),
        `export default { rules: {
        'local/row-check': { meta: { id: 'local/row-check', description: 'x', defaultSeverity: 'warning', channels: ['sms', 'vms'], messages: { row: 'Row {{row}}' } },
          create(context) { return { recipient(r) { if (r.row === 2) context.report({ messageId: 'row', data: { row: r.row }, location: r }); } }; } },
        'local/boom': { meta: { id: 'local/boom', description: 'x', defaultSeverity: 'error', channels: ['sms'], messages: { x: 'x' } },
          create() { return { recipient(r) { if (r.row === 3) throw new Error('kaboom'); } }; } },
      } };`,
      );
      writeFileSync(
        path.join(dir, 'campaign-lint.config.yaml'),
        'plugins:\n  - ./one.cjs\n  - ./many.mjs\nrules:\n  local/boom: off\n',
      );
      const ok = await built(['.', '-f', 'json'], dir);
      expect(ok.stderr).toBe('');
      const diagnostics = JSON.parse(ok.stdout).campaigns[0].diagnostics;
      expect(
        diagnostics.map((d: { ruleId: string; line?: number }) => `${d.ruleId}@${d.line ?? '-'}`),
      ).toEqual(['local/no-soldes@-', 'local/row-check@3']);
      expect(ok.status).toBe(1);

      writeFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'plugins:\n  - ./many.mjs\n');
      const crash = await built(['.'], dir);
      expect(crash.status).toBe(2);
      expect(crash.stderr).toBe(
        'campaign-lint: recipients.csv:4: rule "local/boom" crashed on the recipient of line 4: kaboom\n  Turn the rule off (--rule id:off) and report the problem to its author; --debug shows the stack.\n',
      );
      expect((await built(['.', '--debug'], dir)).stderr).toMatch(/Error: kaboom\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
