import { Transform, type TransformCallback } from 'stream';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * Takes empty lines out of a CSV byte stream before csv-parse sees them (it spends ~26 s on a
 * million of them; skip_empty_lines would lose the line numbers), and remembers how many were
 * taken before each record so line numbers stay exact: `takenBefore(k)` for the k-th record.
 * Only while no double quote has been seen: until then every line break ends a record, so an empty
 * line cannot be inside a quoted cell. From the first quote on, bytes pass as they are.
 */
export class EmptyLineSqueezer extends Transform {
  private readonly taken = new Map<number, number>();
  private records = 0; // line breaks that ended a line with content so far
  private atLineStart = true;
  private afterCR = false;
  private droppedCR = false;
  private passThrough = false;

  /** Empty lines taken out just before the k-th record (0-based, the header included). */
  takenBefore(record: number): number {
    const n = this.taken.get(record);
    if (n === undefined) return 0;
    this.taken.delete(record);
    return n;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.passThrough) return done(null, chunk);
    const quote = chunk.indexOf(QUOTE);
    const end = quote < 0 ? chunk.length : quote;
    const kept: Buffer[] = [];
    let from = 0; // start of the bytes kept but not pushed yet
    let nextLF = chunk.indexOf(LF);
    let nextCR = chunk.indexOf(CR);
    for (let i = 0; i < end; ) {
      const b = chunk[i];
      if (b === LF || b === CR) {
        const continuesCRLF = b === LF && this.afterCR;
        let drop = false;
        if (continuesCRLF) drop = this.droppedCR;
        else if (this.atLineStart) {
          drop = true;
          this.taken.set(this.records, (this.taken.get(this.records) ?? 0) + 1);
        } else this.records++;
        if (!continuesCRLF) this.droppedCR = b === CR && drop;
        this.afterCR = b === CR;
        this.atLineStart = true;
        if (drop) {
          if (i > from) kept.push(chunk.subarray(from, i));
          from = i + 1;
        }
        i++;
        continue;
      }
      // Content: jump to the next line break.
      this.atLineStart = false;
      this.afterCR = false;
      if (nextLF >= 0 && nextLF < i) nextLF = chunk.indexOf(LF, i);
      if (nextCR >= 0 && nextCR < i) nextCR = chunk.indexOf(CR, i);
      const next = Math.min(nextLF < 0 ? Infinity : nextLF, nextCR < 0 ? Infinity : nextCR);
      i = Math.min(next, end);
    }
    if (quote >= 0) this.passThrough = true;
    if (from === 0) return done(null, chunk);
    kept.push(chunk.subarray(from));
    done(null, Buffer.concat(kept));
  }
}
