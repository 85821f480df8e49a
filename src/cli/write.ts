import { randomBytes } from 'crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
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
import { both } from '../base/text';
import path from 'path';
import { inputError, LintFailure } from '../base/failure';

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
      ? both('its folder does not exist', 'son dossier n’existe pas')
      : code === 'EACCES' || code === 'EPERM'
        ? both('permission denied', 'permission refusée')
        : code === 'EISDIR'
          ? both('it is a folder', 'c’est un dossier')
          : code === 'ENOSPC'
            ? both('the disk is full', 'le disque est plein')
            : both((error as Error).message, (error as Error).message);
  return inputError(
    display,
    undefined,
    both(`cannot write ${name}: ${reason.en}`, `impossible d’écrire ${name} : ${reason.fr}`),
    both('Choose another path.', 'Choisissez un autre chemin.'),
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
 * lists, history, config): writing it would destroy what was just checked.
 */
export function assertNotInput(output: string, inputs: Iterable<string>, display: string): void {
  for (const input of inputs) {
    if (sameFile(output, input)) {
      throw inputError(
        display,
        undefined,
        path.basename(input) === path.basename(output)
          ? both(
              'refusing to write there: it is an input of this run, and would be overwritten',
              'écriture refusée : c’est un fichier lu par cette analyse, il serait écrasé',
            )
          : both(
              `refusing to write there: it is the same file as ${path.basename(input)}, an input of this run, and would be overwritten`,
              `écriture refusée : c’est le même fichier que ${path.basename(input)}, lu par cette analyse, il serait écrasé`,
            ),
        both('Choose another output path.', 'Choisissez un autre chemin de sortie.'),
      );
    }
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

// Temporary files alive now: removed on every way out (normal exit, exception, SIGINT/TERM/HUP).
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
 * the next write into that folder removes it. The folder goes once no run uses it.
 */
const TEMP_FOLDER = '.campaign-lint.tmp';
const TEMP_IGNORE = '# campaign-lint: files being written, removed when done\n*\n';
/** `<name>.tmp-<pid>-<hex>` (`-old` for the previous content kept during a commit). */
const TEMP = /^(.+)\.tmp-(\d+)-[0-9a-f]+(?:-old)?$/;
/** The same, hidden, beside the target (where earlier versions wrote them). */
const TEMP_BESIDE = /^\.(.+)\.tmp-(\d+)-[0-9a-f]+(?:-old)?$/;

const processGone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
};

/**
 * Removes the temporary files of runs that were killed (their process is gone): every one in the
 * hidden folder (`base` null), or those of `base` beside it.
 */
function removeStale(folder: string, base: string | null): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = (base === null ? TEMP : TEMP_BESIDE).exec(name);
    if (!match || (base !== null && match[1] !== base)) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || !processGone(pid)) continue;
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
    rmdirSync(hiddenFolder);
  } catch {
    // another run is writing there: it removes the folder when it is done
  }
}

/** What putting a file in place did: undone to roll a pair back, settled once all are in place. */
interface Placed {
  undo(): void;
  settle(): void;
}

/** An atomic file that `commitTogether` can put in place with others. */
interface StagedFile extends AtomicFile {
  /** Puts it in place; null when that cannot be undone (written in place: a device, a hard link). */
  place(): Placed | null;
  /** Written in place at commit: cannot be rolled back, so placed last. */
  readonly inPlace: boolean;
}

const defaultMode = () => 0o666 & ~process.umask();

/**
 * A file written through an owner-only (0600), hidden temporary file in the target's folder, put in
 * place at the end: readers never see half a file, and an interrupted run leaves the old file intact.
 * Writes go through a symlink to its target (the link stays); an existing file keeps its permissions;
 * a file with other hard links is copied into in place (the links stay); devices and FIFOs
 * (`/dev/null`, a named pipe) are written in place.
 */
export function openAtomic(file: string, display: string): AtomicFile {
  return openStaged(file, display);
}

function openStaged(file: string, display: string): StagedFile {
  const target = writeTarget(file);
  const existing = statOrNull(target);
  if (existing?.isDirectory())
    throw unwritable(Object.assign(new Error('is a folder'), { code: 'EISDIR' }), file, display);
  if (existing && !existing.isFile()) return openInPlace(target, file, display);
  const folder = path.dirname(target);
  const base = path.basename(target);
  removeStale(folder, base); // left by versions that wrote beside the target
  const suffix = `${base}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  let temporary = '';
  let fd: number | undefined;
  // Twice: another run may remove the hidden folder between its creation and the open.
  for (let attempt = 0; fd === undefined; attempt++) {
    const hiddenFolder = temporaryFolder(folder);
    temporary = path.join(hiddenFolder, hiddenFolder === folder ? `.${suffix}` : suffix);
    try {
      fd = openSync(temporary, 'wx', 0o600);
      track(temporary);
    } catch (error) {
      if (attempt > 0 || (error as NodeJS.ErrnoException).code !== 'ENOENT' || hiddenFolder === folder)
        throw unwritable(error, file, display);
    }
  }
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const staged: StagedFile = {
    inPlace: existing !== null && existing.nlink > 1,
    write: (data) => writeAll(fd as number, data, file, display),
    place: () => {
      try {
        return putInPlace();
      } catch (error) {
        throw unwritable(error, file, display);
      }
    },
    commit: () => commitTogether([staged]),
    seal: close,
    abort: () => {
      close();
      remove(temporary);
    },
  };
  function putInPlace(): Placed | null {
    close();
    const now = statOrNull(target);
    if (now && now.nlink > 1) {
      // Other names share this file: copy into it, so every name sees the new content. The copy
      // gives the target the source's mode: the temporary file takes the target's first.
      chmodSync(temporary, now.mode & 0o7777);
      copyFileSync(temporary, target);
      remove(temporary);
      return null;
    }
    chmodSync(temporary, now ? now.mode & 0o7777 : defaultMode());
    // The old file stays reachable under a hidden name until the whole set is in place.
    let backup: string | null = null;
    if (now) {
      backup = `${temporary}-old`;
      linkSync(target, backup);
      track(backup);
    }
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

/** Writes `data` to an open file; a failure names the file and says what to do. */
function writeAll(fd: number, data: string | Uint8Array, file: string, display: string): void {
  try {
    if (typeof data === 'string') writeSync(fd, data);
    else writeSync(fd, data);
  } catch (error) {
    throw unwritable(error, file, display);
  }
}

/** A device or FIFO: written as it is (a temporary file and a rename would replace it). */
function openInPlace(target: string, file: string, display: string): StagedFile {
  let fd: number | undefined;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    throw unwritable(error, file, display);
  }
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    inPlace: true,
    write: (data) => writeAll(fd as number, data, file, display),
    place: () => {
      close();
      return null;
    },
    commit: close,
    seal: close,
    abort: close,
  };
}

/**
 * Puts finished files in place together: if one cannot be, those already placed are put back as
 * they were and every temporary file is removed, so neither half of a pair remains alone.
 */
export function commitTogether(files: readonly AtomicFile[]): void {
  const staged = files as readonly StagedFile[];
  // Files written in place cannot be rolled back: they go last.
  const order = [...staged.filter((f) => !f.inPlace), ...staged.filter((f) => f.inPlace)];
  const placed: Placed[] = [];
  try {
    for (const file of order) {
      const done = file.place();
      if (done) placed.push(done);
    }
  } catch (error) {
    for (const done of placed.reverse()) {
      try {
        done.undo();
      } catch {
        // best effort: the backup keeps the old content under its hidden name
      }
    }
    for (const file of order) file.abort();
    throw error;
  }
  for (const done of placed) done.settle();
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
