import { spawn, spawnSync } from 'child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import * as engine from '../src/engine/lint';
import { writeReports } from '../src/cli/output';
import type { LintResult } from '../src/base/types';
import { ROOT } from './helpers/paths';
import {
  campaignFolder,
  MANIFEST,
  manifestWith,
  pluginFiles,
  RECIPIENTS,
  runBuilt,
  runCli,
} from './helpers/scratch-campaign';

// Issue 27, data loss: an output is never an input, a plugin, the config or another output of the
// run (through links too); this process's own standard output is written through its descriptor;
// the report is written whatever happened; a failed --write-clean keeps the lint's result.

const MIXED = 'phone;consent\n0612345678;oui\n0612345679;non\n';
const BIN = path.join(ROOT, 'bin/campaign-lint.js');
const bash = (dir: string, script: string) =>
  spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

describe('-o /dev/stdout', () => {
  it('appends to the log the shell opened (>> log), never replaces it (the log was replaced)', () => {
    const dir = campaignFolder();
    writeFileSync(path.join(dir, 'log'), 'earlier line\n');
    const r = bash(dir, `'${process.execPath}' '${BIN}' campaign.campaign.yaml -o /dev/stdout >> log`);
    expect(r.status).toBe(0);
    const log = readFileSync(path.join(dir, 'log'), 'utf8');
    expect(log).toMatch(/^earlier line\ncampaign\.campaign\.yaml {2}/);
    expect(log).toContain('no problems');
    expect(readdirSync(dir).sort()).toEqual(['campaign.campaign.yaml', 'log', 'recipients.csv']);
  });

  it('writes into a pipe (| cat) instead of failing with "its folder does not exist"', () => {
    const r = bash(
      campaignFolder(),
      `'${process.execPath}' '${BIN}' campaign.campaign.yaml -o /dev/stdout | cat`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('no problems');
  });

  it('-o naming the file the shell opened for stdout (-o log >> log) appends too', () => {
    const dir = campaignFolder();
    writeFileSync(path.join(dir, 'log'), 'earlier line\n');
    const r = bash(dir, `'${process.execPath}' '${BIN}' campaign.campaign.yaml -f json -o log >> log`);
    expect(r.status).toBe(0);
    const log = readFileSync(path.join(dir, 'log'), 'utf8');
    expect(log.startsWith('earlier line\n{')).toBe(true);
  });
});

describe('no two outputs of a run are one file', () => {
  it('a second report through a symlink or a hard link to the first is refused (one report was lost)', async () => {
    const dir = campaignFolder();
    writeFileSync(path.join(dir, 'a.json'), 'old');
    symlinkSync('a.json', path.join(dir, 'link.sarif'));
    for (const second of ['link.sarif', 'hard.sarif']) {
      // A fresh hard link each time: a.json is replaced (a new file) by each run that writes it.
      rmSync(path.join(dir, 'hard.sarif'), { force: true });
      linkSync(path.join(dir, 'a.json'), path.join(dir, 'hard.sarif'));
      const r = await runCli(dir, ['campaign.campaign.yaml', '-f', 'json:a.json', '-f', `sarif:${second}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `${second}: refusing to write there: a.json is written by this run too, and is the same file`,
      );
      expect(JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8'))).toHaveProperty('campaigns');
    }
  });

  it('-o on a --write-clean list: the list is not written over, the report is (the report replaced the list)', async () => {
    const dir = campaignFolder({ 'recipients.csv': MIXED });
    const r = await runCli(dir, [
      'campaign.campaign.yaml',
      '--write-clean',
      'out',
      '-f',
      'json',
      '-o',
      'out/campaign.accepted.csv',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'out/campaign.accepted.csv: refusing to write there: out/campaign.accepted.csv is written by this run too',
    );
    const report = JSON.parse(readFileSync(path.join(dir, 'out/campaign.accepted.csv'), 'utf8')) as {
      campaigns: unknown[];
      failures: Array<{ message: string }>;
    };
    expect(report.campaigns).toHaveLength(1);
    expect(report.failures.map((f) => f.message)).toEqual([
      expect.stringContaining('is written by this run too'),
    ]);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['campaign.accepted.csv']);
  });

  it('a run that fails before linting still never writes over a file it would have read (the report replaced recipients.csv)', async () => {
    const dir = campaignFolder();
    const r = await runCli(dir, [
      'campaign.campaign.yaml',
      '--rule',
      'no-such-rule:off',
      '-o',
      'recipients.csv',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('recipients.csv: refusing to write there: it is an input of this run');
    expect(readFileSync(path.join(dir, 'recipients.csv'), 'utf8')).toBe(RECIPIENTS);
  });

  it('-o on a plugin of the config is refused (the plugin was overwritten)', async () => {
    const dir = campaignFolder(pluginFiles('return {};'));
    const before = readFileSync(path.join(dir, 'plugin.cjs'), 'utf8');
    const r = await runBuilt(dir, ['campaign.campaign.yaml', '-o', 'plugin.cjs']); // plugins load outside jest's VM
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('plugin.cjs: refusing to write there: it is an input of this run');
    expect(readFileSync(path.join(dir, 'plugin.cjs'), 'utf8')).toBe(before);
  });
});

describe('the report is always written', () => {
  afterEach(() => jest.restoreAllMocks());

  it('after an internal error, -o holds the failure, not the report of an earlier run (it was left stale)', async () => {
    const dir = campaignFolder();
    writeFileSync(path.join(dir, 'report.json'), '{"stale": true}');
    jest.spyOn(engine, 'lint').mockRejectedValue(new TypeError('something broke'));
    const r = await runCli(dir, ['campaign.campaign.yaml', '-f', 'json', '-o', 'report.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'campaign-lint: internal error: something broke\n  Run again with --debug for details.\n',
    );
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
      failures: Array<{ kind: string; message: string }>;
    };
    expect(report.failures).toEqual([
      expect.objectContaining({ kind: 'internal', message: 'internal error: something broke' }),
    ]);
  });

  it('a format that fails on the result leaves a report saying so, not the earlier one', () => {
    const dir = campaignFolder();
    writeFileSync(path.join(dir, 'report.json'), '{"stale": true}');
    const broken = {
      rules: [],
      failures: [],
      errorCount: 0,
      warningCount: 0,
      campaigns: [
        {
          file: 'c.campaign.yaml',
          eachDiagnostic: () => {
            throw new RangeError('no diagnostics today');
          },
        },
      ],
    } as unknown as LintResult;
    const problems = writeReports(broken, [{ name: 'json', file: 'report.json' }], {
      cwd: dir,
      env: {},
      isTTY: false,
      stdout: () => undefined,
      stderr: () => undefined,
      color: false,
      options: { lang: 'en', showPii: false },
    });
    expect(problems.map((p) => p.message)).toEqual(['internal error: no diagnostics today']);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
      failures: Array<{ message: string }>;
    };
    expect(report.failures.map((f) => f.message)).toEqual(['internal error: no diagnostics today']);
  });

  it('a --write-clean that fails keeps the lint result and adds its own failure (it replaced everything)', async () => {
    const dir = campaignFolder({ 'recipients.csv': MIXED });
    const r = await runCli(dir, [
      'campaign.campaign.yaml',
      '--write-clean',
      'recipients.csv/out',
      '-f',
      'json',
    ]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as {
      campaigns: Array<{ file: string; errorCount: number }>;
      failures: Array<{ file: string; message: string }>;
      errorCount: number;
    };
    expect(report.campaigns.map((c) => [c.file, c.errorCount])).toEqual([['campaign.campaign.yaml', 1]]);
    expect(report.errorCount).toBe(1);
    expect(report.failures).toEqual([
      expect.objectContaining({
        file: 'recipients.csv/out',
        message: expect.stringMatching(/^cannot create the folder/),
      }),
    ]);
  });
});

describe('--fix edits only what it may', () => {
  const withMessageFile = (file: string, extra: Record<string, string> = {}) =>
    campaignFolder({
      'campaign.campaign.yaml': MANIFEST.replace(/message: .*\n/, `message_file: ${file}\n`),
      ...extra,
    });
  const TYPOGRAPHY = 'Boutique Léa : c’est -30% ! STOP au 36173\n';

  it.each([
    ['a plugin', 'plugin.cjs', 'it is a plugin, which --fix never rewrites'],
    ['the config', 'campaign-lint.config.yaml', 'it is the config file, which --fix never rewrites'],
  ])('never %s used as message file (it was rewritten)', async (_, file, reason) => {
    const dir = withMessageFile(file, pluginFiles('return {};', '// c’est le plugin\n'));
    writeFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'plugins:\n  - ./plugin.cjs\n# l’équipe\n');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const r = await runBuilt(dir, ['campaign.campaign.yaml', '--fix']);
    expect(r.stderr).toContain(`not fixed ${file}: ${reason}`);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
  });

  it('never a file another campaign uses (it was rewritten for both)', async () => {
    const dir = withMessageFile('shared.txt', { 'shared.txt': TYPOGRAPHY });
    manifestWith(
      dir,
      'file: recipients.csv',
      'file: recipients.csv\nopt_out_lists:\n  - shared.txt',
      'other.campaign.yaml',
    );
    const r = await runCli(dir, ['campaign.campaign.yaml', '--fix']);
    expect(r.stderr).toContain(
      'not fixed shared.txt: it is also used by other.campaign.yaml, which the fix would change too',
    );
    expect(readFileSync(path.join(dir, 'shared.txt'), 'utf8')).toBe(TYPOGRAPHY);
  });

  it('never a message file that is not a text file by name (a .json data file was rewritten)', async () => {
    const dir = withMessageFile('data.json', { 'data.json': TYPOGRAPHY });
    const r = await runCli(dir, ['campaign.campaign.yaml', '--fix']);
    expect(r.stderr).toContain(
      'not fixed data.json: --fix rewrites message files that are text files (.txt, .md), not .json files',
    );
    expect(readFileSync(path.join(dir, 'data.json'), 'utf8')).toBe(TYPOGRAPHY);
  });

  it('never a file of .git/, even with --allow-outside (.git/config was rewritten)', async () => {
    const dir = withMessageFile('.git/config');
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(
      path.join(dir, '.git/config'),
      '[remote "origin"]\n\turl = https://x-access-token:ghs_s3cr3t@github.com/a/b’\n',
    );
    const before = readFileSync(path.join(dir, '.git/config'), 'utf8');
    for (const extra of [[], ['--allow-outside']]) {
      const r = await runCli(dir, ['campaign.campaign.yaml', '--fix', ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('message_file leads into .git/');
      expect(r.stderr).not.toContain('s3cr3t');
      expect(readFileSync(path.join(dir, '.git/config'), 'utf8')).toBe(before);
    }
  });

  it.each([
    [
      'YAML',
      'campaign.campaign.yaml',
      MANIFEST.replace(
        'message: "Boutique Léa : -30% ce week-end ! STOP au 36173"',
        'message: Boutique Léa c’est -30% ce week-end',
      ),
    ],
    [
      'JSON',
      'campaign.campaign.json',
      '{"channel":"sms","purpose":"marketing","advertiser":"Boutique Léa","sender":"BOUTIQLEA","message":"Boutique Léa c’est -30% ce week-end","send_at":"2027-01-13T10:00","recipients":{"file":"recipients.csv"}}\n',
    ],
  ])(
    'fixes a %s manifest that starts with a byte-order mark, and keeps the mark (nothing was done, silently)',
    async (_, name, text) => {
      const dir = campaignFolder({
        'campaign-lint.config.yaml': 'rules:\n  message-opt-out: [error, { mention: "STOP au 36173" }]\n',
      });
      writeFileSync(path.join(dir, 'campaign.campaign.yaml'), '');
      writeFileSync(path.join(dir, name), `\uFEFF${text}`);
      const r = await runCli(dir, [name, '--fix']);
      expect(r.stderr).toContain(`fixed ${name} (1 character replaced, "STOP au 36173" appended)`);
      const after = readFileSync(path.join(dir, name), 'utf8');
      expect(after.startsWith('\uFEFF')).toBe(true);
      expect(after).toContain("Boutique Léa c'est -30% ce week-end STOP au 36173");
    },
  );
});

describe('concurrent writers', () => {
  it('many runs writing one -o at once all succeed (1 of 210 failed with "its folder does not exist")', async () => {
    const dir = campaignFolder();
    const writer = `const { writeFileAtomic } = require(${JSON.stringify(path.join(ROOT, 'dist/src/cli/write.js'))});
let failed = 0;
for (let i = 0; i < 60; i++) {
  try { writeFileAtomic('report.txt', (w) => w('report ' + process.pid + '\\n'.repeat(2000)), 'report.txt'); }
  catch (e) { failed++; process.stderr.write(e.message + '\\n'); }
}
process.exitCode = failed;`;
    const runs = Array.from(
      { length: 12 },
      () =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, ['-e', writer], { cwd: dir });
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('close', (code) => resolve({ code, stderr }));
        }),
    );
    const results = await Promise.all(runs);
    expect(results.map((r) => r.stderr).join('')).toBe('');
    expect(results.map((r) => r.code)).toEqual(results.map(() => 0));
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/^report \d+\n{2000}$/);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);
});
