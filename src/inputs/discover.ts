import { promises as fs } from 'fs';
import path from 'path';
import { inputError, LintFailure } from '../base/failure';
import { expandGlob, isGlob } from '../read/glob';
import { walkFolder } from '../read/walk';
import { loadManifest, manifestInputs, MANIFEST_PATTERN } from './manifest';
import { displayPath } from '../read/paths';
import { localized } from '../base/messages';
import { NO_IGNORES, type IgnoreRules } from './ignore';

/** Data files a campaign can use: given alone (as by a pre-commit hook), they select the campaigns that use them. */
export const DATA_FILE_PATTERN = /\.(csv|txt|tsv|xlsx|xlsm)$/i;

/** The manifests under a folder (see read/walk.ts: dot-folders skipped, symlinked folders followed once). */
async function walk(dir: string, found: string[], cwd: string): Promise<LintFailure[]> {
  return walkFolder(dir, cwd, (entry) => {
    // Anything named like a campaign that is not a folder (a dangling link, a pipe) is kept: reading
    // it fails with a message, where skipping it would let the run pass without it.
    if (!entry.isFolder && MANIFEST_PATTERN.test(entry.rel)) found.push(entry.path);
  });
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
      const expanded = await expandGlob(entry, cwd);
      failures.push(...expanded.failures);
      for (const match of expanded.matches) {
        const matchStat = await fs.stat(match).catch(() => null);
        if (matchStat?.isDirectory()) {
          const inFolder: string[] = [];
          failures.push(...(await walk(match, inFolder, cwd)));
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
      failures.push(...(await walk(absolute, inFolder, cwd)));
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
    const project = await projectCampaigns(cwd);
    // A folder that cannot be read may hold a campaign that uses the file: said, never passed over.
    failures.push(...project.failures);
    // Compared as the files they are: a manifest may name a data file through a symlink (or a
    // symlinked folder), and the path given may be the link; either way the campaign uses it.
    const targets = new Set(await Promise.all(csvTargets.map(realFile)));
    for (const { manifest, uses } of project.campaigns) {
      if (ignore.ignored(manifest)) continue;
      if ((await Promise.all(uses.map(realFile))).some((f) => targets.has(f))) {
        found.add(manifest);
        dataUsed = true;
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

/**
 * Every campaign under `cwd` (the folder walk of `.`) with the files its manifest names; a manifest
 * that cannot be read names none (it is reported when linted by name).
 */
export async function projectCampaigns(cwd: string): Promise<{
  readonly campaigns: ReadonlyArray<{ readonly manifest: string; readonly uses: readonly string[] }>;
  /** Folders that could not be read: a campaign there is not known. */
  readonly failures: readonly LintFailure[];
}> {
  const candidates: string[] = [];
  const failures = await walk(cwd, candidates, cwd);
  const campaigns = [];
  for (const manifest of candidates) {
    try {
      campaigns.push({ manifest, uses: manifestInputs(await loadManifest(manifest, cwd)) });
    } catch (error) {
      if (!(error instanceof LintFailure)) throw error;
    }
  }
  return { campaigns, failures };
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
