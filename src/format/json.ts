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

/** The same bytes as JSON.stringify(report, null, 2), written one diagnostic at a time. */
export const json: StreamingFormatter = (result, options, write) => {
  write('{\n  "version": 1,\n  "campaigns": [');
  result.campaigns.forEach((c, index) => {
    const head = { file: c.file, name: c.name, channel: c.channel, purpose: c.purpose, recipientCount: c.recipientCount, errorCount: c.errorCount, warningCount: c.warningCount };
    const headText = JSON.stringify(head, null, 2);
    write(`${index ? ',' : ''}\n    ${indent(headText.slice(0, -2), '    ')},\n      "diagnostics": [`);
    let first = true;
    for (const d of c.eachDiagnostic()) {
      write(`${first ? '' : ','}\n        ${indent(JSON.stringify(diagnosticToJson(d, options), null, 2), '        ')}`);
      first = false;
    }
    write(first ? ']\n    }' : '\n      ]\n    }');
  });
  write(result.campaigns.length ? '\n  ],\n' : '],\n');
  write(`  "errorCount": ${result.errorCount},\n  "warningCount": ${result.warningCount}\n}\n`);
};
