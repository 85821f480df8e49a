import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { stringify } from 'yaml';
import { lint } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config';
import { BUILTIN_RULES } from '../../src/engine/registry';
import { interpolate } from '../../src/base/text';
import type { Diagnostic } from '../../src/base/types';

export const BASE_MANIFEST = {
  name: 'Test',
  channel: 'sms',
  purpose: 'marketing',
  advertiser: 'Boutique Léa',
  sender: 'BOUTIQLEA',
  message: 'Boutique Léa : -30% ce week-end ! STOP au 36173',
  send_at: '2027-01-13T10:00', // a Wednesday
  recipients: { file: 'recipients.csv' },
};
export const BASE_CSV = 'phone;consent\n0612345678;oui\n';

export interface Case {
  /** Why this case passes or fails, in one line. */
  name: string;
  manifest?: Record<string, unknown>;
  csv?: string;
  options?: Record<string, unknown>;
  /** Extra files beside the manifest (opt-out lists, message files). */
  files?: Record<string, string>;
}
export interface InvalidCase extends Case {
  /** Expected diagnostics of the rule under test, in report order. */
  errors: Array<{ messageId: string; line?: number; severity?: 'error' | 'warning' }>;
}

/** Lints one case through the real pipeline (files on disk, config, engine) and returns this rule's diagnostics. */
export async function runCase(ruleId: string, c: Case): Promise<Diagnostic[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-'));
  try {
    const manifest = { ...BASE_MANIFEST, ...(c.manifest ?? {}) };
    for (const [key, value] of Object.entries(manifest))
      if (value === undefined) delete (manifest as Record<string, unknown>)[key];
    writeFileSync(path.join(dir, 'test.campaign.yaml'), stringify(manifest));
    writeFileSync(path.join(dir, 'recipients.csv'), c.csv ?? BASE_CSV);
    for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(path.join(dir, name), content);
    const rule = BUILTIN_RULES.find((r) => r.meta.id === ruleId);
    if (!rule) throw new Error(`no rule ${ruleId}`);
    const rules: Record<string, unknown> = Object.fromEntries(BUILTIN_RULES.map((r) => [r.meta.id, 'off']));
    rules[ruleId] = c.options ? [rule.meta.defaultSeverity, c.options] : rule.meta.defaultSeverity;
    const config = await resolveConfig({ rules }, { cwd: dir });
    const result = await lint([dir], { cwd: dir, config });
    if (result.failures.length) throw result.failures[0];
    return result.campaigns.flatMap((campaign) => campaign.diagnostics);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ESLint-style table test: valid cases report nothing, invalid ones exactly what they list. */
export function testRule(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const rule = BUILTIN_RULES.find((r) => r.meta.id === ruleId);
  const used = new Set<string>();
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        expect((await runCase(ruleId, c)).map((d) => d.messageId)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        expect(c.errors.length).toBeGreaterThan(0);
        const diagnostics = await runCase(ruleId, c);
        const actual = diagnostics.map((d, i) => ({
          messageId: d.messageId,
          ...(c.errors[i]?.line !== undefined ? { line: d.line } : {}),
          ...(c.errors[i]?.severity !== undefined ? { severity: d.severity } : {}),
        }));
        expect(actual).toEqual(c.errors);
        for (const d of diagnostics) {
          used.add(d.messageId);
          for (const lang of ['en', 'fr'] as const)
            expect(interpolate(d.template, d.data, lang)).not.toMatch(/\{\{/);
        }
      });
    });
    it('has a failing case for every message it can report', () => {
      expect(rule).toBeDefined();
      expect([...used].sort()).toEqual(Object.keys(rule!.meta.messages).sort());
    });
  });
}
