import { execFileSync, spawn } from 'child_process';
import { once } from 'events';
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'fs';
import fs from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';
import { campaignFolder, manifestWith, RECIPIENTS, runCli } from './helpers/scratch-campaign';
import { commitTogether, openAtomic, RunOutputs } from '../src/cli/write';
import { lint } from '../src/engine/lint';
import { writeCleanLists } from '../src/cli/write-clean';

// Issue 18, data loss: no output may be an input, outputs go through links to their targets, keep
// permissions, and leave no temporary file behind.

const STOP = '0698765432\n';
const MIXED = 'phone;consent\n0612345678;oui\n0612345679;non\n';
const withLists = (extra: Record<string, string> = {}) =>
  campaignFolder({
    'campaign.campaign.yaml':
      'channel: sms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: BOUTIQLEA\nmessage: "Boutique Léa : -30% ce week-end ! STOP au 36173"\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: recipients.csv\nopt_out_lists:\n  - stop.txt\n',
    'stop.txt': STOP,
    'campaign-lint.config.yaml': 'rules: {}\n',
    ...extra,
  });
const hidden = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.'));
const TEMP_FOLDER = '.campaign-lint.tmp';

describe('-o never overwrites an input', () => {
  it.each([
    'recipients.csv',
    'campaign.campaign.yaml',
    'stop.txt',
    'campaign-lint.config.yaml',
    './sub/../stop.txt',
  ])('-o %s is refused, the file kept', async (output) => {
    const dir = withLists();
    execFileSync('mkdir', [path.join(dir, 'sub')]);
    const before = readFileSync(path.join(dir, output));
    const r = await runCli(dir, ['campaign.campaign.yaml', '-o', output]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to write there: it is');
    expect(readFileSync(path.join(dir, output))).toEqual(before);
  });

  it('a symlink or a hard link to an input is refused too', async () => {
    const dir = withLists();
    symlinkSync('recipients.csv', path.join(dir, 'link.csv'));
    linkSync(path.join(dir, 'stop.txt'), path.join(dir, 'hard.txt'));
    for (const output of ['link.csv', 'hard.txt']) {
      const r = await runCli(dir, ['campaign.campaign.yaml', '-o', output]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('an input of this run');
    }
    expect(readFileSync(path.join(dir, 'recipients.csv'), 'utf8')).toBe(RECIPIENTS);
    expect(readFileSync(path.join(dir, 'stop.txt'), 'utf8')).toBe(STOP);
  });
});

describe('outputs land where the path leads', () => {
  it('-o through a symlink writes its target and keeps the link', async () => {
    const dir = withLists();
    writeFileSync(path.join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', path.join(dir, 'report.txt'));
    expect((await runCli(dir, ['campaign.campaign.yaml', '-o', 'report.txt'])).code).toBe(0);
    expect(lstatSync(path.join(dir, 'report.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toContain('no problems');
  });

  it('-o on a named pipe writes into it in place (it stays a pipe)', async () => {
    const dir = withLists();
    const pipe = path.join(dir, 'report.pipe');
    execFileSync('mkfifo', [pipe]);
    // A reader on the other end, as `-o /dev/stdout` or a log collector would be.
    const reader = spawn('cat', [pipe]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    expect((await runCli(dir, ['campaign.campaign.yaml', '-o', 'report.pipe'])).code).toBe(0);
    await done;
    expect(received).toContain('no problems');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it('-o on a device writes into it in place (it stays a device)', async () => {
    const dir = withLists();
    // A copy of /dev/null inside the scratch folder where the system allows making one (root,
    // CAP_MKNOD); else /dev/null itself, which a user who may not replace it cannot damage.
    let device = path.join(dir, 'null');
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      device = '/dev/null';
    }
    const before = statSync(device);
    const r = await runCli(dir, ['campaign.campaign.yaml', '-o', device]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = lstatSync(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev]);
    expect(hidden(dir)).toEqual([]);
  });

  it('-o keeps the permissions of an existing file, and temporary files are gone', async () => {
    const dir = withLists();
    writeFileSync(path.join(dir, 'report.txt'), 'old');
    chmodSync(path.join(dir, 'report.txt'), 0o600);
    expect((await runCli(dir, ['campaign.campaign.yaml', '-o', 'report.txt'])).code).toBe(0);
    expect(statSync(path.join(dir, 'report.txt')).mode & 0o777).toBe(0o600);
    expect(hidden(dir)).toEqual([]);
  });

  it('a file with other hard links is replaced under this name, never truncated in place: the other name keeps the old content', () => {
    // Issue 27: it was copied into in place (truncated first), so a kill left both names truncated.
    const dir = withLists();
    writeFileSync(path.join(dir, 'a.txt'), 'old');
    chmodSync(path.join(dir, 'a.txt'), 0o644);
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    const inode = statSync(path.join(dir, 'b.txt')).ino;
    const out = openAtomic(path.join(dir, 'a.txt'), 'a.txt');
    out.write('new');
    out.commit();
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('old');
    expect(statSync(path.join(dir, 'a.txt')).ino).not.toBe(inode);
    expect(statSync(path.join(dir, 'a.txt')).mode & 0o777).toBe(0o644);
    expect(statSync(path.join(dir, 'b.txt')).nlink).toBe(1);
  });

  it('the file is synced to disk before its rename, its folder after (issue 27: nothing called fsync)', () => {
    // A crash of the machine (not only of the process) must leave the old file or the whole new one:
    // the data durable before the rename makes it visible, the rename durable before the run ends.
    const dir = withLists();
    writeFileSync(path.join(dir, 'report.txt'), 'old');
    const calls: string[] = [];
    const opened = new Map<number, string>();
    const real = { open: fs.openSync, fsync: fs.fsyncSync, rename: fs.renameSync };
    const spies = [
      jest.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
        const fd = real.open(...args);
        opened.set(fd, path.relative(dir, String(args[0])) || '.');
        return fd;
      }),
      jest.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
        calls.push(`fsync ${opened.get(fd)}`);
        real.fsync(fd);
      }),
      jest.spyOn(fs, 'renameSync').mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
        calls.push(`rename ${path.relative(dir, String(from))} -> ${path.relative(dir, String(to))}`);
        real.rename(from, to);
      }),
    ];
    try {
      const out = openAtomic(path.join(dir, 'report.txt'), 'report.txt');
      out.write('new');
      out.commit();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe('new');
    const placed = calls.findIndex((call) => call.endsWith('-> report.txt'));
    const temporary = /^rename (\S+) ->/.exec(calls[placed])?.[1];
    expect(temporary).toMatch(/^\.campaign-lint\.tmp\//);
    expect(calls.indexOf(`fsync ${temporary}`)).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf(`fsync ${temporary}`)).toBeLessThan(placed);
    expect(calls.slice(placed + 1)).toContain('fsync .'); // the folder that holds report.txt
  });

  it('temporary files are owner-only, in a hidden folder git ignores, while written', () => {
    const dir = withLists();
    const out = openAtomic(path.join(dir, 'list.csv'), 'list.csv');
    out.write('0612345678\n');
    expect(hidden(dir)).toEqual([TEMP_FOLDER]);
    const temps = readdirSync(path.join(dir, TEMP_FOLDER)).sort();
    expect(temps).toEqual(['.gitignore', expect.stringMatching(/^list\.csv\.tmp-\d+-[0-9a-f]+$/)]);
    expect(statSync(path.join(dir, TEMP_FOLDER, temps[1])).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, TEMP_FOLDER, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    out.abort();
    expect(hidden(dir)).toEqual([]);
  });

  it('a pair is committed together: when the second cannot be placed, the first is put back', () => {
    const dir = withLists();
    writeFileSync(path.join(dir, 'a.csv'), 'old a');
    const a = openAtomic(path.join(dir, 'a.csv'), 'a.csv');
    const b = openAtomic(path.join(dir, 'b.csv'), 'b.csv');
    a.write('new a');
    b.write('new b');
    execFileSync('mkdir', [path.join(dir, 'b.csv')]); // b's place is taken by a folder: its rename fails
    expect(() => commitTogether([a, b])).toThrow(/cannot write b\.csv/);
    expect(readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe('old a');
    expect(hidden(dir)).toEqual([]);
  });

  it('a killed writer leaves no readable list: its stale temporary file is removed by the next write', () => {
    const dir = withLists();
    const stale = path.join(dir, '.list.csv.tmp-999999-abcd1234'); // named as earlier versions did, beside the target
    writeFileSync(stale, '0612345678\n', { mode: 0o600 });
    const users = path.join(dir, 'list.csv.tmp-999999-abcd1234'); // not hidden: a file of the user's
    writeFileSync(users, 'mine');
    const out = openAtomic(path.join(dir, 'list.csv'), 'list.csv');
    out.write('x');
    out.commit();
    expect(hidden(dir)).toEqual([]);
    expect(readFileSync(users, 'utf8')).toBe('mine');
  });

  it('a writer killed by SIGKILL leaves an owner-only file that git add skips; the next write removes it', async () => {
    const dir = withLists();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const writer = `const { openAtomic } = require(${JSON.stringify(path.join(ROOT, 'dist/src/cli/write.js'))});
const out = openAtomic('campaign.accepted.csv', 'campaign.accepted.csv');
out.write('phone\\n0612345678\\n');
process.stdout.write('written');
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', writer], { cwd: dir });
    await once(child.stdout, 'data');
    child.kill('SIGKILL'); // no handler runs: the temporary file stays
    await once(child, 'exit');
    const [temp] = readdirSync(path.join(dir, TEMP_FOLDER)).filter((name) => name !== '.gitignore');
    expect(temp).toMatch(/^campaign\.accepted\.csv\.tmp-\d+-[0-9a-f]+$/);
    expect(statSync(path.join(dir, TEMP_FOLDER, temp)).mode & 0o777).toBe(0o600);
    execFileSync('git', ['add', '.'], { cwd: dir });
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: dir, encoding: 'utf8' });
    expect(staged).toContain('recipients.csv');
    expect(staged).not.toContain(TEMP_FOLDER);
    // The next write into that folder, of any file, removes what the killed run left.
    const out = openAtomic(path.join(dir, 'report.txt'), 'report.txt');
    out.write('x');
    out.commit();
    expect(hidden(dir)).toEqual(['.git']);
  });
});

describe('--write-clean', () => {
  it('refuses an output that is an opt-out list of the campaign', async () => {
    const dir2 = withLists();
    execFileSync('mkdir', [path.join(dir2, 'out')]);
    writeFileSync(path.join(dir2, 'out/campaign.rejected.csv'), STOP);
    manifestWith(dir2, 'stop.txt', 'out/campaign.rejected.csv');
    const r = await runCli(dir2, ['campaign.campaign.yaml', '--write-clean', 'out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('an input of this run');
    expect(readFileSync(path.join(dir2, 'out/campaign.rejected.csv'), 'utf8')).toBe(STOP);
    expect(readdirSync(path.join(dir2, 'out'))).toEqual(['campaign.rejected.csv']);
  });

  it('refuses the recipients file reached through a symlinked folder', async () => {
    const dir = withLists();
    symlinkSync('.', path.join(dir, 'same'));
    manifestWith(dir, 'file: recipients.csv', 'file: campaign.accepted.csv');
    // A refused row: the accepted list would differ from the recipients file it would replace.
    writeFileSync(path.join(dir, 'campaign.accepted.csv'), MIXED);
    const r = await runCli(dir, ['campaign.campaign.yaml', '--write-clean', 'same']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('an input of this run');
    expect(readFileSync(path.join(dir, 'campaign.accepted.csv'), 'utf8')).toBe(MIXED);
    expect(existsSync(path.join(dir, 'campaign.rejected.csv'))).toBe(false);
  });

  it('refuses an output path that is a symlink to the recipients file, and keeps the link', async () => {
    const dir = withLists({ 'recipients.csv': MIXED });
    execFileSync('mkdir', [path.join(dir, 'out')]);
    symlinkSync('../recipients.csv', path.join(dir, 'out/campaign.accepted.csv'));
    const r = await runCli(dir, ['campaign.campaign.yaml', '--write-clean', 'out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the same file as recipients.csv, an input of this run');
    expect(readFileSync(path.join(dir, 'recipients.csv'), 'utf8')).toBe(MIXED);
    expect(lstatSync(path.join(dir, 'out/campaign.accepted.csv')).isSymbolicLink()).toBe(true);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['campaign.accepted.csv']);
  });

  it('a re-run keeps owner-only lists owner-only', async () => {
    const dir = withLists({ 'recipients.csv': MIXED });
    expect((await runCli(dir, ['campaign.campaign.yaml', '--write-clean', 'out'])).code).toBe(1);
    const lists = ['campaign.accepted.csv', 'campaign.rejected.csv'].map((name) =>
      path.join(dir, 'out', name),
    );
    for (const list of lists) chmodSync(list, 0o600);
    writeFileSync(path.join(dir, 'recipients.csv'), MIXED + '0612345680;oui\n');
    expect((await runCli(dir, ['campaign.campaign.yaml', '--write-clean', 'out'])).code).toBe(1);
    expect(readFileSync(lists[0], 'utf8')).toContain('0612345680');
    for (const list of lists) expect(statSync(list).mode & 0o777).toBe(0o600);
  });

  it('keeps a UTF-16 list in UTF-16 with its byte-order mark, and reads its own output back', async () => {
    const csv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RECIPIENTS, 'utf16le')]);
    const dir = withLists();
    writeFileSync(path.join(dir, 'recipients.csv'), csv);
    expect((await runCli(dir, ['campaign.campaign.yaml', '--write-clean', 'out'])).code).toBe(0);
    const accepted = readFileSync(path.join(dir, 'out/campaign.accepted.csv'));
    expect([...accepted.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(accepted).toEqual(csv);
    // The tool reads its own list back: a campaign on the accepted list lints clean.
    manifestWith(dir, 'file: recipients.csv', 'file: out/campaign.accepted.csv', 'again.campaign.yaml');
    const again = await runCli(dir, ['again.campaign.yaml', '-f', 'json']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('"recipientCount": 2');
  });

  it('a recipients file changed after the lint read it gives no lists', async () => {
    const dir = withLists();
    const result = await lint(['campaign.campaign.yaml'], { cwd: dir });
    expect(result.failures).toEqual([]);
    // Rewritten between the two reads, same size and modification time: the change time tells.
    const file = path.join(dir, 'recipients.csv');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, RECIPIENTS.replace(/oui/g, 'non'.slice(0, 3)));
    utimesSync(file, atime, mtime);
    const { failures } = await writeCleanLists(
      result.campaigns,
      'out',
      dir,
      new RunOutputs(() => result.inputs ?? []),
    );
    expect(failures.map((f) => f.message)).toEqual([
      expect.stringContaining('the recipients file changed after it was linted'),
    ]);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });
});

describe('--fix', () => {
  const withMessageFile = (messageFile: string, extra: Record<string, string> = {}) =>
    campaignFolder({
      'campaign.campaign.yaml': `channel: sms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: BOUTIQLEA\nmessage_file: ${messageFile}\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: recipients.csv\n`,
      ...extra,
    });

  it('never rewrites the recipients file, even when message_file names it', async () => {
    const dir = withMessageFile('recipients.csv', { 'recipients.csv': 'phone;consent\n0612345678;oui’\n' });
    const r = await runCli(dir, ['campaign.campaign.yaml', '--fix']);
    expect(r.stderr).toContain(
      'not fixed recipients.csv: it is also recipients.csv, which --fix never rewrites',
    );
    expect(readFileSync(path.join(dir, 'recipients.csv'), 'utf8')).toBe('phone;consent\n0612345678;oui’\n');
  });

  it('changes only the characters it fixes: a message file keeps its byte-order mark and CRLF', async () => {
    const dir = withMessageFile('message.txt', {
      'message.txt': '\uFEFFBoutique Léa : c’est -30% ! STOP au 36173\r\n',
    });
    const r = await runCli(dir, ['campaign.campaign.yaml', '--fix']);
    expect(r.stderr).toContain('fixed message.txt');
    expect(readFileSync(path.join(dir, 'message.txt'), 'utf8')).toBe(
      "\uFEFFBoutique Léa : c'est -30% ! STOP au 36173\r\n",
    );
  });

  it('refuses a manifest or message file that is not UTF-8 instead of writing U+FFFD over its letters', async () => {
    // Latin-1 manifest, a mention to append: --fix used to rewrite every "é" as U+FFFD, and exit 0.
    const latin1 = Buffer.from(
      'channel: sms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: BOUTIQLEA\nmessage: "Boutique Léa : -30% ce week-end !"\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: recipients.csv\n',
      'latin1',
    );
    const dir = campaignFolder({
      'campaign-lint.config.yaml': 'rules:\n  message-opt-out: [error, { mention: "STOP au 36173" }]\n',
    });
    writeFileSync(path.join(dir, 'campaign.campaign.yaml'), latin1);
    const r = await runCli(dir, ['campaign.campaign.yaml', '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('campaign manifest is not UTF-8 text (probably Windows-1252 or Latin-1)');
    expect(r.stderr).toContain('Save it as UTF-8');
    expect(readFileSync(path.join(dir, 'campaign.campaign.yaml'))).toEqual(latin1);
    // A UTF-16 message file (Notepad's "Unicode") was linted as U+0000 and U+FFFD characters.
    const utf16 = withMessageFile('message.txt');
    const text = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Boutique Léa : -30% ! STOP au 36173', 'utf16le'),
    ]);
    writeFileSync(path.join(utf16, 'message.txt'), text);
    const u = await runCli(utf16, ['campaign.campaign.yaml', '--fix']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('message file is not UTF-8 text (it is UTF-16): message.txt');
    expect(readFileSync(path.join(utf16, 'message.txt'))).toEqual(text);
  });

  it('keeps a symlinked message file a symlink; a hard-linked one is replaced, its other name kept as it was', async () => {
    const dir = withMessageFile('message.txt', { 'real.txt': 'Boutique Léa : c’est -30% ! STOP au 36173\n' });
    symlinkSync('real.txt', path.join(dir, 'message.txt'));
    linkSync(path.join(dir, 'real.txt'), path.join(dir, 'copy.txt'));
    await runCli(dir, ['campaign.campaign.yaml', '--fix']);
    expect(lstatSync(path.join(dir, 'message.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe(
      "Boutique Léa : c'est -30% ! STOP au 36173\n",
    );
    expect(readFileSync(path.join(dir, 'copy.txt'), 'utf8')).toBe(
      'Boutique Léa : c’est -30% ! STOP au 36173\n',
    );
  });
});
