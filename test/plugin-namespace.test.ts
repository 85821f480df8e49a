import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { resolveConfig } from '../src/engine/config';
import { pluginNamespace } from '../src/engine/plugin-namespace';
import { RuleTester } from '../src/engine/rule-tester';
import type { Rule } from '../src/base/types';
import { LintFailure } from '../src/base/failure';
import { campaignFolder, cli } from './helpers/scratch-campaign';

// Plugin rule ids carry a namespace (issue 22). The contract's minimal plugin rule has a bare id
// (campaign-format.md: `id: 'my-rule'`, "must be accepted"): a bare id is the rule's name in its
// plugin, registered under the plugin's name (as ESLint's `acme/rule`); a bare id that reads as a
// built-in rule's is refused. Plugins load with import(), which jest's VM cannot run: the built
// executable loads them here.

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
    ['../shared/campaign-lint-plugin-acme.cjs', 'acme'],
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
  it("the contract's minimal rule (a bare id) loads under its plugin's name, configurable by it", () => {
    const dir = campaignFolder({
      'campaign-lint.config.yaml':
        'plugins:\n  - ./rules/local/my-rule.js\nrules:\n  my-rule/my-rule: warning\n',
    });
    mkdirSync(path.join(dir, 'rules/local'), { recursive: true });
    writeFileSync(path.join(dir, 'rules/local/my-rule.js'), `module.exports = ${SPEC_RULE};\n`);
    const r = cli(dir, ['campaign.campaign.yaml', '-f', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.campaigns[0].diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'my-rule/my-rule',
        message: 'Message too long (47)',
        severity: 'warning',
      }),
    ]);
    expect(r.status).toBe(0); // configured down to a warning by its registered id

    // Its bare name is not a rule id: the config says which one it is.
    const bare = cli(dir, ['campaign.campaign.yaml', '--rule', 'my-rule:off']);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('unknown rule "my-rule"');
    expect(bare.stderr).toContain('"my-rule/my-rule"');
  });

  it('an id with a namespace is kept as written; { rules } plugins namespace each bare id', () => {
    const dir = campaignFolder({
      'campaign-lint.config.yaml': 'plugins:\n  - ./acme.cjs\n  - ./campaign-lint-plugin-shop.cjs\n',
      'acme.cjs': `module.exports = ${withId('acme/no-caps')};\n`,
      'campaign-lint-plugin-shop.cjs': `module.exports = { rules: { 'long': ${withId('long')} } };\n`,
    });
    const r = cli(dir, ['campaign.campaign.yaml', '-f', 'json']);
    expect(r.stderr).toBe('');
    const ids = (JSON.parse(r.stdout) as Report).campaigns[0].diagnostics.map((d) => d.ruleId);
    expect(ids.sort()).toEqual(['acme/no-caps', 'shop/long']);
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
    (lang, id, said) => {
      const dir = campaignFolder({
        'campaign-lint.config.yaml': 'plugins:\n  - ./acme.cjs\n',
        'acme.cjs': `module.exports = ${withId(id)};\n`,
      });
      const r = cli(dir, [
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
          ? `Give it its plugin's namespace: meta.id "acme/${id}" (ids without a slash are the built-in rules').`
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

  it('resolveConfig takes a rule whose id has a namespace, and refuses a bare one (no plugin to name it after)', async () => {
    const config = await resolveConfig({}, { cwd: process.cwd(), pluginRules: [rule('acme/x')] });
    expect(config.registry.has('acme/x')).toBe(true);
    const refused = await resolveConfig({}, { cwd: process.cwd(), pluginRules: [rule('no-caps')] }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(LintFailure);
    const failure = refused as LintFailure;
    expect(failure.message).toBe(
      'plugin "(given)": meta.id "no-caps" has no namespace and reads as a built-in rule\'s id',
    );
    expect(failure.hint).toBe(
      'Write it with a namespace, e.g. meta.id "acme/no-caps" (ids without a slash are the built-in rules\').',
    );
  });

  it('RuleTester tests a bare id as the loader registers it, and refuses one that reads as a built-in', async () => {
    const tester = new RuleTester();
    const reporting = (id: string): Rule<never> => ({
      ...rule(id),
      create: (context) => ({
        campaign: () => context.report({ messageId: 'x', location: { kind: 'message' } }),
      }),
    });
    expect((await tester.lintCase(reporting('no-caps'), { name: 'a case' })).map((d) => d.ruleId)).toEqual([
      'plugin/no-caps',
    ]);
    await expect(tester.lintCase(reporting('message-caps'), { name: 'a case' })).rejects.toThrow(
      /meta\.id "message-caps" has no namespace/,
    );
  });
});
