import { interpolate } from '../base/text';
import { say } from '../base/messages';
import type { CampaignResult, Diagnostic } from '../base/types';
import { FAILURE_RULE_ID, outcome } from './outcome';
import { placeText, recipientText } from '../base/mask';
import { markupText } from './sinks';
import type { FormatOptions, StreamingFormatter } from './types';
import { readingLines } from './reading';

// Characters XML 1.0 forbids (control characters, U+FFFE…) are written as escapes, never raw.
const xml = (text: string) =>
  markupText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of the failure body are capped: a test report is read by people. */
const MAX_LINES = 200;

/**
 * JUnit XML (GitLab, Jenkins): one test suite per campaign, one test case per rule that ran; a rule
 * with errors is a `<failure>`. Campaigns that could not be linted are `<error>` test cases of a
 * `campaign-lint/input` suite, so the report itself shows that the run went wrong.
 */
export const junit: StreamingFormatter = (result, options, write) => {
  const run = outcome(result, options.lang);
  const { failures } = run;
  const none = run.noCampaign?.text;
  const ruleCases = result.campaigns.reduce((n, c) => n + c.rules.length, 0);
  const failing = result.campaigns.reduce((n, c) => n + failingRules(c.eachDiagnostic()), 0);
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  write(
    `<testsuites name="campaign-lint" tests="${ruleCases + failures.length + (none !== undefined ? 1 : 0)}" failures="${failing}" errors="${failures.length}" skipped="${none !== undefined ? 1 : 0}">\n`,
  );
  if (failures.length > 0) {
    write(
      `  <testsuite name="${FAILURE_RULE_ID}" tests="${failures.length}" failures="0" errors="${failures.length}" skipped="0">\n`,
    );
    for (const f of failures) {
      const where = f.file !== undefined ? placeText({ file: f.file, line: f.line }) : 'campaign-lint';
      write(
        `    <testcase name="${xml(where)}" classname="${FAILURE_RULE_ID}">\n      <error message="${xml(f.message)}" type="${xml(f.kind)}">${xml(`${where}: ${f.message}${f.hint ? `\n${f.hint}` : ''}`)}</error>\n    </testcase>\n`,
      );
    }
    write('  </testsuite>\n');
  }
  if (none !== undefined) {
    write(
      `  <testsuite name="campaign-lint" tests="1" failures="0" errors="0" skipped="1">\n    <testcase name="${xml(none)}" classname="campaign-lint"><skipped message="${xml(none)}"/></testcase>\n  </testsuite>\n`,
    );
  }
  for (const campaign of result.campaigns) {
    const byRule = new Map<string, { errors: number; warnings: number; lines: string[] }>(
      campaign.rules.map((id) => [id, { errors: 0, warnings: 0, lines: [] }]),
    );
    for (const d of campaign.eachDiagnostic()) {
      let group = byRule.get(d.ruleId);
      if (!group) byRule.set(d.ruleId, (group = { errors: 0, warnings: 0, lines: [] }));
      if (d.severity === 'error') group.errors++;
      else group.warnings++;
      if (group.lines.length < MAX_LINES) group.lines.push(describe(d, options));
    }
    const failures = [...byRule.values()].filter((g) => g.errors > 0).length;
    write(
      `  <testsuite name="${xml(campaign.file)}" tests="${byRule.size}" failures="${failures}" errors="0" skipped="0">\n`,
    );
    write(
      `    <properties><property name="name" value="${xml(campaign.name)}"/><property name="recipients" value="${campaign.recipientCount}"/>${readingProperties(campaign, options)}</properties>\n`,
    );
    for (const [id, group] of byRule) {
      const total = group.errors + group.warnings;
      const more =
        total > group.lines.length
          ? `\n${say('junit.more', options.lang, { n: total - group.lines.length })}`
          : '';
      write(`    <testcase name="${xml(id)}" classname="${xml(campaign.file)}">`);
      if (group.errors > 0)
        write(
          `\n      <failure message="${xml(say('junit.failureMessage', options.lang, { errors: group.errors, warnings: group.warnings }))}" type="${xml(id)}">${xml(group.lines.join('\n') + more)}</failure>\n    `,
        );
      else if (group.warnings > 0)
        write(`\n      <system-out>${xml(group.lines.join('\n') + more)}</system-out>\n    `);
      write('</testcase>\n');
    }
    write('  </testsuite>\n');
  }
  write('</testsuites>\n');
};

/** How the files were read, as JUnit properties: one per choice, and the sentences in the report's language. */
function readingProperties(campaign: CampaignResult, options: FormatOptions): string {
  const property = (name: string, value: string | number) =>
    `<property name="${xml(name)}" value="${xml(String(value))}"/>`;
  const r = campaign.reading;
  const choices = r
    ? [
        ...(r.encoding ? [property('reading.encoding', `${r.encoding.value} (${r.encoding.from})`)] : []),
        ...(r.delimiter ? [property('reading.delimiter', `${r.delimiter.value} (${r.delimiter.from})`)] : []),
        ...(r.sheet ? [property('reading.sheet', `${r.sheet.value} (${r.sheet.from})`)] : []),
        property('reading.headerLine', r.headerLine),
        ...Object.entries(r.columns).map(([logical, c]) =>
          property(`reading.column.${logical}`, `${c.header} (${c.how})`),
        ),
        ...r.unusedOptOut.map((header) => property('reading.unusedOptOut', header)),
      ]
    : [];
  return [...choices, ...readingLines(campaign, options.lang).map((line) => property('reading', line))].join(
    '',
  );
}

function failingRules(diagnostics: Iterable<Diagnostic>): number {
  const rules = new Set<string>();
  for (const d of diagnostics) if (d.severity === 'error') rules.add(d.ruleId);
  return rules.size;
}

function describe(d: Diagnostic, options: FormatOptions): string {
  const who = d.recipient !== undefined ? ` ${recipientText(d.recipient, options.showPii)}` : '';
  return `${placeText(d)}${who} ${d.severity}: ${interpolate(d.template, d.data, options.lang, options.showPii)}`;
}
