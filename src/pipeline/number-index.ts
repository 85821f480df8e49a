import { Column } from './column';
import type { Scratch } from '../types';

/**
 * A compact map from phone numbers (E.164 digits as an integer below 10^15) to a line number:
 * 8 bytes a slot, about 9 bytes a number, where a Map entry costs ~80 bytes. Millions of numbers
 * fit in a few tens of megabytes, and each look-up touches one cache line.
 *
 * How: H, a bijective scramble of the 50-bit key (see scramble; below 2^bits for a part of a
 * RepeatFinder), picks a home bucket (H mod B) of 8 slots; a slot keeps only the quotient
 * floor(H / B) (32 bits, since B ≥ 2^(bits − 32)) beside the line, plus how many
 * buckets past its home it sits (linear probing, 3 bits), which together identify the key exactly.
 * The rare entry that would sit more than 7 buckets away, or whose line does not fit, goes to a Map.
 */
export class NumberIndex {
  private buckets: number;
  private slots: Uint32Array; // per slot: [quotient, (distance << 29) | (line + 1)]; 0 = empty
  private readonly overflow = new Map<number, number>(); // H → line
  private count = 0;

  /**
   * `expected`: how many distinct numbers to plan for (the table grows past it if needed). `bits`:
   * the width of the scrambled keys it is given (less than 50 for a part of a RepeatFinder).
   */
  constructor(expected = 0, bits = KEY_BITS) {
    // At least 2^(bits - 32) buckets, so that a quotient fits 32 bits.
    this.buckets = Math.max(2 ** Math.max(0, bits - 32), Math.ceil(expected / (SLOTS_PER_BUCKET * LOAD)));
    // Zero-filled memory the system hands out lazily: a small campaign only pays for the pages it touches.
    this.slots = new Uint32Array(this.buckets * SLOTS_PER_BUCKET * 2);
  }

  get size(): number {
    return this.count;
  }

  /**
   * The line stored for `h` (a number's scrambled key, below 2^bits), or, when absent, stores `line`
   * and returns -1.
   */
  put(h: number, line: number): number {
    const { buckets, slots } = this;
    const home = h % buckets;
    const quotient = (h - home) / buckets;
    const end = slots.length;
    let at = home * SLOTS_PER_BUCKET * 2;
    for (let distance = 0; distance <= MAX_DISTANCE; distance++) {
      for (let s = 0; s < SLOTS_PER_BUCKET; s++, at += 2) {
        const word = slots[at + 1];
        if (word === 0) {
          const previous = this.overflow.size > 0 ? this.overflow.get(h) : undefined;
          if (previous !== undefined) return previous;
          if (line + 1 > LINE_MASK) return this.spill(h, line);
          slots[at] = quotient;
          slots[at + 1] = (distance << LINE_BITS) | (line + 1);
          if (++this.count > buckets * SLOTS_PER_BUCKET * GROW_AT) this.grow();
          return -1;
        }
        if (word >>> LINE_BITS === distance && slots[at] === quotient) return (word & LINE_MASK) - 1;
      }
      if (at === end) at = 0;
    }
    const previous = this.overflow.get(h);
    return previous !== undefined ? previous : this.spill(h, line);
  }

  private spill(h: number, line: number): number {
    this.overflow.set(h, line);
    this.count++;
    return -1;
  }

  /** Every entry: its scrambled key and its line. */
  forEach(visit: (h: number, line: number) => void): void {
    eachEntry(this.buckets, this.slots, this.overflow, visit);
  }

  /** Forgets every entry and keeps the memory. */
  clear(): void {
    this.slots.fill(0);
    this.overflow.clear();
    this.count = 0;
  }

  /** Twice the buckets; every entry is placed again from its recovered H. */
  private grow(): void {
    const { buckets, slots, overflow } = this;
    const spilled = [...overflow];
    this.buckets = buckets * 2;
    this.slots = new Uint32Array(this.buckets * SLOTS_PER_BUCKET * 2);
    overflow.clear();
    this.count = 0;
    eachEntry(buckets, slots, spilled, (h, line) => this.put(h, line));
  }
}

/** The entries of a table: H from the quotient, the slot's bucket and its distance from home. */
function eachEntry(
  buckets: number,
  slots: Uint32Array,
  overflow: Iterable<[number, number]>,
  visit: (h: number, line: number) => void,
): void {
  for (let at = 0; at < slots.length; at += 2) {
    const word = slots[at + 1];
    if (word === 0) continue;
    const home = (Math.floor(at / (2 * SLOTS_PER_BUCKET)) - (word >>> LINE_BITS) + buckets) % buckets;
    visit(slots[at] * buckets + home, (word & LINE_MASK) - 1);
  }
  for (const [h, line] of overflow) visit(h, line);
}

const SLOTS_PER_BUCKET = 8; // 64 bytes: one cache line
const KEY_BITS = 50; // numbers have at most 15 digits: below 10^15 < 2^50
// Sized for 90% full at the expected count (about 9 bytes a number); it grows when 5% more numbers
// come. The estimate from the file's first 64 KB is within 1% on ordinary exports, and a part of a
// RepeatFinder that grows doubles only its own ~145 KB. Buckets of 8 probe well up to 95%.
const LOAD = 0.9;
const GROW_AT = 0.95;
const LINE_BITS = 29;
const LINE_MASK = (1 << LINE_BITS) - 1;
const MAX_DISTANCE = 7;
const HALF = 1 << 25;
const HALF_MASK = HALF - 1;

/**
 * Finds the numbers met before, with the first line of each, a little late: each key waits in the
 * queue of its part (the top bits of its scrambled value) and a full queue is looked up at once in
 * that part's own table of ~145 KB. One table of tens of megabytes looked up row by row costs a
 * cache and TLB miss per number, and slows the threads beside it; in bursts within one part the
 * main thread spent about a third less on it (interleaved runs over the 1M-row bench file). Keys
 * of one number share a part and a part's queue is answered in order, so each repeat gets the first
 * line of its number, exactly as row by row. `onRepeat(line, key, firstLine)` is called for each
 * repeat, at most (parts × QUEUE) keys after it was added, and for all the rest by `flush()`, which
 * is called once, at the end.
 *
 * Given a scratch space, memory stays flat however long the file: once the tables hold `keepAtMost`
 * numbers, they are written there as a run (12 bytes a number) and emptied. A repeat met after that
 * may have its first line in a run, so it is held back (12 bytes) until `flush()` reads the runs
 * back one part at a time, finds the first line of each number across all of them, and reports.
 */
export class RepeatFinder {
  private readonly parts: NumberIndex[] = [];
  private readonly partBits: number;
  private readonly span: number; // scrambled keys per part
  private readonly queued: Float64Array; // per part, QUEUE (scrambled key - part start) …
  private readonly lines: Uint32Array; // … and the lines they were met on (below 2^32)
  private readonly fill: Uint32Array;
  private held = 0; // numbers in the tables
  private runs: Array<{ offsets: number[]; counts: number[] }> = []; // per part: where its entries are, how many
  private heldBack = { count: 0, keys: new Column(Float64Array), lines: new Column(Uint32Array) }; // scrambled keys
  private segment = new ArrayBuffer(0); // one part of a run, written or read: reused, not garbage

  constructor(
    expected: number,
    private readonly onRepeat: (line: number, key: number, firstLine: number) => void,
    private readonly scratch?: Scratch,
    private readonly keepAtMost = KEEP_AT_MOST,
  ) {
    const planned = scratch ? Math.min(expected, keepAtMost) : expected;
    const bits = (this.partBits = Math.min(
      MAX_PART_BITS,
      Math.max(0, Math.ceil(Math.log2(planned / PART_SIZE))),
    ));
    this.span = 2 ** (KEY_BITS - bits);
    for (let p = 0; p < 2 ** bits; p++)
      this.parts.push(new NumberIndex(planned / 2 ** bits, KEY_BITS - bits));
    this.queued = new Float64Array(this.parts.length * QUEUE);
    this.lines = new Uint32Array(this.parts.length * QUEUE);
    this.fill = new Uint32Array(this.parts.length);
  }

  /** `key`: an integer in [0, 10^15) (see numberKey); `line`: where it was met. */
  add(key: number, line: number): void {
    const h = scramble(key);
    const part = Math.floor(h / this.span);
    const at = part * QUEUE + this.fill[part]++;
    this.queued[at] = h - part * this.span;
    this.lines[at] = line;
    if (this.fill[part] === QUEUE) this.answer(part);
  }

  /** Answers every key still queued or held back. */
  flush(): void {
    for (let part = 0; part < this.parts.length; part++) this.answer(part);
    if (this.runs.length > 0) this.settle();
  }

  private answer(part: number): void {
    const index = this.parts[part];
    const start = part * QUEUE;
    const end = start + this.fill[part];
    this.fill[part] = 0;
    for (let at = start; at < end; at++) {
      const first = index.put(this.queued[at], this.lines[at]);
      if (first < 0) this.held++;
      else if (this.runs.length === 0)
        this.onRepeat(this.lines[at], unscramble(this.queued[at] + part * this.span), first);
      else this.holdBack(this.queued[at] + part * this.span, this.lines[at]);
    }
    if (this.scratch && this.held >= this.keepAtMost) this.writeRun(this.scratch);
  }

  private holdBack(h: number, line: number): void {
    const { heldBack } = this;
    heldBack.keys.set(heldBack.count, h);
    heldBack.lines.set(heldBack.count++, line);
  }

  /** Each part's entries (scrambled keys, then lines) to the scratch space; the tables are emptied. */
  private writeRun(scratch: Scratch): void {
    const run = { offsets: [] as number[], counts: [] as number[] };
    for (const index of this.parts) {
      const n = index.size;
      const { bytes, keys, lines } = this.segmentOf(n);
      let i = 0;
      index.forEach((h, line) => {
        keys[i] = h;
        lines[i++] = line;
      });
      run.offsets.push(scratch.append(bytes));
      run.counts.push(n);
      index.clear();
    }
    this.runs.push(run);
    this.held = 0;
  }

  /**
   * Part by part, the runs in file order and then the table go into one index, which so keeps each
   * number's first line: a number already there is a repeat, and so is every repeat held back.
   */
  private settle(): void {
    const scratch = this.scratch as Scratch;
    const back = this.heldBackByPart();
    for (let part = 0; part < this.parts.length; part++) {
      const table = this.parts[part];
      const first = new NumberIndex(
        this.runs.reduce((n, run) => n + run.counts[part], table.size),
        KEY_BITS - this.partBits,
      );
      const enter = (h: number, line: number) => {
        const firstLine = first.put(h, line);
        if (firstLine >= 0) this.onRepeat(line, unscramble(h + part * this.span), firstLine);
      };
      for (const run of this.runs) {
        const n = run.counts[part];
        const { bytes, keys, lines } = this.segmentOf(n);
        scratch.read(run.offsets[part], bytes);
        for (let i = 0; i < n; i++) enter(keys[i], lines[i]);
      }
      table.forEach(enter);
      for (let b = back.starts[part]; b < back.starts[part + 1]; b++) {
        const h = this.heldBack.keys.get(back.order[b]);
        const line = this.heldBack.lines.get(back.order[b]);
        this.onRepeat(line, unscramble(h), first.put(h - part * this.span, line));
      }
    }
    this.runs = [];
    this.heldBack = { count: 0, keys: new Column(Float64Array), lines: new Column(Uint32Array) };
  }

  /** Room for n entries of a run: their scrambled keys, then their lines. */
  private segmentOf(n: number): { bytes: Uint8Array; keys: Float64Array; lines: Uint32Array } {
    if (this.segment.byteLength < 12 * n)
      this.segment = new ArrayBuffer(Math.max(12 * n, 2 * this.segment.byteLength));
    return {
      bytes: new Uint8Array(this.segment, 0, 12 * n),
      keys: new Float64Array(this.segment, 0, n),
      lines: new Uint32Array(this.segment, 8 * n, n),
    };
  }

  /** The held-back repeats grouped by part, each part's in the order met (a counting sort); part p's are order[starts[p] … starts[p + 1]). */
  private heldBackByPart(): { order: Uint32Array; starts: Uint32Array } {
    const { count, keys } = this.heldBack;
    const partOf = (i: number) => Math.floor(keys.get(i) / this.span);
    const starts = new Uint32Array(this.parts.length + 1);
    for (let i = 0; i < count; i++) starts[partOf(i) + 1]++;
    for (let p = 1; p < starts.length; p++) starts[p] += starts[p - 1];
    const next = starts.slice(0, -1);
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[next[partOf(i)]++] = i;
    return { order, starts };
  }
}

const PART_SIZE = 16384; // numbers planned per part: a table of ~145 KB
const MAX_PART_BITS = 10;
const QUEUE = 256;
// Numbers kept in memory when a scratch space is given (~19 MB of tables): files of up to about two
// million distinct numbers never touch the disk.
const KEEP_AT_MOST = 2 ** 21;

/** A bijection of [0, 2^50): three Feistel rounds over 25-bit halves (int32 arithmetic only). */
export function scramble(key: number): number {
  let hi = Math.floor(key / HALF);
  let lo = key - hi * HALF;
  for (const multiplier of ROUND_MULTIPLIERS) {
    const mixed = Math.imul(lo ^ (lo >>> 13), multiplier);
    const next = hi ^ ((mixed ^ (mixed >>> 16)) & HALF_MASK);
    hi = lo;
    lo = next;
  }
  return hi * HALF + lo;
}
export const ROUND_MULTIPLIERS = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35];

/** The inverse of scramble (the rounds backwards). */
export function unscramble(h: number): number {
  let hi = Math.floor(h / HALF);
  let lo = h - hi * HALF;
  for (let round = ROUND_MULTIPLIERS.length - 1; round >= 0; round--) {
    const mixed = Math.imul(hi ^ (hi >>> 13), ROUND_MULTIPLIERS[round]);
    const previousHi = lo ^ ((mixed ^ (mixed >>> 16)) & HALF_MASK);
    lo = hi;
    hi = previousHi;
  }
  return hi * HALF + lo;
}

/**
 * E.164 "+33612345678" → 33612345678: the same number for the same string and no other. Null past
 * 15 digits (no longer exact in a double), without the "+", and for digits starting with 0 ("+00"
 * and "+000" would both be 0); no calling code starts with 0, so only unusable cells give those.
 */
export function numberKey(e164: string): number | null {
  if (e164.length < 2 || e164.length > 16 || e164.charCodeAt(0) !== 43 || e164.charCodeAt(1) === 48)
    return null;
  let key = 0; // digit by digit: no substring, and exact below 2^53
  for (let i = 1; i < e164.length; i++) {
    const digit = e164.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    key = key * 10 + digit;
  }
  return key;
}
