#!/usr/bin/env node
// `npm test`: the checks (ESLint, Prettier, the build, the type check), then jest. The checks do not
// depend on each other, so they run side by side, as many at once as the machine has cores (two
// here: ESLint on one core while the type check, Prettier and the build share the other), each
// one's output printed whole when it ends. The build runs only when the sources changed since
// dist/ was built (npm ci's "prepare" step built it; the content hash tells, see build-if-needed.js).
// Jest starts once every check passed. Arguments are jest's: `npm test -- test/cli.test.ts`.
'use strict';
const { spawn, spawnSync } = require('child_process');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
// Longest first, so that the short ones fill the other core.
const CHECKS = [
  ['eslint', [bin('eslint', 'bin/eslint.js'), '.']],
  ['typecheck', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['prettier', [bin('prettier', 'bin/prettier.cjs'), '--check', '.']],
  ['build', [path.join(root, 'scripts', 'build-if-needed.js'), '--if-changed']],
];

function check([name, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const verdict = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n> ${name}: ${verdict} in ${seconds} s\n${output}`);
      resolve(code === 0);
    });
  });
}

async function main() {
  const queue = [...CHECKS];
  const slots = Math.max(1, Math.min(os.availableParallelism(), queue.length));
  let passed = true;
  await Promise.all(
    Array.from({ length: slots }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) passed = (await check(next)) && passed;
    }),
  );
  if (!passed) {
    process.stdout.write('\nnpm test: a check failed (above); the tests were not run.\n');
    return 1;
  }
  const jest = spawnSync(process.execPath, [bin('jest', 'bin/jest.js'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  return jest.status ?? 1;
}

main().then((code) => process.exit(code));
