// The zip container of a workbook, read through yauzl (its central directory, names and local
// headers) with bounds that make a hostile archive cost time and memory in proportion to its size
// on disk: entries counted, entries that share bytes refused (an "overlapping" zip bomb), each
// entry's inflated size bounded absolutely and by its ratio to its compressed size, and checked
// while it is inflated (a declared size that lies stops the read there).
import { createReadStream, type promises as fs } from 'fs';
import { createInflateRaw } from 'zlib';
import yauzl from 'yauzl';

/** At most this many entries are listed: a workbook has tens, a large one with pictures hundreds. */
export const MAX_ENTRIES = 10_000;
/**
 * Inflated bytes for one part over compressed bytes: 100 is Apache POI's bound (ZipSecureFile,
 * `minInflateRatio` 0.01), met by real workbooks (XML compresses 5–20 times; a 1M-row sheet of the
 * bench 8.4 times). Deflate reaches about 1,030 at most, so the bound cuts a bomb's cost tenfold and
 * makes the work per byte on disk bounded. Parts under RATIO_GRACE_BYTES are not held to it (a tiny
 * styles part of repeated formats compresses better).
 */
export const MAX_RATIO = 100;
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** Inflated bytes handed on at a time (see readEntry). */
const INFLATED_CHUNK = 64 * 1024;

/** A problem with the container itself (not the workbook's content). */
export class ZipProblem extends Error {
  constructor(
    readonly kind: 'damaged' | 'encrypted' | 'method' | 'too-large' | 'ratio' | 'overlap' | 'entries',
    message: string,
    readonly entry?: string,
    readonly detail?: number,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly encrypted: boolean;
  /** yauzl's entry, for its local header. */
  readonly raw: yauzl.Entry;
}

export interface Zip {
  /** Entries by name, looked up case-insensitively (OPC part names are). */
  get(name: string): ZipEntry | undefined;
  readonly names: readonly string[];
  /**
   * Streams an entry's inflated bytes to `onChunk`, at most `limit` of them (a ZipProblem beyond it,
   * or when the entry inflates to more than it declared or past the ratio bound).
   */
  read(entry: ZipEntry, limit: number, onChunk: (bytes: Buffer) => void): Promise<void>;
}

const damaged = (message: string, entry?: string) => new ZipProblem('damaged', message, entry);

/**
 * Opens the zip on an open file; rejects with a ZipProblem when it cannot be read. The file stays
 * its opener's to close (yauzl's close() would close the descriptor under its FileHandle).
 */
export async function openZip(file: string, handle: fs.FileHandle): Promise<Zip> {
  const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromFd(
      handle.fd,
      { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true },
      (error, zip) => (error ? reject(damaged(error.message)) : resolve(zip)),
    ),
  );
  if (zipfile.entryCount > MAX_ENTRIES)
    throw new ZipProblem('entries', `${zipfile.entryCount} entries`, undefined, zipfile.entryCount);
  const entries: ZipEntry[] = await new Promise((resolve, reject) => {
    const list: ZipEntry[] = [];
    zipfile.on('entry', (raw: yauzl.Entry) => {
      list.push({
        name: raw.fileName,
        method: raw.compressionMethod,
        compressedSize: raw.compressedSize,
        size: raw.uncompressedSize,
        encrypted: raw.isEncrypted(),
        raw,
      });
      zipfile.readEntry();
    });
    zipfile.on('end', () => resolve(list));
    zipfile.on('error', (error: Error) => reject(damaged(error.message)));
    zipfile.readEntry();
  });
  refuseOverlaps(entries);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = e.name.replace(/^\/+/, '').toLowerCase();
    if (byName.has(key)) throw damaged(`two entries are named "${e.name}"`, e.name);
    byName.set(key, e);
  }
  return {
    get: (name) => byName.get(name.replace(/^\/+/, '').toLowerCase()),
    names: entries.map((e) => e.name),
    read: (entry, limit, onChunk) => readEntry(zipfile, file, entry, limit, onChunk),
  };
}

/**
 * Entries whose compressed bytes overlap: the trick of the "better zip bomb" (many entries inflating
 * one shared deflate stream). A well-formed archive never has them.
 */
function refuseOverlaps(entries: readonly ZipEntry[]): void {
  const spans = entries
    .map((e) => ({
      name: e.name,
      start: e.raw.relativeOffsetOfLocalHeader,
      // The local header is at least 30 bytes and the name; its extra field may differ from the
      // central one, so only what is certain is counted.
      end: e.raw.relativeOffsetOfLocalHeader + 30 + e.raw.fileNameLength + e.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end)
      throw new ZipProblem('overlap', `entries "${spans[i - 1].name}" and "${spans[i].name}" share bytes`);
}

async function readEntry(
  zipfile: yauzl.ZipFile,
  file: string,
  entry: ZipEntry,
  limit: number,
  onChunk: (bytes: Buffer) => void,
): Promise<void> {
  if (entry.encrypted) throw new ZipProblem('encrypted', 'encrypted entry', entry.name);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipProblem('method', `compression method ${entry.method}`, entry.name, entry.method);
  if (entry.size > limit) throw new ZipProblem('too-large', `${entry.size} bytes`, entry.name, limit);
  if (entry.size > RATIO_GRACE_BYTES && entry.size > MAX_RATIO * entry.compressedSize)
    throw new ZipProblem(
      'ratio',
      'inflation ratio',
      entry.name,
      Math.round(entry.size / entry.compressedSize),
    );
  const start = await new Promise<number>((resolve, reject) =>
    zipfile.readLocalFileHeader(entry.raw, { minimal: true }, (error, header) =>
      error ? reject(damaged(error.message, entry.name)) : resolve(header.fileDataStart),
    ),
  );
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw damaged('no data', entry.name);
    return;
  }
  // yauzl's own read stream works in 16 KB pieces; zlib's cost per piece made that about three
  // times slower than 1 MB pieces on a large sheet, so the bytes are read here, 1 MB at a time.
  // They are inflated in pieces of INFLATED_CHUNK: a piece lives while the XML parser reads it,
  // and 1 MB pieces lived long enough to outlast young collections, so dead ones piled up outside
  // the heap until a full collection (80 MB of them in the 1M-row bench workbook's reader thread).
  const raw = createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: INFLATED_CHUNK })) : raw;
  let inflated = 0;
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      raw.destroy();
      if (stream !== raw) stream.destroy();
      const problem = error instanceof Error ? error : new Error(String(error));
      reject(
        (problem as NodeJS.ErrnoException).code?.startsWith('Z_')
          ? damaged(problem.message, entry.name)
          : problem,
      );
    };
    raw.on('error', fail);
    stream.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      inflated += chunk.length;
      // The declared size was checked against the bounds: inflating past it is a lie, stopped here.
      if (inflated > entry.size)
        return fail(damaged(`inflates to more than the ${entry.size} bytes it declares`, entry.name));
      try {
        onChunk(chunk);
      } catch (error) {
        fail(error);
      }
    });
    stream.on('end', () => {
      if (settled) return;
      if (inflated !== entry.size)
        return fail(damaged(`inflates to ${inflated} bytes, not the ${entry.size} it declares`, entry.name));
      settled = true;
      resolve();
    });
  });
}
