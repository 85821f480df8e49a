import { Transform, type TransformCallback } from 'stream';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** What the line reader is told, and whom it tells. */
export interface LineReaderOptions {
  /** The delimiter's character code: one ASCII character other than a quote or a line break. */
  readonly delimiter: number;
  /** Bytes of whole lines → their text (UTF-8, or a one-byte encoding). */
  readonly decode: (bytes: Buffer) => string;
  /** Whether one character is one byte in this encoding (else UTF-8). */
  readonly oneByte: boolean;
  /** Lines longer than this many characters go to csv-parse (which refuses records over its limit). */
  readonly maxLineChars: number;
  /** Lines with more cells than this go to csv-parse. */
  readonly maxCells: number;
  /** Physical line of the first line. */
  readonly firstLine: number;
  /** False once the bytes must go to csv-parse whatever they hold (the file turned out not to be UTF-8). */
  readonly readable: () => boolean;
  /** One line's cells: cell i is text[spans[2i], spans[2i + 1]) (untrimmed); `line` is its physical line. */
  readonly onLine: (text: string, spans: Uint32Array, cells: number, line: number) => void;
  /** From here on every byte goes to csv-parse; `nextLine` is the physical line of the first one. */
  readonly onHandOver: (nextLine: number) => void;
  /** What `onLine` threw: the reading stops. */
  readonly onError: (error: unknown) => void;
}

/**
 * The common case of a CSV, read without csv-parse: lines with no quote character at all, which
 * csv-parse (with relax_quotes, relax_column_count and CR, LF and CRLF as record ends) splits at
 * each delimiter and nothing else. Whole lines are decoded at once and cut into cells by offsets,
 * with no string per cell. At the first line with a quote (or too long, or once the file is known
 * not to be UTF-8), it hands every byte from that line's first on to csv-parse, downstream of this
 * stream: csv-parse stays the reader of everything else, quirks included (a differential test
 * checks both give the same records).
 */
export class LineReader extends Transform {
  private carry: Buffer | null = null;
  private handedOver = false;
  private failed = false;
  private line: number;
  private spans: Uint32Array;

  constructor(private readonly options: LineReaderOptions) {
    super();
    this.line = options.firstLine;
    this.spans = new Uint32Array(2 * Math.min(options.maxCells + 1, 64));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    if (this.handedOver) return done(null, chunk);
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    // Whole lines only: up to the last LF, or the last CR when the next byte is known not to be LF.
    let end = bytes.lastIndexOf(LF) + 1;
    const lastCR = bytes.lastIndexOf(CR);
    if (lastCR >= end && lastCR < bytes.length - 1) end = lastCR + 1;
    this.readWhole(bytes, end, false);
    done();
  }

  override _flush(done: TransformCallback): void {
    const rest = this.carry;
    this.carry = null;
    if (!this.handedOver && !this.failed && rest) this.readWhole(rest, rest.length, true);
    done();
  }

  /** Reads the whole lines of bytes[0, end) (all of them at the end of the file), keeps the rest. */
  private readWhole(bytes: Buffer, end: number, last: boolean): void {
    if (!this.options.readable()) return this.handOver(bytes, 0);
    const quote = bytes.indexOf(QUOTE);
    let stop = end;
    if (quote >= 0 && quote < end) stop = lineStart(bytes, quote);
    if (stop > 0) {
      const text = this.options.decode(bytes.subarray(0, stop));
      const at = this.cut(text, last && stop === end);
      if (this.failed) return;
      if (at < text.length) {
        const offset = this.options.oneByte ? at : Buffer.byteLength(text.substring(0, at));
        return this.handOver(bytes, offset);
      }
    }
    if (stop < end) return this.handOver(bytes, stop);
    if (end < bytes.length) {
      this.carry = bytes.subarray(end);
      // A line with no end in sight: csv-parse has the limit on records.
      if (this.carry.length > this.options.maxLineChars) this.handOver(this.carry, 0);
    }
  }

  /**
   * Cuts text (whole lines; the last may lack its line break when `last`) into cells and hands each
   * line on. Returns the offset of the first line it could not read (text.length when none).
   */
  private cut(text: string, last: boolean): number {
    const { delimiter, maxLineChars, maxCells, onLine } = this.options;
    let spans = this.spans;
    let start = 0;
    const length = text.length;
    while (start < length) {
      let cells = 0;
      let from = start;
      let i = start;
      let c = 0;
      for (; i < length; i++) {
        c = text.charCodeAt(i);
        if (c === delimiter) {
          if (2 * cells + 4 > spans.length) {
            if (cells >= maxCells) return start;
            spans = this.spans = grow(spans);
          }
          spans[2 * cells] = from;
          spans[2 * cells + 1] = i;
          cells++;
          from = i + 1;
        } else if (c === LF || c === CR) break;
      }
      if (i === length && !last) return start; // cannot happen: text holds whole lines
      if (i - start > maxLineChars) return start;
      spans[2 * cells] = from;
      spans[2 * cells + 1] = i;
      cells++;
      const line = this.line++;
      start = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      if (i > from || cells > 1) {
        try {
          onLine(text, spans, cells, line);
        } catch (error) {
          this.failed = true; // nothing more is read
          this.options.onError(error);
          return length;
        }
      } // else an empty line: csv-parse's record of one empty cell, which is blank
    }
    return length;
  }

  private handOver(bytes: Buffer, from: number): void {
    this.handedOver = true;
    this.options.onHandOver(this.line);
    this.push(bytes.subarray(from));
  }
}

/** Where the line holding byte `at` starts. */
function lineStart(bytes: Buffer, at: number): number {
  return Math.max(bytes.lastIndexOf(LF, at), bytes.lastIndexOf(CR, at)) + 1;
}

function grow(spans: Uint32Array): Uint32Array {
  const grown = new Uint32Array(spans.length * 2);
  grown.set(spans);
  return grown;
}
