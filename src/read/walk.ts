import { promises as fs, type Dirent } from 'fs';
import path from 'path';
import { localized } from '../base/messages';
import { describeFsError, inputError, type LintFailure } from '../base/failure';
import { displayPath } from './paths';

/** One entry met by `walkFolder`: its path, its path from the walk's root (`/`-separated), what it is. */
export interface WalkEntry {
  readonly path: string;
  readonly rel: string;
  /** A folder, or a symlink to one (followed like a folder). */
  readonly isFolder: boolean;
}

/**
 * Walks the folder `root` in name order, depth first: names starting with a dot and `node_modules`
 * are skipped; a symlink is judged by what it leads to, so a symlinked folder is walked like a
 * folder, each real folder once (a link to a parent does not loop). Both the folder walk of a path
 * and the expansion of a glob pattern go through here, so they find the same campaigns. `visit` is
 * called for every entry; `enter` says whether to walk into a folder. A folder that cannot be read
 * is a failure returned (named, said why), and the rest is walked.
 */
export async function walkFolder(
  root: string,
  cwd: string,
  visit: (entry: WalkEntry) => void,
  enter: (entry: WalkEntry, depth: number) => boolean = () => true,
): Promise<LintFailure[]> {
  const failures: LintFailure[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      const real = await fs.realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (error) {
      failures.push(unreadableFolder(dir, cwd, error));
      return;
    }
    for (const dirent of entries) {
      const name = dirent.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(dir, name);
      // A symlink is judged by what it leads to; a dangling one is left to whoever reads it.
      const kind = dirent.isSymbolicLink() ? await fs.stat(full).catch(() => null) : dirent;
      const entry = { path: full, rel: rel ? `${rel}/${name}` : name, isFolder: !!kind?.isDirectory() };
      visit(entry);
      if (entry.isFolder && enter(entry, depth + 1)) await walk(full, entry.rel, depth + 1);
    }
  };
  await walk(root, '', 0);
  return failures;
}

function unreadableFolder(dir: string, cwd: string, error: unknown): LintFailure {
  return inputError(
    displayPath(dir, cwd),
    undefined,
    describeFsError(error, 'folder'),
    localized('walk.unreadableHint'),
    error,
  );
}
