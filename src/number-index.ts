/**
 * A compact map from phone numbers (E.164 digits as a double, exact up to 15 digits) to a line
 * number: open addressing over two typed arrays, 12 bytes a slot, sized to the need rather than to
 * a power of two (a Map entry costs ~80 bytes).
 */
export class NumberIndex {
  private keys: Float64Array; // key + 1; 0 marks an empty slot
  private lines: Uint32Array;
  private count = 0;

  /** `expected`: how many distinct numbers to plan for (the table grows past it if needed). */
  constructor(expected = 1 << 15) {
    const capacity = Math.max(1024, Math.ceil(expected / 0.75));
    this.keys = new Float64Array(capacity);
    this.lines = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  private static slot(key: number, capacity: number): number {
    const low = key % 4294967296;
    const high = Math.floor(key / 4294967296);
    return ((Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (low >>> 13)) >>> 0) % capacity;
  }

  /** The line stored for `key` (an integer ≥ 0), or, when absent, stores `line` and returns -1. */
  firstLineOr(key: number, line: number): number {
    return this.put(key + 1, line);
  }

  private put(key: number, line: number): number {
    const capacity = this.keys.length;
    if (this.count * 5 >= capacity * 4) return this.grow(), this.put(key, line); // load stays under 0.8
    let i = NumberIndex.slot(key, capacity);
    for (;;) {
      const k = this.keys[i];
      if (k === 0) {
        this.keys[i] = key;
        this.lines[i] = line;
        this.count++;
        return -1;
      }
      if (k === key) return this.lines[i];
      if (++i === capacity) i = 0;
    }
  }

  private grow(): void {
    const { keys, lines } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Uint32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.put(keys[i], lines[i]);
  }
}

/** E.164 "+33612345678" → 33612345678, or null past 15 digits (no longer exact in a double). */
export function numberKey(e164: string): number | null {
  if (e164.length > 16) return null;
  const key = Number(e164.slice(1));
  return Number.isInteger(key) && key >= 0 ? key : null;
}
