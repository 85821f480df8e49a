#!/usr/bin/env node
// The build ("npm run build", and npm's "prepare" step: `npm ci` / `npm install` in a clone, a hook
// repository cloned by pre-commit, `npm pack`). dist/ is emptied first, so a tarball never carries
// files of an older build. An installed package ships dist/ and no src/: nothing to do there.
// (No postinstall: the published package runs no install script.)
const { existsSync, rmSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(path.join(root, 'src')) || !existsSync(tsc)) process.exit(0);
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
process.exit(build.status ?? 1);
