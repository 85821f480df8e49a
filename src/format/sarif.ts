import { VERSION } from '../package-root';
import { interpolate, pick } from '../i18n';
import { recipientText } from './mask';
import type { StreamingFormatter } from './types';

const level = (severity: string) => (severity === 'error' ? 'error' : 'warning');

/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps): one rule descriptor per known rule, with
 * its help text and a link to its documentation; each result located at its CSV or manifest line.
 */
export const sarif: StreamingFormatter = (result, options, write) => {
  const index = new Map(result.rules.map((rule, i) => [rule.id, i]));
  const rules = result.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: pick(rule.description, options.lang) },
    ...(rule.docsUrl ? { helpUri: rule.docsUrl } : {}),
    ...(rule.help ? { help: { text: rule.help, markdown: rule.help } } : {}),
    defaultConfiguration: rule.severity === 'off' ? { enabled: false } : { level: level(rule.severity) },
  }));
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
  };
  const driver = {
    name: 'campaign-lint',
    version: VERSION,
    informationUri: 'https://www.npmjs.com/package/campaign-lint',
    rules,
  };
  write(
    `{"$schema":${JSON.stringify(head.$schema)},"version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},"results":[`,
  );
  let first = true;
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      const entry = {
        ruleId: d.ruleId,
        ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
        level: level(d.severity),
        message: { text: `${interpolate(d.template, d.data, options.lang, options.showPii)}${who}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(d.file) },
              ...(d.line !== undefined ? { region: { startLine: d.line } } : {}),
            },
          },
        ],
        properties: { campaign: campaign.file, ...(d.column !== undefined ? { column: d.column } : {}) },
      };
      write(`${first ? '' : ','}\n${JSON.stringify(entry)}`);
      first = false;
    }
  }
  write(`\n],"columnKind":"unicodeCodePoints"}]}\n`);
};
