import { writeFileSync } from 'fs';
import iconv from 'iconv-lite';
import path from 'path';
import { tempFolder } from './helpers/temp';
import { Readable } from 'stream';
import { streamCsv } from '../src/read/csv';
import { EmptyLineSqueezer } from '../src/read/empty-lines';

// Issue 18: empty lines are taken out before csv-parse (a million took 26 s) with line numbers kept.
async function read(text: string | Buffer, encoding?: string) {
  const file = path.join(tempFolder('cl-empty-'), 'r.csv');
  writeFileSync(file, text);
  const rows: Array<[string, number]> = [];
  await streamCsv(
    { file, display: 'r.csv', kind: 'recipients file', delimiter: ';', encoding },
    () => undefined,
    (values, line) => rows.push([values[0], line]),
  );
  return rows;
}

/** A CSV text written row by row, with the first cell of each row and the line it starts on. */
class Written {
  text: string;
  private readonly starts: Array<[string, number]> = [];
  constructor(header: string) {
    this.text = header;
  }
  row(first: string, rest: string): void {
    this.starts.push([first, this.text.length]);
    this.text += first + rest;
  }
  blank(eols: string): void {
    this.text += eols;
  }
  /** Each row's first cell and its line, counting CRLF, CR and LF as one line break each. */
  rows(): Array<[string, number]> {
    const breakEnds = [...this.text.matchAll(/\r\n|\r|\n/g)].map((m) => (m.index ?? 0) + m[0].length);
    let breaksBefore = 0;
    return this.starts.map(([first, offset]) => {
      while (breaksBefore < breakEnds.length && breakEnds[breaksBefore] <= offset) breaksBefore++;
      return [first, breaksBefore + 1];
    });
  }
}

/** What csv-parse is given once the squeezer has taken empty lines out. */
async function squeezed(text: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from([Buffer.from(text)]).pipe(new EmptyLineSqueezer(';')))
    chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

/** A seeded generator, so a failure can be replayed. */
function randomFrom(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const EOLS = ['\n', '\r\n', '\r'];

describe('empty lines', () => {
  it('keep every line number, with LF, CRLF and CR, across read chunks', async () => {
    const random = randomFrom(3);
    const written = new Written('phone;consent\n');
    for (let i = 0; written.text.length < 400_000; i++) {
      const eol = EOLS[Math.floor(random() * 3)];
      if (random() < 0.5) written.blank(eol.repeat(1 + Math.floor(random() * 40)));
      else written.row(`06${String(i).padStart(8, '0')}`, `;oui${eol}`);
    }
    expect(await read(written.text)).toEqual(written.rows());
    expect((await squeezed(written.text)).length).toBeLessThan(written.text.length / 2);
  });

  it('are taken out between quoted cells and kept inside them', async () => {
    const random = randomFrom(7);
    const cells = ['oui', '="0612345678"', '5" écran', '"a;b"', '"dit ""oui"""', '"x\n\ny"', '"\r\n"', '""'];
    const cell = () => cells[Math.floor(random() * cells.length)];
    const written = new Written('phone;consent;note\n');
    for (let i = 0; written.text.length < 400_000; i++) {
      const eol = EOLS[Math.floor(random() * 3)];
      if (random() < 0.4) written.blank(eol.repeat(1 + Math.floor(random() * 20)));
      else written.row(`06${String(i).padStart(8, '0')}`, `;${cell()};${cell()}${eol}`);
    }
    const rows = written.rows();
    expect(rows.length).toBeGreaterThan(5_000);
    expect(await read(written.text)).toEqual(rows);
    // Lines were taken out all along the file, not only before its first quote.
    expect((await squeezed(written.text)).length).toBeLessThan(written.text.length - 50_000);
  });

  it('inside quoted cells, are kept as they are', async () => {
    const text = '\n\nphone;note\n\n0612345678;x\n\n0612345679;"a\n\nb"\n\n0612345670;y\n';
    expect(await read(text)).toEqual([
      ['0612345678', 5],
      ['0612345679', 7],
      ['0612345670', 11],
    ]);
    expect(await squeezed(text)).toBe('phone;note\n0612345678;x\n0612345679;"a\n\nb"\n0612345670;y\n');
  });

  it('stop being taken out where csv-parse re-reads a cell its own way ("a"b)', async () => {
    const text = 'phone;note\n\n0612345678;"a"b\n\n0612345679;"c\n\nd"\n\n0612345670;y\n';
    expect(await read(text)).toEqual([
      ['0612345678', 3],
      ['0612345679', 5],
      ['0612345670', 9],
    ]);
    expect(await squeezed(text)).toBe('phone;note\n0612345678;"a"b\n\n0612345679;"c\n\nd"\n\n0612345670;y\n');
  });

  it('are taken out of a Windows-1252 file too, line numbers kept', async () => {
    const text = 'téléphone;consentement\r\n\r\n\r\n0612345678;"oui\r\n\r\nsûr"\r\n\r\n0612345679;non\r\n';
    expect(await read(iconv.encode(text, 'win1252'), 'win1252')).toEqual([
      ['0612345678', 4],
      ['0612345679', 8],
    ]);
  });

  it('a million empty lines never reach csv-parse (it spent 26 s on them)', async () => {
    const text = `${'\n'.repeat(1_000_000)}phone;consent\n"0612345678";oui\n${'\r\n'.repeat(1_000_000)}`;
    expect(await squeezed(text)).toBe('phone;consent\n"0612345678";oui\n');
    expect(await read(text)).toEqual([['0612345678', 1_000_002]]);
  });
});
