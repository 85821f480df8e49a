import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/cli';
import { RunOutputs, writeFileAtomic } from '../src/cli/write';
import { writeCleanLists } from '../src/cli/write-clean';
import type { CampaignResult } from '../src/base/types';
import { ROOT } from './helpers/paths';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-safe-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function hashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(root, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

it('never modifies an input file, whatever the format or option (without --fix)', async () => {
  cpSync(path.join(ROOT, 'fixtures'), path.join(dir, 'in'), { recursive: true });
  const before = hashes(path.join(dir, 'in'));
  const io = { stdout: () => {}, stderr: () => {}, env: { LANG: 'en' }, cwd: dir, isTTY: false };
  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'compact'])
    await run(['in/clean-sms', 'in/bad-content', 'in/latin1-excel', '-f', format], io);
  await run(['in/bad-recipients', '--write-clean', 'out', '-o', 'report.txt'], io);
  expect(hashes(path.join(dir, 'in'))).toEqual(before);
});

it('a crashing rule is named with its row, and the other campaigns are still reported', () => {
  cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, 'a'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/bad-message-sender'), path.join(dir, 'b'), { recursive: true });
  writeFileSync(
    path.join(dir, 'boom.cjs'),
    `module.exports = { meta: { id: 'local/boom', description: 'x', defaultSeverity: 'error', channels: ['sms'], messages: { x: 'x' } },
    create(context) { return { recipient(r) { if (context.campaign.name === 'Promo flash' && r.row === 2) throw new Error('kaboom'); } }; } };`,
  );
  writeFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'plugins:\n  - ./boom.cjs\n');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/campaign-lint.js'), 'a', 'b', '-f', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en' },
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(
    'campaign-lint: b/recipients.csv:3: rule "local/boom" crashed on the recipient of line 3: kaboom\n  Turn the rule off (--rule id:off) and report the problem to its author; --debug shows the stack.\n',
  );
  expect(JSON.parse(r.stdout).campaigns.map((c: { file: string }) => c.file)).toEqual([
    'a/soldes.campaign.yaml',
  ]);
});

describe('atomic writes', () => {
  it('a write interrupted half-way leaves the old file intact and no temporary file', () => {
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'old report');
    expect(() =>
      writeFileAtomic(
        file,
        (write) => {
          write('{"half": ');
          throw new Error('interrupted');
        },
        'report.json',
      ),
    ).toThrow('interrupted');
    expect(readFileSync(file, 'utf8')).toBe('old report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('--write-clean that fails while reading leaves earlier lists intact and no temporary file', async () => {
    writeFileSync(path.join(dir, 'c.accepted.csv'), 'old accepted');
    const campaign = {
      file: 'c.campaign.yaml',
      name: 'c',
      channel: 'sms',
      purpose: 'marketing',
      recipientCount: 1,
      rules: [],
      errorCount: 0,
      warningCount: 0,
      recipients: { file: 'gone.csv', delimiter: ';', encoding: 'utf8', bom: false, eol: '\n' },
      eachDiagnostic: () => [],
      diagnostics: [],
    } as unknown as CampaignResult;
    const { failures } = await writeCleanLists([campaign], '.', dir, new RunOutputs(() => []));
    expect(failures.map((f) => f.message)).toEqual([expect.stringContaining('recipients file not found')]);
    expect(readFileSync(path.join(dir, 'c.accepted.csv'), 'utf8')).toBe('old accepted');
    expect(readdirSync(dir)).toEqual(['c.accepted.csv']);
  });

  it('--fix writes through a temporary file too (nothing left behind)', async () => {
    cpSync(path.join(ROOT, 'fixtures/bad-content'), dir, { recursive: true });
    await run(['.', '--fix'], { stdout: () => {}, stderr: () => {}, env: {}, cwd: dir, isTTY: false });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]); // no temporary file nor its folder
    expect(readFileSync(path.join(dir, 'noel.campaign.yaml'), 'utf8')).toContain("calendrier de l'Avent");
  });
});
