import { FORMAT_NAMES, loadFormatter } from './formats';
import type { LintResult } from '../base/types';
import type { Formatter, FormatOptions, StreamingFormatter } from './types';

export type { Formatter, FormatOptions, StreamingFormatter } from './types';
export { maskPhone } from '../base/mask';

/**
 * Report formats by name, writing chunk by chunk: every name `-f <name>` accepts (formats.ts, where
 * the CLI loads only the formats a run writes; the API has them all at hand).
 */
export const streamingFormatters: Readonly<Record<string, StreamingFormatter>> = Object.freeze(
  Object.fromEntries(FORMAT_NAMES.map((name) => [name, loadFormatter(name)])),
);

/** Report formats by name, returning the whole report as a string. */
export const formatters: Readonly<Record<string, Formatter>> = Object.freeze(
  Object.fromEntries(
    Object.entries(streamingFormatters).map(([name, format]) => [
      name,
      (result: LintResult, options: FormatOptions): string => {
        const chunks: string[] = [];
        format(result, options, (chunk) => chunks.push(chunk));
        return chunks.join('');
      },
    ]),
  ),
);
