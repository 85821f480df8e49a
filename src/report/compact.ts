import { interpolate } from '../base/text';
import { FAILURE_RULE_ID, failureText, outcome } from './outcome';
import { recipientText } from '../base/mask';
import type { StreamingFormatter } from './types';

/**
 * `file:line:col: severity message [rule-id]`, one line each, for editors' problem matchers. The
 * column is 1: a CSV record or a manifest field starts its line.
 */
export const compact: StreamingFormatter = (result, options, write) => {
  const run = outcome(result, options.lang);
  for (const f of run.failures)
    write(`${f.file ?? 'campaign-lint'}:${f.line ?? 1}:1: error ${failureText(f)} [${FAILURE_RULE_ID}]\n`);
  if (run.noCampaign?.ownEntry) write(`campaign-lint: ${run.noCampaign.text}\n`);
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      write(
        `${d.file}:${d.line ?? 1}:1: ${d.severity} ${interpolate(d.template, d.data, options.lang, options.showPii)}${who} [${d.ruleId}]\n`,
      );
    }
  }
};
