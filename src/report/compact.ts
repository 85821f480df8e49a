import { interpolate } from '../base/text';
import { FAILURE_RULE_ID, failureText, outcome } from './outcome';
import { recipientText } from '../base/mask';
import { terminalText as tt } from './sinks';
import type { StreamingFormatter } from './types';
import { READING_ID, readingLines } from './reading';

/**
 * `file:line:col: severity message [rule-id]`, one line each, for editors' problem matchers. The
 * column is 1: a CSV record or a manifest field starts its line.
 */
export const compact: StreamingFormatter = (result, options, write) => {
  const run = outcome(result, options.lang);
  for (const f of run.failures)
    write(
      `${tt(f.file ?? 'campaign-lint')}:${f.line ?? 1}:1: error ${tt(failureText(f))} [${FAILURE_RULE_ID}]\n`,
    );
  if (run.noCampaign?.ownEntry) write(`campaign-lint: ${tt(run.noCampaign.text)}\n`);
  for (const campaign of result.campaigns) {
    // How the files were read, one info line at the header (problem matchers of errors skip it).
    const at = campaign.reading
      ? `${campaign.reading.file}:${campaign.reading.headerLine}`
      : `${campaign.file}:1`;
    const reading = readingLines(campaign, options.lang);
    if (reading.length > 0) write(`${tt(at)}:1: info ${tt(reading.join('; '))} [${READING_ID}]\n`);
    for (const d of campaign.eachDiagnostic()) {
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      write(
        `${tt(d.file)}:${d.line ?? 1}:1: ${d.severity} ${tt(interpolate(d.template, d.data, options.lang, options.showPii))}${who} [${d.ruleId}]\n`,
      );
    }
  }
};
