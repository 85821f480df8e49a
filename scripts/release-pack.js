#!/usr/bin/env node
// Release step (see RELEASING.md): builds from scratch, packs the package, and records
// the tarball's version and sha512 in release.json, which the GitHub Action checks before running
// the copy it downloads from npm. Publish this very tarball: `npm publish campaign-lint-<version>.tgz`.
'use strict';
const { execFileSync } = require('child_process');
const { writeFileSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
// A build from scratch (dist/ emptied), then the pack (its "prepare" step sees dist/ up to date).
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
const release = { version: packed.version, file: packed.filename, integrity: packed.integrity };
writeFileSync(path.join(root, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
console.log(`${packed.filename} ${packed.integrity}\nrelease.json written: commit it with the release.`);
