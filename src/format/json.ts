import { interpolate, pick } from '../i18n';
import type { Diagnostic } from '../types';
import { maskPhone } from './mask';
import type { FormatOptions, StreamingFormatter } from './types';

/** A diagnostic as cli.md's JSON report has it (field order fixed, optional fields only when set). */
export function diagnosticToJson(d: Diagnostic, options: FormatOptions) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: interpolate(d.template, d.data, options.lang),
    file: d.file,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    ...(d.recipient !== undefined ? { recipient: options.showPii ? d.recipient : maskPhone(d.recipient) } : {}),
    ...(d.fix !== undefined ? { fix: pick(d.fix, options.lang) } : {}),
  };
}

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
const q = JSON.stringify;

/** One diagnostic as JSON.stringify(…, null, 2) would print it at this depth, built directly. */
function diagnosticText(d: Diagnostic, options: FormatOptions): string {
  const o = diagnosticToJson(d, options);
  let text = `{\n          "ruleId": ${q(o.ruleId)},\n          "severity": ${q(o.severity)},\n          "message": ${q(o.message)},\n          "file": ${q(o.file)}`;
  if (o.line !== undefined) text += `,\n          "line": ${o.line}`;
  if (o.column !== undefined) text += `,\n          "column": ${q(o.column)}`;
  if (o.recipient !== undefined) text += `,\n          "recipient": ${q(o.recipient)}`;
  if (o.fix !== undefined) text += `,\n          "fix": ${q(o.fix)}`;
  return `${text}\n        }`;
}

/** The same bytes as JSON.stringify(report, null, 2), written one diagnostic at a time. */
export const json: StreamingFormatter = (result, options, write) => {
  write('{\n  "version": 1,\n  "campaigns": [');
  result.campaigns.forEach((c, index) => {
    const head = { file: c.file, name: c.name, channel: c.channel, purpose: c.purpose, recipientCount: c.recipientCount, errorCount: c.errorCount, warningCount: c.warningCount };
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
  write(`  "errorCount": ${result.errorCount},\n  "warningCount": ${result.warningCount}\n}\n`);
};
