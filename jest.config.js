/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Each rule's test table sits in its own folder (rules/<id>/<id>.test.ts).
  roots: ['<rootDir>/test', '<rootDir>/rules'],
  // TypeScript stripped by Sucrase; every file, node_modules' too, sees the built-ins it reads as
  // locals (a global read in jest's sandbox costs ten times one in Node): see the transform.
  transform: { '^.+\\.(ts|c?js)$': '<rootDir>/test/helpers/transform-ts.js' },
  transformIgnorePatterns: [],
  // Type checking is done once by `npm run typecheck`; jest only transpiles.
  testTimeout: 30000,
  // One worker a core (jest's default leaves one free: a single worker, in band, on 2 cores). Many
  // suites wait on programs they start (the CLI, npm, git, pre-commit, chromium): measured on the whole
  // suite on 2 cores shared with other work, 2 workers took 363 s (load 5-8) where 1 took 828 s (load
  // 9-11), for about the same CPU time (325 s / 313 s).
  maxWorkers: '100%',
  // The longest files first, also on a fresh clone (no timings cached yet).
  testSequencer: '<rootDir>/test/helpers/sequencer.js',
  // One temporary folder for the run: what a test leaves behind there fails the run.
  globalSetup: '<rootDir>/test/helpers/temp-folder-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/temp-folder-teardown.ts',
};
