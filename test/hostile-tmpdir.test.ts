import fs from 'fs';
import os from 'os';
import path from 'path';
import { cli, campaignFolder, runCli } from './helpers/scratch-campaign';
import { ROOT } from './helpers/paths';

// Issue 18: a missing or full temporary folder (TMPDIR) is the run's environment, named as such
// (exit 2, "TMPDIR: …"), never a crash of the rule the working data serves (recipient-duplicate).
// The duplicate index spills to a scratch file past 2^20 distinct numbers; here it spills past 2, so
// a small campaign reaches the scratch file through the real pipeline.
let scratchFolder = os.tmpdir();
jest.mock('../src/recipients/duplicates', () => {
  const actual = jest.requireActual<typeof import('../src/recipients/duplicates')>(
    '../src/recipients/duplicates',
  );
  const { TempScratch } =
    jest.requireActual<typeof import('../src/recipients/scratch')>('../src/recipients/scratch');
  class SmallDuplicateIndex extends actual.DuplicateIndex {
    constructor(expected: number) {
      super(expected, 2, () => new TempScratch(scratchFolder));
    }
  }
  return { ...actual, DuplicateIndex: SmallDuplicateIndex };
});

const recipients = () => {
  let csv = 'phone;consent\n';
  for (let i = 0; i < 12; i++) csv += `06123456${String(i).padStart(2, '0')};oui\n`;
  return csv + '0612345600;oui\n'; // a repeat, found through the scratch file
};

afterEach(() => {
  scratchFolder = os.tmpdir();
  jest.restoreAllMocks();
});

it('control: with a usable folder the repeat is found through the scratch file', async () => {
  const r = await runCli(campaignFolder({ 'recipients.csv': recipients() }), ['campaign.campaign.yaml']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('recipient-duplicate');
  expect(r.stdout).toMatch(/recipients.csv:14 .*line 2\b/);
});

it('a missing TMPDIR is named as such, not as a crash of recipient-duplicate', async () => {
  scratchFolder = '/nonexistent/campaign-lint-tmp';
  const r = await runCli(campaignFolder({ 'recipients.csv': recipients() }), ['campaign.campaign.yaml']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^campaign-lint: TMPDIR: cannot make a temporary folder in \/nonexistent/);
  expect(r.stderr).not.toMatch(/crashed|recipient-duplicate/);
});

it('a full TMPDIR (ENOSPC) is named as such, not as a crash of recipient-duplicate', async () => {
  jest.spyOn(fs, 'writeSync').mockImplementation(() => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
  const r = await runCli(campaignFolder({ 'recipients.csv': recipients() }), ['campaign.campaign.yaml']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /^campaign-lint: TMPDIR: cannot write a large file's working data to .*ENOSPC.*free some space/,
  );
  expect(r.stderr).not.toMatch(/crashed|recipient-duplicate/);
});

// With threads the look-up runs on the facts thread: its failure must come back as the same
// TMPDIR failure (not "the reader stopped"), after the records before it, and leave no file behind.
// A preload (inherited by the worker threads) makes the built look-up spill past 2 numbers there too.
it('a missing TMPDIR is named the same way when the facts thread meets it', () => {
  const dir = campaignFolder({ 'recipients.csv': recipients() });
  const hook = path.join(dir, 'small-index.cjs');
  const built = path.join(ROOT, 'dist/src/recipients');
  fs.writeFileSync(
    hook,
    `const duplicates = require(${JSON.stringify(`${built}/duplicates.js`)});
const { TempScratch } = require(${JSON.stringify(`${built}/scratch.js`)});
const Actual = duplicates.DuplicateIndex;
duplicates.DuplicateIndex = class extends Actual {
  constructor(expected) { super(expected, 2, () => new TempScratch(process.env.SCRATCH_FOLDER)); }
};\n`,
  );
  const run = (threads: string, folder: string) =>
    cli(dir, ['campaign.campaign.yaml'], {
      CAMPAIGN_LINT_THREADS: threads,
      SCRATCH_FOLDER: folder,
      NODE_OPTIONS: `--require ${hook}`,
    });
  const control = run('on', os.tmpdir());
  expect(control.stdout).toMatch(/recipients.csv:14 .*line 2\b/); // the hook reached the facts thread
  const off = run('off', '/nonexistent/campaign-lint-tmp');
  const on = run('on', '/nonexistent/campaign-lint-tmp');
  expect(off.status).toBe(2);
  expect(on.status).toBe(2);
  expect(on.stderr).toMatch(/^campaign-lint: TMPDIR: cannot make a temporary folder in \/nonexistent/);
  expect(on.stderr).toBe(off.stderr);
  expect(on.stdout).toBe(off.stdout);
});
