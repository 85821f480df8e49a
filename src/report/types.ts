import type { Lang, LintResult } from '../base/types';

export interface FormatOptions {
  readonly lang: Lang;
  /** Print full phone numbers instead of masked ones. */
  readonly showPii: boolean;
  readonly color: boolean;
}

/** Writes a report chunk by chunk, so a report of millions of lines is never one string. */
export type StreamingFormatter = (
  result: LintResult,
  options: FormatOptions,
  write: (chunk: string) => void,
) => void;

/** A report as one string (convenient for small results and the API). */
export type Formatter = (result: LintResult, options: FormatOptions) => string;
