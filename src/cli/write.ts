import {
  chmodSync,
  closeSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'fs';
import { localized } from '../base/messages';
import path from 'path';
import { inputError, LintFailure } from '../base/failure';
import {
  finishInterruptedWrites,
  processGone,
  syncFolder,
  TEMP_FOLDER,
  TEMP_NAME,
  type Journal,
} from '../read/interrupted-writes';
import { writeFully } from './sync-output';
import { randomBytes } from '../base/random';

const CHUNK = 1 << 16;

/** Collects small writes into ~64 KB chunks. */
export function buffered(sink: (chunk: string) => void): {
  write: (text: string) => void;
  flush: () => void;
} {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    sink(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    flush,
  };
}

export interface AtomicFile {
  write(data: string | Uint8Array): void;
  /** Puts the finished file in place of the target. */
  commit(): void;
  /** Done writing: the file waits for its commit without holding a descriptor (many can wait together). */
  seal(): void;
  /** Removes the temporary file; the target is left as it was. */
  abort(): void;
}

function unwritable(error: unknown, file: string, display: string) {
  if (error instanceof LintFailure) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const name = path.basename(file);
  const reason =
    code === 'ENOENT'
      ? localized('write.noFolder')
      : code === 'EACCES' || code === 'EPERM'
        ? localized('write.denied')
        : code === 'EISDIR'
          ? localized('write.isFolder')
          : code === 'ENOSPC'
            ? localized('write.diskFull')
            : (error as Error).message;
  return inputError(
    display,
    undefined,
    localized('write.cannotWrite', { name, reason }),
    localized('write.chooseAnotherPath'),
  );
}

const statOrNull = (file: string): Stats | null => {
  try {
    return statSync(file);
  } catch {
    return null;
  }
};
const lstatOrNull = (file: string): Stats | null => {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
};
const fstatOrNull = (fd: number): Stats | null => {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
};

/**
 * Whether two paths name the same file: same device and inode (so a symlink, a hard link or
 * another spelling of the path counts), or, for a file that does not exist yet, the same real path.
 */
export function sameFile(a: string, b: string): boolean {
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return sa === null && sb === null && writeTarget(a) === writeTarget(b);
}

/**
 * Refuses an output that is one of the run's inputs (manifest, recipients, message file, opt-out
 * lists, history, config, plugins): writing it would destroy what was just checked.
 */
export function assertNotInput(output: string, inputs: Iterable<string>, display: string): void {
  for (const input of inputs) {
    if (sameFile(output, input)) {
      throw inputError(
        display,
        undefined,
        path.basename(input) === path.basename(output)
          ? localized('write.isInput')
          : localized('write.sameAsInput', { input: path.basename(input) }),
        localized('write.chooseAnotherOutput'),
      );
    }
  }
}

/**
 * The files one run writes (reports, clean lists): none may be an input of the run, and no two may
 * be the same file (through links, hard links or another spelling), or the second would replace the
 * first.
 */
export class RunOutputs {
  private readonly claimed: Array<{ file: string; display: string }> = [];

  /** `inputs`: read when a file is claimed (the run's inputs grow as campaigns are read). */
  constructor(private readonly inputs: () => Iterable<string>) {}

  /** Reserves `file` for one output; throws (naming it) when it is an input or already an output. */
  claim(file: string, display: string): void {
    assertNotInput(file, this.inputs(), display);
    const earlier = this.claimed.find((c) => sameFile(c.file, file));
    if (earlier)
      throw inputError(
        display,
        undefined,
        localized('output.sameAsOther', { other: earlier.display }),
        localized('output.sameAsOtherHint'),
      );
    this.claimed.push({ file, display });
  }
}

/** The file a write to `file` lands in: through symlinks (even dangling ones) to their target. */
export function writeTarget(file: string): string {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(current);
    } catch {
      // A dangling link, or a file not there yet: follow one link by hand, else resolve the folder.
    }
    let link: string | null = null;
    try {
      if (lstatSync(current).isSymbolicLink()) link = readlinkSync(current);
    } catch {
      link = null;
    }
    if (link === null) {
      let folder = path.dirname(current);
      try {
        folder = realpathSync(folder);
      } catch {
        // the folder does not exist: the write reports it
      }
      return path.join(folder, path.basename(current));
    }
    current = path.resolve(path.dirname(current), link);
  }
  return current;
}

const STANDARD_PATH = /^\/(?:dev\/(std(?:out|err))|dev\/fd\/([12])|proc\/(?:self|(\d+))\/fd\/([12]))$/;

/**
 * The standard output or error (1 or 2) of this process that `file` names, if it does: `/dev/stdout`,
 * `/dev/fd/1`, `/proc/self/fd/2`…, or a path to the very file the shell opened for it (`-o log >> log`).
 * Written through the descriptor the shell gave, it keeps its mode: `>> log` appends, and a pipe
 * stays a pipe. Opening the path again would truncate the log, and a rename would replace it.
 */
export function standardStream(file: string): 1 | 2 | null {
  const named = STANDARD_PATH.exec(path.resolve(file));
  if (named && (named[3] === undefined || Number(named[3]) === process.pid))
    return named[1] === 'stderr' || named[2] === '2' || named[4] === '2' ? 2 : 1;
  const target = statOrNull(file);
  if (!target) return null;
  for (const fd of [1, 2] as const) {
    const stream = fstatOrNull(fd);
    if (stream && stream.dev === target.dev && stream.ino === target.ino) return fd;
  }
  return null;
}

// Temporary files alive now: removed on every way out (normal exit, exception, SIGINT/TERM/HUP).
// Commits are synchronous, so no signal handler runs in the middle of one.
const live = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const removeLive = () => {
  const folders = new Set<string>();
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
    folders.add(path.dirname(file));
  }
  live.clear();
  for (const folder of folders) releaseTemporaryFolder(folder);
};
const onSignal = (signal: NodeJS.Signals) => {
  removeLive();
  untrackAll();
  process.kill(process.pid, signal); // the default action now: end as the signal says
};
function untrackAll() {
  process.off('exit', removeLive);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}
function track(file: string) {
  if (live.size === 0) {
    process.on('exit', removeLive);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  live.add(file);
}
function untrack(file: string) {
  live.delete(file);
  if (live.size === 0) untrackAll();
  releaseTemporaryFolder(path.dirname(file));
}
function remove(file: string) {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
  untrack(file);
}

/**
 * Temporary files live in a hidden folder beside their target, with a `.gitignore` of `*`: a run
 * killed with SIGKILL (no handler runs) leaves an owner-only file that `git add .` still skips, and
 * the next write into that folder removes it (or, for a commit it had started, finishes it). The
 * folder goes once no run uses it.
 */
const TEMP_IGNORE = '# campaign-lint: files being written, removed when done\n*\n';
/** The same names, hidden, beside the target (where earlier versions wrote them). */
const TEMP_BESIDE = /^\.(.+)\.tmp-(\d+)-[0-9a-f]+(?:-old)?$/;

/**
 * Removes the temporary files of runs that were killed (their process is gone): every one in the
 * hidden folder (`base` null), after finishing the commits they had started; or those of `base`
 * beside it.
 */
function removeStale(folder: string, base: string | null): void {
  if (base === null) finishInterruptedWrites(path.dirname(folder));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = (base === null ? TEMP_NAME : TEMP_BESIDE).exec(name);
    if (!match || (base !== null && match[1] !== base)) continue;
    if (!processGone(Number(match[2]))) continue;
    try {
      unlinkSync(path.join(folder, name));
    } catch {
      // not ours to remove after all
    }
  }
}

/** The hidden folder for temporary files beside `folder`'s files; `folder` itself if it cannot be made. */
function temporaryFolder(folder: string): string {
  const hiddenFolder = path.join(folder, TEMP_FOLDER);
  try {
    mkdirSync(hiddenFolder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return folder;
  }
  // Only a real folder of ours: a symlink planted there would send the files elsewhere.
  const stats = lstatOrNull(hiddenFolder);
  if (!stats?.isDirectory() || (process.getuid && stats.uid !== process.getuid())) return folder;
  try {
    writeFileSync(path.join(hiddenFolder, '.gitignore'), TEMP_IGNORE, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return folder;
  }
  removeStale(hiddenFolder, null);
  return hiddenFolder;
}

/** Removes the hidden folder once nothing but its `.gitignore` is left in it. */
function releaseTemporaryFolder(hiddenFolder: string): void {
  if (path.basename(hiddenFolder) !== TEMP_FOLDER) return;
  try {
    if (readdirSync(hiddenFolder).some((name) => name !== '.gitignore')) return;
    unlinkSync(path.join(hiddenFolder, '.gitignore'));
  } catch {
    // another run removed it, or is writing there
  }
  try {
    rmdirSync(hiddenFolder);
  } catch {
    // another run is writing there: it removes the folder when it is done
  }
}

/**
 * Opens a new temporary file for `target` in its hidden folder. Another run may remove that folder
 * between its creation and the open (it goes when its last file does): a few tries, then the file
 * is made beside the target, hidden, where no other run removes anything of a live process.
 */
function openTemporary(
  target: string,
  file: string,
  display: string,
  kind = '',
): { fd: number; temporary: string } {
  const folder = path.dirname(target);
  const suffix = `${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}${kind}`;
  for (let attempt = 0; ; attempt++) {
    const hiddenFolder = attempt < 4 ? temporaryFolder(folder) : folder;
    const temporary = path.join(hiddenFolder, hiddenFolder === folder ? `.${suffix}` : suffix);
    try {
      const fd = openSync(temporary, 'wx', 0o600);
      track(temporary);
      return { fd, temporary };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || hiddenFolder === folder)
        throw unwritable(error, file, display);
    }
  }
}

/** What putting a file in place did: undone to roll a set back, settled once all are in place. */
interface Placed {
  undo(): void;
  settle(): void;
}

/** An atomic file that `commitTogether` can put in place with others. */
interface StagedFile extends AtomicFile {
  /** Written in place (a device, a pipe, a standard stream): nothing to rename, nothing to roll back. */
  readonly inPlace: boolean;
  /** Closes the finished file, durable on disk; returns the rename that puts it in place (none in place). */
  finish(): { from: string; to: string } | null;
  /** Makes the rename of `finish` (after the journal, when there is one). */
  place(): Placed | null;
}

const defaultMode = () => 0o666 & ~process.umask();

/**
 * A file written through an owner-only (0600), hidden temporary file in the target's folder, made
 * durable (fsync) and renamed over the target, then the folder made durable: readers never see half
 * a file, and an interrupted run leaves the old file intact. Writes go through a symlink to its
 * target (the link stays); an existing file keeps its permissions; a file with other hard links is
 * replaced under this name (the other names keep the old content: copying into it would truncate
 * it first). Devices and named pipes (`/dev/null`) are written in place, and this process's own
 * standard output or error (`/dev/stdout`) through the descriptor the shell gave.
 */
export function openAtomic(file: string, display: string): AtomicFile {
  return openStaged(file, display);
}

function openStaged(file: string, display: string): StagedFile {
  const stream = standardStream(file);
  if (stream !== null) return openStream(stream, file, display);
  const target = writeTarget(file);
  const existing = statOrNull(target);
  if (existing?.isDirectory())
    throw unwritable(Object.assign(new Error('is a folder'), { code: 'EISDIR' }), file, display);
  if (existing && !existing.isFile()) return openInPlace(target, file, display);
  removeStale(path.dirname(target), path.basename(target)); // left by versions that wrote beside the target
  const opened = openTemporary(target, file, display);
  const temporary = opened.temporary;
  let fd: number | undefined = opened.fd;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  // Durable on disk before its descriptor is let go: a sealed file may wait long for its commit.
  const seal = () => {
    if (fd === undefined) return;
    fsyncSync(fd);
    close();
  };
  let finished: { from: string; to: string } | null = null;
  const staged: StagedFile = {
    inPlace: false,
    write: (data) => writeAll(fd as number, data, file, display),
    finish: () => {
      if (finished) return finished;
      try {
        seal();
        const now = statOrNull(target);
        chmodSync(temporary, now ? now.mode & 0o7777 : defaultMode());
      } catch (error) {
        throw unwritable(error, file, display);
      }
      return (finished = { from: temporary, to: target });
    },
    place: () => {
      try {
        return putInPlace();
      } catch (error) {
        throw unwritable(error, file, display);
      }
    },
    commit: () => commitTogether([staged]),
    seal: () => {
      try {
        seal();
      } catch (error) {
        throw unwritable(error, file, display);
      }
    },
    abort: () => {
      close();
      remove(temporary);
    },
  };
  function putInPlace(): Placed {
    // The old file stays reachable under a hidden name until the whole set is in place.
    const backup = keepOld(target, `${temporary}-old`);
    renameSync(temporary, target);
    untrack(temporary);
    return {
      undo: () => {
        if (backup) {
          renameSync(backup, target);
          untrack(backup);
        } else unlinkSync(target);
      },
      settle: () => {
        if (backup) remove(backup);
      },
    };
  }
  return staged;
}

/**
 * Links the file now at `target` under `backup`, or returns null when there is none. Another run may
 * rename its own file over the target at that instant: Linux then refuses the link of the old file
 * (its last name just went, ENOENT) although the target exists; the link is tried again on the new
 * file (this was the false "its folder does not exist" of concurrent writers).
 */
function keepOld(target: string, backup: string): string | null {
  for (let attempt = 0; ; attempt++) {
    if (!statOrNull(target)) return null;
    try {
      linkSync(target, backup);
      track(backup);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 20) throw error;
    }
  }
}

/** Writes `data` to an open file; a failure names the file and says what to do. */
function writeAll(fd: number, data: string | Uint8Array, file: string, display: string): void {
  try {
    if (typeof data === 'string') writeSync(fd, data);
    else writeSync(fd, data);
  } catch (error) {
    throw unwritable(error, file, display);
  }
}

/** Written in place, with nothing to rename or roll back. */
function inPlaceFile(write: (data: string | Uint8Array) => void, close: () => void): StagedFile {
  return {
    inPlace: true,
    write,
    finish: () => {
      close();
      return null;
    },
    place: () => null,
    commit: close,
    seal: close,
    abort: close,
  };
}

/** A device or FIFO: written as it is (a temporary file and a rename would replace it). */
function openInPlace(target: string, file: string, display: string): StagedFile {
  let fd: number | undefined;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    throw unwritable(error, file, display);
  }
  return inPlaceFile(
    (data) => writeAll(fd as number, data, file, display),
    () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  );
}

/** This process's standard output or error, written through its own descriptor (never closed). */
function openStream(fd: 1 | 2, file: string, display: string): StagedFile {
  let readerGone = false;
  return inPlaceFile(
    (data) => {
      if (readerGone) return;
      try {
        readerGone = !writeFully(fd, data);
      } catch (error) {
        throw unwritable(error, file, display);
      }
    },
    () => undefined,
  );
}

/**
 * Puts finished files in place together. Each is made durable first; when more than one is
 * renamed, the renames are written to a journal before the first (see read/interrupted-writes.ts):
 * a run killed between two renames leaves the journal, which the next run that writes or reads
 * there completes, so neither half of a pair stays alone. If a rename fails, those already made
 * are put back as they were and every temporary file is removed.
 */
export function commitTogether(files: readonly AtomicFile[]): void {
  const staged = files as readonly StagedFile[];
  // Files written in place cannot be rolled back: they go last.
  const order = [...staged.filter((f) => !f.inPlace), ...staged.filter((f) => f.inPlace)];
  const placed: Placed[] = [];
  let journal: string | null = null;
  try {
    const moves = order.map((f) => f.finish()).filter((m): m is { from: string; to: string } => m !== null);
    if (moves.length > 1) journal = writeJournal({ moves });
    for (const file of order) {
      const done = file.place();
      if (done) placed.push(done);
    }
    for (const folder of new Set(moves.map((m) => path.dirname(m.to)))) syncFolder(folder);
  } catch (error) {
    for (const done of placed.reverse()) {
      try {
        done.undo();
      } catch {
        // best effort: the backup keeps the old content under its hidden name
      }
    }
    if (journal) remove(journal);
    for (const file of order) file.abort();
    throw error;
  }
  if (journal) remove(journal);
  for (const done of placed) done.settle();
}

/** Writes the journal of a commit in the hidden folder beside its first target, durably; returns its path. */
function writeJournal(journal: Journal): string {
  const commit = path.join(path.dirname(journal.moves[0].to), 'commit');
  const { fd, temporary: file } = openTemporary(commit, commit, 'commit', '-journal');
  try {
    writeSync(fd, JSON.stringify(journal));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  syncFolder(path.dirname(file));
  return file;
}

/** Writes a whole file atomically from a synchronous producer of text chunks. */
export function writeFileAtomic(
  file: string,
  produce: (write: (text: string) => void) => void,
  display: string,
): void {
  const target = openAtomic(file, display);
  try {
    const out = buffered((chunk) => target.write(chunk));
    produce(out.write);
    out.flush();
    target.commit();
  } catch (error) {
    target.abort();
    throw error;
  }
}
