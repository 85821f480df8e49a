import { execFileSync, spawnSync, type SpawnSyncReturns } from 'child_process';
import { createHash } from 'crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
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
import { runAction } from './helpers/action';
import { ROOT } from './helpers/paths';

// Installs from git, as users make them, from a release built here by RELEASING.md's own steps: a
// clone of this commit, `npm version`, the changelog dated, the "Release" commit, `npm run release`
// (the release commit with the built dist/, tagged), pushed to a local bare repository. From it:
// `npm install <git url>#tag`, the GitHub Action pinned to the tag, and the pre-commit hook with
// every pre-commit available (Debian's 3.0.4 and the current release from PyPI; .ci/run installs
// both). None of them may compile TypeScript or install a development package.
// Needs git, npm and the npm registry (production dependencies); the commit tested is HEAD.

const VERSION = '9.9.9';
const TAG = `v${VERSION}`;
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid',
};
const DEV_PACKAGES = ['typescript', 'jest', 'eslint', 'sucrase', 'prettier', '@types'];
// npm 11's warning for packages whose install scripts allowScripts does not cover, and npm's
// warning for a deprecated package (none of the production dependencies may be one).
const NPM_WARNING = /install-scripts|allowScripts|allow-scripts|\bdeprecated\b/;

const IN_CI = !!process.env.CI && process.env.CI !== 'false';
const headCommit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const describeIfGit = headCommit ? describe : describe.skip;

let dir: string;
let bare: string;
let tarball: string;
const env = { ...process.env, ...IDENTITY, NO_COLOR: '1', LANG: 'C' };
const run = (cwd: string, command: string, args: string[], more: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...more }, stdio: 'pipe' });

/** The fixture campaigns that lint without a failure (every one but the broken ones). */
const CAMPAIGN_FIXTURES = readdirSync(path.join(ROOT, 'fixtures'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('broken') && e.name !== 'exports')
  .map((e) => e.name);

beforeAll(() => {
  if (!headCommit) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'cl-git-install-'));
  const work = path.join(dir, 'work');
  // The commit tested without its history (a shallow clone): npm clones the release tag three
  // times with everything the repository holds (the action test once more), and a contributor's
  // checkout has thousands of loose objects that would each be packed anew.
  run(dir, 'git', ['init', '-q', work]);
  run(work, 'git', ['fetch', '-q', '--depth=1', ROOT, headCommit]);
  run(work, 'git', ['checkout', '-q', '-B', 'main', headCommit]);
  // The build's tools (TypeScript, type definitions) from this checkout: installing them again
  // would take minutes and prove nothing about the release.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  // RELEASING.md, steps 2 to 6.
  run(work, 'npm', ['version', VERSION, '--no-git-tag-version']);
  const changelog = path.join(work, 'CHANGELOG.md');
  writeFileSync(
    changelog,
    readFileSync(changelog, 'utf8').replace(
      /^## \[Unreleased\]$/m,
      `## [Unreleased]\n\n## [${VERSION}] - 2026-12-07`,
    ),
  );
  run(work, 'git', ['commit', '-q', '-am', `Release ${VERSION}`]);
  run(work, 'npm', ['run', 'release']);
  tarball = path.join(work, `campaign-lint-${VERSION}.tgz`);
  bare = path.join(dir, 'campaign-lint.git');
  run(dir, 'git', ['clone', '-q', '--bare', work, bare]);
}, 600_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A git repository with campaigns: a bad one, a clean one, and a clean one that reads its opt-out list through a symlink. */
function projectWithCampaigns(name: string): string {
  const project = path.join(dir, name);
  cpSync(path.join(ROOT, 'fixtures/bad-recipients'), path.join(project, 'bad'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(project, 'good'), { recursive: true });
  mkdirSync(path.join(project, 'data'));
  // The opt-out list lives in data/ under an upper-case extension; the campaign names it through a link.
  writeFileSync(path.join(project, 'data/STOP.CSV'), readFileSync(path.join(project, 'good/stop-list.csv')));
  rmSync(path.join(project, 'good/stop-list.csv'));
  symlinkSync('../data/STOP.CSV', path.join(project, 'good/stop-list.csv'));
  writeFileSync(path.join(project, 'notes.csv'), 'a;b\n1;2\n');
  return project;
}

/** Every file below root: relative path → the SHA-256 of its bytes. */
function contents(root: string, dir = ''): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(path.join(root, dir), { withFileTypes: true }).map((e) => {
      const relative = path.join(dir, e.name);
      return e.isDirectory()
        ? contents(root, relative)
        : {
            [relative]: createHash('sha256')
              .update(readFileSync(path.join(root, relative)))
              .digest('hex'),
          };
    }),
  ) as Record<string, string>;
}

describeIfGit('the release commit (npm run release)', () => {
  it('is a child of the Release commit, tagged, with the built code and a package for users', () => {
    const work = path.join(dir, 'work');
    const released = run(work, 'git', ['rev-parse', `${TAG}^{commit}`]).trim();
    expect(run(work, 'git', ['rev-parse', `${released}^`]).trim()).toBe(
      run(work, 'git', ['rev-parse', 'main']).trim(),
    );
    const files = run(work, 'git', ['ls-tree', '-r', '--name-only', released]).split('\n');
    expect(files).toEqual(
      expect.arrayContaining(['dist/src/cli/cli.js', 'dist/release.json', 'bin/campaign-lint.js']),
    );
    expect(files.filter((f) => f.startsWith('dist/tools/') || f.endsWith('.sources-hash'))).toEqual([]);
    // Nothing for npm to prepare, build or ask allowScripts about; nothing to develop with.
    const pkg = JSON.parse(run(work, 'git', ['show', `${released}:package.json`])) as Record<string, unknown>;
    expect(pkg.version).toBe(VERSION);
    expect(pkg.scripts).toBeUndefined();
    expect(pkg.devDependencies).toBeUndefined();
    const lock = JSON.parse(run(work, 'git', ['show', `${released}:package-lock.json`])) as {
      packages: Record<string, { dev?: boolean; devDependencies?: unknown }>;
    };
    expect(Object.values(lock.packages).filter((p) => p.dev)).toEqual([]);
    expect(lock.packages[''].devDependencies).toBeUndefined();
    // Its documentation links point at the tag (a build of main links to main: test/formats.test.ts).
    expect(JSON.parse(run(work, 'git', ['show', `${released}:dist/release.json`]))).toEqual({
      version: VERSION,
      tag: TAG,
      source: run(work, 'git', ['rev-parse', 'main']).trim(),
    });
    // main itself keeps its sources only.
    expect(run(work, 'git', ['ls-tree', '-r', '--name-only', 'main'])).not.toContain('dist/');
    // Built from the same sources as this checkout's dist/ (npm ci's build, which release.js's build
    // copies from node_modules/.cache when the source hash is the same): the very same files.
    const stamp = (root: string) => readFileSync(path.join(root, 'dist/.sources-hash'), 'utf8');
    if (stamp(work) === stamp(ROOT)) {
      const shipped = run(work, 'git', ['ls-tree', '-r', released, '--', 'dist/src', 'dist/rules'])
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/));
      const here = run(ROOT, 'git', ['hash-object', '--no-filters', '--', ...shipped.map((f) => f[3])]);
      expect(here.trim().split('\n')).toEqual(shipped.map((f) => f[2]));
      const built = (dir: string): string[] =>
        readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? built(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
        );
      expect(shipped.map((f) => f[3]).sort()).toEqual([...built('dist/src'), ...built('dist/rules')].sort());
    }
  });

  it('`npm install <git url>#tag` and the tarball: no build, no development package, no npm warning', () => {
    const project = path.join(dir, 'npm-project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "p", "private": true }\n');
    const install = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-save', `git+file://${bare}#${TAG}`],
      { cwd: project, encoding: 'utf8', env },
    );
    expect(install.stderr).not.toMatch(NPM_WARNING);
    expect(install.stdout).not.toMatch(NPM_WARNING);
    expect(install.status).toBe(0);
    const modules = readdirSync(path.join(project, 'node_modules'));
    for (const dev of DEV_PACKAGES) expect(modules).not.toContain(dev);
    // One run, two reports: the JSON on stdout, the SARIF in a file.
    const lint = spawnSync(
      path.join(project, 'node_modules/.bin/campaign-lint'),
      [
        path.join(ROOT, 'fixtures/bad-recipients'),
        path.join(ROOT, 'fixtures/clean-sms'),
        '-f',
        'json',
        '-f',
        'sarif:report.sarif',
      ],
      { cwd: project, encoding: 'utf8', env },
    );
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    const report = JSON.parse(lint.stdout) as {
      errorCount: number;
      failures: unknown[];
      campaigns: Array<{ errorCount: number }>;
    };
    expect(report.errorCount).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
    expect(report.campaigns.map((c) => c.errorCount > 0)).toEqual([true, false]);
    // SARIF help links of a release lead to its tag.
    expect(readFileSync(path.join(project, 'report.sarif'), 'utf8')).toContain(
      `/blob/${TAG}/rules/sender-id/README.md`,
    );
    // The tarball (what `npm publish` sends, what `npm install campaign-lint` unpacks into
    // node_modules) holds exactly the files npm installed from the tag: the same package, the same
    // package.json and so the same dependencies, the same install as above.
    const unpacked = path.join(dir, 'tarball');
    mkdirSync(unpacked);
    run(unpacked, 'tar', ['-xzf', tarball]);
    const packed = contents(path.join(unpacked, 'package'));
    expect(Object.keys(packed)).toEqual(expect.arrayContaining(['package.json', 'dist/src/cli/cli.js']));
    expect(packed).toEqual(contents(path.join(project, 'node_modules/campaign-lint')));
  }, 300_000);
});

describeIfGit('the GitHub Action pinned to a release tag', () => {
  it('installs production dependencies only, lints every fixture campaign in seconds, paths with spaces', () => {
    const action = path.join(dir, 'action');
    run(dir, 'git', ['clone', '-q', '--branch', TAG, bare, action]);
    const project = mkdtempSync(path.join(dir, 'action-project-'));
    for (const name of CAMPAIGN_FIXTURES)
      cpSync(path.join(ROOT, 'fixtures', name), path.join(project, 'campaigns', name), { recursive: true });
    // A folder name with spaces (and an accent), given on a line of its own.
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(project, 'soldes d’été'), { recursive: true });
    const summary = path.join(project, 'summary.md');
    writeFileSync(summary, '');
    const result = runAction(
      project,
      { paths: 'campaigns\nsoldes d’été\n', sarif: 'true' },
      {},
      { GITHUB_STEP_SUMMARY: summary },
      action,
    );
    expect(result.stderr).not.toMatch(NPM_WARNING);
    expect(result.outputs['exit-code']).toBe('1');
    expect(result.code).toBe(1);
    expect(result.outputs.failures).toBe('0');
    expect(Number(result.outputs.errors)).toBeGreaterThan(0);
    expect(result.output).toContain('::error file=campaigns/bad-recipients/recipients.csv,line=8');
    expect(readFileSync(summary, 'utf8')).toContain('soldes d’été/soldes.campaign.yaml');
    // The action's own release, with its production dependencies: no TypeScript, no test tools.
    const modules = readdirSync(path.join(action, 'node_modules'));
    expect(modules).toEqual(expect.arrayContaining(['ajv', 'commander', 'libphonenumber-js']));
    for (const dev of DEV_PACKAGES) expect(modules).not.toContain(dev);
    expect(existsSync(path.join(action, 'dist/src/cli/cli.js'))).toBe(true);
    console.info(
      `action from ${TAG}: install ${(result.times.install / 1000).toFixed(1)} s, lint of ${CAMPAIGN_FIXTURES.length + 1} campaigns ${(result.times.lint / 1000).toFixed(1)} s`,
    );
  }, 300_000);
});

// The pre-commit executables to test: Debian's (on the PATH) and PyPI's current release (a virtual
// environment made by `npm run pre-commit-tools`, or named by PRE_COMMIT_PYPI). Under CI=true a
// missing one fails the run instead of skipping its test.
const preCommits = [
  {
    name: 'pre-commit on the PATH (Debian 3.0.4 in CI)',
    bin: 'pre-commit',
    expect: IN_CI ? '3.0.4' : '',
  },
  {
    name: 'pre-commit from PyPI (4.6.2 in CI)',
    bin: process.env.PRE_COMMIT_PYPI ?? path.join(ROOT, '.tools/pre-commit/bin/pre-commit'),
    expect: IN_CI ? '4.6.2' : '',
  },
].map((p) => {
  const version = spawnSync(p.bin, ['--version'], { encoding: 'utf8' });
  return { ...p, version: version.status === 0 ? version.stdout.trim().replace(/^pre-commit /, '') : null };
});

for (const preCommit of preCommits) {
  const available = preCommit.version !== null && !!headCommit;
  if (!available && !IN_CI)
    console.warn(`${preCommit.name} is not installed: its hook test is skipped (npm run pre-commit-tools)`);
  (available || IN_CI ? describe : describe.skip)(`pre-commit hook: ${preCommit.name}`, () => {
    let project: string;
    const commit = (...files: string[]): SpawnSyncReturns<string> => {
      run(project, 'git', ['add', '--', ...files]);
      return spawnSync('git', ['commit', '-m', `change ${files.join(' ')}`], {
        cwd: project,
        encoding: 'utf8',
        env: { ...env, PRE_COMMIT_HOME: path.join(project, '..', `${path.basename(project)}-cache`) },
      });
    };
    const head = () =>
      spawnSync('git', ['rev-parse', '-q', '--verify', 'HEAD'], {
        cwd: project,
        encoding: 'utf8',
      }).stdout.trim();

    beforeAll(() => {
      if (!available) return;
      project = projectWithCampaigns(`hook-${preCommits.indexOf(preCommit)}`);
      writeFileSync(
        path.join(project, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${bare}\n    rev: ${TAG}\n    hooks:\n      - id: campaign-lint\n`,
      );
      run(project, 'git', ['init', '-q']);
      run(project, 'git', ['add', '.pre-commit-config.yaml']);
      run(project, preCommit.bin, ['install']);
    });

    it('is the version CI installs', () => {
      expect(preCommit.version).not.toBeNull();
      if (preCommit.expect) expect(preCommit.version).toBe(preCommit.expect);
    });

    it('refuses a commit of a campaign with errors, naming the rules', () => {
      const r = commit('bad', '.pre-commit-config.yaml');
      expect(`${r.stdout}${r.stderr}`).toContain('recipient-consent');
      expect(`${r.stdout}${r.stderr}`).toContain('bad/rentree.campaign.yaml');
      expect(`${r.stdout}${r.stderr}`).not.toContain('not built yet');
      expect(r.status).not.toBe(0);
      expect(head()).toBe('');
      run(project, 'git', ['rm', '-r', '-q', '--cached', 'bad']);
    }, 300_000);

    it('lets a clean campaign and a CSV no campaign uses through', () => {
      const r = commit('good', 'data', 'notes.csv', '.pre-commit-config.yaml');
      expect(`${r.stdout}${r.stderr}`).toMatch(/campaign-lint\.+Passed/);
      expect(r.status).toBe(0);
      expect(head()).not.toBe('');
    }, 300_000);

    it('a changed opt-out list (upper-case .CSV) reaches the campaign that reads it through a symlink', () => {
      const before = head();
      // The clean campaign's first recipient asks to be left alone.
      appendFileSync(path.join(project, 'data/STOP.CSV'), '06 12 34 56 78\n');
      const r = commit('data/STOP.CSV');
      expect(`${r.stdout}${r.stderr}`).toContain('recipient-opt-out');
      expect(`${r.stdout}${r.stderr}`).toContain('good/soldes.campaign.yaml');
      expect(r.status).not.toBe(0);
      expect(head()).toBe(before);
    }, 300_000);

    it('installed the hook without a development package', () => {
      const cache = path.join(project, '..', `${path.basename(project)}-cache`);
      const found = spawnSync('find', [cache, '-type', 'd', '-name', 'typescript'], { encoding: 'utf8' });
      expect(found.stdout.trim()).toBe('');
      expect(found.status).toBe(0);
    });
  });
}
