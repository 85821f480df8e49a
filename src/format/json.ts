import { interpolate, pick } from '../i18n';
import type { Diagnostic } from '../types';
import { maskPhone } from './mask';
import type { FormatOptions, Formatter } from './types';

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

export const json: Formatter = (result, options) =>
  `${JSON.stringify(
    {
      version: 1,
      campaigns: result.campaigns.map((c) => ({
        file: c.file,
        name: c.name,
        channel: c.channel,
        purpose: c.purpose,
        recipientCount: c.recipientCount,
        errorCount: c.errorCount,
        warningCount: c.warningCount,
        diagnostics: c.diagnostics.map((d) => diagnosticToJson(d, options)),
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
    },
    null,
    2,
  )}\n`;
