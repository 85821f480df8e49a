/**
 * What a column's cells mean, worked out once per distinct cell text and found again from the
 * batch's text without cutting the cell out of it: a look-up hashes the cell's characters where
 * they are and compares them in place (`startsWith`). Cutting each cell out and looking it up in a
 * Map made a new string, hashed it and compared it, four or five times a record. Cells are kept as
 * written (untrimmed): a reading depends only on the cell's text, so the same text gets the same
 * reading. At most KEPT cells of at most LONGEST characters are kept; others are read every time,
 * and once KEPT more look-ups have missed a full memo (a column of distinct values: timestamps,
 * notes) it is no longer searched at all.
 */
export class SpanMemo<T> {
  // The table starts small and doubles while it fills (a small campaign reads a few cells: six
  // memos of SLOTS slots made each lint allocate ~770 KB, most of its garbage collection).
  private keys: Array<string | undefined> = new Array<string | undefined>(FIRST_SLOTS);
  private values: T[] = new Array<T>(FIRST_SLOTS);
  private mask = FIRST_SLOTS - 1;
  private kept = 0;
  private missedWhenFull = 0;

  /** The reading of text[from, to), by `read` (given the cell trimmed) the first time. */
  get(text: string, from: number, to: number, read: (cell: string) => T): T {
    const length = to - from;
    if (length > LONGEST || this.missedWhenFull > KEPT) return read(text.substring(from, to).trim());
    const h = hash(text, from, to);
    const { keys, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) {
        const cell = text.substring(from, to);
        const value = read(cell.trim());
        if (this.kept < KEPT) {
          keys[slot] = cell;
          this.values[slot] = value;
          // Half full at most: probes stay short, and a search always ends at an empty slot.
          if (++this.kept * 2 > mask && mask < SLOTS - 1) this.grow();
        } else this.missedWhenFull++;
        return value;
      }
      if (key.length === length && text.startsWith(key, from)) return this.values[slot];
    }
  }

  /** Twice as many slots, the kept cells placed again. */
  private grow(): void {
    const { keys, values } = this;
    const size = 2 * keys.length;
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<T>(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hash(key, 0, key.length) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = values[i];
    }
  }
}

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const SLOTS = 8192;
const FIRST_SLOTS = 64;
const KEPT = SLOTS / 2; // half full at most: probes stay short, and a search always ends at an empty slot
const LONGEST = 64;
