import { Transform, type TransformCallback } from 'stream';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Where the squeezer stands between two bytes, as csv-parse (with relax_quotes) would. */
const enum State {
  /** Outside quotes: a line break ends a line. */
  Unquoted,
  /** Inside a quoted cell: line breaks are part of the cell. */
  Quoted,
  /** Just after a quote inside a quoted cell: `""`, the end of the cell, or something odd. */
  AfterQuote,
  /** Something csv-parse reads its own way (`"a"b`, a delimiter of several bytes): bytes pass as they are. */
  PassThrough,
}

/**
 * Takes empty lines out of a CSV byte stream before csv-parse sees them (it spends ~26 s on a
 * million of them; skip_empty_lines would lose the line numbers), and remembers how many were
 * taken before each record so line numbers stay exact: `takenBefore(k)` for the k-th record.
 * It follows quotes as csv-parse does (a quote opens a cell only at the start of a field; `""`
 * inside one is a quote), so an empty line inside a quoted cell is kept. Where csv-parse would
 * read the bytes its own way (a closing quote followed by text), or where the delimiter is not one
 * byte, it stops taking lines out: bytes then pass as they are, which is always correct.
 * Works on any encoding where line breaks, quotes and the delimiter are single ASCII bytes.
 */
export class EmptyLineSqueezer extends Transform {
  private readonly taken = new Map<number, number>();
  private readonly delimiter: number;
  private records = 0; // line breaks that ended a record with content so far
  private state: State;
  private atLineStart = true;
  private previous = LF; // the byte before the current one (a line start at first)
  private afterCR = false;
  private droppedCR = false;

  constructor(delimiter: string) {
    super();
    const single = Buffer.byteLength(delimiter) === 1 && delimiter.charCodeAt(0) < 0x80;
    this.delimiter = single ? delimiter.charCodeAt(0) : -1;
    this.state = single ? State.Unquoted : State.PassThrough;
  }

  /** Empty lines taken out just before the k-th record (0-based, the header included). */
  takenBefore(record: number): number {
    const n = this.taken.get(record);
    if (n === undefined) return 0;
    this.taken.delete(record);
    return n;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let state = this.state;
    if (state === State.PassThrough) return done(null, chunk);
    const kept: Buffer[] = [];
    let from = 0; // start of the bytes kept but not pushed yet
    let nextLF = chunk.indexOf(LF);
    let nextCR = chunk.indexOf(CR);
    let nextQuote = chunk.indexOf(QUOTE);
    const previousOf = (i: number) => (i > 0 ? chunk[i - 1] : this.previous);
    let i = 0;
    while (i < chunk.length) {
      if (state === State.Quoted) {
        if (nextQuote >= 0 && nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
        if (nextQuote < 0) {
          i = chunk.length; // the whole rest is inside the cell
          break;
        }
        i = nextQuote + 1;
        state = State.AfterQuote;
        continue;
      }
      const b = chunk[i];
      if (state === State.AfterQuote) {
        if (b === QUOTE) {
          state = State.Quoted; // `""`: a quote inside the cell
          i++;
          continue;
        }
        if (b !== LF && b !== CR && b !== this.delimiter) {
          state = State.PassThrough; // `"a"b`: csv-parse re-reads the cell its own way
          break;
        }
        state = State.Unquoted;
        this.atLineStart = false; // the quoted cell was content
      }
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
      this.afterCR = false;
      if (b === QUOTE) {
        // A quote opens a cell only where a field starts; elsewhere (="0612…") it is a character.
        const previous = previousOf(i);
        if (previous === this.delimiter || previous === LF || previous === CR) state = State.Quoted;
        this.atLineStart = false;
        i++;
        continue;
      }
      // Content: jump to the next line break or quote.
      this.atLineStart = false;
      if (nextLF >= 0 && nextLF < i) nextLF = chunk.indexOf(LF, i);
      if (nextCR >= 0 && nextCR < i) nextCR = chunk.indexOf(CR, i);
      if (nextQuote >= 0 && nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
      i = Math.min(
        nextLF < 0 ? chunk.length : nextLF,
        nextCR < 0 ? chunk.length : nextCR,
        nextQuote < 0 ? chunk.length : nextQuote,
      );
    }
    this.state = state;
    if (chunk.length > 0) this.previous = chunk[chunk.length - 1];
    if (from === 0) return done(null, chunk);
    kept.push(chunk.subarray(from));
    done(null, Buffer.concat(kept));
  }
}
