import type { Lang, LintResult } from '../types';

export interface FormatOptions {
  readonly lang: Lang;
  /** Print full phone numbers instead of masked ones. */
  readonly showPii: boolean;
  readonly color: boolean;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;
