import { statSync } from 'fs';
import path from 'path';
import { LintFailure } from '../base/failure';
import { localized, say } from '../base/messages';
import { displayPath } from '../read/paths';
import { isInside, projectRoots } from '../read/confine';
import { CACHE_FILE, openCache, type CacheFile, type CacheOptions } from '../engine/cache';
import { assertNotInput, writeFileAtomic, type RunOutputs } from './write';
import type { Lang } from '../base/types';

// Where --cache keeps its file, and its writing: inside the project, never over an input or a
// report, atomically (a run stopped half-way leaves the previous cache or none, never half a file).

/** The cache of a run: its file and content. */
export interface RunCache {
  readonly file: string;
  readonly display: string;
  readonly cache: CacheFile;
}

/**
 * The cache file named by --cache-location (a file, or a folder to put `.campaignlintcache` in;
 * default `.campaignlintcache` in the current folder), refused outside the project (the current
 * folder and its git repository) and on a report's path.
 */
export async function openRunCache(
  location: string | undefined,
  reports: readonly string[],
  options: CacheOptions,
): Promise<RunCache> {
  const { cwd } = options;
  const given = path.resolve(cwd, location ?? CACHE_FILE);
  const folder =
    location !== undefined &&
    (/[\\/]$/.test(location) || !!statSync(given, { throwIfNoEntry: false })?.isDirectory());
  const file = folder ? path.join(given, CACHE_FILE) : given;
  const display = displayPath(file, cwd);
  if (!isInside(file, projectRoots(cwd, path.join(cwd, CACHE_FILE))))
    throw new LintFailure(
      'usage',
      localized('cache.outside', { file: display }),
      undefined,
      undefined,
      localized('cache.outsideHint'),
    );
  for (const report of reports) assertNotInput(file, [path.resolve(cwd, report)], display);
  return { file, display, cache: await openCache(file, options) };
}

/**
 * Writes the cache after the run (nothing when it did not change). Never over a file the run read
 * or another output of the run (write.ts RunOutputs: links and hard links count); a cache that
 * cannot be written is said on stderr and costs only time: the next run lints again.
 */
export function saveRunCache(
  run: RunCache,
  outputs: RunOutputs,
  lang: Lang,
  stderr: (text: string) => void,
): LintFailure | undefined {
  try {
    outputs.claim(run.file, run.display);
  } catch (error) {
    if (error instanceof LintFailure) return error;
    throw error;
  }
  const text = run.cache.serialize();
  if (text === null) return undefined;
  try {
    writeFileAtomic(run.file, (write) => write(text), run.display);
  } catch (error) {
    const reason =
      error instanceof LintFailure ? error.describe(lang) : String((error as Error)?.message ?? error);
    stderr(`campaign-lint: ${say('cache.notWritten', lang, { file: run.display, reason })}\n`);
  }
  return undefined;
}
