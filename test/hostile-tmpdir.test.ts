import fs from 'fs';
import os from 'os';
import { campaignFolder, runCli } from './helpers/scratch-campaign';

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
