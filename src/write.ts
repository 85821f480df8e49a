import { closeSync, openSync, renameSync, rmSync, writeSync } from 'fs';
import { both } from './i18n';
import path from 'path';
import { inputError } from './errors';

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
  /** Renames the finished temporary file over the target. */
  commit(): void;
  /** Removes the temporary file; the target is left as it was. */
  abort(): void;
}

function unwritable(error: unknown, file: string, display: string) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message;
  return inputError(
    display,
    undefined,
    both(
      `cannot write ${path.basename(file)}: ${reason}`,
      `impossible d’écrire ${path.basename(file)} : ${reason}`,
    ),
    both('Choose another path.', 'Choisissez un autre chemin.'),
  );
}

/**
 * A file written through a temporary file in the same folder, renamed over the target at the end:
 * readers never see half a file, and an interrupted run leaves the old file intact.
 */
export function openAtomic(file: string, display: string): AtomicFile {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw unwritable(error, file, display);
  }
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write: (data) => {
      if (typeof data === 'string') writeSync(fd as number, data);
      else writeSync(fd as number, data);
    },
    commit: () => {
      close();
      try {
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw unwritable(error, file, display);
      }
    },
    abort: () => {
      close();
      rmSync(temporary, { force: true });
    },
  };
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
