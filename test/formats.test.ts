import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'fs';
import path from 'path';
import { lint } from '../src/engine/lint';
import { resolveConfig } from '../src/engine/config';
import { formatters } from '../src/format';
import { github } from '../src/format/github';
import type { LintResult } from '../src/types';
import { ROOT } from './helpers/paths';

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
    expect(rules).toHaveLength(21);
    for (const rule of rules) {
      expect(rule.help.text).toContain(`# ${rule.id}`);
      expect(rule.helpUri).toMatch(
        new RegExp(`^https://unpkg\\.com/campaign-lint@[\\d.]+/rules/${rule.id}/README\\.md$`),
      );
    }
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
    expect(lines).toHaveLength(diagnosticCount);
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
  });
});

describe('compact', () => {
  it('prints file:line:col: severity message [rule-id], one per diagnostic', () => {
    const lines = formatters.compact(result, options).trimEnd().split('\n');
    expect(lines).toHaveLength(diagnosticCount);
    for (const line of lines) expect(line).toMatch(/^[^\s:]+:\d+:1: (error|warning) .+ \[[a-z-]+\]$/);
    expect(lines).toContain(
      'fixtures/bad-message-sender/promo.campaign.json:6:1: error Sender "PROMO FLASH!" has 12 characters: an alphanumeric sender has at most 11 [sender-id]',
    );
  });
});
