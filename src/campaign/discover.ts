import { promises as fs } from 'fs';
import path from 'path';
import { inputError, LintFailure } from '../errors';
import { loadManifest, MANIFEST_PATTERN } from './manifest';
import { displayPath } from './paths';

/** Data files a campaign can use: given alone (as by a pre-commit hook), they select the campaigns that use them. */
export const DATA_FILE_PATTERN = /\.(csv|txt|tsv)$/i;

async function walk(dir: string, found: string[], seen = new Set<string>()): Promise<void> {
  // Symlinked folders are followed once each (a link to a parent would loop forever).
  const real = await fs.realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    // A symlink is judged by what it leads to: a linked campaign is linted, never silently skipped.
    const kind = entry.isSymbolicLink() ? await fs.stat(full).catch(() => null) : entry;
    if (kind?.isDirectory()) await walk(full, found, seen);
    else if (kind?.isFile() && MANIFEST_PATTERN.test(entry.name)) found.push(full);
  }
}

/**
 * Manifests named by the command line: manifest files, folders searched recursively, and recipient
 * CSVs (every campaign under `cwd` whose manifest uses that CSV, so pre-commit hooks can pass CSVs).
 */
export async function discoverManifests(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  const csvTargets: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat)
      throw inputError(
        given,
        undefined,
        'no such file or folder',
        'Give campaign manifests (*.campaign.yaml|yml|json), folders that hold them, or recipient CSVs.',
      );
    if (stat.isDirectory()) {
      const inFolder: string[] = [];
      await walk(absolute, inFolder);
      inFolder.forEach((f) => found.add(f));
    } else if (MANIFEST_PATTERN.test(absolute)) {
      found.add(absolute);
    } else if (DATA_FILE_PATTERN.test(absolute)) {
      csvTargets.push(absolute);
    } else {
      throw inputError(
        displayPath(absolute, cwd),
        undefined,
        'not a campaign manifest',
        'Manifests are named *.campaign.yaml, *.campaign.yml or *.campaign.json.',
      );
    }
  }
  if (csvTargets.length > 0) {
    const candidates: string[] = [];
    await walk(cwd, candidates);
    for (const manifest of candidates) {
      try {
        const m = await loadManifest(manifest, cwd);
        const uses = [m.recipients.file, m.messageFile, ...m.optOutLists, ...(m.history ? [m.history] : [])];
        if (uses.some((f) => csvTargets.includes(f))) found.add(manifest);
      } catch (error) {
        if (!(error instanceof LintFailure)) throw error; // a broken manifest is reported when linted by name
      }
    }
  }
  return [...found].sort();
}
