#!/usr/bin/env node
// The GitHub Action's install step (action.yml): makes campaign-lint runnable and gives the path of
// its executable as the step output `bin` (GITHUB_OUTPUT; printed when run by hand). npm's own output
// goes to stderr; stdout is the log, where workflow commands (::notice::) are read.
//
// What it runs, in order:
// 1. the `package` input (env PACKAGE): a tarball or an npm spec the workflow chose, installed with
//    production dependencies only into the folder given;
// 2. the action's own files when they are a release (a tag vX.Y.Z, or the commit it points to): the
//    release commit carries the built dist/ and a lockfile without development packages, so only the
//    production dependencies are installed (`npm ci --omit=dev`), nothing is compiled;
// 3. otherwise (a commit of main, which has sources only), the action's own source, built and packed
//    here: every development package and a TypeScript build, about a minute. Pin a release tag.
'use strict';
const { execFileSync } = require('child_process');
const { appendFileSync, existsSync, mkdirSync, readdirSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const prefix = path.resolve(process.argv[2] || 'campaign-lint-install');
const npm = (args, options = {}) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 2],
    ...options,
  });
const say = (text) => process.stderr.write(`campaign-lint: ${text}\n`);
const executable = (folder) => path.join(folder, 'bin', 'campaign-lint.js');

/** Installs a package spec (tarball, npm spec) with production dependencies only; returns its executable. */
function installPackage(spec) {
  mkdirSync(prefix, { recursive: true });
  npm(['install', '--omit=dev', '--no-save', '--ignore-scripts', '--prefix', prefix, spec], {
    stdio: ['ignore', 2, 2],
  });
  return executable(path.join(prefix, 'node_modules', 'campaign-lint'));
}

/** A main commit: build and pack the source, then install that tarball like any other. */
function buildFromSource() {
  process.stdout.write(
    '::notice title=campaign-lint::This action is pinned to a commit without built code: it installs the development packages and compiles TypeScript on every run (about a minute). Pin a release tag (vX.Y.Z) to skip it.\n',
  );
  say("no built code in this commit: building and packing the action's own source");
  npm(['ci'], { cwd: root, stdio: ['ignore', 2, 2] });
  mkdirSync(prefix, { recursive: true });
  npm(['pack', '--ignore-scripts', '--pack-destination', prefix], { cwd: root });
  return installPackage(
    path.join(
      prefix,
      readdirSync(prefix).find((name) => /^campaign-lint-.+\.tgz$/.test(name)),
    ),
  );
}

let bin;
if (process.env.PACKAGE) bin = installPackage(process.env.PACKAGE);
else if (existsSync(path.join(root, 'dist', 'release.json'))) {
  // A release: its production dependencies from its own lockfile, no script run, nothing built.
  npm(['ci', '--omit=dev', '--ignore-scripts'], { cwd: root, stdio: ['ignore', 2, 2] });
  bin = executable(root);
} else bin = buildFromSource();
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `bin=${bin}\n`);
else process.stdout.write(`${bin}\n`);
