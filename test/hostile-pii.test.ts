import { streamingFormatters } from '../src/report';
import { writeFileSync } from 'fs';
import path from 'path';
import { campaignFolder, MANIFEST, runCli } from './helpers/scratch-campaign';

// Issue 18, PII: no value read from a recipient row reaches a report or an error unmasked (unless
// --show-pii), and no cell can drive a terminal or a CI log.

const NUMBER = '0698765432';
const SECRET = /0698765432|98765432|698765/;

describe('exit-2 messages never echo cells', () => {
  it.each([
    ['a headerless recipients file', { 'recipients.csv': `${NUMBER};oui\n0612345679;oui\n` }],
    ['a header of blanks', { 'recipients.csv': `;\n${NUMBER};oui\n` }],
  ])('%s', async (_, files) => {
    const r = await runCli(campaignFolder(files), ['campaign.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(SECRET);
  });

  it('a headerless file says the header is missing', async () => {
    const r = await runCli(campaignFolder({ 'recipients.csv': `${NUMBER};oui\n0612345679;oui\n` }), [
      'campaign.campaign.yaml',
    ]);
    expect(r.stderr).toContain('the header row is missing');
  });

  // The history is read for a voicemail campaign (recipient-frequency needs it), never for SMS.
  const VMS_WITH_HISTORY =
    'channel: vms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: "0162123456"\nmessage: "Boutique Léa : -30% ce week-end. Pour ne plus être contacté, tapez 1."\nsend_at: 2027-01-13T11:00\nrecipients:\n  file: recipients.csv\nhistory: history.csv\n';

  it('a history file with a blank header says so in French too, without its cells', async () => {
    const dir = campaignFolder({
      'campaign.campaign.yaml': VMS_WITH_HISTORY,
      'history.csv': `date;numero\n2027-01-10T10:00;${NUMBER}\n`,
    });
    const fr = await runCli(dir, ['campaign.campaign.yaml', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('L’en-tête contient\u00a0: date, numero.');
    expect(fr.stderr).not.toContain('The header has');
    expect(fr.stderr).not.toMatch(SECRET);
  });

  const withHistory = (history: string) =>
    campaignFolder({
      'campaign.campaign.yaml': VMS_WITH_HISTORY,
      'history.csv': history,
    });

  it.each([
    ['a headerless history file', `${NUMBER};2027-01-10T10:00\n`],
    ['a history channel cell', `phone;sent_at;channel\n0612345678;2027-01-10T10:00;${NUMBER}\n`],
    ['a history sent_at cell', `phone;sent_at\n0612345678;${NUMBER}\n`],
  ])('%s', async (_, history) => {
    const r = await runCli(withHistory(history), ['campaign.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(SECRET);
  });

  it('history rows whose number does not read are reported, not dropped (swapped columns)', async () => {
    const r = await runCli(withHistory('phone;sent_at\n2027-01-10T10:00;0612345678\n'), [
      'campaign.campaign.yaml',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('history.csv:2: the phone cell');
    expect(r.stderr).toContain('is not a phone number');
  });
});

describe('diagnostics mask cell values in every format', () => {
  // Four sources of raw values: consent, consent_date and send_at cells, and the excerpt of a per-row
  // message shown for an empty placeholder (the number sits right after the placeholder).
  const dir = () =>
    campaignFolder({
      'recipients.csv': `phone;consent;consent_date;send_at;prenom;message\n0612345678;${NUMBER};${NUMBER};${NUMBER};;"Boutique Léa {{prenom}} ${NUMBER} : -30% STOP au 36173"\n`,
    });
  const occurrences = (text: string, value: string) => text.split(value).length - 1;

  it.each(Object.keys(streamingFormatters))('%s', async (format) => {
    const r = await runCli(dir(), ['campaign.campaign.yaml', '-f', format]);
    expect(r.stdout).toContain('32'); // the masked value keeps its last two characters
    expect(r.stdout).not.toMatch(SECRET);
    // Control: each of the four values does reach this format, so the check above is not vacuous.
    const shown = await runCli(dir(), ['campaign.campaign.yaml', '-f', format, '--show-pii']);
    expect(occurrences(shown.stdout, NUMBER)).toBeGreaterThanOrEqual(4);
  });

  it('each source is masked: consent, consent_date, send_at and a per-row message excerpt', async () => {
    const r = await runCli(dir(), ['campaign.campaign.yaml', '-f', 'json']);
    const diagnostics = (
      JSON.parse(r.stdout) as {
        campaigns: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }>;
      }
    ).campaigns[0].diagnostics;
    const said = (ruleId: string, pattern: RegExp) =>
      diagnostics.filter((d) => d.ruleId === ruleId && pattern.test(d.message)).map((d) => d.message);
    expect(said('recipient-consent', /consent = "•+32"/)).toHaveLength(1);
    expect(said('recipient-consent-age', /consent_date cell "•+32"/)).toHaveLength(1);
    expect(said('schedule-hours', /send_at "•+32"/)).toHaveLength(1);
    expect(said('message-placeholders', /Empty \{prenom\}.*"•+\S\S"/)).toHaveLength(1);
  });

  it('--show-pii shows them', async () => {
    const r = await runCli(dir(), ['campaign.campaign.yaml', '-f', 'json', '--show-pii']);
    expect(r.stdout).toContain(NUMBER);
    expect(r.stdout).toContain(`message would read \\"…Léa ${NUMBER} : -30%…`);
  });
});

describe('cells cannot drive terminals or CI logs', () => {
  const hostile = 'x\u001b[2J\n::error::forged';
  it.each(Object.keys(streamingFormatters))('%s', async (format) => {
    const r = await runCli(campaignFolder({ 'recipients.csv': `phone;consent\n0612345678;"${hostile}"\n` }), [
      'campaign.campaign.yaml',
      '-f',
      format,
      '--show-pii',
    ]);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toMatch(/^::error::forged/m);
    expect(r.stdout).toContain('\\u{1b}');
  });

  it('nor can header cells quoted in an exit-2 message ("Did you mean …?")', async () => {
    const dir = campaignFolder({
      'recipients.csv': `phone;"x\u001b[2J";"y\n::error::forged"\n0612345678;oui;a\n`,
    });
    for (const mapped of ['x[2J', 'y ::error::forged']) {
      writeFileSync(
        path.join(dir, 'campaign.campaign.yaml'),
        MANIFEST.replace(
          '  file: recipients.csv\n',
          `  file: recipients.csv\n  columns:\n    consent: "${mapped}"\n`,
        ),
      );
      const r = await runCli(dir, ['campaign.campaign.yaml', '-f', 'github']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Did you mean');
      for (const out of [r.stdout, r.stderr]) {
        expect(out).not.toContain('\u001b');
        expect(out).not.toMatch(/^::error::forged/m);
      }
      expect(r.stderr).toMatch(/\\u\{(1b|a)\}/);
    }
  });
});
