import { say } from '../base/messages';
import { localize } from '../base/text';
import type { Lang, LintResult, NoCampaign } from '../base/types';

/**
 * What a run came to, decided once for every format: the failures (campaigns that could not be
 * linted, exit 2), "no campaign checked" and why, and the run's verdict line. A CI system that
 * reads only the report must still see that the run went wrong, whatever the format.
 */

/** The rule id under which failures appear in SARIF, GitLab, JUnit and compact reports. */
export const FAILURE_RULE_ID = 'campaign-lint/input';

export interface FailureRecord {
  readonly kind: string;
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
  readonly hint?: string;
}

export interface NoCampaignOutcome extends NoCampaign {
  /** "no campaign checked: …", in the report's language. */
  readonly text: string;
  /**
   * Whether formats that list issues (compact, github, sarif, gitlab) give it an entry of its own:
   * only when data files were used by no campaign or the paths given are ignored (the cases that
   * may exit 0). With no manifest
   * at all, the run fails and its failure already says "no campaign checked".
   */
  readonly ownEntry: boolean;
}

/** How the verdict line reads: failed (red), problems with errors, warnings only, a notice, clean. */
export type VerdictTone = 'failed' | 'warnings' | 'notice' | 'clean';

export interface Outcome {
  readonly failures: readonly FailureRecord[];
  readonly noCampaign?: NoCampaignOutcome;
  /** The run's last line ("✖ 3 problems (1 error, 2 warnings) — 2 campaigns"). */
  readonly verdict: { readonly text: string; readonly tone: VerdictTone };
}

/** The failures of a run as plain data (what the JSON report lists), in the report's language. */
export function failureRecords(result: LintResult, lang: Lang): FailureRecord[] {
  return result.failures.map((f) => ({
    kind: f.kind,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    message: localize(f.text, lang),
    ...(f.hintText !== undefined ? { hint: localize(f.hintText, lang) } : {}),
  }));
}

/** `message` then the hint on the same line (for one-line formats). */
export const failureText = (f: FailureRecord) => (f.hint ? `${f.message}. ${f.hint}` : f.message);

/** `file:line: message`, then the hint indented on a line of its own (as on the terminal). */
export const failureBlock = (f: FailureRecord, lang: Lang) =>
  `${f.file ? say('failure.place', lang, { place: `${f.file}${f.line ? `:${f.line}` : ''}` }) : ''}${f.message}${f.hint === undefined ? '' : `\n  ${f.hint}`}`;

/** The outcome of a run, in the report's language. */
export function outcome(result: LintResult, lang: Lang): Outcome {
  const failures = failureRecords(result, lang);
  const none = result.noCampaign;
  const noCampaign: NoCampaignOutcome | undefined = none && {
    ...none,
    text: say(
      none.reason === 'ignored'
        ? 'ignore.allIgnored'
        : none.reason === 'unused-data'
          ? 'report.unusedData'
          : 'report.noManifest',
      lang,
      { paths: none.paths.length > 0 ? none.paths.join(', ') : '.' },
    ),
    // Ignored paths given by name are passed over as unused data files are (exit 0).
    ownEntry: none.reason !== 'no-manifest',
  };
  return {
    failures,
    ...(noCampaign ? { noCampaign } : {}),
    verdict: verdict(result, failures, noCampaign, lang),
  };
}

function verdict(
  result: LintResult,
  failures: readonly FailureRecord[],
  none: NoCampaignOutcome | undefined,
  lang: Lang,
): Outcome['verdict'] {
  const failed = failures.length > 0 ? ` · ${say('count.inputFailure', lang, { n: failures.length })}` : '';
  const campaigns = say('count.campaign', lang, { n: result.campaigns.length });
  const total = result.errorCount + result.warningCount;
  if (none)
    return failures.length > 0
      ? { text: `✖ ${none.text}${failed}`, tone: 'failed' }
      : { text: `ℹ ${none.text}`, tone: 'notice' };
  if (total === 0 && failures.length > 0) {
    // The failure is the news: "no problems" must not open the line of a run that exits 2.
    const rest =
      result.campaigns.length === 0
        ? say('report.nothingLinted', lang)
        : `${say('report.clean', lang)} (${campaigns})`;
    return {
      text: `✖ ${say('count.inputFailure', lang, { n: failures.length })} · ${rest}`,
      tone: 'failed',
    };
  }
  if (total === 0) return { text: `✔ ${say('report.clean', lang)} (${campaigns})`, tone: 'clean' };
  const text = `✖ ${say('count.problem', lang, { n: total })} (${say('count.error', lang, { n: result.errorCount })}, ${say('count.warning', lang, { n: result.warningCount })}) — ${campaigns}${failed}`;
  return { text, tone: result.errorCount > 0 || failures.length > 0 ? 'failed' : 'warnings' };
}
