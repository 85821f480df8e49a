import { writeSync } from 'fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes to a file descriptor before returning, waiting while a pipe is full: a report for a slow
 * reader (`| less`, a CI log shipper) is never queued whole in memory (a 100 MB report held 354 MB).
 * Returns false when the reader has gone (EPIPE): the rest of the output can be dropped.
 */
export function writeFully(fd: number, text: string | Uint8Array): boolean {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5); // the pipe is full (non-blocking): let the reader catch up
    }
  }
  return true;
}
