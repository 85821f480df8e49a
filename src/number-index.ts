/**
 * A compact map from phone numbers (E.164 digits as a double, exact up to 15 digits) to a line
 * number: open addressing over one typed array of (key, line) pairs, 16 bytes a slot and one cache
 * line per look-up, instead of a Map entry of ~80 bytes.
 */
export class NumberIndex {
  private slots: Float64Array; // [key + 1, line] pairs; key 0 marks an empty slot
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.slots = new Float64Array(capacity * 2);
  }

  get size(): number {
    return this.count;
  }

  private static slot(key: number, mask: number): number {
    const low = key % 4294967296;
    const high = Math.floor(key / 4294967296);
    return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (low >>> 13)) & mask;
  }

  /** The line stored for `key` (an integer ≥ 0), or, when absent, stores `line` and returns -1. */
  firstLineOr(key: number, line: number): number {
    return this.put(key + 1, line); // 0 marks an empty slot
  }

  private put(key: number, line: number): number {
    const capacity = this.slots.length / 2;
    if (this.count * 4 >= capacity * 3) return this.grow(), this.put(key, line);
    const mask = capacity - 1;
    let i = NumberIndex.slot(key, mask);
    for (;;) {
      const k = this.slots[2 * i];
      if (k === 0) {
        this.slots[2 * i] = key;
        this.slots[2 * i + 1] = line;
        this.count++;
        return -1;
      }
      if (k === key) return this.slots[2 * i + 1];
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.put(old[i], old[i + 1]);
  }
}

/** E.164 "+33612345678" → 33612345678, or null past 15 digits (no longer exact in a double). */
export function numberKey(e164: string): number | null {
  if (e164.length > 16) return null;
  const key = Number(e164.slice(1));
  return Number.isInteger(key) && key >= 0 ? key : null;
}
