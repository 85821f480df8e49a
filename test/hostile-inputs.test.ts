import { execFileSync, spawnSync } from 'child_process';
import { chmodSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { ROOT } from './helpers/paths';
import os from 'os';
import path from 'path';
import { LintFailure } from '../src/base/failure';
import { TempScratch } from '../src/recipients/scratch';
import { campaignFolder, MANIFEST, manifestWith, RECIPIENTS, runCli } from './helpers/scratch-campaign';

// Issue 18, hangs and silent skips: pipes and devices are refused up front, small inputs are read
// with a bound, blank lines cannot hide the header, linked campaigns are linted.

const withMessageFile = (file: string) =>
  campaignFolder({ 'campaign.campaign.yaml': MANIFEST.replace(/message: .*\n/, `message_file: ${file}\n`) });

describe('pipes and devices are refused before they are opened', () => {
  it.each(['recipients.csv', 'recipients.xlsx'])('a named pipe as recipients file (%s)', async (name) => {
    const dir = campaignFolder();
    execFileSync('rm', [path.join(dir, 'recipients.csv')]);
    execFileSync('mkfifo', [path.join(dir, name)]);
    manifestWith(dir, 'file: recipients.csv', `file: ${name}`);
    const r = await runCli(dir, ['campaign.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('recipients file is not a regular file (a named pipe or a device)');
  });

  it('a named pipe as message file', async () => {
    const dir = withMessageFile('message.txt');
    execFileSync('mkfifo', [path.join(dir, 'message.txt')]);
    const r = await runCli(dir, ['campaign.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('message file is not a regular file');
  });

  it('/dev/urandom as message file (allowed outside the project) is refused without reading it', async () => {
    const r = await runCli(withMessageFile('/dev/urandom'), ['campaign.campaign.yaml', '--allow-outside']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('message file is not a regular file');
  });

  it('a message file over 1 MB is refused with its bound', async () => {
    const dir = withMessageFile('message.txt');
    writeFileSync(path.join(dir, 'message.txt'), 'a'.repeat(1024 * 1024 + 1));
    const r = await runCli(dir, ['campaign.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('message file is too large: more than 1 MB');
  });
});

it('blank lines before the header do not defeat delimiter detection', async () => {
  const dir = campaignFolder({ 'recipients.csv': '\r\n'.repeat(40_000) + RECIPIENTS });
  const r = await runCli(dir, ['campaign.campaign.yaml', '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('"recipientCount": 2');
});

it('symlinked campaign files and folders are linted, not skipped', async () => {
  const dir = campaignFolder();
  const real = path.join(dir, 'real');
  mkdirSync(real);
  writeFileSync(path.join(real, 'recipients.csv'), 'phone;consent\n0612345678;non\n');
  writeFileSync(path.join(real, 'orig.campaign.yml'), MANIFEST);
  symlinkSync('orig.campaign.yml', path.join(real, 'linked.campaign.yaml'));
  const tree = path.join(dir, 'tree');
  mkdirSync(tree);
  symlinkSync(real, path.join(tree, 'folder-link'));
  symlinkSync(tree, path.join(real, 'loop')); // a loop is walked once
  const r = await runCli(dir, ['tree', '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const files = (JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> }).campaigns.map((c) => c.file);
  expect(files).toEqual(['tree/folder-link/linked.campaign.yaml', 'tree/folder-link/orig.campaign.yml']);
});

it('a pipe or a dangling link named like a campaign in a folder is a failure, not skipped', async () => {
  const dir = campaignFolder();
  execFileSync('mkfifo', [path.join(dir, 'piped.campaign.yaml')]);
  symlinkSync('gone.yaml', path.join(dir, 'dangling.campaign.yaml'));
  const r = await runCli(dir, ['.']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('dangling.campaign.yaml: campaign manifest not found');
  expect(r.stderr).toContain('piped.campaign.yaml: campaign manifest is not a regular file');
  expect(r.stdout).toContain('campaign.campaign.yaml'); // the readable campaign is still linted
});

it('a config file that is a pipe is refused, not passed over for the default settings', async () => {
  const dir = campaignFolder();
  execFileSync('mkfifo', [path.join(dir, 'campaign-lint.config.yaml')]);
  const r = await runCli(dir, ['campaign.campaign.yaml']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('campaign-lint.config.yaml: config file is not a regular file');
});

it('a temporary folder that cannot be used is named as such, not as a crash of the rule using it', () => {
  const scratch = new TempScratch('/nonexistent/campaign-lint-tmp');
  let thrown: unknown;
  try {
    scratch.append(new Uint8Array(4));
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(LintFailure);
  expect((thrown as LintFailure).kind).toBe('input');
  expect((thrown as LintFailure).describe()).toMatch(
    /^TMPDIR: cannot make a temporary folder in \/nonexistent/,
  );
});

// Their time (2.8 s each before) is measured by npm run bench (scripts/bench-texts.js).
it('per-row messages just under the 100,000-character record bound are each judged', async () => {
  // Five distinct rows' own messages of 85,000 characters: the message rules judge each in linear time.
  let csv = 'phone;consent;message\n';
  for (let i = 0; i < 5; i++)
    csv += `061234560${i};oui;"${`Boutique Léa : c’est -30% ! ${i} `.repeat(3_000).slice(0, 85_000)} STOP au 36173"\n`;
  const r = await runCli(campaignFolder({ 'recipients.csv': csv }), ['campaign.campaign.yaml', '-f', 'json']);
  expect(r.stderr).toBe('');
  const diagnostics = (
    JSON.parse(r.stdout) as { campaigns: Array<{ diagnostics: Array<{ ruleId: string; line: number }> }> }
  ).campaigns[0].diagnostics;
  // Each row's message is judged (not skipped): its U+2019 is reported on each of the five lines.
  expect(diagnostics.filter((d) => d.ruleId === 'message-encoding').map((d) => d.line)).toEqual([
    2, 3, 4, 5, 6,
  ]);
});

describe('issue 27: globs and unreadable folders', () => {
  it('a glob pattern follows symlinked folders as the folder walk does: the same campaigns either way', async () => {
    const dir = campaignFolder();
    const real = path.join(dir, 'real');
    mkdirSync(real);
    writeFileSync(path.join(real, 'recipients.csv'), 'phone;consent\n0612345678;non\n');
    writeFileSync(path.join(real, 'orig.campaign.yml'), MANIFEST);
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'plain'), { recursive: true });
    writeFileSync(path.join(tree, 'plain/recipients.csv'), 'phone;consent\n0612345678;non\n');
    writeFileSync(path.join(tree, 'plain/p.campaign.yaml'), MANIFEST);
    symlinkSync(real, path.join(tree, 'folder-link'));
    symlinkSync(tree, path.join(real, 'loop')); // a loop is walked once
    const files = async (given: string) => {
      const r = await runCli(dir, [given, '-f', 'json']);
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> }).campaigns.map((c) => c.file);
    };
    const walked = await files('tree');
    expect(walked).toEqual(['tree/folder-link/orig.campaign.yml', 'tree/plain/p.campaign.yaml']);
    expect(await files('tree/**/*.campaign.y*ml')).toEqual(walked);
    expect(await files('tree/*/*.campaign.yml')).toEqual(['tree/folder-link/orig.campaign.yml']);
  });

  it('a sub-folder that cannot be read is a clear failure (exit 2), and the rest is linted (it was an internal error)', () => {
    const dir = campaignFolder();
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked/x.campaign.yaml'), MANIFEST);
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked'), 0o000);
    // Root reads any folder: the run is made as an ordinary user then, who must be able to pass
    // through the folders above (the test run's own TMPDIR is owner-only): traverse, not list.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if ('uid' in asUser)
      for (let up = path.dirname(dir); up.startsWith(os.tmpdir()); up = path.dirname(up))
        if ((statSync(up).mode & 0o001) === 0) chmodSync(up, statSync(up).mode | 0o111);
    const bin = path.join(ROOT, 'bin/campaign-lint.js');
    if ('uid' in asUser) {
      // The checkout itself must be reachable by that user (a clone under an owner-only folder is not).
      const reach = spawnSync(
        process.execPath,
        ['-e', `require('fs').accessSync(${JSON.stringify(bin)})`],
        asUser,
      );
      if (reach.status !== 0)
        throw new Error(`${bin} cannot be reached by uid 65534: give the folders above the checkout o+x`);
    }
    for (const given of ['.', '*/*.campaign.yaml']) {
      const r = spawnSync(process.execPath, [bin, given, '-f', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C' },
        ...asUser,
      });
      expect(r.stderr).toBe(
        'campaign-lint: locked: folder cannot be read (permission denied)\n  Give the folder read permission, or leave it out of the paths given.\n',
      );
      expect(r.status).toBe(2);
      if (given === '.')
        expect(
          (JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> }).campaigns.map((c) => c.file),
        ).toEqual(['campaign.campaign.yaml']);
    }
    chmodSync(path.join(dir, 'locked'), 0o755);
  });
});
