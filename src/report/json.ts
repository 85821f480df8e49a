import { interpolate, pick } from '../base/text';
import { memoize } from '../base/memoize';
import type { Diagnostic } from '../base/types';
import { outcome } from './outcome';
import { recipientText } from '../base/mask';
import type { FormatOptions, StreamingFormatter } from './types';

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
const q = JSON.stringify;
/** Rule ids, files and columns repeat on every diagnostic: quoted once each. */
const quoted = memoize((text: string) => JSON.stringify(text));

/** One diagnostic as JSON.stringify(…, null, 2) would print it at this depth, built directly. */
function diagnosticText(d: Diagnostic, options: FormatOptions): string {
  let text = `{\n          "ruleId": ${quoted(d.ruleId)},\n          "severity": "${d.severity}",\n          "message": ${q(interpolate(d.template, d.data, options.lang, options.showPii))},\n          "file": ${quoted(d.file)}`;
  if (d.line !== undefined) text += `,\n          "line": ${d.line}`;
  if (d.column !== undefined) text += `,\n          "column": ${quoted(d.column)}`;
  if (d.recipient !== undefined)
    text += `,\n          "recipient": ${q(recipientText(d.recipient, options.showPii))}`;
  if (d.fix !== undefined) text += `,\n          "fix": ${q(pick(d.fix, options.lang))}`;
  return `${text}\n        }`;
}

/** The same bytes as JSON.stringify(report, null, 2), written one diagnostic at a time. */
export const json: StreamingFormatter = (result, options, write) => {
  write('{\n  "version": 1,\n  "campaigns": [');
  result.campaigns.forEach((c, index) => {
    const head = {
      file: c.file,
      name: c.name,
      channel: c.channel,
      purpose: c.purpose,
      // Said only when a column was recognised from its header (contract: every report says it).
      ...(c.detectedColumns ? { columns: c.detectedColumns } : {}),
      // How the files were read: every choice, and whether the tool or the manifest made it.
      ...(c.reading ? { reading: c.reading } : {}),
      recipientCount: c.recipientCount,
      errorCount: c.errorCount,
      warningCount: c.warningCount,
    };
    const headText = JSON.stringify(head, null, 2);
    write(`${index ? ',' : ''}\n    ${indent(headText.slice(0, -2), '    ')},\n      "diagnostics": [`);
    let first = true;
    for (const d of c.eachDiagnostic()) {
      write(`${first ? '' : ','}\n        ${diagnosticText(d, options)}`);
      first = false;
    }
    write(first ? ']\n    }' : '\n      ]\n    }');
  });
  write(result.campaigns.length ? '\n  ],\n' : '],\n');
  // Failures and "no campaign checked" are small: JSON.stringify, indented to their depth.
  const run = outcome(result, options.lang);
  write(`  "failures": ${indent(JSON.stringify(run.failures, null, 2), '  ')},\n`);
  if (result.noCampaign && run.noCampaign)
    write(
      `  "noCampaign": ${indent(JSON.stringify({ ...result.noCampaign, message: run.noCampaign.text }, null, 2), '  ')},\n`,
    );
  write(`  "errorCount": ${result.errorCount},\n  "warningCount": ${result.warningCount}\n}\n`);
};
