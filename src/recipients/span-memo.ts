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
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(SLOTS);
  private readonly values: T[] = new Array<T>(SLOTS);
  private kept = 0;
  private missedWhenFull = 0;

  /** The reading of text[from, to), by `read` (given the cell trimmed) the first time. */
  get(text: string, from: number, to: number, read: (cell: string) => T): T {
    const length = to - from;
    if (length > LONGEST || this.missedWhenFull > KEPT) return read(text.substring(from, to).trim());
    let h = 0x811c9dc5; // FNV-1a over the UTF-16 code units
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const { keys } = this;
    for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
      const key = keys[slot];
      if (key === undefined) {
        const cell = text.substring(from, to);
        const value = read(cell.trim());
        if (this.kept < KEPT) {
          keys[slot] = cell;
          this.values[slot] = value;
          this.kept++;
        } else this.missedWhenFull++;
        return value;
      }
      if (key.length === length && text.startsWith(key, from)) return this.values[slot];
    }
  }
}

const SLOTS = 8192;
const MASK = SLOTS - 1;
const KEPT = SLOTS / 2; // half full at most: probes stay short, and a search always ends at an empty slot
const LONGEST = 64;
