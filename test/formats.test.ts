import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { LintFailure } from '../src/base/failure';
import { lint } from '../src/engine/lint';
import { resolveConfig } from '../src/engine/config';
import { formatters } from '../src/report';
import { github, githubSummary } from '../src/report/github';
import type { Diagnostic, LintResult } from '../src/base/types';
import { ROOT } from './helpers/paths';
import { BUILTIN_RULES } from '../src/engine/registry';

const options = { lang: 'en' as const, showPii: false, color: false };
let result: LintResult;
let diagnosticCount: number;

beforeAll(async () => {
  const config = await resolveConfig({}, { cwd: ROOT });
  // Several rules firing: recipients, message, sender, schedule, content.
  result = await lint(
    ['fixtures/bad-recipients', 'fixtures/bad-message-sender', 'fixtures/bad-content', 'fixtures/clean-sms'],
    { cwd: ROOT, config },
  );
  diagnosticCount = result.campaigns.reduce((n, c) => n + c.diagnostics.length, 0);
  expect(
    new Set(result.campaigns.flatMap((c) => c.diagnostics.map((d) => d.ruleId))).size,
  ).toBeGreaterThanOrEqual(8);
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const schema = JSON.parse(readFileSync(path.join(__dirname, 'schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's language pattern "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" is only valid as a non-Unicode regexp.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(formatters.sarif(result, options));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
  it('has one descriptor per rule with help text and docs link, and every result located', () => {
    const log = JSON.parse(formatters.sarif(result, options));
    const { rules } = log.runs[0].tool.driver;
    expect(rules).toHaveLength(BUILTIN_RULES.length);
    for (const rule of rules) {
      // Markdown where viewers render it, plain text where they print it.
      expect(rule.help.markdown).toContain(`# ${rule.id}`);
      expect(rule.help.text).toMatch(new RegExp(`^${rule.id}\n`));
      expect(rule.help.text).not.toMatch(/^#|\*\*|```|`[^`]+`/m);
      // Tables (their cells padded by Prettier) read as cells joined by " · ", with no rule line.
      expect(rule.help.text).not.toMatch(
        /^(?! {4}).*(?:\S {2,}· | · {2,}\S)|^(?! {4})(?=.*\|)[\s|:-]*-{3,}[\s|:-]*$/m,
      );
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length - 2);
      expect(rule.fullDescription.text).not.toMatch(/[*`#]/);
      // The README in the repository (package.json's "repository") on main: this is not a release
      // build, and only a release build links to its tag (test/release.test.ts checks that one).
      expect(rule.helpUri).toBe(
        `https://github.com/campaign-lint/campaign-lint/blob/main/rules/${rule.id}/README.md`,
      );
      expect(rule.name).not.toBe(rule.id);
    }
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    const results = log.runs[0].results;
    expect(results).toHaveLength(diagnosticCount);
    for (const r of results) {
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning']).toContain(r.level);
    }
    const consent = results.find((r: { ruleId: string }) => r.ruleId === 'recipient-consent');
    expect(consent.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/bad-recipients/recipients.csv' },
      region: { startLine: 8 },
    });
    expect(consent.message.text).toContain('+33 7 •• •• •• 56');
    const sender = results.find((r: { ruleId: string }) => r.ruleId === 'sender-id');
    expect(sender.locations[0].physicalLocation.region.startLine).toBe(6); // the manifest line of "sender"
  });
});

describe('junit', () => {
  const report = () => formatters.junit(result, options);
  it('has one test case per campaign and rule that ran, failures for rules with errors', () => {
    const xml = report();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)];
    expect(suites.map((s) => s[1])).toEqual(result.campaigns.map((c) => c.file));
    for (const [i, suite] of suites.entries()) {
      const campaign = result.campaigns[i];
      expect(Number(suite[2])).toBe(campaign.rules.length);
      expect(Number(suite[3])).toBe(
        new Set(campaign.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).size,
      );
    }
    expect(xml).toContain(
      '<testcase name="recipient-consent" classname="fixtures/bad-recipients/rentree.campaign.yaml">\n      <failure message="2 error(s), 0 warning(s)" type="recipient-consent">',
    );
  });
  it('is well-formed XML (every element closed, text escaped)', () => {
    const xml = report().replace(/^<\?xml[^>]*\?>/, '');
    const stack: string[] = [];
    for (const tag of xml.matchAll(/<(\/?)([a-z-]+)[^>]*?(\/?)>/g)) {
      if (tag[3]) continue;
      if (tag[1]) expect(stack.pop()).toBe(tag[2]);
      else stack.push(tag[2]);
    }
    expect(stack).toEqual([]);
    expect(xml.replace(/<[^>]+>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
  });
});

describe('github', () => {
  it('prints one workflow command per diagnostic with file, line and title', () => {
    const lines = formatters.github(result, options).trimEnd().split('\n');
    expect(lines).toHaveLength(diagnosticCount); // no rule has more than 10 here
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning) file=[^,:]+(,line=\d+)?,title=campaign-lint [a-z-]+::\S/);
    expect(lines).toContain(
      '::error file=fixtures/bad-recipients/recipients.csv,line=7,title=campaign-lint recipient-phone-valid::No phone number (the cell is empty) (••)',
    );
  });
  it('escapes %, newlines, and ":" "," in properties', () => {
    const lines = formatters.github(result, { ...options, lang: 'fr' });
    expect(lines).not.toMatch(/::[^\n]*\n[^:]/); // no raw newline inside a command
    let out = '';
    const fake = {
      ...result,
      campaigns: [
        {
          ...result.campaigns[0],
          eachDiagnostic: () => [
            {
              ruleId: 'x',
              severity: 'error' as const,
              messageId: 'm',
              template: '50% off\nnow',
              data: {},
              file: 'a,b:c.csv',
              line: 2,
            },
          ],
        },
      ],
    };
    github(fake, options, (s) => (out += s));
    expect(out).toBe('::error file=a%2Cb%3Ac.csv,line=2,title=campaign-lint x::50%25 off%0Anow\n');
    // A CSV cell that tries to start a workflow command of its own stays inside the annotation.
    out = '';
    const [first] = fake.campaigns[0].eachDiagnostic();
    fake.campaigns[0].eachDiagnostic = () => [
      {
        ...first,
        template: 'Bad cell: {{v}}',
        data: { v: 'x\r\n::add-mask::y::stop-commands::z' },
      },
    ];
    github(fake, options, (s) => (out += s));
    expect(out.split('\n')).toHaveLength(2);
    expect(out).not.toMatch(/::(add-mask|stop-commands)::/);
    expect(out).toContain('\\u{d}\\u{a}:\u200b:add-mask:\u200b:y');
  });
});

describe('compact', () => {
  it('prints file:line:col: severity message [rule-id], one per diagnostic, and how each campaign was read', () => {
    const all = formatters.compact(result, options).trimEnd().split('\n');
    const reading = all.filter((line) => line.endsWith('[campaign-lint/reading]'));
    expect(reading).toHaveLength(result.campaigns.length);
    for (const line of reading) expect(line).toMatch(/^[^\s:]+:1:1: info recipients file read: .+/);
    const lines = all.filter((line) => !reading.includes(line));
    expect(lines).toHaveLength(diagnosticCount);
    for (const line of lines) expect(line).toMatch(/^[^\s:]+:\d+:1: (error|warning) .+ \[[a-z-]+\]$/);
    expect(lines).toContain(
      'fixtures/bad-message-sender/promo.campaign.json:6:1: error Sender "PROMO FLASH!" has 12 characters: an alphanumeric sender has at most 11 (af2m OADC rules, enforced by operators\' contracts; sender refused) [sender-id]',
    );
  });
});

/** A result whose only campaign reports the given diagnostics (for formats' edge cases). */
function fakeResult(diagnostics: Array<Partial<Diagnostic>>, extra: Partial<LintResult> = {}): LintResult {
  const base = result.campaigns[0];
  const all = diagnostics.map((d) => ({
    ruleId: 'x',
    severity: 'error' as const,
    messageId: 'm',
    template: 'problem {{n}}',
    data: {},
    file: base.recipients.file,
    ...d,
  })) as Diagnostic[];
  return {
    ...result,
    campaigns: [{ ...base, eachDiagnostic: () => all, diagnostics: all }],
    errorCount: all.filter((d) => d.severity === 'error').length,
    warningCount: all.filter((d) => d.severity === 'warning').length,
    failures: [],
    ...extra,
  };
}

describe('github: caps and job summary', () => {
  it('keeps the 10 most important annotations per rule and file kind (errors first), then says how many were left out', () => {
    const diagnostics = [
      ...Array.from({ length: 12 }, (_, i) => ({
        severity: 'warning' as const,
        line: i + 2,
        data: { n: i },
      })),
      ...Array.from({ length: 3 }, (_, i) => ({ line: i + 20, data: { n: 100 + i } })),
      { ruleId: 'y', line: 40, data: { n: 7 } },
    ];
    const lines = formatters.github(fakeResult(diagnostics), options).trimEnd().split('\n');
    const x = lines.filter((l) => l.includes('title=campaign-lint x::'));
    expect(x).toHaveLength(11);
    expect(x.slice(0, 3).every((l) => l.startsWith('::error '))).toBe(true);
    expect(x.slice(3, 10).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(x[10]).toBe(
      '::notice title=campaign-lint x::5 more x annotations in recipient files left out (0 errors, 5 warnings): see the job summary, or run with --format json for the full list',
    );
    expect(lines.filter((l) => l.includes('title=campaign-lint y::'))).toHaveLength(1);
    const fr = formatters.github(fakeResult(diagnostics), { ...options, lang: 'fr' });
    expect(fr).toContain(
      '5 autres annotations x dans les fichiers de destinataires omises (0 erreur, 5 avertissements)\u202f:',
    );
  });
  it('writes a Markdown job summary: totals, failures, counts per rule and per campaign', () => {
    let summary = '';
    const withFailure = {
      ...result,
      failures: [
        new LintFailure('input', 'unknown field "chanel"', 'a/b.campaign.yaml', 3, 'Did you mean "channel"?'),
      ],
    };
    githubSummary(withFailure, options, (s) => (summary += s));
    expect(summary).toMatch(
      /^## campaign-lint\n\n\*\*\d+ errors, \d+ warnings?\*\* in 4 campaigns · \*\*1 input failure\*\*/,
    );
    expect(summary).toContain(
      '### Input failures (exit 2)\n\n- `a/b.campaign.yaml:3` unknown field \\"chanel\\" — Did you mean \\"channel\\"\\?',
    );
    expect(summary).toMatch(/\| recipient-consent \| 2 \| 0 \|/);
    expect(summary).toContain(
      "| `fixtures/clean-sms/soldes.campaign.yaml` | Soldes d\\'hiver 2027 | 5 | 0 | 0 |",
    );
    let fr = '';
    githubSummary(withFailure, { ...options, lang: 'fr' }, (s) => (fr += s));
    expect(fr).toContain('### Échecs de lecture (code 2)');
    expect(fr).toContain('| règle | erreurs | avertissements |');
  });
});

describe('gitlab (Code Quality)', () => {
  it('is a JSON array of issues with check_name, fingerprint, severity and location, fingerprints unique', () => {
    let issues = JSON.parse(formatters.gitlab(result, options)) as Array<{
      type: string;
      check_name: string;
      description: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }>;
    const reading = issues.filter((i) => i.check_name === 'campaign-lint/reading');
    expect(reading).toHaveLength(result.campaigns.length);
    for (const issue of reading) expect(issue.severity).toBe('info');
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    issues = issues.filter((i) => !reading.includes(i));
    expect(issues).toHaveLength(diagnosticCount);
    for (const issue of issues) {
      expect(issue.type).toBe('issue');
      expect(['major', 'minor']).toContain(issue.severity);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.location.path).not.toMatch(/^\//);
    }
    expect(issues).toContainEqual(
      expect.objectContaining({
        check_name: 'recipient-consent',
        severity: 'major',
        location: { path: 'fixtures/bad-recipients/recipients.csv', lines: { begin: 8 } },
      }),
    );
    expect(JSON.stringify(issues)).not.toMatch(/\+33\d{9}/); // numbers masked
    expect(formatters.gitlab(result, options)).toBe(formatters.gitlab(result, options));
  });
  it('gives the same issue twice on one line two fingerprints', () => {
    const twice = fakeResult([{ line: 3 }, { line: 3 }]);
    const issues = JSON.parse(formatters.gitlab(twice, options)) as Array<{ fingerprint: string }>;
    expect(issues[0].fingerprint).not.toBe(issues[1].fingerprint);
  });
});

// Sarif.Multitool (Microsoft's SARIF SDK, from npm) with the rule kinds GitHub code scanning checks.
// Installed by `npm run sarif-tools` (.ci/run does) into .tools/, not a devDependency: pre-commit
// installs the hook's dev dependencies on every user's machine, and this one is 95 MB.
const MULTITOOL = path.join(ROOT, '.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const multitoolRuns =
  process.platform === 'linux' &&
  existsSync(MULTITOOL) &&
  (() => {
    if (!(statSync(MULTITOOL).mode & 0o100)) chmodSync(MULTITOOL, 0o755); // its postinstall may not have run
    return spawnSync(MULTITOOL, ['--version'], { encoding: 'utf8' }).status === 0;
  })();
if (!multitoolRuns)
  console.warn(
    'Sarif.Multitool is not installed or cannot run here (npm run sarif-tools): its checks are skipped',
  );
(multitoolRuns ? it : it.skip)(
  'passes Sarif.Multitool validation with the GitHub (GH) and SARIF rule kinds, failures included',
  () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-multitool-'));
    try {
      const withFailure = {
        ...result,
        failures: [
          new LintFailure(
            'input',
            'unknown field "chanel"',
            'a/b.campaign.yaml',
            3,
            'Did you mean "channel"?',
          ),
        ],
      };
      writeFileSync(path.join(dir, 'report.sarif'), formatters.sarif(withFailure, options));
      const r = spawnSync(
        MULTITOOL,
        [
          'validate',
          '--rule-kind',
          'Gh;Sarif',
          '-o',
          path.join(dir, 'out.sarif'),
          path.join(dir, 'report.sarif'),
        ],
        { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }, timeout: 120_000 },
      );
      expect(r.status).toBe(0);
      const out = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as {
        runs: Array<{ results: Array<{ ruleId: string; message: { text?: string } }> }>;
      };
      expect(out.runs[0].results.map((x) => `${x.ruleId}: ${x.message.text ?? ''}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);

describe('sarif: failures', () => {
  it('are error results of rule campaign-lint/input, and make the invocation unsuccessful', () => {
    const withFailure = {
      ...result,
      failures: [
        new LintFailure('input', 'unknown field "chanel"', 'a/b.campaign.yaml', 3, 'Did you mean "channel"?'),
      ],
    };
    const log = JSON.parse(formatters.sarif(withFailure, options)) as {
      runs: Array<{
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
        results: Array<{ ruleIndex: number }>;
        tool: { driver: { rules: Array<{ id: string }> } };
      }>;
    };
    const run = log.runs[0];
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      descriptor: { id: 'campaign-lint/input' },
    });
    const failure = run.results[0];
    expect(failure).toMatchObject({
      ruleId: 'campaign-lint/input',
      level: 'error',
      message: { text: 'unknown field "chanel". Did you mean "channel"?' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'a/b.campaign.yaml' }, region: { startLine: 3 } } },
      ],
    });
    expect(run.tool.driver.rules[failure.ruleIndex].id).toBe('campaign-lint/input');
    expect(run.results).toHaveLength(diagnosticCount + 1);
  });
});
