import { execFileSync, spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { runAction } from './helpers/action';
import { ROOT } from './helpers/paths';

// The package as users get it: `npm pack` of this checkout (dist/ as built by `npm run build`;
// --ignore-scripts because rebuilding here would pull dist/ from under the other test files), its
// contents, and the action's steps installing that tarball with production dependencies only.
let dir: string;
let tarball: string;
let files: string[];
let packed: { scripts?: Record<string, string>; exports: Record<string, unknown>; repository: unknown };

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cl-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(dir, info.filename);
  files = info.files.map((f) => f.path).sort();
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  packed = JSON.parse(readFileSync(path.join(dir, 'package/package.json'), 'utf8')) as typeof packed;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships the built code, the rule READMEs, the schemas, LICENSE and CHANGELOG; no sources, tests or maps', () => {
    for (const file of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'bin/campaign-lint.js',
      'dist/src/cli/cli.js',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'schemas/manifest.schema.json',
      'schemas/config.schema.json',
      'rules/sender-id/README.md',
    ])
      expect(files).toContain(file);
    const rules = readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    expect(files.filter((f) => /^rules\/[^/]+\/README\.md$/.test(f))).toHaveLength(rules.length);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => /^(src|test|fixtures|scripts|dist\/test)\//.test(f))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js')))
      expect(readFileSync(path.join(dir, 'package', file), 'utf8')).not.toContain('sourceMappingURL');
  });
  it('runs no install script, names its repository, and every exported path exists', () => {
    for (const hook of ['preinstall', 'install', 'postinstall'])
      expect(packed.scripts?.[hook]).toBeUndefined();
    expect(packed.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/campaign-lint/campaign-lint.git',
    });
    const targets = JSON.stringify(packed.exports).match(/"\.\/[^"*]+"/g) ?? [];
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) expect(files).toContain((JSON.parse(target) as string).slice(2));
  });
});

describe('the action installing the packed package (production dependencies only)', () => {
  let project: string;
  let prefix: string;
  beforeAll(() => {
    project = mkdtempSync(path.join(os.tmpdir(), 'cl-pack-action-'));
    cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(project, 'campaigns/rentree'), {
      recursive: true,
    });
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(project, 'campaigns/soldes'), {
      recursive: true,
    });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('installs the tarball, lints once, annotates and sets its outputs', () => {
    const run = runAction(project, { paths: 'campaigns', sarif: 'true', package: tarball });
    expect(run.output).toContain(
      '::error file=campaigns/rentree/recipients.csv,line=8,title=campaign-lint recipient-consent::',
    );
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.outputs['sarif-file']).toBe('campaign-lint.sarif');
    const installed = readdirSync(project).find((name) => name.startsWith('campaign-lint-')) as string;
    prefix = path.join(project, installed);
    // Production dependencies only: no TypeScript, no test tools.
    const modules = readdirSync(path.join(prefix, 'node_modules'));
    expect(modules).toEqual(
      expect.arrayContaining(['campaign-lint', 'ajv', 'commander', 'libphonenumber-js']),
    );
    for (const dev of ['typescript', 'jest', 'eslint', 'sucrase']) expect(modules).not.toContain(dev);
  }, 300_000);

  it("init's advice works as written after a local install", () => {
    const bin = path.join(prefix, 'node_modules/.bin/campaign-lint');
    const init = spawnSync(bin, ['init'], {
      cwd: prefix,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
    });
    expect(init.status).toBe(0);
    const advice = /^Next: (npx campaign-lint [^(\n]+?)\s*(\(|$)/m.exec(init.stdout)?.[1] as string;
    expect(advice).toBe('npx campaign-lint campaigns');
    const run = spawnSync('bash', ['-c', advice], {
      cwd: prefix,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', NO_COLOR: '1', npm_config_offline: 'true' },
    });
    expect(run.stdout).toContain('no problems');
    expect(run.status).toBe(0);
  }, 120_000);

  it('loads as CommonJS and as an ES module, with the same API', () => {
    // CommonJS: the API's names, then a schema through the exports map.
    const cjs = spawnSync(
      process.execPath,
      [
        '-e',
        "console.log(Object.keys(require('campaign-lint')).sort().join()); console.log(require('campaign-lint/schemas/manifest.schema.json').title)",
      ],
      { cwd: prefix, encoding: 'utf8' },
    );
    const esm = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        // Node's own named exports of a CommonJS module, beside its `default` and the `__esModule` marker (test/esm.test.ts).
        "import * as m from 'campaign-lint'; console.log(Object.keys(m).filter((k) => !['default', '__esModule'].includes(k)).sort().join())",
      ],
      { cwd: prefix, encoding: 'utf8' },
    );
    expect(cjs.stderr).toBe('');
    expect(esm.stderr).toBe('');
    const [api, schemaTitle] = cjs.stdout.split('\n');
    expect(esm.stdout).toBe(`${api}\n`);
    expect(api.split(',')).toContain('lint');
    expect(schemaTitle).toBe('campaign-lint campaign manifest');
  });
});
