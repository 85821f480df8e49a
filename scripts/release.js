#!/usr/bin/env node
// `npm run release` (see RELEASING.md): makes the release commit and its tag from a clean checkout
// whose HEAD is the "Release X.Y.Z" commit of main.
//
// The release commit is HEAD plus what an install from git needs to run without a build: the
// compiled dist/ (dist/src, dist/rules: what package.json's `files` ships), and a package.json and
// package-lock.json for users — no scripts (so npm has nothing to prepare, build or warn about, and
// no allowScripts warning), no devDependencies (so pre-commit, `npm install <git url>` and the
// GitHub Action install production dependencies only). It is a child of the main commit, tagged
// vX.Y.Z, and never merged back: main keeps its sources only. The tarball published to npm is packed
// from that very commit, so every channel (npm, git tag, pre-commit, action) runs the same files.
'use strict';
const { execFileSync } = require('child_process');
const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const git = (args, options = {}) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options });
const fail = (text) => {
  process.stderr.write(`release: ${text}\n`);
  process.exit(1);
};

const dirty = git(['status', '--porcelain', '--untracked-files=all']);
if (dirty.trim()) fail(`the checkout has changes or untracked files; commit or remove them first:\n${dirty}`);
const pkg = JSON.parse(git(['show', 'HEAD:package.json']));
const version = pkg.version;
const tag = `v${version}`;
if (git(['tag', '--list', tag]).trim()) fail(`tag ${tag} already exists`);
const changelog = git(['show', 'HEAD:CHANGELOG.md']);
if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog))
  fail(`CHANGELOG.md has no dated "## [${version}] - YYYY-MM-DD" entry (RELEASING.md, step 3)`);

// A build from scratch (dist/ emptied first) of exactly the committed sources (or the copy
// build-if-needed.js kept of tsc's output for these very sources: the same bytes).
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-if-needed.js')], {
  cwd: root,
  stdio: ['ignore', 2, 2],
});

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const source = git(['rev-parse', 'HEAD']).trim();
// What makes a build a release: its rule documentation links point at the tag (see package-root.ts).
writeFileSync(path.join(root, 'dist', 'release.json'), json({ version, tag, source }));

/** The package.json users install: what runs, not what develops. */
function releaseManifest(dev) {
  const released = { ...dev };
  delete released.scripts;
  delete released.devDependencies;
  return released;
}

/** The lockfile without the development packages (what `npm ci --omit=dev` installs from it). */
function releaseLockfile(lock) {
  const packages = {};
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (entry.dev) continue;
    if (where === '') {
      const rootEntry = { ...entry };
      delete rootEntry.devDependencies;
      delete rootEntry.hasInstallScript;
      packages[where] = { ...rootEntry, version };
    } else packages[where] = entry;
  }
  return { ...lock, version, packages };
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-release-'));
try {
  const env = { ...process.env, GIT_INDEX_FILE: path.join(scratch, 'index') };
  const inIndex = (args, input) => git(args, { env, input });
  inIndex(['read-tree', 'HEAD']);
  // dist/ is ignored on main: added by force, only what is shipped (not dist/tools, not the hash stamp).
  inIndex(['add', '--force', '--', 'dist/src', 'dist/rules', 'dist/release.json']);
  for (const [file, content] of [
    ['package.json', json(releaseManifest(pkg))],
    ['package-lock.json', json(releaseLockfile(JSON.parse(git(['show', 'HEAD:package-lock.json']))))],
  ]) {
    const blob = inIndex(['hash-object', '-w', '--stdin'], content).trim();
    inIndex(['update-index', '--cacheinfo', `100644,${blob},${file}`]);
  }
  const tree = inIndex(['write-tree']).trim();
  const commit = git(
    [
      'commit-tree',
      tree,
      '-p',
      'HEAD',
      '-m',
      `campaign-lint ${version} (release commit: built dist/, production package.json)`,
    ],
    { env: process.env },
  ).trim();
  git(['tag', '-a', tag, commit, '-m', `campaign-lint ${version}`]);

  // The npm tarball, packed from the tagged tree (it has no scripts: nothing runs while packing).
  const unpacked = path.join(scratch, 'tree');
  mkdirSync(unpacked);
  git(['archive', '--output', path.join(scratch, 'tree.tar'), commit]);
  execFileSync('tar', ['-xf', path.join(scratch, 'tree.tar'), '-C', unpacked]);
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', root], {
      cwd: unpacked,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  process.stdout.write(
    [
      `${tag} → ${commit} (release commit, child of ${source})`,
      `${packed.filename} ${packed.integrity}`,
      `Next: git push origin HEAD ${tag} && npm publish ${packed.filename}`,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
