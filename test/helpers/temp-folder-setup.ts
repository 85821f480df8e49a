import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';

// The run's own temporary folder: everything the tests, the CLI and the programs they start put in
// TMPDIR lands here, and the teardown says what was left behind (a test must remove what it makes).
export default function setup(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-tests-'));
  process.env.CAMPAIGN_LINT_TESTS_TMPDIR = dir;
  process.env.TMPDIR = dir;
}
