import { createHash } from 'crypto';
import { interpolate } from '../base/text';
import { FAILURE_RULE_ID, failureRecords, failureText, outcome } from './outcome';
import { recipientText } from '../base/mask';
import type { StreamingFormatter } from './types';
import { READING_ID, readingLines } from './reading';

/** A stable id for GitLab to match an issue across pipelines (no phone number goes into it). */
const fingerprint = (...parts: Array<string | number | undefined>) =>
  createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\0'))
    .digest('hex')
    .slice(0, 32);

/**
 * GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues with
 * description, check_name, fingerprint, severity and location. Errors are "major", warnings
 * "minor", a campaign that could not be linted a "blocker" (`campaign-lint/input`).
 */
export const gitlab: StreamingFormatter = (result, options, write) => {
  let first = true;
  const issue = (value: object) => {
    write(`${first ? '[\n' : ',\n'}${JSON.stringify(value)}`);
    first = false;
  };
  // The fingerprint takes the English text, so it does not change with --lang.
  const english = failureRecords(result, 'en');
  const run = outcome(result, options.lang);
  run.failures.forEach((f, i) => {
    issue({
      type: 'issue',
      check_name: FAILURE_RULE_ID,
      description: failureText(f),
      categories: ['Bug Risk'],
      severity: 'blocker',
      fingerprint: fingerprint(FAILURE_RULE_ID, f.file, f.line, english[i].message),
      location: { path: f.file ?? '.', lines: { begin: f.line ?? 1 } },
    });
  });
  const none = run.noCampaign;
  if (none?.ownEntry)
    issue({
      type: 'issue',
      check_name: 'campaign-lint/no-campaign',
      description: none.text,
      categories: ['Bug Risk'],
      severity: 'info',
      fingerprint: fingerprint('campaign-lint/no-campaign', ...none.paths),
      location: { path: none.paths[0] ?? '.', lines: { begin: 1 } },
    });
  // Identical place, rule and message twice (two opt-out lists…) still get distinct fingerprints.
  // Diagnostics come in file and line order: only the current line's are remembered.
  const seen = new Map<string, number>();
  let place = '';
  for (const campaign of result.campaigns) {
    // How the files were read: one "info" issue per campaign (its fingerprint from the English text).
    const lines = readingLines(campaign, options.lang);
    if (lines.length > 0)
      issue({
        type: 'issue',
        check_name: READING_ID,
        description: lines.join('; '),
        categories: ['Bug Risk'],
        severity: 'info',
        fingerprint: fingerprint(READING_ID, campaign.file, ...readingLines(campaign, 'en')),
        location: {
          path: campaign.reading?.file ?? campaign.file,
          lines: { begin: campaign.reading?.headerLine ?? 1 },
        },
      });
    for (const d of campaign.eachDiagnostic()) {
      const here = `${campaign.file}\0${d.file}\0${d.line ?? 0}`;
      if (here !== place) {
        seen.clear();
        place = here;
      }
      const base = fingerprint(d.ruleId, d.file, d.line, d.column, d.messageId, campaign.file);
      const nth = seen.get(base) ?? 0;
      seen.set(base, nth + 1);
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      issue({
        type: 'issue',
        check_name: d.ruleId,
        description: `${interpolate(d.template, d.data, options.lang, options.showPii)}${who}`,
        categories: ['Compatibility'],
        severity: d.severity === 'error' ? 'major' : 'minor',
        fingerprint: nth === 0 ? base : fingerprint(base, nth),
        location: { path: d.file, lines: { begin: d.line ?? 1 } },
      });
    }
  }
  write(first ? '[]\n' : '\n]\n');
};
