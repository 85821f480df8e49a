#!/usr/bin/env node
// The GitHub Action's install step (action.yml): installs the packed campaign-lint with production
// dependencies only into the folder given, and prints the path of its executable (npm's own output
// goes to stderr).
//
// What it installs, in order:
// 1. the `package` input (env PACKAGE): a tarball or an npm spec the workflow chose;
// 2. the release of this action's version, downloaded from npm and accepted only when its sha512
//    is the one recorded in release.json at release time (a package of that name published by
//    anyone else is refused);
// 3. otherwise (a commit pinned between releases), this action's own source, built and packed here.
'use strict';
const { createHash } = require('crypto');
const { execFileSync } = require('child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const prefix = path.resolve(process.argv[2] || 'campaign-lint-install');
mkdirSync(prefix, { recursive: true });
const npm = (args, options = {}) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 2],
    ...options,
  });
const sri = (file) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
const say = (text) => process.stderr.write(`campaign-lint: ${text}\n`);

function releaseTarball() {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const releaseFile = path.join(root, 'release.json');
  const release = existsSync(releaseFile) ? JSON.parse(readFileSync(releaseFile, 'utf8')) : null;
  if (!release || release.version !== version) return null;
  const [packed] = JSON.parse(
    npm(['pack', `campaign-lint@${version}`, '--json', '--pack-destination', prefix]),
  );
  const tarball = path.join(prefix, packed.filename);
  if (sri(tarball) !== release.integrity) {
    // Never run a package that is not the one released from this repository.
    throw new Error(
      `campaign-lint@${version} from the registry is not the released tarball (sha512 differs from release.json)`,
    );
  }
  return tarball;
}

function sourceTarball() {
  say("no verified release for this commit: building and packing the action's own source");
  npm(['ci'], { cwd: root, stdio: ['ignore', 2, 2] });
  npm(['pack', '--ignore-scripts', '--pack-destination', prefix], { cwd: root });
  return path.join(
    prefix,
    readdirSync(prefix).find((name) => /^campaign-lint-.+\.tgz$/.test(name)),
  );
}

const spec = process.env.PACKAGE || releaseTarball() || sourceTarball();
npm(['install', '--omit=dev', '--no-save', '--prefix', prefix, spec], {
  stdio: ['ignore', 2, 2],
});
process.stdout.write(`${path.join(prefix, 'node_modules', 'campaign-lint', 'bin', 'campaign-lint.js')}\n`);
