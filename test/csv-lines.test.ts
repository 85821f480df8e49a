// The line reader (src/read/csv-lines.ts) against csv-parse, its reference: every CSV of the
// fixtures and generated hostile files (line endings mixed, quotes of every kind, blank and
// footer rows, short and long rows, long lines, byte-order marks, Windows-1252, bytes that are not
// UTF-8, several read chunks) give the same header, records, lines, footer rows and errors.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import iconv from 'iconv-lite';
import os from 'os';
import path from 'path';
import { isDeepStrictEqual } from 'util';
import { streamCsv, type CsvSource } from '../src/read/csv';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-csv-lines-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Event = readonly unknown[];

/** Everything streamCsv says about a file, in order; records read as spans are turned into strings. */
async function events(source: CsvSource, lineReader: boolean): Promise<{ events: Event[]; spans: number }> {
  const out: Event[] = [];
  let spans = 0;
  try {
    await streamCsv(
      source,
      (header) => out.push(['header', header]),
      (values, line) => out.push(['record', values, line]),
      (rows) => out.push(['footer', rows]),
      {
        lineReader,
        onSpans: (text, at, cells, line) => {
          spans++;
          const values = Array.from({ length: cells }, (_, i) => text.substring(at[2 * i], at[2 * i + 1]));
          out.push(['record', values, line]);
        },
      },
    );
  } catch (error) {
    const e = error as Error & { line?: number; file?: string };
    out.push(['error', e.message, e.line, e.file]);
  }
  return { events: out, spans };
}

/** Reads the file both ways; returns how many records came as spans, and whether it was read to its end. */
async function expectSameReading(source: CsvSource): Promise<{ spans: number; ended: boolean }> {
  const reference = await events(source, false);
  const lines = await events(source, true);
  expect(reference.spans).toBe(0);
  // The same check as toEqual, decided by Node's comparison first (jest's costs seconds on the
  // larger files); jest's runs, for its report, only when they differ.
  if (!isDeepStrictEqual(lines.events, reference.events)) expect(lines.events).toEqual(reference.events);
  return { spans: lines.spans, ended: lines.events[lines.events.length - 1]?.[0] !== 'error' };
}

function csvFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return csvFiles(file);
    return /\.(csv|txt|tsv)$/i.test(name) ? [file] : [];
  });
}

describe('the line reader reads as csv-parse does', () => {
  const fixtures = csvFiles(path.join(__dirname, '..', 'fixtures'));

  it(`every CSV of the fixtures (${fixtures.length} files), as recipients and as lists`, async () => {
    expect(fixtures.length).toBeGreaterThan(20);
    let spans = 0;
    for (const file of fixtures) {
      const display = path.relative(path.join(__dirname, '..'), file);
      spans += (await expectSameReading({ file, display, kind: 'recipients file' })).spans;
      await expectSameReading({ file, display, kind: 'opt-out list', headerless: true });
    }
    expect(spans).toBeGreaterThan(0); // the line reader did read some of them
  });

  // A deterministic generator of hostile files: each file picks its delimiter, line endings,
  // encoding and which oddities it holds, so that most files are read to their end.
  const random = (seed: number) => () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;

  function hostileFile(seed: number): { bytes: Buffer; delimiter: string; oddities: string[] } {
    const r = random(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
    const delimiter = pick([';', ',', '\t', '|']);
    // Oddities that end the reading with an error at their first row come in fewer files.
    const failing = ['short', 'wide', 'long', 'not-utf8', 'bad-quote'];
    const oddities = [
      'crlf',
      'cr',
      'mixed-eol',
      'blank',
      'footer',
      'quotes',
      'bom',
      'win1252',
      'fffd',
      'no-final-eol',
      'letters',
      'nbsp',
      ...failing,
    ].filter((o) => r() < (failing.includes(o) ? 0.1 : 0.3));
    const has = (o: string) => oddities.includes(o);
    const eol = () =>
      has('mixed-eol') ? pick(['\n', '\r\n', '\r']) : has('crlf') ? '\r\n' : has('cr') ? '\r' : '\n';
    const width = 2 + Math.floor(r() * 5);
    const phone = () =>
      pick(['06 12 34 56 78', '+33612345678', '0033 7 12 34 56 78', '', '0612345678', '+262 692 12 34 56']);
    const word = () =>
      pick([
        'oui',
        'non',
        'Léa',
        'Zoé',
        '1',
        'x',
        '',
        ' ',
        'Total',
        'Sophie',
        'Copyright 2026',
        'total: 3',
        'Étienne',
        '2025-01-02',
        '😀',
        'Généré par CRM',
        'fin',
        '(c) ACME',
        'TOTAL',
        'sum',
      ]);
    // Quotes csv-parse reads without an error, and (in fewer files) the ones it refuses.
    const quoted = () =>
      has('bad-quote') && r() < 0.1
        ? pick(['"', '"a"b', '"x" '])
        : pick([
            '"a;b,c"',
            '="0612345678"',
            '5"',
            '"multi\nline"',
            '"He said ""hi"""',
            ' "x"',
            '""',
            '"\r\n"',
          ]);
    const cell = (i: number): string => {
      const roll = r();
      if (has('quotes') && roll < 0.03) return quoted();
      if (has('long') && roll > 0.9998) return 'y'.repeat(pick([20_000, 34_000, 101_000]));
      if (has('fffd') && roll > 0.995) return 'a\uFFFDb';
      if (has('nbsp') && roll > 0.99) return '\u00a0x';
      if (i === 0 && !has('letters')) return phone();
      return i === 0 ? pick([phone(), word()]) : word();
    };
    const lines: string[] = [];
    if (has('blank') && r() < 0.5) lines.push('', ' ', delimiter.repeat(width - 1));
    lines.push(
      Array.from({ length: width }, (_, i) => ['phone', 'consent', 'prenom', 'nom', 'date', 'cp'][i]).join(
        delimiter,
      ),
    );
    const rows = 200 + Math.floor(r() * (r() < 0.25 ? 3000 : 400));
    for (let n = 0; n < rows; n++) {
      const roll = r();
      if (has('blank') && roll < 0.02)
        lines.push(pick(['', ' ', '\t', delimiter.repeat(width - 1), ' '.repeat(3)]));
      else if (has('footer') && roll > 0.995)
        lines.push(pick(['Total;12', 'Copyright ACME', 'Rapport généré', 'Note']));
      else {
        let count = width;
        if (has('short') && roll < 0.002) count = width - 1;
        if (has('wide') && roll > 0.998) count = width + 1;
        const cells = Array.from({ length: count }, (_, i) => cell(i));
        if (count > width && r() < 0.7) cells[count - 1] = pick(['', ' ']);
        lines.push(cells.join(delimiter));
      }
    }
    if (has('footer')) lines.push('Total', 'Copyright 2026 ACME');
    let text = lines.map((l) => l + eol()).join('');
    if (has('no-final-eol')) text = text.replace(/(?:\r\n|\n|\r)$/, '');
    let bytes = has('win1252')
      ? iconv.encode(text.replace(/[^\t\n\r -\u00ff€]/g, '?'), 'win1252')
      : Buffer.from((has('bom') ? '\uFEFF' : '') + text, 'utf8');
    if (has('not-utf8') && !has('win1252')) {
      const at = Math.floor(bytes.length * (0.2 + 0.7 * r()));
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]);
    }
    return { bytes, delimiter, oddities };
  }

  it('80 generated hostile files, with the delimiter detected or given', async () => {
    let spans = 0;
    let ended = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const { bytes, delimiter, oddities } = hostileFile(seed);
      const file = path.join(dir, `hostile-${seed}.csv`);
      writeFileSync(file, bytes);
      const display = `hostile ${seed} (${oddities.join(', ') || 'plain'})`;
      const read = await expectSameReading({
        file,
        display,
        kind: 'recipients file',
        delimiter: seed % 3 ? undefined : delimiter,
      });
      spans += read.spans;
      if (read.ended) ended++;
      if (seed % 5 === 0) await expectSameReading({ file, display, kind: 'opt-out list', headerless: true });
      if (seed % 7 === 0)
        await expectSameReading({ file, display, kind: 'recipients file', encoding: 'win1252' });
    }
    expect(spans).toBeGreaterThan(10_000);
    expect(ended).toBeGreaterThan(40); // most files are read to their end
  }, 300_000);
});
