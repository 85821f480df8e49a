import {
  BASE_MANIFEST,
  RuleTester,
  type InvalidRuleTestCase,
  type RuleTestCase,
} from '../../src/engine/rule-tester';
import { BUILTIN_RULES } from '../../src/engine/registry';
import type { Diagnostic, Rule } from '../../src/base/types';

// The built-in rules' tables run through the exported RuleTester, as plugin authors' do.
export { BASE_MANIFEST };

export type Case = RuleTestCase;
export type InvalidCase = InvalidRuleTestCase;

const tester = new RuleTester();
const builtIn = (ruleId: string): Rule<never> => {
  const rule = BUILTIN_RULES.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule;
};

/** Lints one case through the real pipeline (files on disk, config, engine) and returns this rule's diagnostics. */
export const runCase = (ruleId: string, c: Case): Promise<Diagnostic[]> =>
  tester.lintCase(builtIn(ruleId), c);

/** ESLint-style table test: valid cases report nothing, invalid ones exactly what they list. */
export function testRule(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  tester.run(builtIn(ruleId), cases);
}
