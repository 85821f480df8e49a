import { statSync } from 'fs';

/**
 * A file's identity and last change, to prove it unchanged between two reads: device, inode, size,
 * and modification and change times in nanoseconds. The change time (ctime) cannot be set back by a
 * program, so a rewrite that restores the size and mtime still shows. Null when it cannot be read.
 */
export function fileStamp(file: string): string | null {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}
