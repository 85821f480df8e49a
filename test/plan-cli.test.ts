import Ajv from 'ajv';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import iconv from 'iconv-lite';
import os from 'os';
import path from 'path';
import { runCli } from './helpers/scratch-campaign';
import { scheduleFindings, type PlanJson } from './helpers/plan-proof';
import { lint } from '../src/engine/lint';
import { ROOT } from './helpers/paths';

// `campaign-lint plan`: the files it writes (the input's shape, manifests that lint, the plan and
// its schema), what it prints, its exit codes, and its safety (atomic, never over an input, an older
// plan replaced whole).

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const MANIFEST = `# The spring sale, sent on a Saturday at 09:00.
name: Printemps
channel: sms
purpose: marketing
advertiser: Boutique Léa
sender: BOUTIQLEA
message: "Boutique Léa : -30% ce week-end ! STOP au 36173"
send_at: 2027-03-20T09:00
recipients:
  file: recipients.csv
`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-plan-cli-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}
const plan = (dir: string, args: string[], lang = 'C') => runCli(dir, ['plan', ...args], { LANG: lang });
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const planJsonOf = (dir: string, name: string) => JSON.parse(read(dir, name)) as PlanJson;

describe('the batch files keep the input’s shape', () => {
  it('delimiter, byte-order mark, CRLF, columns; formula cells neutralised; own send_at rewritten to the planned time', async () => {
    const csv =
      '\uFEFFphone;consent;send_at;note\r\n' +
      '06 12 34 56 78;oui;;"=HYPERLINK(""http://x"";""y"")"\r\n' + // Saturday 09:00: outside the platforms' window (10:00)
      '06 12 34 56 79;oui;2027-03-22 09:30;lundi\r\n' + // Monday 09:30: as asked
      '06 12 34 56 80;non;;pas de consentement\r\n' +
      '06 12 34 56 78;oui;;doublon\r\n';
    const dir = folder({ 'p.campaign.yaml': MANIFEST, 'recipients.csv': csv });
    const r = await plan(dir, ['p.campaign.yaml']);
    expect(r.code).toBe(0);
    const first = readFileSync(path.join(dir, 'p.batch-01.csv'));
    expect([...first.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(first.toString('utf8').slice(1)).toBe(
      'phone;consent;send_at;note\r\n06 12 34 56 78;oui;;"\'=HYPERLINK(""http://x"";""y"")"\r\n',
    );
    expect(read(dir, 'p.batch-02.csv').slice(1)).toBe(
      'phone;consent;send_at;note\r\n06 12 34 56 79;oui;2027-03-22T09:30+01:00;lundi\r\n',
    );
    expect(read(dir, 'p.rejected.csv').slice(1)).toBe(
      'phone;consent;send_at;note;reasons\r\n06 12 34 56 80;non;;pas de consentement;recipient-consent\r\n06 12 34 56 78;oui;;doublon;recipient-duplicate\r\n',
    );
    const doc = planJsonOf(dir, 'p.plan.json');
    expect(doc.batches.map((b) => [b.sendAt, b.count, b.file])).toEqual([
      ['2027-03-20T10:00+01:00', 1, 'p.batch-01.csv'],
      ['2027-03-22T09:30+01:00', 1, 'p.batch-02.csv'],
    ]);
    expect(doc.totals).toEqual({ recipients: 4, sendable: 2, placed: 2, unplaced: 0, rejected: 2 });
  });

  it('Windows-1252 stays Windows-1252', async () => {
    const csv = iconv.encode('phone;consent;prénom\n0612345678;oui;Hélène\n', 'win1252');
    const dir = folder({ 'p.campaign.yaml': MANIFEST.replace('09:00', '11:00'), 'recipients.csv': csv });
    expect((await plan(dir, ['p.campaign.yaml'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'p.batch-01.csv'))).toEqual(
      iconv.encode('phone;consent;prénom\n0612345678;oui;Hélène\n', 'win1252'),
    );
  });

  it('a workbook’s rows become a CSV batch, and its manifest no longer names a sheet', async () => {
    const out = mkdtempSync(path.join(ROOT, 'test', '.plan-xlsx-'));
    dirs.push(out);
    const r = await runCli(ROOT, [
      'plan',
      'fixtures/exports/excel-xlsx/excel-xlsx.campaign.yaml',
      '-o',
      path.relative(ROOT, out),
    ]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toContain('written as CSV');
    const doc = planJsonOf(out, 'excel-xlsx.plan.json');
    const manifest = read(out, doc.batches[0].manifest);
    expect(manifest).not.toMatch(/sheet:/);
    expect(manifest).toContain(`file: ${doc.batches[0].file}`);
    expect(await scheduleFindings(ROOT, path.relative(ROOT, out), doc)).toEqual([]);
  });
});

describe('the batch manifests', () => {
  it('keep every field and comment, set send_at and the file; paths lead to the same files from another folder', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('recipients:', 'opt_out_lists:\n  - stop.csv\nrecipients:').replace(
        'message: "Boutique Léa : -30% ce week-end ! STOP au 36173"',
        'message_file: message.txt',
      ),
      'message.txt': 'Boutique Léa : -30% ce week-end ! STOP au 36173\n',
      'stop.csv': 'phone\n0699999999\n',
      'recipients.csv': 'phone;consent\n0612345678;oui\n0699999999;oui\n',
    });
    const r = await plan(dir, ['p.campaign.yaml', '-o', 'plans/printemps']);
    expect(r.code).toBe(0);
    const manifest = read(dir, 'plans/printemps/p.batch-01.campaign.yaml');
    expect(manifest).toContain('# The spring sale, sent on a Saturday at 09:00.');
    expect(manifest).toMatch(/^# Batch 1 of 1 of the send plan of p\.campaign\.yaml/);
    expect(manifest).toContain('send_at: 2027-03-20T10:00+01:00');
    expect(manifest).toContain('message_file: ../../message.txt');
    expect(manifest).toContain('  - ../../stop.csv');
    expect(manifest).toContain('  file: p.batch-01.csv');
    expect(manifest).toContain('advertiser: Boutique Léa');
    const result = await lint(['plans/printemps/p.batch-01.campaign.yaml'], { cwd: dir });
    expect(result.failures).toEqual([]);
    expect(result.campaigns[0].errorCount).toBe(0);
    expect(read(dir, 'plans/printemps/p.rejected.csv')).toBe(
      'phone;consent;reasons\n0699999999;oui;recipient-opt-out\n',
    );
  });
});

describe('an older plan in the folder is replaced whole', () => {
  it('batch files the new plan does not write are removed; other files stay', async () => {
    const csv =
      'phone;consent;code_postal\n0612345678;oui;75011\n0690123456;oui;97110\n0696123456;oui;97200\n';
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('2027-03-20T09:00', '2027-05-27T09:00'),
      'recipients.csv': csv,
      'p.batch-01.notes.txt': 'mine',
    });
    expect((await plan(dir, ['p.campaign.yaml'])).code).toBe(0);
    expect(planJsonOf(dir, 'p.plan.json').batches).toHaveLength(3);
    writeFileSync(path.join(dir, 'recipients.csv'), 'phone;consent;code_postal\n0612345678;oui;75011\n');
    const again = await plan(dir, ['p.campaign.yaml']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('removed 4 files of the previous plan');
    expect(readdirSync(dir).sort()).toEqual([
      'p.batch-01.campaign.yaml',
      'p.batch-01.csv',
      'p.batch-01.notes.txt',
      'p.campaign.yaml',
      'p.plan.json',
      'p.rejected.csv',
      'recipients.csv',
    ]);
  });

  it('keeps the permissions of a file it replaces', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST,
      'recipients.csv': 'phone;consent\n0612345678;oui\n',
      'p.plan.json': '{}',
    });
    chmodSync(path.join(dir, 'p.plan.json'), 0o600);
    expect((await plan(dir, ['p.campaign.yaml'])).code).toBe(0);
    expect(statSync(path.join(dir, 'p.plan.json')).mode & 0o777).toBe(0o600);
  });

  it('never writes over an input: nothing is written', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('file: recipients.csv', 'file: p.rejected.csv'),
      'p.rejected.csv': 'phone;consent\n0612345678;oui\n',
    });
    const r = await plan(dir, ['p.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.rejected\.csv.*refusing to write there/);
    expect(readdirSync(dir).sort()).toEqual(['p.campaign.yaml', 'p.rejected.csv']);
    expect(read(dir, 'p.rejected.csv')).toBe('phone;consent\n0612345678;oui\n');
  });
});

describe('exit codes and what is printed', () => {
  it('1 and no file when the campaign has errors no send time can fix', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace(' STOP au 36173', ''),
      'recipients.csv': 'phone;consent\n0612345678;oui\n',
    });
    const r = await plan(dir, ['p.campaign.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('No plan: the campaign has problems no send time can fix.');
    expect(r.stdout).toContain('message-opt-out');
    expect(readdirSync(dir).sort()).toEqual(['p.campaign.yaml', 'recipients.csv']);
  });

  it('1 with the unplaced rows and why when the frequency cap outlasts the horizon', async () => {
    const history = ['2027-02-20T10:00', '2027-02-22T10:00', '2027-02-24T10:00', '2027-02-26T10:00']
      .map((t) => `0612345678;${t};vms`)
      .join('\n');
    const dir = folder({
      'p.campaign.yaml': `channel: vms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: "01 62 12 34 56"\nmessage: "Bonjour, ici Boutique Léa. Pour ne plus recevoir nos messages, appelez gratuitement le 0 800 12 34 56."\nsend_at: 2027-03-01T10:00\nhistory: history.csv\nrecipients:\n  file: recipients.csv\n`,
      'recipients.csv': 'phone;consent\n0612345678;oui\n0612345679;oui\n',
      'history.csv': `phone;sent_at;channel\n${history}\n`,
    });
    const r = await plan(dir, ['p.campaign.yaml', '--within', '3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 recipient not placed within the horizon:');
    expect(r.stdout).toContain('4 solicitations in 30 days already: the cap frees on 2027-03-22');
    expect(r.stdout).toContain('+33 6 •• •• •• 78');
    expect(read(dir, 'p.unplaced.csv')).toBe('phone;consent;reasons\n0612345678;oui;recipient-frequency\n');
    const shown = await plan(dir, ['p.campaign.yaml', '--within', '3', '--show-pii']);
    expect(shown.stdout).toContain('+33 6 12 34 56 78');
    // With 30 days, it goes on the 22nd at 10:00, the first canvassing hour once the cap frees.
    expect((await plan(dir, ['p.campaign.yaml', '--within', '30'])).code).toBe(0);
    expect(planJsonOf(dir, 'p.plan.json').batches.map((b) => b.sendAt)).toEqual([
      '2027-03-01T10:00+01:00',
      '2027-03-22T10:00+01:00',
    ]);
    expect(existsSync(path.join(dir, 'p.unplaced.csv'))).toBe(false);
  });

  it('2 for input errors and usage mistakes', async () => {
    const dir = folder({ 'p.campaign.yaml': MANIFEST });
    expect((await plan(dir, ['p.campaign.yaml'])).code).toBe(2); // recipients.csv missing
    expect((await plan(dir, ['.'])).stderr).toContain('plan takes one campaign manifest');
    expect((await plan(dir, ['p.campaign.yaml', '--within', '0'])).code).toBe(2);
    expect((await plan(dir, ['p.campaign.yaml', '--tier', 'info'])).code).toBe(2);
  });

  it('tier error sends on a Sunday (tolerated: a warning), tier warning waits for Monday 08:00', async () => {
    const files = {
      'p.campaign.yaml': MANIFEST.replace('2027-03-20T09:00', '2027-03-21T11:00'),
      'recipients.csv': 'phone;consent\n0612345678;oui\n',
    };
    const dir = folder(files);
    await plan(dir, ['p.campaign.yaml', '--tier', 'error']);
    expect(planJsonOf(dir, 'p.plan.json').batches.map((b) => b.sendAt)).toEqual(['2027-03-21T11:00+01:00']);
    await plan(dir, ['p.campaign.yaml']);
    expect(planJsonOf(dir, 'p.plan.json').batches.map((b) => b.sendAt)).toEqual(['2027-03-22T08:00+01:00']);
  });

  it('prints the same bytes and writes the same files twice', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('2027-03-20T09:00', '2027-05-27T09:00'),
      'recipients.csv': read(path.join(ROOT, 'fixtures/overseas'), 'recipients.csv'),
    });
    const snapshot = () =>
      readdirSync(dir)
        .sort()
        .map((f) => `${f}\n${read(dir, f)}`)
        .join('\n');
    const a = await plan(dir, ['p.campaign.yaml', '-f', 'json']);
    const filesA = snapshot();
    const b = await plan(dir, ['p.campaign.yaml', '-f', 'json']);
    expect(b.stdout).toBe(a.stdout);
    expect(snapshot()).toBe(filesA);
    expect(a.stdout).toBe(read(dir, 'p.plan.json'));
  });

  it('in French: plurals and typography', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('2027-03-20T09:00', '2027-05-27T09:00'),
      'recipients.csv': read(path.join(ROOT, 'fixtures/overseas'), 'recipients.csv'),
    });
    const r = await plan(dir, ['p.campaign.yaml'], 'fr_FR.UTF-8');
    expect(r.stdout).toContain('Plan d’envoi\u00a0: ');
    expect(r.stdout).toContain('7 lots');
    expect(r.stdout).toContain(
      'Guadeloupe\u00a0: jeu. 27/05 03:00 heure locale → ven. 28/05 08:00 heure locale',
    );
    expect(r.stdout).toContain('(1 destinataire)');
    expect(r.stdout).toContain('jour férié (Guadeloupe, 27/05/2027)');
  });

  it('an HTML page: one self-contained file, the batches drawn per territory', async () => {
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('2027-03-20T09:00', '2027-05-27T09:00'),
      'recipients.csv': read(path.join(ROOT, 'fixtures/overseas'), 'recipients.csv'),
    });
    const r = await plan(dir, ['p.campaign.yaml', '-f', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(r.stdout).toContain('<tr data-territory="GP">');
    expect(r.stdout).toMatch(/data-territory="GP">[\s\S]*?<svg[\s\S]*?<li data-batch="6">/);
    expect(r.stdout).not.toContain('0690');
  });
});

describe('plan.json', () => {
  it('follows schemas/plan.schema.json (planned, blocked and failed)', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const dir = folder({
      'p.campaign.yaml': MANIFEST.replace('2027-03-20T09:00', '2027-05-27T09:00'),
      'blocked.campaign.yaml': MANIFEST.replace(' STOP au 36173', ''),
      'failed.campaign.yaml': MANIFEST.replace('recipients.csv', 'absent.csv'),
      'recipients.csv':
        read(path.join(ROOT, 'fixtures/overseas'), 'recipients.csv') + '0612345678;non;75011\n',
    });
    for (const manifest of ['p.campaign.yaml', 'blocked.campaign.yaml', 'failed.campaign.yaml']) {
      const r = await plan(dir, [manifest, '-f', 'json']);
      const doc: unknown = JSON.parse(r.stdout);
      expect({ manifest, errors: validate(doc) ? null : validate.errors }).toEqual({
        manifest,
        errors: null,
      });
    }
  });
});

describe('the electoral silence (campaign-election)', () => {
  const ELECTION = read(ROOT, 'fixtures/political-election/guadeloupe.campaign.yaml');
  const VOTERS = read(ROOT, 'fixtures/political-election/electeurs.csv');

  it('the Saturday territories wait for the Monday after the ballot, the others go on the Friday', async () => {
    const dir = folder({ 'p.campaign.yaml': ELECTION, 'electeurs.csv': VOTERS });
    const r = await plan(dir, ['p.campaign.yaml']);
    expect(r.code).toBe(0);
    const json = planJsonOf(dir, 'p.plan.json');
    const { moved } = json as unknown as {
      moved: Array<{ territory: string; to: string; reasons: Array<{ rule: string; message: string }> }>;
    };
    // Guadeloupe, Saint-Martin, Martinique, Saint-Pierre-et-Miquelon: their silence runs from Friday
    // 00:00 local through Sunday; the first send is Monday 12 April 08:00 local.
    const silenced = moved.filter((m) => m.reasons.some((reason) => reason.rule === 'campaign-election'));
    expect(silenced.map((m) => m.territory).sort()).toEqual(['GP', 'MF', 'MQ', 'PM']);
    for (const m of silenced) expect(m.to.slice(0, 16)).toBe('2027-04-12T08:00');
    expect(moved).toHaveLength(4); // metropolitan France, La Réunion and Mayotte go as asked, on the Friday
    expect(r.stdout).toContain('electoral silence until 2027-04-12');
    expect(await scheduleFindings(dir, '.', json)).toEqual([]);
  });

  it('tier warning: no plan for a political campaign without election (the reminder is a warning no send time fixes)', async () => {
    const dir = folder({
      'p.campaign.yaml': ELECTION.replace(/election:\n(?: {2}.*\n)+/, ''),
      'electeurs.csv': VOTERS,
    });
    const r = await plan(dir, ['p.campaign.yaml', '--tier', 'warning']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('campaign-election');
    expect(readdirSync(dir).sort()).toEqual(['electeurs.csv', 'p.campaign.yaml']);
    // Tier error: the reminder is a warning, the plan is made.
    expect((await plan(dir, ['p.campaign.yaml', '--tier', 'error'])).code).toBe(0);
  });
});
