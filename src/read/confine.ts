import { existsSync, realpathSync } from 'fs';
import path from 'path';

/**
 * Where a manifest may point (recipients, message file, opt-out lists, history): inside the project,
 * that is the current folder or its git root, or the git root (else the folder) of the manifest
 * itself. A path outside (`/etc/passwd`, `../../.env`, a symlink leading out) is refused unless
 * --allow-outside: a manifest from elsewhere must not make the tool read, copy (--write-clean) or
 * edit (--fix) files it was never meant to see. Nothing found above the project widens it: a config
 * file found in a home folder does not make `~/.ssh` part of a cloned repository's project.
 */
export interface Confinement {
  /** Read files outside the project (--allow-outside). */
  readonly allowOutside?: boolean;
}

/** The nearest folder at or above `dir` holding `.git`, if any. */
function gitRoot(dir: string): string | null {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return null;
  }
}

/** A path with its existing part resolved through symlinks. */
function real(file: string): string {
  const rest: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      if (path.dirname(current) === current) return path.resolve(file);
      rest.push(path.basename(current));
      current = path.dirname(current);
    }
  }
}

/** The project folders a manifest's paths must stay in (real paths). */
export function projectRoots(cwd: string, manifest: string): string[] {
  const folder = path.dirname(path.resolve(cwd, manifest));
  const roots = [cwd, gitRoot(real(cwd)), gitRoot(real(folder)) ?? folder];
  return [...new Set(roots.filter((r): r is string => r !== null).map(real))];
}

/** Whether `file` (through symlinks) is inside one of `roots`. */
export function isInside(file: string, roots: readonly string[]): boolean {
  const target = real(file);
  return roots.some(
    (root) => target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep),
  );
}

/** Whether `file` (through symlinks) lies in a `.git` folder: a repository's own files are never campaign files. */
export function insideGitFolder(file: string): boolean {
  return real(file).split(path.sep).includes('.git') || path.resolve(file).split(path.sep).includes('.git');
}
