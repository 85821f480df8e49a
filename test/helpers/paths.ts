import { existsSync } from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const ORACLES = path.join(SHARED, 'oracles');

/**
 * The oracle data (../shared/oracles) sits beside the checkout in CI. Without it, oracle tests are
 * skipped locally with a note, but CI (CI=true) fails rather than pass on nothing.
 */
export function describeWithOracles(name: string, body: () => void): void {
  if (existsSync(ORACLES)) return describe(name, body);
  if (process.env.CI) throw new Error(`../shared/oracles is missing: ${name} cannot run`);
  describe.skip(`${name} (../shared/oracles not found)`, body);
}
