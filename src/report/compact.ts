import { interpolate } from '../base/text';
import { FAILURE_RULE_ID, failureRecords, failureText, noCampaignText } from './failures';
import { recipientText } from '../base/mask';
import type { StreamingFormatter } from './types';

/**
 * `file:line:col: severity message [rule-id]`, one line each, for editors' problem matchers. The
 * column is 1: a CSV record or a manifest field starts its line.
 */
export const compact: StreamingFormatter = (result, options, write) => {
  for (const f of failureRecords(result, options.lang))
    write(`${f.file ?? 'campaign-lint'}:${f.line ?? 1}:1: error ${failureText(f)} [${FAILURE_RULE_ID}]\n`);
  const none = noCampaignText(result, options.lang);
  if (none !== undefined && result.noCampaign?.reason !== 'no-manifest') write(`campaign-lint: ${none}\n`);
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      write(
        `${d.file}:${d.line ?? 1}:1: ${d.severity} ${interpolate(d.template, d.data, options.lang, options.showPii)}${who} [${d.ruleId}]\n`,
      );
    }
  }
};
