import { promises as fs } from 'fs';
import { both } from '../i18n';
import path from 'path';
import { inputError, LintFailure } from '../errors';
import { loadManifest, MANIFEST_PATTERN } from './manifest';
import { displayPath } from './paths';

/** Data files a campaign can use: given alone (as by a pre-commit hook), they select the campaigns that use them. */
export const DATA_FILE_PATTERN = /\.(csv|txt|tsv|xlsx|xlsm)$/i;

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() && MANIFEST_PATTERN.test(entry.name)) found.push(full);
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
        both('no such file or folder', 'chemin introuvable (ni fichier ni dossier)'),
        both(
          'Give campaign manifests (*.campaign.yaml|yml|json), folders that hold them, or recipient CSVs.',
          'Donnez des manifestes de campagne (*.campaign.yaml|yml|json), des dossiers qui en contiennent, ou des fichiers de destinataires.',
        ),
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
        both('not a campaign manifest', 'pas un manifeste de campagne'),
        both(
          'Manifests are named *.campaign.yaml, *.campaign.yml or *.campaign.json.',
          'Les manifestes se nomment *.campaign.yaml, *.campaign.yml ou *.campaign.json.',
        ),
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
