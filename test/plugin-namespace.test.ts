import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { resolveConfig } from '../src/engine/config';
import { pluginNamespace } from '../src/engine/plugin-namespace';
import { RuleTester } from '../src/engine/rule-tester';
import type { Rule } from '../src/base/types';
import { LintFailure } from '../src/base/failure';
import { campaignFolder, runBuilt } from './helpers/scratch-campaign';

// No plugin rule reads as a built-in one (issue 22). The contract's minimal plugin rule has a bare
// id (campaign-format.md: `id: 'my-rule'`, "must be accepted", "can be configured in `rules` like any
// built-in rule"): a bare id stays as written; one in a built-in family is refused, with the
// namespaced id to write, named after its plugin. Plugins load with import(), which jest's VM
// cannot run: the built CLI loads them here, in one node process for the file (runBuilt).

// The minimal rule of campaign-format.md, as written there.
const SPEC_RULE = `{
  meta: { id: 'my-rule', description: 'Disallow …', defaultSeverity: 'error',
          channels: ['sms', 'vms'], messages: { tooLong: 'Message too long ({{n}})' } },
  create(context) {
    return {
      campaign(campaign) { context.report({ messageId: 'tooLong', data: { n: campaign.message.length }, location: { kind: 'message' } }); },
      recipient(recipient) {},
      end() {},
    };
  },
}`;
const withId = (id: string) => SPEC_RULE.replace("id: 'my-rule'", `id: '${id}'`);

type Report = {
  campaigns: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }>;
  failures: Array<{ kind: string; message: string; hint?: string }>;
};

describe('the plugin namespace', () => {
  it.each([
    ['./rules/local/my-rule.js', 'my-rule'],
    ['./acme.mjs', 'acme'],
    ['../plugins/campaign-lint-plugin-acme.cjs', 'acme'],
    ['./plugins/acme/index.js', 'acme'],
    ['./My Rules.cjs', 'my-rules'],
    ['campaign-lint-plugin-acme', 'acme'],
    ['@acme/campaign-lint-plugin', 'acme'],
    ['@acme/campaign-lint-plugin-sms', 'acme/sms'],
    ['acme-rules', 'acme-rules'],
  ])('%s → %s', (spec, namespace) => {
    expect(pluginNamespace(spec)).toBe(namespace);
  });
});

describe('the plugin loader', () => {
  it("the contract's minimal rule (a bare id) loads as written, configurable in rules like a built-in", async () => {
    const dir = campaignFolder({
      'campaign-lint.config.yaml': 'plugins:\n  - ./rules/local/my-rule.js\nrules:\n  my-rule: warning\n',
    });
    mkdirSync(path.join(dir, 'rules/local'), { recursive: true });
    writeFileSync(path.join(dir, 'rules/local/my-rule.js'), `module.exports = ${SPEC_RULE};\n`);
    const r = await runBuilt(dir, ['campaign.campaign.yaml', '-f', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.campaigns[0].diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'my-rule',
        message: 'Message too long (47)',
        severity: 'warning',
      }),
    ]);
    expect(r.status).toBe(0); // configured down to a warning by its id

    const off = await runBuilt(dir, ['campaign.campaign.yaml', '--rule', 'my-rule:off', '-f', 'json']);
    expect(off.status).toBe(0);
    expect((JSON.parse(off.stdout) as Report).campaigns[0].diagnostics).toEqual([]);
  });

  it('ids are kept as written, with or without a namespace, in one rule or { rules } plugins', async () => {
    const dir = campaignFolder({
      'campaign-lint.config.yaml': 'plugins:\n  - ./acme.cjs\n  - ./campaign-lint-plugin-shop.cjs\n',
      'acme.cjs': `module.exports = ${withId('acme/no-caps')};\n`,
      'campaign-lint-plugin-shop.cjs': `module.exports = { rules: { 'long': ${withId('long')} } };\n`,
    });
    const r = await runBuilt(dir, ['campaign.campaign.yaml', '-f', 'json']);
    expect(r.stderr).toBe('');
    const ids = (JSON.parse(r.stdout) as Report).campaigns[0].diagnostics.map((d) => d.ruleId);
    expect(ids.sort()).toEqual(['acme/no-caps', 'long']);
  });

  const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact', 'gitlab', 'html'];
  it.each([
    ['en', 'message-caps', 'meta.id "message-caps" has no namespace and reads as a built-in rule\'s id'],
    [
      'fr',
      'message-opt-out',
      'meta.id «\u00a0message-opt-out\u00a0» n’a pas d’espace de noms et se lit comme l’identifiant d’une règle intégrée',
    ],
  ])(
    'a bare id that reads as a built-in rule is refused (exit 2), in every format (%s: %s)',
    async (lang, id, said) => {
      const dir = campaignFolder({
        'campaign-lint.config.yaml': 'plugins:\n  - ./acme.cjs\n',
        'acme.cjs': `module.exports = ${withId(id)};\n`,
      });
      const r = await runBuilt(dir, [
        'campaign.campaign.yaml',
        '--lang',
        lang,
        ...formats.flatMap((f) => ['-f', `${f}:${f}.out`]),
      ]);
      expect(r.status).toBe(2);
      for (const format of formats) {
        const text = readFileSync(path.join(dir, `${format}.out`), 'utf8');
        // Each format says the refusal in the run's language (as its syntax escapes quotes).
        const unescaped = text.replace(/\\"|&quot;|&#34;/g, '"').replace(/&#39;|&#x27;|&apos;/g, "'");
        expect([format, unescaped.includes(said)]).toEqual([format, true]);
      }
      expect(r.stderr).toContain(said);
      expect(r.stderr).toContain(
        lang === 'en'
          ? `Give it its plugin's namespace: meta.id "acme/${id}" (ids starting with recipient-, message-, sender-, schedule- or campaign- are the built-in rules').`
          : `Donnez-lui l’espace de noms de son extension\u00a0: meta.id «\u00a0acme/${id}\u00a0»`,
      );
    },
  );
});

describe('rules given in code', () => {
  const rule = (id: string): Rule => ({
    meta: {
      id,
      description: 'Disallow x',
      defaultSeverity: 'warning',
      channels: ['sms'],
      messages: { x: 'x' },
    },
    create: () => ({}),
  });

  it('resolveConfig takes a rule by its id, and refuses a bare one that reads as a built-in rule', async () => {
    const config = await resolveConfig(
      {},
      { cwd: process.cwd(), pluginRules: [rule('acme/x'), rule('no-caps')] },
    );
    expect(config.registry.has('acme/x')).toBe(true);
    expect(config.registry.has('no-caps')).toBe(true);
    const refused = await resolveConfig({}, { cwd: process.cwd(), pluginRules: [rule('sender-caps')] }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(LintFailure);
    const failure = refused as LintFailure;
    expect(failure.message).toBe(
      'plugin "(given)": meta.id "sender-caps" has no namespace and reads as a built-in rule\'s id',
    );
    expect(failure.hint).toBe(
      'Give it its plugin\'s namespace: meta.id "acme/sender-caps" (ids starting with recipient-, message-, sender-, schedule- or campaign- are the built-in rules\').',
    );
  });

  it('RuleTester tests a bare id as written, and refuses one that reads as a built-in', async () => {
    const tester = new RuleTester();
    const reporting = (id: string): Rule<never> => ({
      ...rule(id),
      create: (context) => ({
        campaign: () => context.report({ messageId: 'x', location: { kind: 'message' } }),
      }),
    });
    expect((await tester.lintCase(reporting('no-caps'), { name: 'a case' })).map((d) => d.ruleId)).toEqual([
      'no-caps',
    ]);
    await expect(tester.lintCase(reporting('message-caps'), { name: 'a case' })).rejects.toThrow(
      /meta\.id "message-caps" has no namespace/,
    );
  });
});
