import { promises as fs, statSync } from 'fs';

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

/**
 * Reads a small text input (a manifest, a config, a message file) with a size bound: a named pipe
 * or a device is refused before it is opened (it could block or never end), and a file larger than
 * `maxBytes` is refused without being read whole. Errors carry `code` for describeFsError.
 */
export async function readTextInput(file: string, maxBytes: number): Promise<string> {
  const stat = await fs.stat(file);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  const handle = await fs.open(file, 'r');
  try {
    // One byte more than allowed tells a file that grew past the bound since it was looked at.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = (await handle.read(buffer, length, buffer.length - length, length)).bytesRead;
    if (length > maxBytes || stat.size > maxBytes)
      throw Object.assign(new Error(`more than ${(maxBytes / 1024 / 1024).toFixed(0)} MB`), {
        code: 'EFBIG',
      });
    return utf8Text(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a UTF-8 input. Bytes that are not UTF-8 (a file saved as UTF-16 or Windows-1252) are
 * refused: read anyway they would become U+FFFD, be linted as such, and --fix would write the
 * replacement characters back over the original letters.
 */
function utf8Text(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) ||
      (bytes[0] === 0xfe && bytes[1] === 0xff) ||
      bytes.subarray(0, 64).includes(0);
    throw Object.assign(new Error(utf16 ? 'UTF-16' : 'another encoding'), { code: 'ENOTUTF8', utf16 });
  }
}
