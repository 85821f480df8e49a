import { readdirSync, rmSync } from 'fs';

// Fails the run when tests left anything in its temporary folder (see temp-folder-setup.ts), and
// removes the folder either way.
export default function teardown(): void {
  const dir = process.env.CAMPAIGN_LINT_TESTS_TMPDIR;
  if (!dir) return;
  const left = readdirSync(dir);
  rmSync(dir, { recursive: true, force: true });
  if (left.length > 0)
    throw new Error(
      `the tests left ${left.length} entries in the temporary folder (remove what a test makes, e.g. with tempFolder() of test/helpers/temp.ts): ${left.slice(0, 20).join(', ')}`,
    );
}
