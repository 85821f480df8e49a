import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'fs';
import os from 'os';
import path from 'path';
import { LintFailure } from '../base/failure';
import { randomBytes } from '../base/random';

/** Bytes appended and read back by offset: room outside memory for working data that grows with a file. */
export interface Scratch {
  /** Stores the bytes; returns the offset they start at. */
  append(bytes: Uint8Array): number;
  /** Fills `into` with the bytes stored from `offset`, and returns it. */
  read(offset: number, into: Uint8Array): Uint8Array;
  /** Removes what was stored. */
  dispose(): void;
}

/** A problem of the temporary folder (TMPDIR): the run's environment, not a crash of the rule using it. */
const temporaryFolderFailure = (message: string) => new LintFailure('input', message, 'TMPDIR');

/**
 * A scratch space in a file made on the first append. What goes there derives from recipients'
 * numbers, so: the file is owner-only, in a fresh temporary folder, and
 * unlinked as soon as it is open where the system allows it (not on Windows), so nothing is left
 * behind even if the process is killed; and its bytes are masked with a key stream drawn from a
 * random key that stays in memory, so what reaches the disk does not read as numbers. (The masking
 * is a keyed hash in counter mode, not a cipher: node's ciphers allocate a copy of every piece, and
 * megabytes of such garbage between two collections would show in the peak memory.) `dispose()`
 * closes it and removes what is left.
 */
export class TempScratch implements Scratch {
  private fd: number | undefined;
  private leftBehind: string[] = []; // the file and its folder, when they could not be removed while open
  private size = 0;
  private readonly key = randomKey();
  private readonly piece = new Uint8Array(PIECE);

  /**
   * `folder`: where to make the file's own folder (the system's temporary folder unless told).
   * `masked`: false for bytes that are written out as they are moments later anyway (the send plan's
   * batch rows, on their way to the batch files): masking them would only cost time.
   */
  constructor(
    private readonly folder = os.tmpdir(),
    private readonly masked = true,
  ) {}

  append(bytes: Uint8Array): number {
    const fd = this.open();
    const offset = this.size;
    try {
      for (let start = 0; start < bytes.length; start += PIECE) {
        const n = Math.min(PIECE, bytes.length - start);
        const piece = this.masked
          ? this.mask(bytes.subarray(start, start + n), this.piece, offset + start)
          : bytes.subarray(start, start + n);
        for (let done = 0; done < n; ) done += writeSync(fd, piece, done, n - done, offset + start + done);
      }
    } catch (error) {
      throw temporaryFolderFailure(
        `cannot write a large file's working data to ${this.folder} (${(error as Error).message}); free some space there or set TMPDIR to another folder`,
      );
    }
    this.size += bytes.length;
    return offset;
  }

  read(offset: number, into: Uint8Array): Uint8Array {
    if (!(offset >= 0 && offset + into.length <= this.size))
      throw new RangeError(`scratch bytes ${offset} to ${offset + into.length} were never written`);
    for (let done = 0; done < into.length; )
      done += readSync(this.fd as number, into, done, into.length - done, offset + done);
    if (this.masked) this.mask(into, into, offset);
    return into;
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    const [file, folder] = this.leftBehind;
    this.leftBehind = [];
    if (file) removeQuietly(() => unlinkSync(file));
    if (folder) removeQuietly(() => rmdirSync(folder));
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    let folder: string;
    try {
      folder = mkdtempSync(path.join(this.folder, 'campaign-lint-'));
    } catch (error) {
      throw temporaryFolderFailure(
        `cannot make a temporary folder in ${this.folder} for a large file's working data (${(error as Error).message}); set TMPDIR to a writable folder`,
      );
    }
    const file = path.join(folder, 'scratch');
    this.fd = openSync(file, 'wx+', 0o600);
    try {
      unlinkSync(file);
      rmdirSync(folder);
    } catch {
      this.leftBehind = [file, folder]; // Windows: removed by dispose()
    }
    return this.fd;
  }

  /** XORs `source` (stored from `offset`) with the key stream into `target`: the same call masks and unmasks. */
  private mask(source: Uint8Array, target: Uint8Array, offset: number): Uint8Array {
    const { key } = this;
    const byteAt = (i: number) =>
      (target[i] =
        source[i] ^ ((keyStream(Math.floor((offset + i) / 4), key) >>> (((offset + i) % 4) * 8)) & 0xff));
    let i = 0;
    for (; i < source.length && (offset + i) % 4 !== 0; i++) byteAt(i);
    // Whole words at once where both sides allow a word view (byte k of a word is its bits 8k… on little-endian machines).
    if (LITTLE_ENDIAN && (source.byteOffset + i) % 4 === 0 && (target.byteOffset + i) % 4 === 0) {
      const words = Math.floor((source.length - i) / 4);
      const from = new Uint32Array(source.buffer, source.byteOffset + i, words);
      const to = new Uint32Array(target.buffer, target.byteOffset + i, words);
      const first = (offset + i) / 4;
      for (let k = 0; k < words; k++) to[k] = from[k] ^ keyStream(first + k, key);
      i += 4 * words;
    }
    for (; i < source.length; i++) byteAt(i);
    return target;
  }
}

function randomKey(): Uint32Array {
  const bytes = randomBytes(16);
  return Uint32Array.from({ length: 4 }, (_, i) => bytes.readUInt32LE(4 * i));
}

/** 32 bits of key stream for word `w` of the file: murmur3's finaliser over the word's index and the key. */
function keyStream(w: number, key: Uint32Array): number {
  let h =
    Math.imul(w % 2 ** 32 ^ key[0], 0xcc9e2d51) ^
    Math.imul(Math.floor(w / 2 ** 32) ^ key[1], 0x1b873593) ^
    key[2];
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ key[3];
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

const PIECE = 65536;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function removeQuietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // Already gone, or held by another program: its content is masked with a key now lost anyway.
  }
}
