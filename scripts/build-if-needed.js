#!/usr/bin/env node
// The build ("npm run build", and npm's "prepare" step: `npm ci` / `npm install` in a clone, a hook
// repository cloned by pre-commit, `npm pack`). dist/ is emptied first, so a tarball never carries
// files of an older build; when dist/ was built from exactly these sources (same content hash), the
// build is skipped (pre-commit installs, then packs: one build, not two). An installed package ships
// dist/ and no src/: nothing to do there. (No postinstall: the published package runs no install script.)
const { createHash } = require('crypto');
const { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(path.join(root, 'src')) || !existsSync(tsc)) process.exit(0);

function sourcesHash() {
  const hash = createHash('sha256');
  const add = (file) => hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file));
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
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) add(path.join(root, file));
  add(tsc);
  return hash.digest('hex');
}

const stamp = path.join(root, 'dist', '.sources-hash');
const hash = sourcesHash();
if (process.argv.includes('--if-changed') && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)
  process.exit(0);
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (build.status === 0) writeFileSync(stamp, hash);
process.exit(build.status ?? 1);
