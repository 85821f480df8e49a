import { REPOSITORY_URL, VERSION } from '../base/package-root';
import { interpolate, pick } from '../base/text';
import { say } from '../base/messages';
import type { RuleDescriptor } from '../base/types';
import { FAILURE_RULE_ID, failureText, outcome } from './outcome';
import { firstParagraph, markdownToText } from './markdown-text';
import { recipientText } from '../base/mask';
import { httpsUrl, uriPath } from './sinks';
import type { FormatOptions, StreamingFormatter } from './types';
import { readingLines, readingRecord } from './reading';

const level = (severity: string) => (severity === 'error' ? 'error' : 'warning');

/** SARIF wants a rule's `name` readable and different from its opaque `id`: `sender-id` → `SenderId`. */
const ruleName = (id: string) =>
  id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** A SARIF rule descriptor: plain text where viewers print text, Markdown where they render it. */
function descriptor(rule: RuleDescriptor, options: FormatOptions) {
  const summary = pick(rule.description, options.lang);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: summary },
    fullDescription: { text: (rule.help && firstParagraph(rule.help)) || summary },
    ...(httpsUrl(rule.docsUrl) ? { helpUri: httpsUrl(rule.docsUrl) } : {}),
    help: rule.help
      ? { text: markdownToText(rule.help), markdown: rule.help }
      : { text: summary, markdown: summary },
    defaultConfiguration: rule.severity === 'off' ? { enabled: false } : { level: level(rule.severity) },
  };
}

function failureDescriptor(options: FormatOptions) {
  const help = say('report.failureRuleHelp', options.lang);
  return {
    id: FAILURE_RULE_ID,
    name: 'InputFailure',
    shortDescription: { text: say('report.failureRuleName', options.lang) },
    fullDescription: { text: say('report.failureRuleDescription', options.lang) },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: 'error' },
  };
}

const location = (file: string | undefined, line: number | undefined) =>
  file === undefined
    ? []
    : [
        {
          physicalLocation: {
            artifactLocation: { uri: uriPath(file) },
            ...(line !== undefined ? { region: { startLine: line } } : {}),
          },
        },
      ];

/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps): one rule descriptor per known rule, with
 * its help and a link to its README at this version's tag; each result located at its CSV or
 * manifest line. A campaign that could not be linted is an error result (`campaign-lint/input`)
 * and makes the invocation unsuccessful.
 */
export const sarif: StreamingFormatter = (result, options, write) => {
  const run = outcome(result, options.lang);
  const { failures } = run;
  const index = new Map(result.rules.map((rule, i) => [rule.id, i]));
  const rules: object[] = result.rules.map((rule) => descriptor(rule, options));
  if (failures.length > 0) rules.push(failureDescriptor(options));
  const driver = {
    name: 'campaign-lint',
    version: VERSION,
    semanticVersion: VERSION,
    ...(REPOSITORY_URL ? { informationUri: REPOSITORY_URL } : {}),
    rules,
  };
  const none = run.noCampaign?.ownEntry ? run.noCampaign.text : undefined;
  const invocation = {
    executionSuccessful: failures.length === 0,
    ...(failures.length > 0 || run.noCampaign
      ? {
          toolExecutionNotifications: [
            ...failures.map((f) => ({
              level: 'error',
              message: { text: failureText(f) },
              descriptor: { id: FAILURE_RULE_ID },
              locations: location(f.file, f.line),
            })),
            ...(none !== undefined ? [{ level: 'note', message: { text: none } }] : []),
          ],
        }
      : {}),
  };
  write(
    `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},"invocations":[${JSON.stringify(invocation)}],"results":[`,
  );
  let first = true;
  for (const f of failures) {
    const entry = {
      ruleId: FAILURE_RULE_ID,
      ruleIndex: rules.length - 1,
      level: 'error',
      message: { text: failureText(f) },
      locations: location(f.file, f.line),
      properties: { kind: f.kind },
    };
    write(`${first ? '' : ','}\n${JSON.stringify(entry)}`);
    first = false;
  }
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      const entry = {
        ruleId: d.ruleId,
        ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
        level: level(d.severity),
        message: { text: `${interpolate(d.template, d.data, options.lang, options.showPii)}${who}` },
        locations: location(d.file, d.line),
        properties: { campaign: campaign.file, ...(d.column !== undefined ? { column: d.column } : {}) },
      };
      write(`${first ? '' : ','}\n${JSON.stringify(entry)}`);
      first = false;
    }
  }
  // How each campaign's files were read (every guess): the run's property bag.
  const readings = result.campaigns.flatMap((c) => {
    const record = readingRecord(c);
    return record ? [{ ...record, text: readingLines(c, options.lang) }] : [];
  });
  write(
    `\n],"columnKind":"unicodeCodePoints"${readings.length > 0 ? `,"properties":${JSON.stringify({ readings })}` : ''}}]}\n`,
  );
};
