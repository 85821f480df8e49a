/**
 * A compact map from phone numbers (E.164 digits as an integer below 10^15) to a line number:
 * 8 bytes a slot, about 9 bytes a number, where a Map entry costs ~80 bytes. Millions of numbers
 * fit in a few tens of megabytes, and each look-up touches one cache line.
 *
 * How: H, a bijective scramble of the 50-bit key (see scramble; below 2^bits for one part of a split
 * key space), picks a home bucket (H mod B) of 8 slots; a slot keeps only the quotient
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
   * the width of the scrambled keys it is given (less than 50 for one part of a split key space).
   */
  constructor(expected = 0, bits = KEY_BITS) {
    // At least 2^(bits - 32) buckets, so that a quotient fits 32 bits.
    this.buckets = Math.max(2 ** Math.max(0, bits - 32), Math.ceil(expected / (SLOTS_PER_BUCKET * LOAD)));
    // The table is at least 16 MB for 50-bit keys; allocating it for a handful of numbers costs a full
    // garbage collection every few lints (an embedding program, the tests): until SMALL numbers, the Map.
    this.slots = expected < SMALL ? NO_TABLE : new Uint32Array(this.buckets * SLOTS_PER_BUCKET * 2);
  }

  get size(): number {
    return this.count;
  }

  /** The line stored for `h`, or -1. */
  get(h: number): number {
    const { buckets, slots } = this;
    if (slots === NO_TABLE) return this.overflow.get(h) ?? -1;
    const home = h % buckets;
    const quotient = (h - home) / buckets;
    const end = slots.length;
    let at = home * SLOTS_PER_BUCKET * 2;
    for (let distance = 0; distance <= MAX_DISTANCE; distance++) {
      for (let s = 0; s < SLOTS_PER_BUCKET; s++, at += 2) {
        const word = slots[at + 1];
        if (word === 0) return this.overflow.size > 0 ? (this.overflow.get(h) ?? -1) : -1;
        if (word >>> LINE_BITS === distance && slots[at] === quotient) return (word & LINE_MASK) - 1;
      }
      if (at === end) at = 0;
    }
    return this.overflow.get(h) ?? -1;
  }

  /**
   * The line stored for `h` (a number's scrambled key, below 2^bits), or, when absent, stores `line`
   * and returns -1.
   */
  put(h: number, line: number): number {
    const { buckets, slots } = this;
    if (slots === NO_TABLE) return this.putSmall(h, line);
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

  private putSmall(h: number, line: number): number {
    const previous = this.overflow.get(h);
    if (previous !== undefined) return previous;
    this.spill(h, line);
    if (this.count >= SMALL) {
      // Into the table: from now on, as if it had been planned.
      const entries = [...this.overflow];
      this.slots = new Uint32Array(this.buckets * SLOTS_PER_BUCKET * 2);
      this.overflow.clear();
      this.count = 0;
      for (const [key, at] of entries) this.put(key, at);
    }
    return -1;
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
export const SMALL = 4096; // numbers kept in the Map before the table is made (about 300 KB)
const NO_TABLE = new Uint32Array(0);
export const KEY_BITS = 50; // numbers have at most 15 digits: below 10^15 < 2^50
// Sized for 90% full at the expected count (about 9 bytes a number); it grows when 5% more numbers
// come. The estimate from the file's first 64 KB is within 1% on ordinary exports. Buckets of 8
// probe well up to 95%.
const LOAD = 0.9;
const GROW_AT = 0.95;
const LINE_BITS = 29;
const LINE_MASK = (1 << LINE_BITS) - 1;
const MAX_DISTANCE = 7;
const HALF = 1 << 25;
const HALF_MASK = HALF - 1;

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
