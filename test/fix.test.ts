import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { parse } from 'yaml';
import { runCli } from './helpers/scratch-campaign';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cl-fix-'));
  writeFileSync(path.join(dir, 'recipients.csv'), 'phone;consent\n06 12 34 56 78;oui\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const r = await runCli(dir, args, { LANG: 'en' });
  return { ...r, report: args.includes('json') ? JSON.parse(r.stdout) : null };
}

const manifest = (fields: string) =>
  `# comment kept\nname: Fix\nchannel: sms\npurpose: marketing\nadvertiser: Boutique Léa\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: recipients.csv\n${fields}`;
const ruleIds = (report: { campaigns: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }> }) =>
  report.campaigns[0].diagnostics.map((d) => d.ruleId);

it.each([
  [
    'double-quoted YAML',
    'sender: BOUTIQLEA\nmessage: "Boutique Léa : l’offre «\u00a0hiver\u00a0»… STOP au 36173"\n',
    `Boutique Léa : l'offre " hiver "... STOP au 36173`,
  ],
  [
    'single-quoted YAML',
    "sender: BOUTIQLEA\nmessage: 'Boutique Léa : l’offre « hiver ». STOP au 36173'\n",
    `Boutique Léa : l'offre " hiver ". STOP au 36173`,
  ],
  [
    'plain YAML',
    'sender: BOUTIQLEA\nmessage: Boutique Léa – l’offre d’hiver STOP au 36173\n',
    `Boutique Léa - l'offre d'hiver STOP au 36173`,
  ],
  [
    'block YAML with a missing mention and a short-code sender',
    'sender: 36173\nmessage: |\n  Boutique Léa : l’offre\n  d’hiver !\n',
    `Boutique Léa : l'offre\nd'hiver ! STOP SMS`,
  ],
])(
  '%s: fixed, then clean on the fixed rules; comments and CSV untouched',
  async (_name, fields, expected) => {
    const file = path.join(dir, 'fix.campaign.yaml');
    writeFileSync(file, manifest(fields));
    const csvBefore = readFileSync(path.join(dir, 'recipients.csv'));
    const before = await cli(['.', '-f', 'json']);
    expect(ruleIds(before.report)).toEqual(expect.arrayContaining(['message-encoding']));
    const fixed = await cli(['.', '--fix', '-f', 'json']);
    expect(fixed.stderr).toMatch(/^campaign-lint: fixed fix\.campaign\.yaml \(/);
    expect(ruleIds(fixed.report)).not.toContain('message-encoding');
    expect(ruleIds(fixed.report)).not.toContain('message-opt-out');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# comment kept\n')).toBe(true);
    expect(parse(text).message.replace(/\s+$/, '')).toBe(expected);
    expect(readFileSync(path.join(dir, 'recipients.csv'))).toEqual(csvBefore);
    // A second run has nothing left to fix.
    expect((await cli(['.', '--fix'])).stderr).toBe('');
  },
);

it('JSON manifest: escapes quotes and appends the configured mention', async () => {
  const file = path.join(dir, 'fix.campaign.json');
  writeFileSync(
    file,
    JSON.stringify(
      {
        channel: 'sms',
        purpose: 'marketing',
        advertiser: 'Boutique Léa',
        sender: 'BOUTIQLEA',
        message: 'Boutique Léa : «\u00a0-30\u00a0%\u00a0»',
        send_at: '2027-01-13T10:00',
        recipients: { file: 'recipients.csv' },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    path.join(dir, 'campaign-lint.config.yaml'),
    'rules:\n  message-opt-out: [error, { mention: "STOP au 36173" }]\n',
  );
  const fixed = await cli(['.', '--fix', '-f', 'json']);
  expect(JSON.parse(readFileSync(file, 'utf8')).message).toBe('Boutique Léa : " -30 % " STOP au 36173');
  expect(ruleIds(fixed.report)).toEqual([]);
});

it('message_file: fixed in the message file, the manifest untouched', async () => {
  const file = path.join(dir, 'fix.campaign.yaml');
  writeFileSync(file, manifest('sender: 36173\nmessage_file: message.txt\n'));
  writeFileSync(path.join(dir, 'message.txt'), 'Boutique Léa : l’offre…\n');
  const manifestBefore = readFileSync(file, 'utf8');
  await cli(['.', '--fix']);
  expect(readFileSync(path.join(dir, 'message.txt'), 'utf8')).toBe("Boutique Léa : l'offre... STOP SMS\n");
  expect(readFileSync(file, 'utf8')).toBe(manifestBefore);
});

it('without a known mention (alphanumeric sender, none configured) nothing is invented', async () => {
  const file = path.join(dir, 'fix.campaign.yaml');
  writeFileSync(file, manifest('sender: BOUTIQLEA\nmessage: Boutique Léa -30%\n'));
  const before = readFileSync(file, 'utf8');
  const r = await cli(['.', '--fix', '-f', 'json']);
  expect(readFileSync(file, 'utf8')).toBe(before);
  expect(ruleIds(r.report)).toContain('message-opt-out');
  expect(r.code).toBe(1);
});

it('without --fix nothing is written', async () => {
  const file = path.join(dir, 'fix.campaign.yaml');
  writeFileSync(file, manifest('sender: 36173\nmessage: Boutique Léa l’offre\n'));
  const before = readFileSync(file, 'utf8');
  await cli(['.']);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

describe('--fix adds the credit mention due at the send date (message-credit-mention)', () => {
  const NEW = "Attention ! Un crédit coûte de l'argent et doit être remboursé !";
  const OLD =
    'Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.';
  const OFFER = 'Boutique Léa : prêt personnel, TAEG 5,9 %.';

  it.each([
    ['from 2026-11-20, before the STOP mention', '2026-11-20T10:00', NEW],
    ['on 2026-11-19, the wording of the time', '2026-11-19T10:00', OLD],
  ])('%s', async (_name, sendAt, mention) => {
    const file = path.join(dir, 'fix.campaign.yaml');
    writeFileSync(
      file,
      manifest(`sender: BOUTIQLEA\nmessage: "${OFFER} STOP au 36173"\n`).replace('2027-01-13T10:00', sendAt),
    );
    const before = await cli(['.', '-f', 'json']);
    expect(ruleIds(before.report)).toContain('message-credit-mention');
    const fixed = await cli(['.', '--fix', '-f', 'json']);
    expect(fixed.stderr).toContain(`legal mention "${mention}" added`);
    expect(ruleIds(fixed.report)).not.toContain('message-credit-mention');
    expect(ruleIds(fixed.report)).not.toContain('message-opt-out');
    expect(parse(readFileSync(file, 'utf8')).message).toBe(`${OFFER} ${mention} STOP au 36173`);
    expect((await cli(['.', '--fix'])).stderr).toBe('');
  });

  it('message_file with no STOP: the mention, then the STOP mention, appended', async () => {
    writeFileSync(
      path.join(dir, 'fix.campaign.yaml'),
      manifest('sender: 36173\nmessage_file: message.txt\n'),
    );
    writeFileSync(path.join(dir, 'message.txt'), `${OFFER}\n`);
    const fixed = await cli(['.', '--fix']);
    expect(fixed.stderr).toContain('legal mention');
    expect(readFileSync(path.join(dir, 'message.txt'), 'utf8')).toBe(`${OFFER} ${NEW} STOP SMS\n`);
  });

  it('no room (more than 3 segments with the mention): nothing written, the error stays', async () => {
    const long = `${OFFER} ${'Sans engagement, réponse de principe immédiate. '.repeat(3)}STOP au 36173`;
    const file = path.join(dir, 'fix.campaign.yaml');
    writeFileSync(file, manifest(`sender: BOUTIQLEA\nmessage: "${long}"\n`));
    const original = readFileSync(file, 'utf8');
    const fixed = await cli(['.', '--fix', '-f', 'json']);
    expect(fixed.stderr).not.toContain('legal mention');
    expect(ruleIds(fixed.report)).toContain('message-credit-mention');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('an instalment offer (a warning: the tool cannot tell it is credit) is not fixed', async () => {
    const file = path.join(dir, 'fix.campaign.yaml');
    writeFileSync(
      file,
      manifest('sender: BOUTIQLEA\nmessage: "Boutique Léa : canapé en 4x sans frais. STOP au 36173"\n'),
    );
    const original = readFileSync(file, 'utf8');
    const fixed = await cli(['.', '--fix', '-f', 'json']);
    expect(ruleIds(fixed.report)).toContain('message-credit-mention');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
