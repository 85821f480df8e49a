import { interpolate } from '../base/text';
import type { CampaignResult, Diagnostic, Lang } from '../base/types';
import { failureText, outcome } from './outcome';
import { say } from '../base/messages';
import { placeText, recipientText, visible } from '../base/mask';
import { markdownCode, markdownText } from './sinks';
import type { StreamingFormatter } from './types';
import { readingLines } from './reading';

// GitHub Actions workflow commands: data escapes %, CR, LF; properties also ":" and ",". Text comes
// from CSV cells and manifests: a "::" inside it is broken up so nothing can pass for a command, and
// other control characters (ESC: the log viewer renders colours) are written as escapes.
const data = (text: string) =>
  visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')).replace(/::/g, ':\u200b:');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows 10 annotations of a kind per step: more per rule would hide the other rules. */
export const MAX_ANNOTATIONS = 10;

type Kind = 'manifest' | 'recipients' | 'other';
const kindOf = (d: Diagnostic, campaign: CampaignResult): Kind =>
  d.file === campaign.file ? 'manifest' : d.file === campaign.recipients.file ? 'recipients' : 'other';

interface Group {
  readonly rule: string;
  readonly kind: Kind;
  errors: string[];
  warnings: string[];
  errorCount: number;
  warningCount: number;
}

/**
 * `::error file=…,line=…,title=…::message` lines, which GitHub shows as annotations: failures first,
 * then per rule and file kind the 10 most important (errors first) and one line for the rest.
 */
export const github: StreamingFormatter = (result, options, write) => {
  const run = outcome(result, options.lang);
  for (const f of run.failures) {
    const props = [
      ...(f.file !== undefined ? [`file=${property(f.file)}`] : []),
      ...(f.line !== undefined ? [`line=${f.line}`] : []),
      `title=${property(`campaign-lint ${say('report.failed', options.lang)}`)}`,
    ];
    write(`::error ${props.join(',')}::${data(failureText(f))}\n`);
  }
  if (run.noCampaign?.ownEntry) write(`::notice title=campaign-lint::${data(run.noCampaign.text)}\n`);
  // Bounded memory: at most 10 errors and 10 warnings kept per group, whatever the file size.
  const groups = new Map<string, Group>();
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      const kind = kindOf(d, campaign);
      const key = `${d.ruleId}\0${kind}`;
      let group = groups.get(key);
      if (!group)
        groups.set(
          key,
          (group = { rule: d.ruleId, kind, errors: [], warnings: [], errorCount: 0, warningCount: 0 }),
        );
      const isError = d.severity === 'error';
      if (isError) group.errorCount++;
      else group.warningCount++;
      const kept = isError ? group.errors : group.warnings;
      if (kept.length < MAX_ANNOTATIONS) {
        const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
        const props = [
          `file=${property(d.file)}`,
          ...(d.line !== undefined ? [`line=${d.line}`] : []),
          `title=${property(`campaign-lint ${d.ruleId}`)}`,
        ];
        kept.push(
          `::${isError ? 'error' : 'warning'} ${props.join(',')}::${data(interpolate(d.template, d.data, options.lang, options.showPii) + who)}\n`,
        );
      }
    }
  }
  for (const group of groups.values()) {
    const shown = [...group.errors, ...group.warnings].slice(0, MAX_ANNOTATIONS);
    for (const line of shown) write(line);
    const total = group.errorCount + group.warningCount;
    if (total > shown.length) {
      const shownErrors = Math.min(group.errors.length, MAX_ANNOTATIONS);
      const text = say('github.more', options.lang, {
        n: total - shown.length,
        rule: group.rule,
        kind: say(`github.kind.${group.kind}`, options.lang),
        counts: `${say('count.error', options.lang, { n: group.errorCount - shownErrors })}, ${say('count.warning', options.lang, { n: group.warningCount - (shown.length - shownErrors) })}`,
      });
      write(`::notice title=${property(`campaign-lint ${group.rule}`)}::${data(text)}\n`);
    }
  }
};

/** Markdown text from a cell, a manifest or a folder name: nothing in it can open a tag, a table cell, a link or code. */
const md = markdownText;

/**
 * The job summary (appended to $GITHUB_STEP_SUMMARY by the CLI): totals, failures, counts per rule
 * and per campaign. Counts only: the annotations and the report files hold the details.
 */
export const githubSummary: StreamingFormatter = (result, options, write) => {
  const lang: Lang = options.lang;
  const run = outcome(result, lang);
  const { failures } = run;
  const totals = [
    say('count.error', lang, { n: result.errorCount }),
    say('count.warning', lang, { n: result.warningCount }),
  ].join(', ');
  const head = `**${totals}** ${say('github.in', lang)} ${say('count.campaign', lang, { n: result.campaigns.length })}${failures.length ? ` · **${say('count.inputFailure', lang, { n: failures.length })}**` : ''}`;
  write(`## campaign-lint\n\n${head}\n\n`);
  if (run.noCampaign) write(`> ${md(run.noCampaign.text)}\n\n`);
  if (failures.length > 0) {
    write(`### ${say('github.failuresHeading', lang)}\n\n`);
    for (const f of failures) {
      const where = f.file !== undefined ? `${markdownCode(placeText({ file: f.file, line: f.line }))} ` : '';
      write(`- ${where}${md(f.message)}${f.hint ? ` — ${md(f.hint)}` : ''}\n`);
    }
    write('\n');
  }
  const perRule = new Map<string, { errors: number; warnings: number }>();
  const perCampaign: string[] = [];
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      let counts = perRule.get(d.ruleId);
      if (!counts) perRule.set(d.ruleId, (counts = { errors: 0, warnings: 0 }));
      if (d.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
    perCampaign.push(
      `| ${markdownCode(campaign.file)} | ${md(campaign.name)} | ${campaign.recipientCount} | ${campaign.errorCount} | ${campaign.warningCount} |\n`,
    );
  }
  if (perRule.size > 0) {
    write(
      `### ${say('github.rulesHeading', lang)}\n\n| ${say('github.rule', lang)} | ${say('github.errors', lang)} | ${say('github.warnings', lang)} |\n|---|---:|---:|\n`,
    );
    for (const [rule, counts] of [...perRule].sort(([a], [b]) => (a < b ? -1 : 1)))
      write(`| ${rule} | ${counts.errors} | ${counts.warnings} |\n`);
    write('\n');
  } else if (result.campaigns.length > 0) write(`${say('github.clean', lang)}\n\n`);
  const read = result.campaigns
    .map((c) => [c, readingLines(c, lang)] as const)
    .filter(([, lines]) => lines.length);
  if (read.length > 0) {
    write(`### ${say('reading.heading', lang)}\n\n`);
    for (const [campaign, lines] of read)
      write(`- ${markdownCode(campaign.file)}\n${lines.map((line) => `  - ${md(line)}\n`).join('')}`);
    write('\n');
  }
  if (perCampaign.length > 0) {
    write(
      `### ${say('github.campaignsHeading', lang)}\n\n| ${say('github.campaign', lang)} | ${say('github.name', lang)} | ${say('github.recipients', lang)} | ${say('github.errors', lang)} | ${say('github.warnings', lang)} |\n|---|---|---:|---:|---:|\n`,
    );
    for (const row of perCampaign) write(row);
    write('\n');
  }
};
