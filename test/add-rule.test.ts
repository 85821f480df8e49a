import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { plainSpaces, sectionDifferences } from './helpers/rule-docs';

// CONTRIBUTING.md says what adding a rule touches: `npm run new-rule` makes the rule's folder, and
// `npm run docs` regenerates what derives from the rules (the README's rule table and examples, the
// JSON schemas). This adds one to a copy of the repository, as CONTRIBUTING.md says, and compares
// every file before and after; it also shows that `npm test` fails when the generators are not run.
const files = (root: string) =>
  // -z: names as they are (git quotes non-ASCII names otherwise, and such a file was never copied).
  execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);

/** Every file below root but node_modules and dist, as relative paths. */
const walk = (root: string, dir = ''): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.name === 'node_modules' || relative === 'dist') return [];
    return entry.isDirectory() ? walk(root, relative) : [relative];
  });

function snapshot(root: string, list: readonly string[]): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of list) {
    try {
      hashes.set(
        file,
        createHash('sha256')
          .update(readFileSync(path.join(root, file)))
          .digest('hex'),
      );
    } catch {
      // listed by git but deleted in the working tree
    }
  }
  return hashes;
}

// After `npm run docs`, in one program: npm test's checks of what derives from the rules pass (test/meta,
// test/schemas and test/readme compare with the same generators as the scripts' check modes: the rule
// table, the schemas, the README's examples); the registry has the new rule; every fixture with an
// expected report still gives it (the new rule's skeleton reports on none); and the CLI's run lints
// with the new rule (argv: its arguments).
const AFTER_DOCS = `
const { existsSync, readdirSync, readFileSync } = require('fs');
const { formatters, lint, resolveConfig } = require('./dist/src/index.js');
const { BUILTIN_RULES } = require('./dist/src/engine/registry');
const { run } = require('./dist/src/cli/cli');
const { withRuleTable } = require('./dist/tools/rule-table');
const { withExamples } = require('./dist/tools/readme-examples');
const { configSchema, manifestSchema, planSchema } = require('./dist/tools/schemas');
(async () => {
  const readme = readFileSync('README.md', 'utf8');
  const outOfDate = [];
  if (withRuleTable(readme) !== readme) outOfDate.push('rule table');
  for (const [name, schema] of [
    ['manifest.schema.json', manifestSchema()],
    ['config.schema.json', configSchema(BUILTIN_RULES)],
    ['plan.schema.json', planSchema()],
  ])
    if (readFileSync('schemas/' + name, 'utf8') !== JSON.stringify(schema, null, 2) + '\\n') outOfDate.push(name);
  try {
    if ((await withExamples(readme, process.cwd())) !== readme) outOfDate.push('examples');
  } catch (error) {
    outOfDate.push(String(error.message));
  }
  const names = [...readdirSync('fixtures'), ...readdirSync('fixtures/exports').map((e) => 'exports/' + e)];
  const changed = [];
  for (const name of names.filter((n) => existsSync('fixtures/' + n + '/expected.json'))) {
    const config = await resolveConfig({}, { cwd: process.cwd() });
    const result = await lint(['fixtures/' + name], { cwd: process.cwd(), config });
    const report = formatters.json(result, { lang: 'en', showPii: false, color: false });
    if (report !== readFileSync('fixtures/' + name + '/expected.json', 'utf8')) changed.push(name);
  }
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: process.env, cwd: process.cwd(), isTTY: false };
  const status = await run(process.argv.slice(1), io);
  const ids = BUILTIN_RULES.map((r) => r.meta.id);
  console.log(JSON.stringify({ outOfDate, ids, fixtures: changed, run: { status, stdout, stderr } }));
})();
`;

it('adding a rule touches its folder, the README and the config schema, as CONTRIBUTING.md says', () => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'cl-add-rule-'));
  try {
    const list = files(ROOT);
    for (const file of list) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      try {
        cpSync(path.join(ROOT, file), path.join(copy, file));
      } catch {
        // deleted in the working tree
      }
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const before = snapshot(copy, list);

    const node = (args: string[]) =>
      spawnSync(process.execPath, args, {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', CAMPAIGN_LINT_THREADS: 'off' },
      });
    // The build of the sources as they are (the same as this checkout's: copied from the build cache
    // of node_modules/.cache, see scripts/build-if-needed.js), then the new rule.
    const built = node(['scripts/build-if-needed.js']);
    expect(built.stdout + built.stderr).toBe('');
    expect(node(['scripts/new-rule.js', 'message-throwaway']).status).toBe(0);
    // `npm run docs` is the build, then the generators: the build once here, then each generator.
    const docs = (
      JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts.docs.split(' && ');
    expect(docs[0]).toBe('npm run build');
    // The build, of what changed: the new rule, type-checked and compiled with the build's settings
    // (tsconfig.build.json) against the built declarations of what it imports (dist/src/*.d.ts, the
    // types tsc wrote from the sources), beside them in dist/ so that its imports resolve there.
    // Nothing else imports a rule (the registry reads rules/ on disk): dist/ is then what a whole
    // build writes, the rule's index.js and index.d.ts the same bytes.
    // Node's own types (types: ["node"], 100 declaration files, most of the compile) are left out: a
    // rule sees only what rule-kit exports, and the declarations it imports are checked here to name
    // none of them (skipLibCheck off but for TypeScript's lib: a Node type there would fail, not be
    // read as `any`). A rule using a Node global fails here where the build would accept it: stricter.
    // Types change no emitted byte.
    const inDist = path.join(copy, 'dist/rules/message-throwaway');
    mkdirSync(inDist);
    cpSync(path.join(copy, 'rules/message-throwaway/index.ts'), path.join(inDist, 'index.ts'));
    const config = path.join(copy, 'dist/tsconfig.new-rule.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: '../tsconfig.build.json',
        compilerOptions: {
          rootDir: '.',
          outDir: '.',
          types: [],
          skipLibCheck: false,
          skipDefaultLibCheck: true,
        },
        include: ['rules/message-throwaway/index.ts'],
      }),
    );
    const build = node(['node_modules/typescript/bin/tsc', '-p', config]);
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);
    rmSync(config);
    rmSync(path.join(inDist, 'index.ts'));
    expect(readdirSync(inDist).sort()).toEqual(['index.d.ts', 'index.js']);

    // Before the generators run, the checks of npm test fail (test/meta and test/schemas compare
    // with the same generators): a new rule without its regenerated table or schema fails npm test.
    expect(node(['scripts/rule-table.js']).stderr).toContain('rule table is out of date');
    const schemas = node(['scripts/gen-schemas.js', '--check']);
    expect([schemas.status, schemas.stderr]).toEqual([
      1,
      'schemas/config.schema.json is out of date: run `npm run docs`\n',
    ]);

    for (const command of docs.slice(1)) {
      const [program, ...args] = command.split(' ');
      expect(program).toBe('node');
      expect(node(args).status).toBe(0);
    }

    const after = snapshot(copy, list);
    const changed = [...before.keys()].filter((file) => before.get(file) !== after.get(file));
    expect(changed).toEqual(['README.md', 'schemas/config.schema.json']);
    expect(readFileSync(path.join(copy, 'README.md'), 'utf8')).toContain(
      '[`message-throwaway`](rules/message-throwaway/README.md)',
    );
    expect(readFileSync(path.join(copy, 'schemas/config.schema.json'), 'utf8')).toContain(
      '"message-throwaway"',
    );
    const added = walk(copy).filter((file) => !before.has(file));
    expect(added.sort()).toEqual([
      'rules/message-throwaway/README.fr.md',
      'rules/message-throwaway/README.md',
      'rules/message-throwaway/index.ts',
      'rules/message-throwaway/message-throwaway.test.ts',
    ]);

    // Formatted as npm run lint wants it.
    expect(
      node(['node_modules/prettier/bin/prettier.cjs', '--check', 'rules/message-throwaway', 'README.md'])
        .status,
    ).toBe(0);

    // Its French README has the English one's sections, and French typography written out.
    const readme = (name: string) => readFileSync(path.join(copy, 'rules/message-throwaway', name), 'utf8');
    expect(sectionDifferences(readme('README.md'), readme('README.fr.md'))).toEqual([]);
    expect(readme('README.fr.md')).toContain('Par défaut\u00a0: **avertissement**');
    expect(plainSpaces(readme('README.fr.md'))).toEqual([]);

    // Its skeleton works as its test table says: placeholder text in the message is reported.
    const campaign = path.join(copy, 'lorem');
    mkdirSync(campaign);
    cpSync(path.join(copy, 'fixtures/clean-sms'), campaign, { recursive: true });
    const manifest = readdirSync(campaign).find((f) => f.endsWith('.campaign.yaml')) as string;
    const yaml = readFileSync(path.join(campaign, manifest), 'utf8');
    expect(yaml).toContain('avec le code HIVER');
    writeFileSync(path.join(campaign, manifest), yaml.replace('avec le code HIVER', 'lorem ipsum'));
    const checked = node(['-e', AFTER_DOCS, 'lorem', '-f', 'json', '--rule', 'message-throwaway:error']);
    expect(checked.stderr).toBe('');
    const { outOfDate, ids, fixtures, run } = JSON.parse(checked.stdout) as {
      outOfDate: string[];
      ids: string[];
      fixtures: string[];
      run: { status: number; stdout: string; stderr: string };
    };
    // npm test's checks pass, the new rule is registered, no fixture's report changed.
    expect(outOfDate).toEqual([]);
    expect(ids).toContain('message-throwaway');
    expect(fixtures).toEqual([]);
    // The new rule runs: its skeleton reports placeholder text in a message.
    expect([run.status, run.stderr]).toEqual([1, '']);
    const report = JSON.parse(run.stdout) as {
      campaigns: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }>;
    };
    expect(report.campaigns[0].diagnostics.filter((d) => d.ruleId === 'message-throwaway')).toEqual([
      expect.objectContaining({
        message: 'What is wrong with lorem ipsum, which text says so and since when',
      }),
    ]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
