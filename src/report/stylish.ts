import { interpolate, localize } from '../base/text';
import { say } from '../base/messages';
import type { Diagnostic } from '../base/types';
import { outcome, type VerdictTone } from './outcome';
import { maskPhone, placeText, showPhone } from '../base/mask';
import { terminalText as tt } from './sinks';
import type { StreamingFormatter } from './types';
import { readingLines } from './reading';

/** The styles the report uses: chalk's with colour; without, each returns its text (chalk unloaded). */
type Style = (text: string) => string;
interface Palette {
  readonly underline: Style;
  readonly dim: Style;
  readonly bold: Style;
  readonly cyan: Style;
  readonly green: Style;
  readonly red: Style & { readonly bold: Style };
  readonly yellow: Style & { readonly bold: Style };
}
const same: Style = (text) => text;
const PLAIN: Palette = {
  underline: same,
  dim: same,
  bold: same,
  cyan: same,
  green: same,
  red: Object.assign((text: string) => text, { bold: same }),
  yellow: Object.assign((text: string) => text, { bold: same }),
};
const colours = (): Palette =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  new (require('chalk') as typeof import('chalk')).Instance({ level: 1 });

/** Human report: one block per campaign, diagnostics grouped by rule, long runs capped. */
export const MAX_PER_RULE = 10;

export const stylish: StreamingFormatter = (result, options, write) => {
  const c = options.color ? colours() : PLAIN;
  const { lang } = options;
  const out = { push: (...lines: string[]) => write(`${lines.join('\n')}\n`) };
  for (const campaign of result.campaigns) {
    const header = `${c.underline(tt(campaign.file))}  ${tt(campaign.name)} · ${campaign.channel} · ${campaign.purpose} · ${say('count.recipient', lang, { n: campaign.recipientCount })}`;
    out.push(header);
    for (const line of readingLines(campaign, options.lang)) out.push(`  ${c.dim(tt(line))}`);
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
      out.push(`  ${c.green('✔')} ${say('report.clean', lang)}`, '');
      continue;
    }
    for (const [ruleId, group] of byRule) {
      const mark = group.errors > 0 ? c.red('✖') : c.yellow('⚠');
      out.push(`  ${mark} ${c.bold(ruleId)} ${c.dim(`(${group.count})`)}`);
      for (const d of group.shown) {
        const where = tt(placeText(d));
        const who =
          d.recipient !== undefined
            ? `  ${options.showPii ? tt(showPhone(d.recipient)) : maskPhone(d.recipient)}`
            : '';
        const severity =
          d.severity === 'error'
            ? c.red(say('severity.error', lang))
            : c.yellow(say('severity.warning', lang));
        out.push(
          `    ${c.dim(where)}${who}  ${severity}  ${tt(interpolate(d.template, d.data, options.lang, options.showPii))}`,
        );
        if (d.fix)
          out.push(`      ${c.cyan(`${say('stylish.fixLabel', lang)} ${tt(localize(d.fix, lang))}`)}`);
      }
      if (group.count > MAX_PER_RULE)
        out.push(`    ${c.dim(say('stylish.more', lang, { n: group.count - MAX_PER_RULE }))}`);
    }
    out.push('');
  }
  // Campaigns that could not be linted: a red block, so a log read from the end still shows them.
  const run = outcome(result, lang);
  if (run.failures.length > 0) {
    out.push(c.red.bold(`✖ ${say('report.failed', lang)}`));
    for (const f of run.failures) {
      const where = f.file !== undefined ? `${tt(placeText({ file: f.file, line: f.line }))}  ` : '';
      out.push(`  ${c.red(`${where}${tt(f.message)}`)}`);
      if (f.hint) out.push(`    ${f.hint.split('\n').map(tt).join('\n    ')}`);
    }
    out.push('');
  }
  out.push(TONES[run.verdict.tone](c)(tt(run.verdict.text)));
};

const TONES: Record<VerdictTone, (c: Palette) => Style> = {
  failed: (c) => c.red.bold,
  warnings: (c) => c.yellow.bold,
  notice: (c) => c.yellow,
  clean: (c) => c.green,
};
