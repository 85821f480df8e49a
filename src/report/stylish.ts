import chalk from 'chalk';
import { interpolate, localize } from '../base/text';
import { say } from '../base/messages';
import type { Diagnostic } from '../base/types';
import { failureRecords, noCampaignText, T as FAILURE_T } from './failures';
import { maskPhone, placeText, showPhone, visible } from '../base/mask';
import type { StreamingFormatter } from './types';
import { readingLines } from './reading';

/** Human report: one block per campaign, diagnostics grouped by rule, long runs capped. */
export const MAX_PER_RULE = 10;

const T = {
  more: {
    en: '… and {{n}} more (use --format json for the full list)',
    fr: '… et {{n}} de plus (--format json pour la liste complète)',
  },
  clean: { en: 'no problems', fr: 'aucun problème' },
  nothingLinted: { en: 'no campaign was linted', fr: 'aucune campagne n’a été vérifiée' },
  error: { en: 'error', fr: 'erreur' },
  warning: { en: 'warning', fr: 'avertissement' },
  fixLabel: { en: 'fix:', fr: 'correction :' },
};

export const stylish: StreamingFormatter = (result, options, write) => {
  const c = new chalk.Instance({ level: options.color ? 1 : 0 });
  const t = (key: keyof typeof T) => T[key][options.lang];
  const { lang } = options;
  const out = { push: (...lines: string[]) => write(`${lines.join('\n')}\n`) };
  for (const campaign of result.campaigns) {
    const header = `${c.underline(campaign.file)}  ${campaign.name} · ${campaign.channel} · ${campaign.purpose} · ${say('count.recipient', lang, { n: campaign.recipientCount })}`;
    out.push(header);
    for (const line of readingLines(campaign, options.lang)) out.push(`  ${c.dim(line)}`);
    // Per rule: the first MAX_PER_RULE diagnostics and a count, whatever the size of the campaign.
    const byRule = new Map<string, { shown: Diagnostic[]; count: number; errors: number }>();
    for (const d of campaign.eachDiagnostic()) {
      let group = byRule.get(d.ruleId);
      if (!group) byRule.set(d.ruleId, (group = { shown: [], count: 0, errors: 0 }));
      group.count++;
      if (d.severity === 'error') group.errors++;
      if (group.shown.length < MAX_PER_RULE) group.shown.push(d);
    }
    if (byRule.size === 0) {
      out.push(`  ${c.green('✔')} ${t('clean')}`, '');
      continue;
    }
    for (const [ruleId, group] of byRule) {
      const mark = group.errors > 0 ? c.red('✖') : c.yellow('⚠');
      out.push(`  ${mark} ${c.bold(ruleId)} ${c.dim(`(${group.count})`)}`);
      for (const d of group.shown) {
        const where = placeText(d);
        const who =
          d.recipient !== undefined
            ? `  ${options.showPii ? visible(showPhone(d.recipient)) : maskPhone(d.recipient)}`
            : '';
        const severity = d.severity === 'error' ? c.red(t('error')) : c.yellow(t('warning'));
        out.push(
          `    ${c.dim(where)}${who}  ${severity}  ${interpolate(d.template, d.data, options.lang, options.showPii)}`,
        );
        if (d.fix)
          out.push(
            `      ${c.cyan(`${localize(T.fixLabel, options.lang)} ${localize(d.fix, options.lang)}`)}`,
          );
      }
      if (group.count > MAX_PER_RULE)
        out.push(`    ${c.dim(interpolate(T.more, { n: group.count - MAX_PER_RULE }, options.lang))}`);
    }
    out.push('');
  }
  // Campaigns that could not be linted: a red block, so a log read from the end still shows them.
  const failures = failureRecords(result, options.lang);
  if (failures.length > 0) {
    out.push(c.red.bold(`✖ ${localize(FAILURE_T.failed, options.lang)}`));
    for (const f of failures) {
      const where = f.file !== undefined ? `${placeText({ file: f.file, line: f.line })}  ` : '';
      out.push(`  ${c.red(`${where}${f.message}`)}`);
      if (f.hint) out.push(`    ${f.hint.replace(/\n/g, '\n    ')}`);
    }
    out.push('');
  }
  const none = noCampaignText(result, options.lang);
  const failed = failures.length > 0 ? ` · ${say('count.inputFailure', lang, { n: failures.length })}` : '';
  const total = result.errorCount + result.warningCount;
  const campaigns = say('count.campaign', lang, { n: result.campaigns.length });
  if (none !== undefined) {
    const line = `${failures.length > 0 ? '✖' : 'ℹ'} ${none}${failed}`;
    out.push(failures.length > 0 ? c.red.bold(line) : c.yellow(line));
  } else if (total === 0 && failures.length > 0) {
    // The failure is the news: "no problems" must not open the line of a run that exits 2.
    const failedCount = say('count.inputFailure', lang, { n: failures.length });
    const rest = result.campaigns.length === 0 ? t('nothingLinted') : `${t('clean')} (${campaigns})`;
    out.push(c.red.bold(`✖ ${failedCount} · ${rest}`));
  } else if (total === 0) {
    out.push(c.green(`✔ ${t('clean')} (${campaigns})`));
  } else {
    const summary = `✖ ${say('count.problem', lang, { n: total })} (${say('count.error', lang, { n: result.errorCount })}, ${say('count.warning', lang, { n: result.warningCount })}) — ${campaigns}${failed}`;
    out.push(result.errorCount > 0 || failures.length > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
};
