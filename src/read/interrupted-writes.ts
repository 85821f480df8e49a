import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
} from 'fs';
import path from 'path';

// Files that belong together (the accepted and rejected lists of --write-clean) are put in place
// one rename after the other: no system call replaces two files at once. So the writer first
// records the renames it is about to make in a journal beside them; a run killed between two
// renames (SIGKILL, power loss) leaves the journal, and whoever next writes or reads in that
// folder finishes the renames before anything else: the files are old or complete together.

/** The hidden folder beside their targets where files being written live (see cli/write.ts). */
export const TEMP_FOLDER = '.campaign-lint.tmp';
/** `<name>.tmp-<pid>-<hex>`, `-old` for a previous content kept during a commit, `-journal` for a commit's renames. */
export const TEMP_NAME = /^(.+)\.tmp-(\d+)-[0-9a-f]+(-old|-journal)?$/;

/** The renames of one commit, in order: each moves a finished temporary file onto its target. */
export interface Journal {
  readonly moves: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** Whether the process that wrote a temporary file is gone (so its files are left over). */
export function processGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Makes a folder's new entries (a rename, a new file) durable; some file systems cannot, and need not. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // EINVAL/EISDIR on file systems without folder fsync: nothing more can be done there
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readJournal(file: string): Journal | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { moves?: unknown };
    const moves = Array.isArray(parsed?.moves) ? (parsed.moves as unknown[]) : null;
    const isMove = (m: unknown): m is { from: string; to: string } =>
      typeof (m as { from?: unknown })?.from === 'string' && typeof (m as { to?: unknown })?.to === 'string';
    return moves?.every(isMove) ? { moves } : null;
  } catch {
    return null; // cut short while written: the commit had not started, nothing to finish
  }
}

/** Finishes one journal's renames (those not done yet) and removes it. */
export function replayJournal(file: string): void {
  const journal = readJournal(file);
  if (journal) {
    const folders = new Set<string>();
    for (const { from, to } of journal.moves) {
      if (!existsSync(from)) continue; // renamed before the run stopped
      try {
        renameSync(from, to);
        folders.add(path.dirname(to));
      } catch {
        // the target's folder is gone: nothing to complete there
      }
    }
    for (const folder of folders) syncFolder(folder);
  }
  try {
    unlinkSync(file);
  } catch {
    // another run finished it first
  }
}

/**
 * Completes the commits that a killed run left half done in `folder` (its journals whose process
 * is gone). Called before writing into a folder and before reading a campaign's files.
 */
export function finishInterruptedWrites(folder: string): void {
  const hidden = path.join(folder, TEMP_FOLDER);
  let names: string[];
  try {
    names = readdirSync(hidden);
  } catch {
    return; // no hidden folder: nothing was left there (the usual case)
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match?.[3] === '-journal' && processGone(Number(match[2]))) replayJournal(path.join(hidden, name));
  }
}
