// Public API: the CLI is a thin layer over these.
export { lint, type LintOptions } from './engine/lint';
export {
  loadConfig,
  resolveConfig,
  type ResolvedConfig,
  type RuleSetting,
  type LoadConfigOptions,
  type ConfigInput,
} from './engine/config';
export {
  formatters,
  streamingFormatters,
  maskPhone,
  type Formatter,
  type FormatOptions,
  type StreamingFormatter,
} from './format';
export { BUILTIN_RULES } from './engine/registry';
export { defineRule } from './rule-kit';
export { LintFailure } from './errors';
export { normalizePhone } from './phone/normalize-on-demand';
export { interpolate } from './i18n';
export type * from './types';
