import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { decodeXml, fillPattern, formatOfCode, numberText, streamXlsx } from '../src/read/xlsx';

describe('workbook cells as displayed', () => {
  it.each([
    ['0#########', 612345678, '0612345678'],
    ['00\\ 00\\ 00\\ 00\\ 00', 612345678, '06 12 34 56 78'],
    ['0000000000', 33612345678, '33612345678'], // more digits than placeholders: all kept
    ['"+33 "0', 612345678, '+33 612345678'],
  ])('format %s shows %d as %s', (code, value, shown) => {
    const format = formatOfCode(code);
    expect(format.kind).toBe('pattern');
    expect(numberText(String(value), format, false)).toBe(shown);
  });

  it('General and scientific formats never give 6.12E+08', () => {
    expect(numberText('612345678', formatOfCode('General'), false)).toBe('612345678');
    expect(numberText('6.12345678E8', formatOfCode('0.00E+00'), false)).toBe('612345678');
    expect(numberText('33612345678', formatOfCode('0.00E+00'), false)).toBe('33612345678');
  });

  it('dates typed as dates come back as ISO dates (with the time when shown)', () => {
    expect(numberText('45730', formatOfCode('dd/mm/yyyy'), false)).toBe('2025-03-14');
    expect(numberText('45730.5', formatOfCode('dd/mm/yyyy hh:mm'), false)).toBe('2025-03-14 12:00');
    expect(numberText('44268', formatOfCode('dd/mm/yyyy'), true)).toBe('2025-03-14'); // 1904 system
  });

  it('decodes XML entities and character references', () => {
    expect(decodeXml('L&amp;R &lt;x&gt; &quot;q&quot; &#233;t&#xE9;')).toBe('L&R <x> "q" été');
    expect(fillPattern('5', '000')).toBe('005');
  });
});

describe('streamXlsx', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-xlsx-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads rows with their row numbers, sparse cells as empty, and refuses what is not a workbook', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeXlsx } = require('../scripts/xlsx-writer') as {
      writeXlsx: (file: string, book: { sheets: Array<{ name: string; rows: unknown[] }> }) => void;
    };
    const file = path.join(dir, 'b.xlsx');
    writeXlsx(file, {
      sheets: [
        {
          name: 'S',
          rows: [
            null,
            ['phone', 'name', 'note'],
            ['0612345678', '', 'a & b'],
            null,
            [{ n: 612345679 }, 'Zoé'],
          ],
        },
      ],
    });
    const rows: Array<[string[], number]> = [];
    let headers: readonly string[] = [];
    await streamXlsx(
      { file, display: 'b.xlsx', kind: 'recipients file' },
      (h) => (headers = h.headers),
      (cells, line) => rows.push([cells, line]),
    );
    expect(headers).toEqual(['phone', 'name', 'note']);
    expect(rows).toEqual([
      [['0612345678', '', 'a & b'], 3],
      [['612345679', 'Zoé', ''], 5],
    ]);
    writeFileSync(path.join(dir, 'not.xlsx'), 'phone\n0612345678\n');
    const error = (await streamXlsx(
      { file: path.join(dir, 'not.xlsx'), display: 'not.xlsx', kind: 'recipients file' },
      () => undefined,
      () => undefined,
    ).catch((e: unknown) => e)) as { describe: () => string };
    expect(error.describe()).toBe(
      'not.xlsx: the file is not an Excel workbook (.xlsx)\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    );
  });
});
