import { spawnSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { parse } from 'yaml';
import { findExamples, runExample } from '../tools/readme-examples';
import { loadManifest } from '../src/inputs/manifest';
import { runBuilt, runCli } from './helpers/scratch-campaign';
import { ROOT } from './helpers/paths';

// Every example in the README is the tool's: outputs are rerun and compared (`npm run docs` rewrites
// them: see CONTRIBUTING.md), inputs (manifest, config, plugin, API code, editor and CI settings)
// are read or run by the tool.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first fenced block of `language` after `heading` in the README. */
function block(heading: string, language: string): string {
  const at = readme.indexOf(heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(at));
  expect(match).not.toBeNull();
  return match![1];
}

describe('README examples of output', () => {
  const examples = findExamples(readme);
  it('has the examples it should (first run, a failure, help, init, JSON)', () => {
    expect(examples.map((e) => e.args.join(' '))).toEqual([
      'fixtures/bad-recipients',
      'fixtures/broken-manifest',
      '--help',
      'init',
      'fixtures/overseas -f json',
    ]);
  });
  it.each(examples.map((e) => [e.marker, e] as const))(
    '%s: the tool prints exactly this, with this exit code (npm run docs rewrites it)',
    async (_marker, example) => {
      const { text, code } = await runExample(example, ROOT);
      expect(code).toBe(example.exit);
      expect(example.shown).toBe(text);
    },
  );
});

describe('README reference', () => {
  it('the options table lists every lint option, and only those', async () => {
    const help = (await runCli(ROOT, ['lint', '--help'])).stdout;
    const options = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)]
      .map((m) => m[1])
      .filter((o) => o !== '--help');
    const table = readme.slice(
      readme.search(/^\| option +\| meaning +\|/m),
      readme.indexOf('### Exit codes'),
    );
    const documented = [...table.matchAll(/^\| `(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(options.sort());
  });

  it('the manifest example is a valid manifest', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-readme-manifest-'));
    try {
      const yaml = block('## The campaign', 'yaml');
      const manifest = parse(yaml) as {
        recipients: { file: string };
        opt_out_lists: string[];
        history: string;
      };
      writeFileSync(path.join(dir, 'soldes.campaign.yaml'), yaml);
      for (const file of [manifest.recipients.file, ...manifest.opt_out_lists, manifest.history])
        writeFileSync(path.join(dir, file), 'phone;consent\n0612345678;oui\n');
      const loaded = await loadManifest(path.join(dir, 'soldes.campaign.yaml'), dir);
      expect(loaded.channel).toBe('sms');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the config example loads, with the plugin example as its plugin, and lints', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-readme-config-'));
    try {
      writeFileSync(path.join(dir, 'campaign-lint.config.yaml'), block('## Configuration', 'yaml'));
      mkdirSync(path.join(dir, 'rules/local'), { recursive: true });
      writeFileSync(path.join(dir, 'rules/local/my-rule.js'), block('### Writing a rule (plugins)', 'js'));
      cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, 'campaigns/soldes'), { recursive: true });
      // A campaign that shouts, for the plugin to find.
      const manifest = path.join(dir, 'campaigns/soldes/soldes.campaign.yaml');
      writeFileSync(
        manifest,
        readFileSync(manifest, 'utf8').replace(
          'Boutique Lea : -30% ce week-end',
          'Boutique Lea : SOLDES EXCEPTIONNELLES CE WEEK-END',
        ),
      );
      // The built CLI (one node process for the file): plugins load with a dynamic import, which
      // jest's VM cannot run.
      const r = await runBuilt(dir, ['campaigns', '-f', 'json']);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { campaigns: Array<{ diagnostics: Array<{ ruleId: string }> }> };
      expect(report.campaigns[0].diagnostics.map((d) => d.ruleId)).toContain('local/no-caps');
      const printed = await runBuilt(dir, ['--print-config', 'campaigns/soldes/soldes.campaign.yaml']);
      const settings = JSON.parse(printed.stdout) as { rules: Record<string, { severity: string }> };
      expect(settings.rules['recipient-duplicate'].severity).toBe('off');
      expect(settings.rules['local/no-caps'].severity).toBe('warning');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the API example runs against the package, as CommonJS', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-readme-api-'));
    try {
      mkdirSync(path.join(dir, 'node_modules'));
      symlinkSync(ROOT, path.join(dir, 'node_modules/campaign-lint'), 'dir');
      cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(dir, 'campaigns/rentree'), {
        recursive: true,
      });
      // The example awaits at its top level: a script runs it inside an async function.
      writeFileSync(path.join(dir, 'api.js'), `(async () => {\n${block('### API', 'js')}\n})();\n`);
      const r = spawnSync(process.execPath, ['api.js'], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^8 1\n/);
      expect(r.stdout).toContain('recipient-consent campaigns/rentree/recipients.csv 8');
      expect(r.stdout).toContain('"version":"2.1.0"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the editor settings name schemas the package ships', () => {
    const settings = JSON.parse(block('### Editor support', 'json')) as {
      'yaml.schemas': Record<string, string[]>;
      'json.schemas': Array<{ url: string }>;
    };
    const schemas = [...Object.keys(settings['yaml.schemas']), ...settings['json.schemas'].map((s) => s.url)];
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schemas');
    for (const schema of schemas) {
      const file = schema.replace('./node_modules/campaign-lint/', '');
      expect(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))).toHaveProperty('$schema');
    }
  });

  it('the workflow and pre-commit snippets use what the action and the hook define', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const workflow = block('### GitHub Actions', 'yaml');
    const job = (
      parse(workflow) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: object }> }> }
    ).jobs['campaign-lint'];
    const step = job.steps.find((s) => s.uses?.startsWith('campaign-lint/campaign-lint@'))!;
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    for (const output of workflow.matchAll(/outputs\.([\w-]+)/g))
      expect(Object.keys(action.outputs)).toContain(output[1]);
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
      id: string;
    }>;
    const config = parse(block('### pre-commit', 'yaml')) as {
      repos: Array<{ hooks: Array<{ id: string }> }>;
    };
    expect(hooks.map((h) => h.id)).toContain(config.repos[0].hooks[0].id);
  });
});
