#!/usr/bin/env node
// Runs after `npm install` / `npm ci`: builds dist/ from a source checkout (a clone, or a hook
// repository cloned by pre-commit). An installed package ships dist/ and no src/, so it does nothing.
// (Not a "prepare" script: npm prints its banner inside `npm pack` output, which pre-commit reads.)
const { existsSync } = require('fs');
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(path.join(root, 'src')) || !existsSync(tsc)) process.exit(0);
const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
process.exit(build.status ?? 1);
