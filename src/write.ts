import { closeSync, openSync, renameSync, rmSync, writeSync } from 'fs';
import path from 'path';
import { inputError } from './errors';

const CHUNK = 1 << 16;

/** Collects small writes into ~64 KB chunks. */
export function buffered(sink: (chunk: string) => void): { write: (text: string) => void; flush: () => void } {
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

/**
 * Writes a file through a temporary file in the same folder, renamed over the target at the end:
 * readers never see half a file, and an interrupted run leaves the old file intact.
 */
export function writeFileAtomic(file: string, produce: (write: (text: string) => void) => void, display: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    const out = buffered((chunk) => writeSync(fd as number, chunk));
    produce(out.write);
    out.flush();
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw inputError(display, undefined, `cannot write ${path.basename(file)}: ${reason}`, 'Choose another path.');
  }
}
