import { KEY_BITS, NumberIndex, numberKey, scramble } from './number-index';
import { TempScratch, type Scratch } from './scratch';

/**
 * Where each number of a recipients file was first met: `firstLine(e164, line)` answers, row by row
 * in file order, the line of the number's first row, or 0 when this row is its first.
 *
 * Numbers live in tables of about 9 bytes a number (NumberIndex), one per part of the scrambled key
 * space, sized from the expected row count. Memory stays flat however long the file: once the
 * tables hold `keepAtMost` numbers (a million), their entries are sorted and written to a scratch
 * file as a run (12 bytes a number, in blocks of BLOCK entries), with in memory only the first key
 * of each block and a Bloom filter of the run's keys (10 bits a number); the tables are then
 * emptied. A number missing from the tables is looked for in the runs only when a filter says it
 * may be there (true repeats, and about 1% of the others): one block read. The line found goes back
 * into the tables, so every entry, in a table or a run, always holds its number's first line.
 */
export class DuplicateIndex {
  private readonly parts: NumberIndex[] = [];
  private readonly partBits: number;
  private readonly span: number; // scrambled keys per part
  private held = 0; // numbers in the tables
  private readonly runs: Run[] = [];
  private scratch: Scratch | undefined;
  private readonly long = new Map<string, number>(); // unusual numbers with no exact numeric key
  private block = new ArrayBuffer(BLOCK * 12); // one block of a run, read or written: reused

  constructor(
    expected: number,
    private readonly keepAtMost = KEEP_AT_MOST,
    private readonly makeScratch: () => Scratch = () => new TempScratch(),
  ) {
    const planned = Math.min(expected, keepAtMost);
    this.partBits = Math.min(MAX_PART_BITS, Math.max(0, Math.ceil(Math.log2(planned / PART_SIZE))));
    this.span = 2 ** (KEY_BITS - this.partBits);
    for (let p = 0; p < 2 ** this.partBits; p++)
      this.parts.push(new NumberIndex(planned / 2 ** this.partBits, KEY_BITS - this.partBits));
  }

  /** The line `e164` was first met on, or 0 when `line` is the first (it is remembered then). */
  firstLine(e164: string, line: number): number {
    const key = numberKey(e164);
    if (key === null) {
      const first = this.long.get(e164);
      if (first === undefined) this.long.set(e164, line);
      return first ?? 0;
    }
    const h = scramble(key);
    const part = Math.floor(h / this.span);
    const table = this.parts[part];
    const inPart = h - part * this.span;
    let first: number;
    if (this.runs.length === 0) {
      first = table.put(inPart, line);
      if (first >= 0) return first;
    } else {
      first = table.get(inPart);
      if (first >= 0) return first;
      first = this.lookInRuns(h);
      table.put(inPart, first < 0 ? line : first);
    }
    // The tables gained an entry (a new number, or one found in a run).
    if (++this.held >= this.keepAtMost) this.writeRun();
    return first < 0 ? 0 : first;
  }

  /** Removes the scratch file, if one was made. */
  dispose(): void {
    this.scratch?.dispose();
    this.scratch = undefined;
  }

  /** The tables' entries, sorted by scrambled key, to the scratch space as one run; tables emptied. */
  private writeRun(): void {
    const n = this.held;
    const keys = new Float64Array(n);
    let i = 0;
    this.parts.forEach((table, part) => table.forEach((h) => (keys[i++] = h + part * this.span)));
    keys.sort();
    const scratch = (this.scratch ??= this.makeScratch());
    const run: Run = {
      offset: -1,
      count: n,
      firstKeys: new Float64Array(Math.ceil(n / BLOCK)),
      filter: new BloomFilter(n),
    };
    const { bytes, blockKeys, blockLines } = this.blockView();
    for (let start = 0; start < n; start += BLOCK) {
      const size = Math.min(BLOCK, n - start);
      for (let j = 0; j < size; j++) {
        const h = keys[start + j];
        const part = Math.floor(h / this.span);
        blockKeys[j] = h;
        blockLines[j] = this.parts[part].get(h - part * this.span);
        run.filter.add(h);
      }
      run.firstKeys[start / BLOCK] = keys[start];
      const offset = scratch.append(bytes); // a last, short block is written whole: its tail is never read
      if (run.offset < 0) run.offset = offset;
    }
    this.runs.push(run);
    for (const table of this.parts) table.clear();
    this.held = 0;
  }

  /** The first line stored for `h` in a run, or -1. */
  private lookInRuns(h: number): number {
    for (const run of this.runs) {
      if (!run.filter.has(h)) continue;
      const b = lastAtMost(run.firstKeys, h);
      if (b < 0) continue;
      const { bytes, blockKeys, blockLines } = this.blockView();
      (this.scratch as Scratch).read(run.offset + b * bytes.length, bytes);
      const size = Math.min(BLOCK, run.count - b * BLOCK);
      const j = lastAtMost(blockKeys.subarray(0, size), h);
      if (j >= 0 && blockKeys[j] === h) return blockLines[j];
    }
    return -1;
  }

  private blockView() {
    return {
      bytes: new Uint8Array(this.block),
      blockKeys: new Float64Array(this.block, 0, BLOCK),
      blockLines: new Uint32Array(this.block, 8 * BLOCK, BLOCK),
    };
  }
}

interface Run {
  offset: number;
  readonly count: number;
  /** The first key of each block. */
  readonly firstKeys: Float64Array;
  readonly filter: BloomFilter;
}

/** Index of the last value ≤ x in a sorted array, or -1. */
function lastAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A blocked Bloom filter over scrambled keys (already well mixed): the 7 bits of a key sit in one
 * 64-byte block, so a look-up costs one cache miss. 10 bits a key: about 1% false positives.
 */
class BloomFilter {
  private readonly words: Uint32Array;
  private readonly blocks: number;

  constructor(keys: number) {
    this.blocks = Math.max(1, Math.ceil((keys * 10) / 512));
    this.words = new Uint32Array(this.blocks * 16);
  }

  add(h: number): void {
    const base = this.blockOf(h);
    const step = stepOf(h);
    for (let k = 0, p = h % 512; k < HASHES; k++, p = (p + step) & 511)
      this.words[base + (p >>> 5)] |= 1 << (p & 31);
  }

  has(h: number): boolean {
    const base = this.blockOf(h);
    const step = stepOf(h);
    for (let k = 0, p = h % 512; k < HASHES; k++, p = (p + step) & 511)
      if ((this.words[base + (p >>> 5)] & (1 << (p & 31))) === 0) return false;
    return true;
  }

  /** The block from the key's high bits, its bit positions from the low ones (double hashing). */
  private blockOf(h: number): number {
    return (Math.floor(h / 512) % this.blocks) * 16;
  }
}

const HASHES = 7;
/** An odd step, so the 7 positions of a key are distinct. */
const stepOf = (h: number) => ((Math.imul(Math.floor(h / 2 ** 20) | 0, 0x9e3779b1) >>> 23) | 1) & 511;

const BLOCK = 256; // entries of a run read at once: 3 KB
const PART_SIZE = 16384; // numbers planned per part
const MAX_PART_BITS = 10;
// Numbers kept in the tables (~10 MB) before a run is written: files of up to about a million
// distinct numbers never touch the disk, and longer ones hold no more (the 5M-row peak stays
// within 1.3 times the 1M-row one; npm run bench).
const KEEP_AT_MOST = 2 ** 20;
