import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runCli } from './helpers/scratch-campaign';
import { BUILTIN_RULES } from '../src/engine/registry';

// Reports as CI reads them: several formats in one run, each in its own file, written even when the
// run exits 2, with the campaign that could not be linted shown in the report itself.
const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) =>
  runCli(cwd, args, env);

let project: string;
beforeEach(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'cl-reports-'));
  cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(project, 'campaigns/soldes'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/broken-manifest'), path.join(project, 'campaigns/noel'), {
    recursive: true,
  });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));
const read = (file: string) => readFileSync(path.join(project, file), 'utf8');
const BROKEN = 'campaigns/noel/sans-canal.campaign.yaml';

describe('one broken and one clean campaign: the failure is in every report file', () => {
  const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact', 'gitlab'];
  it.each(formats)('%s', async (format) => {
    mkdirSync(path.join(project, 'reports'), { recursive: true });
    const r = await cli(['campaigns', ...formats.flatMap((f) => ['-f', `${f}:reports/${f}.out`])], project);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`campaign-lint: ${BROKEN}:3: unknown field "chanel"\n  Did you mean "channel"?\n`);
    const text = read(`reports/${format}.out`);
    switch (format) {
      case 'stylish':
        expect(text).toContain(
          `✖ could not lint\n  ${BROKEN}:3  unknown field "chanel"\n    Did you mean "channel"?`,
        );
        expect(text).toContain('campaigns/soldes/soldes.campaign.yaml');
        expect(text).toMatch(/^✖ 1 input failure · no problems \(1 campaign\)$/m);
        break;
      case 'json': {
        const report = JSON.parse(text) as { campaigns: unknown[]; failures: unknown[] };
        expect(report.campaigns).toHaveLength(1);
        expect(report.failures).toEqual([
          {
            kind: 'input',
            file: BROKEN,
            line: 3,
            message: 'unknown field "chanel"',
            hint: 'Did you mean "channel"?',
          },
        ]);
        break;
      }
      case 'sarif': {
        const log = JSON.parse(text) as {
          runs: Array<{
            invocations: Array<{ executionSuccessful: boolean }>;
            results: Array<{ ruleId: string; level: string }>;
          }>;
        };
        expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
        expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'campaign-lint/input', level: 'error' });
        break;
      }
      case 'junit': {
        expect(text).toMatch(
          /^<testsuites name="campaign-lint" tests="(\d+)" failures="0" errors="1" skipped="0">$/m,
        );
        expect(text).toContain(
          `<testcase name="${BROKEN}:3" classname="campaign-lint/input">\n      <error message="unknown field &quot;chanel&quot;" type="input">`,
        );
        const tests = Number(/<testsuites [^>]*tests="(\d+)"/.exec(text)?.[1]);
        expect(tests).toBe([...text.matchAll(/<testcase /g)].length);
        break;
      }
      case 'github':
        expect(text).toBe(
          `::error file=${BROKEN},line=3,title=campaign-lint could not lint::unknown field "chanel". Did you mean "channel"?\n`,
        );
        break;
      case 'compact':
        // The failure, then how the clean campaign's files were read (info lines, not problems).
        expect(text).toBe(
          `${BROKEN}:3:1: error unknown field "chanel". Did you mean "channel"? [campaign-lint/input]\n` +
            'campaigns/soldes/recipients.csv:1:1: info recipients file read: UTF-8 (detected), delimiter ";" (detected), header on line 1; opt-out list campaigns/soldes/stop-list.csv: header on line 1, column "phone" [campaign-lint/reading]\n',
        );
        break;
      case 'gitlab': {
        const issues = JSON.parse(text) as Array<{ check_name: string; severity: string; location: unknown }>;
        expect(issues).toEqual([
          expect.objectContaining({
            check_name: 'campaign-lint/input',
            severity: 'blocker',
            location: { path: BROKEN, lines: { begin: 3 } },
          }),
          expect.objectContaining({
            check_name: 'campaign-lint/reading',
            severity: 'info',
            location: { path: 'campaigns/soldes/recipients.csv', lines: { begin: 1 } },
          }),
        ]);
        break;
      }
    }
  });
});

describe('with --lang fr, the failure is in French in every report (fingerprints unchanged)', () => {
  const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact', 'gitlab', 'html'];
  it('in every format', async () => {
    mkdirSync(path.join(project, 'reports'), { recursive: true });
    const files = formats.flatMap((f) => ['-f', `${f}:reports/${f}.out`]);
    expect((await cli(['campaigns', ...files, '--lang', 'fr'], project)).code).toBe(2);
    for (const format of formats) {
      const text = read(`reports/${format}.out`);
      // French typography: no-break spaces inside « » (HTML escapes nothing there).
      expect([format, text.includes('champ inconnu «\u00a0chanel\u00a0»')]).toEqual([format, true]);
      expect([format, text.includes('unknown field')]).toEqual([format, false]);
    }
    expect(read('reports/stylish.out')).toMatch(/^✖ 1 échec de lecture · aucun problème \(1 campagne\)$/m);
    await cli(['campaigns', '-f', 'gitlab:reports/gitlab-en.out'], project);
    const fingerprints = (file: string) =>
      (JSON.parse(read(file)) as Array<{ fingerprint: string }>).map((i) => i.fingerprint);
    expect(fingerprints('reports/gitlab.out')).toEqual(fingerprints('reports/gitlab-en.out'));
  });

  it('a run where nothing could be linted never says "no problems" first', async () => {
    rmSync(path.join(project, 'campaigns/soldes'), { recursive: true });
    const en = await cli(['campaigns'], project);
    expect(en.code).toBe(2);
    expect(en.stdout).toMatch(/^✖ 1 input failure · no campaign was linted$/m);
    expect(en.stdout).not.toContain('no problems');
    const fr = await cli(['campaigns', '--lang', 'fr'], project);
    expect(fr.stdout).toMatch(/^✖ 1 échec de lecture · aucune campagne n’a été vérifiée$/m);
  });

  it('an unknown severity is explained in French (the hint was English on a French run)', async () => {
    const fr = await cli(['campaigns', '--rule', 'message-segments:loud', '--lang', 'fr'], project);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toContain('--rule message-segments\u00a0: sévérité inconnue «\u00a0loud\u00a0»');
    expect(fr.stdout).toContain('Utilisez error, warning (ou warn) ou off.');
    expect(fr.stdout).not.toContain('Use error');
  });
});

describe('-o and -f name:file', () => {
  it('-o is written even when the run exits 2 (the config is broken: nothing could be linted)', async () => {
    writeFileSync(path.join(project, 'campaign-lint.config.yaml'), 'rules:\n  no-such-rule: error\n');
    const r = await cli(['campaigns', '-f', 'sarif', '-o', 'out.sarif'], project);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('campaign-lint.config.yaml:2: unknown rule "no-such-rule"');
    const log = JSON.parse(read('out.sarif')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(log.runs[0].results.map((x) => x.ruleId)).toEqual(['campaign-lint/input']);
  });
  it('a JUnit report of a mixed run counts failures and errors', async () => {
    cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(project, 'campaigns/rentree'), {
      recursive: true,
    });
    const r = await cli(['campaigns', '-f', 'junit', '-o', 'junit.xml'], project);
    expect(r.code).toBe(2);
    const head = /<testsuites [^>]*>/.exec(read('junit.xml'))?.[0] as string;
    expect(head).toMatch(/failures="[1-9]\d*" errors="1"/);
  });
  it('lints once and writes several formats, one of them on stdout', async () => {
    rmSync(path.join(project, 'campaigns/noel'), { recursive: true });
    const r = await cli(['campaigns', '-f', 'compact', '-f', 'json:r.json', '-f', 'sarif:r.sarif'], project);
    expect(r.code).toBe(0);
    // No problem: compact says only how the files were read (one info line).
    expect(r.stdout).toMatch(
      /^campaigns\/soldes\/recipients\.csv:1:1: info recipients file read: .* \[campaign-lint\/reading\]\n$/,
    );
    expect((JSON.parse(read('r.json')) as { campaigns: unknown[] }).campaigns).toHaveLength(1);
    expect(existsSync(path.join(project, 'r.sarif'))).toBe(true);
  });
  it('refuses two formats on stdout, two reports in one file, and unknown formats (exit 2, before linting)', async () => {
    const two = await cli(['campaigns', '-f', 'json', '-f', 'sarif'], project);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(
      'campaign-lint: formats json, sarif would all go to the standard output\n  Give all but one a file of its own: -f sarif:report.sarif\n',
    );
    const same = await cli(['campaigns', '-f', 'json:r.out', '-f', 'sarif:r.out'], project);
    expect(same.stderr).toContain('two reports would be written to r.out');
    const unknown = await cli(['campaigns', '-f', 'sarf:x.sarif'], project);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('campaign-lint: unknown format "sarf"\n  Did you mean "sarif"?\n');
    const fr = await cli(['campaigns', '-f', 'xml'], project, { LANG: 'fr_FR.UTF-8' });
    expect(fr.stderr).toContain('format inconnu «\u00a0xml\u00a0»');
  });
  it('-o takes the format that has no file of its own', async () => {
    rmSync(path.join(project, 'campaigns/noel'), { recursive: true });
    const r = await cli(['campaigns', '-f', 'github', '-f', 'json:r.json', '-o', 'annotations.txt'], project);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(read('annotations.txt')).toBe('');
    expect(existsSync(path.join(project, 'r.json'))).toBe(true);
  });
  it('appends a job summary to $GITHUB_STEP_SUMMARY with the github format', async () => {
    writeFileSync(path.join(project, 'summary.md'), '# earlier step\n');
    const r = await cli(['campaigns', '-f', 'github'], project, {
      LANG: 'en_US.UTF-8',
      GITHUB_STEP_SUMMARY: path.join(project, 'summary.md'),
    });
    expect(r.code).toBe(2);
    const summary = read('summary.md');
    expect(summary).toMatch(
      /^# earlier step\n## campaign-lint\n\n\*\*0 errors, 0 warnings\*\* in 1 campaign · \*\*1 input failure\*\*/,
    );
    expect(summary).toContain(`- \`${BROKEN}:3\` unknown field \\"chanel\\"`);
  });
});

describe('paths', () => {
  it('no path lints the current folder', async () => {
    rmSync(path.join(project, 'campaigns/noel'), { recursive: true });
    const r = await cli(['-f', 'json'], project);
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> }).campaigns.map((c) => c.file),
    ).toEqual(['campaigns/soldes/soldes.campaign.yaml']);
  });
  it('expands quoted glob patterns itself', async () => {
    cpSync(path.join(ROOT, 'fixtures/bad-schedule'), path.join(project, 'campaigns/fetes'), {
      recursive: true,
    });
    const files = async (pattern: string) => {
      const r = await cli([pattern, '-f', 'json'], project);
      return (JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> }).campaigns.map((c) => c.file);
    };
    expect(await files('campaigns/*/*.campaign.yaml')).toEqual([
      'campaigns/fetes/lendemain.campaign.yaml',
      'campaigns/fetes/noel.campaign.yaml',
      'campaigns/soldes/soldes.campaign.yaml',
    ]);
    expect(await files('campaigns/{soldes,fetes}/[ns]*.campaign.yaml')).toEqual([
      'campaigns/fetes/noel.campaign.yaml',
      'campaigns/soldes/soldes.campaign.yaml',
    ]);
    expect(await files('**/noel.campaign.yaml')).toEqual(['campaigns/fetes/noel.campaign.yaml']);
    expect(await files('campaigns/fete?')).toHaveLength(2); // a folder matched is searched
  });
  it('a glob and the folder walk find the same campaigns: a symlinked folder is followed (once)', async () => {
    cpSync(path.join(ROOT, 'fixtures/bad-schedule'), path.join(project, 'store/fetes'), { recursive: true });
    symlinkSync(path.join('..', 'store', 'fetes'), path.join(project, 'campaigns/fetes'), 'dir');
    symlinkSync('..', path.join(project, 'campaigns/fetes-loop'), 'dir'); // a link to a parent
    const files = async (given: string) => {
      const r = await cli([given, '-f', 'json'], project);
      return (JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> }).campaigns.map((c) => c.file);
    };
    const walked = await files('campaigns');
    expect(walked).toContain('campaigns/fetes/noel.campaign.yaml');
    expect(await files('campaigns/**/*.campaign.yaml')).toEqual(walked);
    expect(await files('campaigns/*/*.campaign.yaml')).toEqual(walked);
  });
  it('a CSV that no campaign uses: "no campaign checked" in every format, exit 0 (the pre-commit case)', async () => {
    writeFileSync(path.join(project, 'notes.csv'), 'a;b\n1;2\n');
    const stylish = await cli(['notes.csv'], project);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toBe('ℹ no campaign checked: no campaign uses notes.csv\n');
    const json = JSON.parse((await cli(['notes.csv', '-f', 'json'], project)).stdout) as Record<
      string,
      unknown
    >;
    expect(json.noCampaign).toEqual({
      reason: 'unused-data',
      paths: ['notes.csv'],
      message: 'no campaign checked: no campaign uses notes.csv',
    });
    expect(json.failures).toEqual([]);
    // The HTML page too (it used to show an empty page that read like a clean run), in both languages.
    for (const format of ['sarif', 'junit', 'github', 'compact', 'gitlab', 'html']) {
      const r = await cli(['notes.csv', '-f', format], project);
      expect({ format, code: r.code }).toEqual({ format, code: 0 });
      expect(r.stdout).toMatch(/no campaign checked: no campaign uses notes\.csv/i);
      const french = await cli(['notes.csv', '-f', format], project, { LANG: 'fr_FR.UTF-8' });
      expect(french.stdout).toMatch(/aucune campagne vérifiée\u202f: aucune campagne n’utilise notes\.csv/i);
    }
    const fr = await cli(['notes.csv'], project, { LANG: 'fr_FR.UTF-8' });
    expect(fr.stdout).toBe('ℹ aucune campagne vérifiée\u202f: aucune campagne n’utilise notes.csv\n');
    const page = (await cli(['notes.csv', '-f', 'html'], project)).stdout;
    expect(page).toContain(
      '<section class="verdict no-campaign" role="status"><span class="badge">ℹ</span><span>No campaign checked: no campaign uses notes.csv</span></section>',
    );
  });
  it('a folder with no manifest: "no campaign checked", exit 2', async () => {
    mkdirSync(path.join(project, 'empty'));
    const r = await cli(['empty', '-f', 'json', '-o', 'r.json'], project);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('campaign-lint: empty: no campaign checked: no campaign manifest found');
    const report = JSON.parse(read('r.json')) as {
      failures: Array<{ message: string }>;
      noCampaign: { reason: string };
    };
    expect(report.failures[0].message).toBe('no campaign checked: no campaign manifest found');
    expect(report.noCampaign.reason).toBe('no-manifest');
    // Every format says it, the HTML page included (a failure block and the no-campaign line).
    for (const [env, words] of [
      [{ LANG: 'C' }, /no campaign checked: no campaign manifest found/i],
      [{ LANG: 'fr_FR.UTF-8' }, /aucune campagne vérifiée\u202f: aucun manifeste de campagne trouvé/i],
    ] as const) {
      const page = (await cli(['empty', '-f', 'html'], project, env)).stdout;
      expect(page).toMatch(
        /<section class="verdict no-campaign blocked" role="status"><span class="badge">✖<\/span>/,
      );
      expect(page).toMatch(words);
    }
    const mixed = await cli(['empty', 'notes-missing.csv'], project);
    expect(mixed.code).toBe(2);
  });
  it('a path that does not exist is a failure in the report, the other campaigns are still linted', async () => {
    const r = await cli(['campaigns/soldes', 'campaigns/nope.campaign.yaml', '-f', 'json'], project);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as {
      campaigns: unknown[];
      failures: Array<{ file: string; message: string }>;
    };
    expect(report.campaigns).toHaveLength(1);
    expect(report.failures).toEqual([
      expect.objectContaining({ file: 'campaigns/nope.campaign.yaml', message: 'no such file or folder' }),
    ]);
  });
});

describe('--print-config', () => {
  it('prints the settings that apply to a campaign, as JSON', async () => {
    writeFileSync(
      path.join(project, 'campaign-lint.config.yaml'),
      'extends: strict\nrules:\n  message-segments: [warning, { max: 2 }]\n  recipient-duplicate: off\n',
    );
    const r = await cli(['--print-config', 'campaigns/soldes/soldes.campaign.yaml'], project);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout) as {
      campaign: string;
      configFile: string;
      extends: string;
      profile: string;
      rules: Record<string, { severity: string; options: Record<string, unknown>; runs: boolean }>;
    };
    expect(config).toMatchObject({
      campaign: 'campaigns/soldes/soldes.campaign.yaml',
      configFile: 'campaign-lint.config.yaml',
      extends: 'strict',
      profile: 'charter',
    });
    expect(config.rules['message-segments']).toEqual({ severity: 'error', options: { max: 2 }, runs: true });
    expect(config.rules['recipient-duplicate'].runs).toBe(false);
    expect(Object.keys(config.rules)).toHaveLength(BUILTIN_RULES.length);
    const broken = await cli(['--print-config', BROKEN], project);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('unknown field "chanel"');
  });
});

describe('colours', () => {
  const red = '\u001b[31m';
  it('--color and FORCE_COLOR force them on stdout; NO_COLOR and --no-color turn them off', async () => {
    const args = ['campaigns/noel'];
    expect((await cli(args, project)).stdout).not.toContain(red);
    expect((await cli([...args, '--color'], project)).stdout).toContain(red);
    expect((await cli(args, project, { FORCE_COLOR: '1' })).stdout).toContain(red);
    expect((await cli(args, project, { FORCE_COLOR: '0' })).stdout).not.toContain(red);
    expect((await cli([...args, '--no-color'], project, { FORCE_COLOR: '1' })).stdout).not.toContain(red);
  });
  it('FORCE_COLOR leaves report files plain; --color does not', async () => {
    await cli(['campaigns/noel', '-o', 'plain.txt'], project, { FORCE_COLOR: '1' });
    expect(read('plain.txt')).not.toContain(red);
    await cli(['campaigns/noel', '-o', 'colour.txt', '--color'], project);
    expect(read('colour.txt')).toContain(red);
  });
});
