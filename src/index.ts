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
} from './report';
export { BUILTIN_RULES } from './engine/registry';
export { createRule, defineRule, type TypedRule, type TypedRuleContext } from './rule-kit';
export {
  RuleTester,
  type RuleTestCase,
  type InvalidRuleTestCase,
  type ExpectedDiagnostic,
} from './engine/rule-tester';
export { LintFailure } from './base/failure';
export { normalizePhone } from './law/phone/normalize-on-demand';
export { interpolate } from './base/text';
export type * from './base/types';
