// ES module entry: the CommonJS build, re-exported by name (test/package.test.ts keeps the list
// equal to the CommonJS exports).
import cjs from '../dist/src/index.js';

export const {
  BUILTIN_RULES,
  LintFailure,
  RuleTester,
  createRule,
  defineRule,
  formatters,
  interpolate,
  lint,
  loadConfig,
  maskPhone,
  normalizePhone,
  resolveConfig,
  streamingFormatters,
} = cjs;
