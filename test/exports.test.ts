// Issue 15, "Why": each case a new user met with real exports, and the message it gives now. Run
// through the CLI in-process, as users see it (English and French).
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runCli } from './helpers/scratch-campaign';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeXlsx } = require('../scripts/xlsx-writer') as {
  writeXlsx: (file: string, book: { sheets: Array<{ name: string; rows: unknown[] }> }) => void;
};

const cli = (args: string[], options: { cwd?: string; lang?: 'en' | 'fr'; stderrIsTTY?: boolean } = {}) =>
  runCli(
    options.cwd ?? ROOT,
    args,
    { LANG: options.lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8', CAMPAIGN_LINT_THREADS: 'off' },
    { stderrIsTTY: options.stderrIsTTY ?? false },
  );

const MANIFEST = (file: string, extra = '') =>
  [
    'name: Test',
    'channel: sms',
    'purpose: marketing',
    'advertiser: Boutique Léa',
    'sender: BOUTIQLEA',
    'message: "Boutique Léa : -30% ce week-end ! STOP au 36173"',
    'send_at: 2027-01-13T10:00',
    'recipients:',
    `  file: ${file}`,
    extra,
  ].join('\n');

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-exports-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A campaign in the temporary folder with this recipients file. */
function campaign(file: string, content: string | Buffer, extra = '') {
  writeFileSync(path.join(dir, file), content);
  writeFileSync(path.join(dir, 't.campaign.yaml'), MANIFEST(file, extra));
}

const EXPORTS = readdirSync(path.join(ROOT, 'fixtures', 'exports'));

/** Each shape: the header read as the phone, and the lines of the people it must name as opted out. */
const SHAPES: Record<string, { phone: string; optedOut?: number[] }> = {
  axonaut: { phone: 'Téléphone portable' },
  brevo: { phone: 'SMS', optedOut: [5] },
  'excel-fr': { phone: 'Téléphone portable' },
  'excel-mac': { phone: 'Téléphone portable' },
  'excel-xlsx': { phone: 'Téléphone' },
  'google-contacts': { phone: 'Phone 1 - Value' },
  'google-forms': { phone: 'Numéro de téléphone portable' },
  'google-sheets': { phone: 'Téléphone' },
  hubspot: { phone: 'Mobile Phone Number' },
  mailchimp: { phone: 'Phone Number' },
  odoo: { phone: 'Mobile', optedOut: [3] },
  'outlook-fr': { phone: 'Tél. mobile' },
  pipedrive: { phone: 'Person - Phone - Mobile' },
  salesforce: { phone: 'Mobile' },
  shopify: { phone: 'Phone' },
  zoho: { phone: 'Mobile', optedOut: [3] },
};

describe('the export shapes lint with no manifest mapping', () => {
  it('has the CRM, form and spreadsheet shapes, a workbook, and a Numbers file', () => {
    expect(EXPORTS.filter((e) => !e.endsWith('.md')).sort()).toEqual(
      [...Object.keys(SHAPES), 'numbers'].sort(),
    );
  });

  it.each(Object.entries(SHAPES))(
    '%s: linted (exit 1), its phone header read and said, opted-out people named by line, in French too',
    async (crm, shape) => {
      const en = await cli([`fixtures/exports/${crm}`, '--no-color', '-f', 'json']);
      expect(en.stderr).toBe('');
      expect(en.code).toBe(1); // each shape carries a problem worth reporting; none stops the run
      const [campaign] = (
        JSON.parse(en.stdout) as {
          campaigns: Array<{
            reading: { columns: Record<string, { header: string }> };
            diagnostics: Array<{ ruleId: string; line?: number; messageId?: string; message: string }>;
          }>;
        }
      ).campaigns;
      expect(campaign.reading.columns.phone.header).toBe(shape.phone);
      const optedOut = campaign.diagnostics.filter(
        (d) => d.ruleId === 'recipient-opt-out' && d.message.startsWith('This person opted out'),
      );
      expect(optedOut.map((d) => d.line)).toEqual(shape.optedOut ?? []);
      const stylish = await cli([`fixtures/exports/${crm}`, '--no-color']);
      expect(stylish.stdout).toMatch(/recipients file read: /);
      const fr = await cli([`fixtures/exports/${crm}`, '--no-color'], { lang: 'fr' });
      expect(fr.stdout).toMatch(/lecture du fichier des destinataires\u00a0: /);
      // `recipients.columns.…` is the manifest's own key, quoted as written in French too.
      expect(fr.stdout).not.toMatch(/\b(error|warning|recipients(?!\.)|problems?)\b/);
    },
  );

  it('numbers: a .numbers file is refused with how to export it (exit 2)', async () => {
    const r = await cli(['fixtures/exports/numbers', '--no-color']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Contacts\.numbers: .*Numbers/);
    expect(r.stderr).toMatch(/Export To|export/i);
  });
});

describe('with the reader threads (as large files are read)', () => {
  it.each(['excel-xlsx', 'salesforce'])('%s gives the same report', (crm) => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/campaign-lint.js'), '-f', 'json', `fixtures/exports/${crm}`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C', CAMPAIGN_LINT_THREADS: 'on' },
      },
    );
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'fixtures', 'exports', crm, 'expected.json'), 'utf8'));
  });
});

describe('Excel workbooks', () => {
  it('reads .xlsx: numbers typed as numbers keep their leading zero, never 6.12E+08', async () => {
    writeXlsx(path.join(dir, 'c.xlsx'), {
      sheets: [
        {
          name: 'Feuil1',
          rows: [
            ['phone', 'consent'],
            [{ n: 612345678, style: 'phone' }, 'oui'],
            [{ n: 33612345679, style: 'scientific' }, 'oui'],
            [{ n: 612345680, style: 'phonePairs' }, 'oui'],
          ],
        },
      ],
    });
    writeFileSync(path.join(dir, 't.campaign.yaml'), MANIFEST('c.xlsx'));
    const r = await cli(['-f', 'json', '--show-pii', 't.campaign.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      campaigns: Array<{ recipientCount: number; diagnostics: unknown[] }>;
    };
    expect(report.campaigns[0].recipientCount).toBe(3);
    expect(report.campaigns[0].diagnostics).toEqual([]); // no lost zero, no scientific notation
  });

  it('names the sheet to read, and lists the sheets when it is not there', async () => {
    writeXlsx(path.join(dir, 'c.xlsx'), {
      sheets: [
        { name: 'Notes', rows: [['rien']] },
        { name: 'Contacts', rows: [['phone'], ['0612345678']] },
      ],
    });
    writeFileSync(path.join(dir, 't.campaign.yaml'), MANIFEST('c.xlsx', '  sheet: Clients\n'));
    const r = await cli(['t.campaign.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'campaign-lint: c.xlsx: the workbook has no sheet named "Clients"\n  Its sheets: Notes, Contacts. Set recipients.sheet in the manifest.\n',
    );
  });

  it('--write-clean on a workbook writes CSV lists and says so', async () => {
    writeXlsx(path.join(dir, 'c.xlsx'), {
      sheets: [
        {
          name: 'Contacts',
          rows: [
            ['phone', 'consent'],
            ['0612345678', 'oui'],
            ['0612345679', 'non'],
          ],
        },
      ],
    });
    writeFileSync(path.join(dir, 't.campaign.yaml'), MANIFEST('c.xlsx'));
    const r = await cli(['--write-clean', 'out', 't.campaign.yaml'], { cwd: dir, lang: 'fr' });
    expect(r.stderr).toContain(
      'c.xlsx est un classeur\u00a0: les listes acceptée et refusée sont écrites en CSV',
    );
    expect(r.stderr).toContain('out/t.accepted.csv (1 ligne), out/t.rejected.csv (1 ligne)');
    expect(readFileSync(path.join(dir, 'out', 't.accepted.csv'), 'utf8')).toBe(
      '\uFEFFphone,consent\r\n0612345678,oui\r\n',
    );
  });

  it.each([
    [
      'c.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /Excel 97–2003 workbooks \(\.xls\) are not read\n {2}Open it in Excel and use File > Save As/,
    ],
    [
      'c.ods',
      Buffer.from('PK\u0003\u0004 mimetype'),
      /OpenDocument spreadsheets \(\.ods\) are not read\n {2}In LibreOffice use File > Save As/,
    ],
  ])('refuses %s with how to export it', async (file, bytes, message) => {
    campaign(file, bytes);
    const r = await cli(['t.campaign.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('Excel damage and report shapes', () => {
  it('a first line "sep=;" sets the delimiter and is not the header (lines still count it)', async () => {
    campaign('r.csv', 'sep=;\r\nphone;consent\r\n0612345678;oui\r\n07 12 34 56 78;oui\r\n');
    const r = await cli(['-f', 'json', 't.campaign.yaml'], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      campaigns: Array<{ diagnostics: Array<{ ruleId: string; line: number }> }>;
    };
    expect(report.campaigns[0].diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['recipient-phone-valid', 4],
    ]);
  });

  it('a first row of phone numbers says the header is missing, without echoing the numbers', async () => {
    campaign('r.csv', '0612345678;oui\n0612345679;oui\n');
    const r = await cli(['t.campaign.yaml'], { cwd: dir, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'campaign-lint: r.csv:1\u00a0: la ligne d’en-tête manque\u00a0: la première ligne contient des numéros de téléphone, pas des noms de colonnes\n' +
        '  Ajoutez une première ligne qui nomme les colonnes, par exemple «\u00a0phone;consent;consent_date\u00a0».\n',
    );
    expect(r.stderr).not.toContain('0612345678');
  });

  it('a mobile header wins over a generic one, and the report says so', async () => {
    campaign('r.csv', 'Téléphone;Mobile;consent\n0145678901;0612345679;oui\n');
    const r = await cli(['t.campaign.yaml', '--no-color'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'columns recognised from the header: phone ← "Mobile" (a mobile header wins over "Téléphone")',
    );
  });

  it('two mobile headers: an input error listing both and how to choose', async () => {
    campaign('r.csv', 'Portable;Mobile;consent\n0612345678;0612345679;oui\n');
    const r = await cli(['t.campaign.yaml'], { cwd: dir });
    expect(r.stderr).toBe(
      'campaign-lint: r.csv:1: two columns could be "phone": "Portable" and "Mobile"\n  Say which one in the manifest, e.g. recipients.columns.phone: "Portable".\n',
    );
  });

  it('report footers are not recipients: a Salesforce report has 4 recipients and one footer warning', async () => {
    const r = await cli(['-f', 'json', 'fixtures/exports/salesforce']);
    const report = JSON.parse(r.stdout) as {
      campaigns: Array<{ recipientCount: number; diagnostics: Array<{ ruleId: string; message: string }> }>;
    };
    expect(report.campaigns[0].recipientCount).toBe(4);
    const phone = report.campaigns[0].diagnostics.filter((d) => d.ruleId === 'recipient-phone-valid');
    expect(phone.map((d) => d.message)).toEqual([
      'Not recipients: lines 7–13 after the last recipient are a report footer (a totals line, a line with a single cell of text, a copyright or report notice), left out. Delete the footer, or export the data without it',
    ]);
  });

  it('a consent value that is not understood names it; a phone-like value is masked', async () => {
    campaign('r.csv', 'phone;consent\n0612345678;peut-être\n0612345679;0612345679\n');
    const r = await cli(['-f', 'json', 't.campaign.yaml'], { cwd: dir, lang: 'fr' });
    const report = JSON.parse(r.stdout) as { campaigns: Array<{ diagnostics: Array<{ message: string }> }> };
    expect(report.campaigns[0].diagnostics.map((d) => d.message)).toEqual([
      // A word is named as written; a value with 6 digits or more, or an @, is masked unless --show-pii.
      'Consentement non compris\u00a0: consent = «\u00a0peut-être\u00a0» n’est ni un mot oui/non ni une date, le consentement ne peut donc pas être supposé (L34-5 CPCE, LCEN, depuis le 22/06/2004)',
      'Consentement non compris\u00a0: consent = «\u00a0••••••••79\u00a0» n’est ni un mot oui/non ni une date, le consentement ne peut donc pas être supposé (L34-5 CPCE, LCEN, depuis le 22/06/2004)',
    ]);
  });
});

describe('French everywhere (LANG=fr_FR.UTF-8)', () => {
  const ENGLISH = /\b(Usage|Options:|Commands:|display|output|default:|the|file|rule|error|warning|rows?)\b/;

  it.each([
    [['--help']],
    [['lint', '--help']],
    [['rules', '--help']],
    [['explain', '--help']],
    [['init', '--help']],
  ])('campaign-lint %j has no English word', async (args) => {
    const r = await cli(args, { lang: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Utilisation\u00a0:/);
    expect(
      r.stdout.replace(
        /--[a-z-]+|<[^>]+>|\[[^\]]+\]|campaign-lint|recipient-consent|message-opt-out:off/g,
        '',
      ),
    ).not.toMatch(ENGLISH);
  });

  it('init writes its files with French comments and says so in French', async () => {
    const r = await cli(['init'], { cwd: dir, lang: 'fr' });
    expect(r.stdout).toBe(
      'créé campaign-lint.config.yaml\ncréé campaigns/exemple/exemple.campaign.yaml\ncréé campaigns/exemple/recipients.csv\ncréé campaigns/exemple/stop-list.csv\n\nEnsuite\u00a0: npx campaign-lint campaigns (vérifie l’exemple\u00a0: aucun problème à signaler)\n',
    );
    const config = readFileSync(path.join(dir, 'campaign-lint.config.yaml'), 'utf8');
    expect(config).toContain('# Configuration de campaign-lint');
    expect(config).not.toMatch(/# .*\b(the|your|Turn|rules lists)\b/);
    const again = await cli(['init'], { cwd: dir, lang: 'fr' });
    expect(again.stdout).toContain('conservé campaign-lint.config.yaml (déjà présent)');
  });

  it('rules: French headers and severities', async () => {
    const r = await cli(['rules'], { lang: 'fr' });
    expect(r.stdout.split('\n')[0]).toMatch(/^règle\s+défaut\s+canaux\s+résumé$/);
    expect(r.stdout).toMatch(/recipient-consent\s+erreur\s+sms,vms\s+Exige le consentement/);
  });

  it('explain --lang fr answers in French', async () => {
    const r = await cli(['explain', 'recipient-consent', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/consentement/i);
    expect(r.stdout).not.toMatch(/\bconsent is\b|\bDefault severity\b/);
  });

  it('usage errors, exit-2 messages and hints are French', async () => {
    const usage = await cli(['--formatt', 'json'], { lang: 'fr' });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('erreur\u00a0: option inconnue «\u00a0--formatt\u00a0»');
    const missing = await cli(['fixtures/broken/03-no-phone-column'], { lang: 'fr' });
    expect(missing.stderr).toBe(
      'campaign-lint: fixtures/broken/03-no-phone-column/recipients.csv:1\u00a0: aucune colonne de numéros de téléphone dans l’en-tête\n' +
        '  Est-ce «\u00a0fone\u00a0»\u202f? Indiquez-la dans le manifeste\u00a0: recipients.columns.phone: "fone" (ou nommez la colonne «\u00a0phone\u00a0»). L’en-tête contient\u00a0: fone, consent.\n',
    );
  });

  it('the progress line and the --fix summary are French, with real plurals', async () => {
    const rows = Array.from({ length: 10001 }, (_, i) => `06${String(10000000 + i)};oui`);
    campaign('r.csv', `phone;consent\n${rows.join('\n')}\n`);
    writeFileSync(
      path.join(dir, 't.campaign.yaml'),
      MANIFEST('r.csv').replace(
        '"Boutique Léa : -30% ce week-end ! STOP au 36173"',
        '"Boutique Léa : l’offre ! STOP au 36173"',
      ),
    );
    const r = await cli(['--fix', 't.campaign.yaml'], { cwd: dir, lang: 'fr', stderrIsTTY: true });
    expect(r.stderr).toContain('campaign-lint: corrigé t.campaign.yaml (1 caractère remplacé)');
    expect(r.stderr).toMatch(/\r\s*10\u202f000 lignes \(\d+\s%\) · [\d\u202f]+ lignes\/s · encore \d+\ss/);
    expect(r.stdout).toMatch(/· 10\u202f001 destinataires\n/);
  });

  it('stylish: "1 destinataire" (singular), and French dates in messages', async () => {
    campaign('r.csv', 'phone;consent;consent_date\n0612345678;oui;2020-01-05\n');
    const r = await cli(['--no-color', 't.campaign.yaml'], { cwd: dir, lang: 'fr' });
    expect(r.stdout).toMatch(/· 1 destinataire\n/);
    expect(r.stdout).toContain('05/01/2020');
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
