#!/usr/bin/env node
// The build ("npm run build", and npm's "prepare" step: `npm ci` / `npm install` in a clone, a hook
// repository cloned by pre-commit, `npm pack`). dist/ is emptied first, so a tarball never carries
// files of an older build; when dist/ was built from exactly these sources (same content hash), the
// build is skipped (pre-commit installs, then packs: one build, not two). An installed package ships
// dist/ and no src/: nothing to do there. (No postinstall: the published package runs no install script.)
//
// Each build is also kept, as tsc wrote it, in node_modules/.cache/campaign-lint-build/<hash> (the
// last few): a build of sources already compiled by this node_modules' TypeScript copies that
// instead of compiling again. tsc's output depends on the sources and the compiler only, so the copy
// is the same bytes (the release made by test/git-install.test.ts in a clone sharing this
// checkout's node_modules; a branch switched back to).
const { createHash } = require('crypto');
const {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(path.join(root, 'src')) || !existsSync(tsc)) process.exit(0);
const CACHE = path.join(root, 'node_modules', '.cache', 'campaign-lint-build');
const KEPT = 3;
const stamp = path.join(root, 'dist', '.sources-hash');

function sourcesHash() {
  const hash = createHash('sha256');
  const add = (file, content = readFileSync(file)) =>
    hash.update(`${path.relative(root, file)}\0`).update(content);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) add(full);
    }
  };
  walk(path.join(root, 'src'));
  walk(path.join(root, 'rules'));
  walk(path.join(root, 'tools'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json']) add(path.join(root, file));
  // package.json but its version (read at run time, never compiled in: a release's version bump
  // changes nothing tsc writes).
  const pkg = path.join(root, 'package.json');
  add(pkg, JSON.stringify({ ...JSON.parse(readFileSync(pkg, 'utf8')), version: undefined }));
  add(tsc);
  add(path.join(root, 'node_modules', 'typescript', 'package.json'));
  return hash.digest('hex');
}

/** A kept build of these sources copied to dist/; false when there is none (or it could not be read). */
function fromCache(hash) {
  const kept = path.join(CACHE, hash);
  if (!existsSync(path.join(kept, '.sources-hash'))) return false;
  try {
    cpSync(kept, path.join(root, 'dist'), { recursive: true });
    const now = new Date();
    utimesSync(kept, now, now); // the last used is the last dropped
    return readFileSync(stamp, 'utf8') === hash;
  } catch {
    rmSync(path.join(root, 'dist'), { recursive: true, force: true });
    return false;
  }
}

/** Keeps dist/ as tsc wrote it (written aside, then renamed: a reader never sees half a build). */
function keep(hash) {
  try {
    mkdirSync(CACHE, { recursive: true });
    const aside = path.join(CACHE, `.${hash}-${process.pid}`);
    cpSync(path.join(root, 'dist'), aside, { recursive: true });
    try {
      renameSync(aside, path.join(CACHE, hash));
    } catch {
      rmSync(aside, { recursive: true, force: true }); // kept meanwhile by another build
    }
    const builds = readdirSync(CACHE)
      .filter((name) => !name.startsWith('.'))
      .map((name) => ({ name, time: statSync(path.join(CACHE, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of builds.slice(KEPT))
      rmSync(path.join(CACHE, old.name), { recursive: true, force: true });
  } catch {
    // a cache that cannot be written costs the next build its time, nothing else
  }
}

const hash = sourcesHash();
if (process.argv.includes('--if-changed') && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)
  process.exit(0);
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
if (fromCache(hash)) process.exit(0);
const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (build.status === 0) {
  writeFileSync(stamp, hash);
  keep(hash);
}
process.exit(build.status ?? 1);
