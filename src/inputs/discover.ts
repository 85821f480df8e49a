import { promises as fs } from 'fs';
import path from 'path';
import { inputError, LintFailure } from '../base/failure';
import { expandGlob, isGlob } from '../read/glob';
import { loadManifest, MANIFEST_PATTERN } from './manifest';
import { displayPath } from '../read/paths';
import { localized } from '../base/messages';
import { NO_IGNORES, type IgnoreRules } from './ignore';

/** Data files a campaign can use: given alone (as by a pre-commit hook), they select the campaigns that use them. */
export const DATA_FILE_PATTERN = /\.(csv|txt|tsv|xlsx|xlsm)$/i;

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
    // Anything else named like a campaign (a dangling link, a pipe) is kept: reading it fails with a
    // message, where skipping it would let the run pass without it.
    else if (MANIFEST_PATTERN.test(entry.name)) found.push(full);
  }
}

/** The file a path leads to, links resolved (the path itself when it leads nowhere). */
const realFile = (file: string): Promise<string> => fs.realpath(file).catch(() => path.resolve(file));

/** What the command line's paths name. */
export interface Discovery {
  /** Manifests to lint, absolute, sorted. */
  readonly manifests: string[];
  /** Paths that could not be used (missing, not a manifest): each a failure of the run. */
  readonly failures: LintFailure[];
  /** Every path given was a data file (CSV, TXT, TSV) and no campaign uses any of them. */
  readonly onlyUnusedData: boolean;
  /** The data files given (as reported), for saying that no campaign uses them. */
  readonly dataFiles: string[];
  /** Paths given that are ignored (.campaignlintignore, `ignores`), as reported. */
  readonly ignoredPaths: string[];
  /** Manifests found in folders or by patterns, and left out as ignored. */
  readonly ignoredCount: number;
}

const USE_HINT = localized('discover.giveInputs');

/**
 * Manifests named by the command line: manifest files, folders searched recursively, glob patterns
 * (expanded here, so quoted patterns work on every shell), and recipient CSVs (every campaign under
 * `cwd` whose manifest uses that CSV, so pre-commit hooks can pass CSVs). No path means `.`.
 */
export async function discover(
  given: readonly string[],
  cwd: string,
  ignore: IgnoreRules = NO_IGNORES,
): Promise<Discovery> {
  const paths = given.length > 0 ? given : ['.'];
  const found = new Set<string>();
  const ignoredPaths: string[] = [];
  const csvTargets: string[] = [];
  const failures: LintFailure[] = [];
  let allData = true;
  for (const entry of paths) {
    const absolute = path.resolve(cwd, entry);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat && isGlob(entry)) {
      // A pattern: what it matches counts as given, except files that are neither manifests nor data.
      for (const match of await expandGlob(entry, cwd)) {
        const matchStat = await fs.stat(match).catch(() => null);
        if (matchStat?.isDirectory()) {
          const inFolder: string[] = [];
          await walk(match, inFolder);
          inFolder.forEach((f) => found.add(f));
          allData = false;
        } else if (MANIFEST_PATTERN.test(match)) {
          found.add(match);
          allData = false;
        } else if (DATA_FILE_PATTERN.test(match) && !ignore.ignored(match)) csvTargets.push(match);
      }
      if (!DATA_FILE_PATTERN.test(entry)) allData = false;
      continue;
    }
    // A file given by name and ignored is passed over, as a data file no campaign uses is (a
    // pre-commit hook passes every changed file); a folder given is searched, its ignored campaigns left out.
    if (stat && !stat.isDirectory() && ignore.ignored(absolute)) {
      ignoredPaths.push(displayPath(absolute, cwd));
      continue;
    }
    if (!DATA_FILE_PATTERN.test(absolute) || stat?.isDirectory()) allData = false;
    if (!stat) {
      failures.push(
        inputError(displayPath(absolute, cwd), undefined, localized('discover.noSuchPath'), USE_HINT),
      );
    } else if (stat.isDirectory()) {
      const inFolder: string[] = [];
      await walk(absolute, inFolder);
      inFolder.forEach((f) => found.add(f));
    } else if (MANIFEST_PATTERN.test(absolute)) {
      found.add(absolute);
    } else if (DATA_FILE_PATTERN.test(absolute)) {
      csvTargets.push(absolute);
    } else {
      failures.push(
        inputError(
          displayPath(absolute, cwd),
          undefined,
          localized('discover.notManifest'),
          localized('discover.manifestNames'),
        ),
      );
    }
  }
  let dataUsed = false;
  if (csvTargets.length > 0) {
    const candidates: string[] = [];
    await walk(cwd, candidates);
    // Compared as the files they are: a manifest may name a data file through a symlink (or a
    // symlinked folder), and the path given may be the link; either way the campaign uses it.
    const targets = new Set(await Promise.all(csvTargets.map(realFile)));
    for (const manifest of candidates.filter((m) => !ignore.ignored(m))) {
      try {
        const m = await loadManifest(manifest, cwd);
        const uses = [m.recipients.file, m.messageFile, ...m.optOutLists, ...(m.history ? [m.history] : [])];
        if ((await Promise.all(uses.map(realFile))).some((f) => targets.has(f))) {
          found.add(manifest);
          dataUsed = true;
        }
      } catch (error) {
        if (!(error instanceof LintFailure)) throw error; // a broken manifest is reported when linted by name
      }
    }
  }
  const manifests = [...found].sort();
  const kept = manifests.filter((m) => !ignore.ignored(m));
  return {
    manifests: kept,
    failures,
    onlyUnusedData: allData && failures.length === 0 && !dataUsed,
    dataFiles: [...new Set(csvTargets)].sort().map((f) => displayPath(f, cwd)),
    ignoredPaths,
    ignoredCount: manifests.length - kept.length,
  };
}

/** The manifests only; the first unusable path is thrown (for --fix, which lints right after). */
export async function discoverManifests(
  paths: readonly string[],
  cwd: string,
  ignore: IgnoreRules = NO_IGNORES,
): Promise<string[]> {
  const found = await discover(paths, cwd, ignore);
  if (found.failures.length > 0) throw found.failures[0];
  return found.manifests;
}
