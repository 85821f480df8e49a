import { compact } from './compact';
import { github } from './github';
import { gitlab } from './gitlab';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { LintResult } from '../base/types';
import type { Formatter, FormatOptions, StreamingFormatter } from './types';

export type { Formatter, FormatOptions, StreamingFormatter } from './types';
export { maskPhone } from '../base/mask';

/**
 * Report formats by name, writing chunk by chunk (what the CLI uses): `-f <name>` accepts every key,
 * so a new format is one line here.
 */
export const streamingFormatters: Readonly<Record<string, StreamingFormatter>> = Object.freeze({
  stylish,
  json,
  sarif,
  junit,
  github,
  compact,
  gitlab,
  html,
});

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
