/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Each rule's test table sits in its own folder (rules/<id>/<id>.test.ts).
  roots: ['<rootDir>/test', '<rootDir>/rules'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // Type checking is done once by `npm run typecheck`; jest only transpiles.
  testTimeout: 30000,
  // One temporary folder for the run: what a test leaves behind there fails the run.
  globalSetup: '<rootDir>/test/helpers/temp-folder-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/temp-folder-teardown.ts',
};
