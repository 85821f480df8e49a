// The rule tester for rule authors (built-in and plugin rules), in the manner of ESLint's RuleTester:
// tables of valid cases (the rule reports nothing) and invalid ones (exactly these diagnostics),
// each linted through the real engine (files on disk, config, options validated by the rule's schema).
import { deepStrictEqual, fail, ok } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { stringify } from 'yaml';
import { interpolate } from '../base/text';
import type { DataValue, Diagnostic, Rule } from '../base/types';
import { resolveConfig } from './config';
import { lint } from './lint';
import { BUILTIN_RULES } from './registry';

/** One campaign to lint: the tester's base campaign with these changes. */
export interface RuleTestCase {
  /** What the case shows, in a line (the test's name). */
  readonly name: string;
  /** Manifest fields over the base ones; a field set to `undefined` is left out. */
  readonly manifest?: Readonly<Record<string, unknown>>;
  /** The recipients file (CSV text); the base one has one consenting mobile number. */
  readonly csv?: string;
  /** Other files beside the manifest (opt-out lists, a message file, history). */
  readonly files?: Readonly<Record<string, string>>;
  /** The rule's options (checked against its `meta.schema`). */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** A diagnostic the rule must report; only the fields given are compared. */
export interface ExpectedDiagnostic<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  readonly line?: number;
  readonly severity?: 'error' | 'warning';
  /** The diagnostic's data, exactly. */
  readonly data?: Readonly<Record<string, DataValue>>;
  /** The message as English readers see it (placeholders filled). */
  readonly message?: string;
  /** The fix it offers, in English; `null`: it offers none. */
  readonly fix?: string | null;
}

export interface InvalidRuleTestCase<MessageIds extends string = string> extends RuleTestCase {
  /** The rule's diagnostics in report order: exactly these. */
  readonly errors: readonly ExpectedDiagnostic<MessageIds>[];
}

/** The message ids of a rule, from its `meta.messages`. */
type MessageIdsOf<R> = R extends { meta: { messages: infer M } } ? Extract<keyof M, string> : string;

/** The manifest every case starts from: a compliant marketing SMS. */
export const BASE_MANIFEST: Readonly<Record<string, unknown>> = {
  name: 'Test',
  channel: 'sms',
  purpose: 'marketing',
  advertiser: 'Boutique Léa',
  sender: 'BOUTIQLEA',
  message: 'Boutique Léa : -30% ce week-end ! STOP au 36173',
  send_at: '2027-01-13T10:00', // a Wednesday
  recipients: { file: 'recipients.csv' },
};
const BASE_CSV = 'phone;consent\n0612345678;oui\n';

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => Promise<void>) => void;
const globals = globalThis as { describe?: Describe; it?: It };

/**
 * Runs a rule's test tables. Inside a test framework with `describe` and `it` globals (jest, mocha,
 * vitest with globals) each case is a test; elsewhere set `RuleTester.describe` and `RuleTester.it`
 * (e.g. to node:test's), or call `lintCase` yourself.
 */
export class RuleTester {
  static describe: Describe = (name, body) =>
    (globals.describe ?? ((_: string, b: () => void) => b()))(name, body);
  static it: It = (name, body) => {
    if (!globals.it) throw new Error('RuleTester: no `it` global; set RuleTester.it to your test function');
    globals.it(name, body);
  };

  /** `manifest`, `csv`: the base campaign of every case (default: a compliant marketing SMS to one number). */
  constructor(
    private readonly base: {
      readonly manifest?: Readonly<Record<string, unknown>>;
      readonly csv?: string;
    } = {},
  ) {}

  /** Lints one case with only `rule` on, and returns its diagnostics (a campaign that fails throws). */
  async lintCase(rule: Rule<never>, c: RuleTestCase): Promise<Diagnostic[]> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-rule-tester-'));
    try {
      const manifest: Record<string, unknown> = { ...BASE_MANIFEST, ...this.base.manifest, ...c.manifest };
      for (const [key, value] of Object.entries(manifest)) if (value === undefined) delete manifest[key];
      writeFileSync(path.join(dir, 'test.campaign.yaml'), stringify(manifest));
      writeFileSync(path.join(dir, 'recipients.csv'), c.csv ?? this.base.csv ?? BASE_CSV);
      for (const [name, content] of Object.entries(c.files ?? {}))
        writeFileSync(path.join(dir, name), content);
      const builtIn = (BUILTIN_RULES as readonly Rule<never>[]).includes(rule);
      // A plugin rule goes through resolveConfig as the loader's do (a bare id that reads as a
      // built-in rule's is refused there).
      const id = rule.meta.id;
      const rules: Record<string, unknown> = Object.fromEntries(BUILTIN_RULES.map((r) => [r.meta.id, 'off']));
      rules[id] = c.options ? [rule.meta.defaultSeverity, c.options] : rule.meta.defaultSeverity;
      const config = await resolveConfig({ rules }, { cwd: dir, pluginRules: builtIn ? [] : [rule] });
      const result = await lint([dir], { cwd: dir, config });
      if (result.failures.length > 0) throw result.failures[0];
      return result.campaigns.flatMap((campaign) => campaign.diagnostics).filter((d) => d.ruleId === id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Valid cases report nothing; invalid ones exactly their `errors`, in order; and every message the
   * rule declares is reported by some invalid case. Message ids are checked by the compiler too.
   */
  run<R extends Rule<never>>(
    rule: R,
    tests: {
      readonly valid: readonly RuleTestCase[];
      readonly invalid: readonly InvalidRuleTestCase<MessageIdsOf<R>>[];
    },
  ): void {
    const declared = Object.keys(rule.meta.messages).sort();
    const used = new Set<string>();
    RuleTester.describe(rule.meta.id, () => {
      RuleTester.describe('valid', () => {
        for (const c of tests.valid)
          RuleTester.it(c.name, async () => {
            const reported = (await this.lintCase(rule, c)).map((d) => d.messageId);
            deepStrictEqual(reported, [], `"${c.name}" should report nothing`);
          });
      });
      RuleTester.describe('invalid', () => {
        for (const c of tests.invalid)
          RuleTester.it(c.name, async () => {
            ok(c.errors.length > 0, `"${c.name}": an invalid case lists the diagnostics it expects`);
            for (const e of c.errors)
              if (!declared.includes(e.messageId))
                fail(`"${c.name}": the rule has no message "${e.messageId}" (it has ${declared.join(', ')})`);
            const diagnostics = await this.lintCase(rule, c);
            const actual = diagnostics.map((d, i) => picked(d, c.errors[i]));
            deepStrictEqual(
              actual,
              c.errors.map((e) => ({ ...e })),
              `"${c.name}": diagnostics differ`,
            );
            for (const d of diagnostics) {
              used.add(d.messageId);
              for (const lang of ['en', 'fr'] as const) {
                const text = interpolate(d.template, d.data, lang);
                ok(!/\{\{/.test(text), `"${c.name}": ${d.messageId} (${lang}) leaves a placeholder: ${text}`);
              }
            }
          });
      });
      RuleTester.it('has an invalid case for every message it declares', async () => {
        await Promise.resolve();
        deepStrictEqual([...used].sort(), declared);
      });
    });
  }
}

/** The fields of `d` that `expected` names, in the same shape. */
function picked(d: Diagnostic, expected: ExpectedDiagnostic | undefined): ExpectedDiagnostic {
  if (!expected) return { messageId: d.messageId };
  return {
    messageId: d.messageId,
    ...('line' in expected ? { line: d.line } : {}),
    ...('severity' in expected ? { severity: d.severity } : {}),
    ...('data' in expected ? { data: d.data } : {}),
    ...('message' in expected ? { message: interpolate(d.template, d.data, 'en') } : {}),
    ...('fix' in expected ? { fix: d.fix === undefined ? null : interpolate(d.fix, {}, 'en') } : {}),
  };
}
