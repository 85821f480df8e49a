#!/usr/bin/env node
// `npm test`: the build when the sources changed (npm ci's "prepare" step built dist/; the content
// hash tells, see build-if-needed.js), then jest, the checks (the type check and ESLint over one
// program: check-code.js; Prettier) all at once: on 2 cores, jest waiting for the checks left a core
// idle for most of a minute. Jest's output comes as it runs; each check's output is printed whole
// once jest is done. Arguments are jest's: `npm test -- test/cli.test.ts` (the checks run too).
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const CHECKS = [
  ['type check and ESLint', [path.join(root, 'scripts', 'check-code.js')]],
  ['Prettier', [bin('prettier', 'bin/prettier.cjs'), '--check', '.']],
];

/** Runs node with `args`; resolves with whether it passed, its time and (unless inherited) its output. */
function run(args, inherit) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    if (!inherit) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) =>
      resolve({
        passed: code === 0,
        verdict: code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`,
        seconds: ((Date.now() - started) / 1000).toFixed(1),
        output,
      }),
    );
  });
}

async function main() {
  const build = await run([path.join(root, 'scripts', 'build-if-needed.js'), '--if-changed'], true);
  if (!build.passed) {
    process.stdout.write('\nnpm test: the build failed (above); nothing else was run.\n');
    return 1;
  }
  const checks = CHECKS.map(([name, args]) => run(args, false).then((result) => ({ name, ...result })));
  const jest = await run([bin('jest', 'bin/jest.js'), ...process.argv.slice(2)], true);
  const failed = jest.passed ? [] : ['jest'];
  for (const check of await Promise.all(checks)) {
    process.stdout.write(`\n> ${check.name}: ${check.verdict} in ${check.seconds} s\n${check.output}`);
    if (!check.passed) failed.push(check.name);
  }
  process.stdout.write(
    failed.length === 0 ? '\nnpm test: passed.\n' : `\nnpm test: FAILED: ${failed.join(', ')} (above).\n`,
  );
  return failed.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
