import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { fillPattern, formatOfCode, numberText, serialDate, streamXlsx } from '../src/read/xlsx';

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

  it('pads a short number with the zeros its pattern shows', () => {
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

// Workbooks built part by part (scripts/make-broken-workbooks.js), read through the real reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw = require('../scripts/make-broken-workbooks') as {
  zip: (entries: Array<Record<string, unknown>>) => Buffer;
  workbookParts: (book: Record<string, unknown>) => Array<Record<string, unknown>>;
  sheetXml: (rows: string) => string;
  ole: (names: string[]) => Buffer;
  MAIN: string;
};

describe('cells as Excel shows them (through saxes and yauzl)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-xlsx-cells-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function read(book: Record<string, unknown>, name = 'b.xlsx', sheet?: string) {
    const file = path.join(dir, name);
    writeFileSync(file, raw.zip(raw.workbookParts(book)));
    const rows: string[][] = [];
    let headers: readonly string[] = [];
    const choice = await streamXlsx(
      { file, display: name, kind: 'recipients file', sheet },
      (h) => (headers = h.headers),
      (cells, line) => rows.push([String(line), ...cells]),
    );
    return { headers, rows, choice };
  }
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no failure',
      (e: { describe: () => string }) => e.describe(),
    );

  it('every cell type: shared, inline and rich text (phonetic runs left out), booleans, errors, formulas, entities', async () => {
    const { headers, rows } = await read({
      sheets: [
        {
          name: 'S',
          xml: raw.sheetXml(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>c</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c><c r="E1" t="inlineStr"><is><t>e</t></is></c></row>' +
              '<row><c t="s"><v>2</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A1&amp;"x"</f><v>L&amp;R &lt;&#233;&gt;</v></c>' +
              '<c t="inlineStr"><is><r><t>Ma</t></r><r><rPr><b/></rPr><t>rie</t></r><rPh sb="0" eb="1"><t>マリ</t></rPh></is></c></row>',
          ),
        },
      ],
      strings: ['phone', 'b', '<r><t>Zo</t></r><r><t>é</t></r><rPh sb="0" eb="1"><t>ゾ</t></rPh>'],
    });
    expect(headers).toEqual(['phone', 'b', 'c', 'd', 'e']);
    expect(rows).toEqual([['2', 'Zoé', 'TRUE', '#N/A', 'L&R <é>', 'Marie']]);
  });

  it('date serials only where they are real dates; numbers never in scientific notation', async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${raw.MAIN}"><numFmts><numFmt numFmtId="164" formatCode="0#########"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const cell = (v: string, s: number) => `<c s="${s}"><v>${v}</v></c>`;
    const { rows } = await read({
      sheets: [
        {
          name: 'S',
          xml: raw.sheetXml(
            '<row><c t="inlineStr"><is><t>a</t></is></c></row>' +
              ['45730', '1E+20', '-5', '60', '59', '1', '2958465', '2958466', '0']
                .map((v) => `<row>${cell(v, 1)}</row>`)
                .join('') +
              `<row>${cell('612345678', 2)}</row><row>${cell('6.12345678E8', 0)}</row>`,
          ),
        },
      ],
      styles,
    });
    expect(rows.map((r) => r[1])).toEqual([
      '2025-03-14',
      '100000000000000000000', // not a date: the number itself (was NaN-aN-aN)
      '-5', // not a date (was a day of 1899)
      '60', // 1900-02-29, a day that never was
      '1900-02-28',
      '1900-01-01',
      '9999-12-31',
      '2958466',
      '0',
      '0612345678',
      '612345678',
    ]);
    expect(serialDate(45730.5, { date: true, time: true }, false)).toBe('2025-03-14 12:00');
    expect(serialDate(0.25, { date: false, time: true }, false)).toBe('06:00');
  });

  it.each([
    ['numFmt tags that never close', '<numFmt '],
    ['cellXfs that never close', '<cellXfs>'],
  ])(
    'a styles part of %s is refused in one pass (issue 27: a regular expression took 19.7 s on 3 KB, quadratic)',
    async (_, piece) => {
      // 800 KB: under the 1 MiB where the inflation ratio is checked, so the reader parses it. The
      // old regular expressions rescanned to the end from every "<": 64 KB already took 8 s.
      const styles = `<?xml version="1.0"?><styleSheet xmlns="${raw.MAIN}">${piece.repeat(100_000)}`;
      const sheet = raw.sheetXml('<row><c t="inlineStr"><is><t>phone</t></is></c></row>');
      expect(await failure(read({ sheets: [{ name: 'S', xml: sheet }], styles }))).toMatch(
        /xl\/styles\.xml.*not well-formed/,
      );
    },
  );

  it('reads the first visible sheet, or the one named (any case), and says which', async () => {
    const sheets = [
      {
        name: 'Old',
        state: 'hidden',
        xml: raw.sheetXml('<row><c t="inlineStr"><is><t>old</t></is></c></row>'),
      },
      {
        name: 'Macro',
        state: 'veryHidden',
        xml: raw.sheetXml('<row><c t="inlineStr"><is><t>macro</t></is></c></row>'),
      },
      { name: 'Contacts', xml: raw.sheetXml('<row><c t="inlineStr"><is><t>phone</t></is></c></row>') },
    ];
    const first = await read({ sheets });
    expect(first.headers).toEqual(['phone']);
    expect(first.choice).toEqual({ name: 'Contacts', from: 'first-visible', hiddenSkipped: 2 });
    const named = await read({ sheets }, 'b.xlsx', 'old');
    expect(named.headers).toEqual(['old']);
    expect(named.choice).toEqual({ name: 'Old', from: 'manifest', hiddenSkipped: 0 });
    expect(await failure(read({ sheets: sheets.slice(0, 2) }))).toBe(
      'b.xlsx: every sheet of the workbook is hidden\n  Its sheets: "Old", "Macro". Name the one to read in the manifest (recipients.sheet).',
    );
  });

  it('reads .xlsm (macros never run) and UTF-16 parts; refuses what it cannot trust', async () => {
    const macro = await read(
      {
        sheets: [{ name: 'S', xml: raw.sheetXml('<row><c t="inlineStr"><is><t>phone</t></is></c></row>') }],
        mainType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        extra: [{ name: 'xl/vbaProject.bin', data: Buffer.from('not run') }],
      },
      'b.xlsm',
    );
    expect(macro.headers).toEqual(['phone']);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        raw.sheetXml('<row><c t="inlineStr"><is><t>téléphone</t></is></c></row>').replace('UTF-8', 'UTF-16'),
        'utf16le',
      ),
    ]);
    expect((await read({ sheets: [{ name: 'S', xml: utf16 }] })).headers).toEqual(['téléphone']);
    const sheet = (rows: string) => ({ sheets: [{ name: 'S', xml: raw.sheetXml(rows) }] });
    expect(await failure(read(sheet('<row><c t="z"><v>1</v></c></row>')))).toMatch(
      /malformed: cell A1 has the type "z", which Excel does not write/,
    );
    expect(await failure(read(sheet('<row><c t="s"><v>7</v></c></row>')))).toMatch(
      /malformed: cell A1 refers to shared string 7, and there are 0/,
    );
    expect(await failure(read(sheet('<row><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>')))).toMatch(
      /in row 1, cell A comes after cell B: cells are out of order or repeated/,
    );
    expect(await failure(read(sheet('<row><c><v>1</v></c></row><row r="1"><c><v>2</v></c></row>')))).toMatch(
      /row 1 comes after row 1: rows are out of order or repeated/,
    );
    expect(await failure(read(sheet('<row><c><v>1</v></row>')))).toMatch(/has XML that is not well-formed/);
    expect(await failure(read(sheet('<row><c t="inlineStr"><is><t>&lol;</t></is></c></row>')))).toMatch(
      /not well-formed \(undefined entity/,
    );
    expect(await failure(read(sheet('<y:row><c><v>1</v></c></y:row>')))).toMatch(
      /the prefix "y" is not declared/,
    );
  });

  it('names the formats it refuses by their bytes, whatever the file is called', async () => {
    const refuse = async (name: string, bytes: Buffer) => {
      writeFileSync(path.join(dir, name), bytes);
      return failure(
        streamXlsx(
          { file: path.join(dir, name), display: name, kind: 'recipients file' },
          () => undefined,
          () => undefined,
        ),
      );
    };
    expect(await refuse('a.xlsx', raw.ole(['Workbook']))).toMatch(
      /^a\.xlsx: Excel 97–2003 workbooks \(\.xls\) are not read/,
    );
    expect(await refuse('a.xls', raw.ole(['EncryptedPackage', 'EncryptionInfo']))).toMatch(
      /the workbook is encrypted/,
    );
    expect(await refuse('a.xlsx', raw.ole(['WordDocument']))).toMatch(/is a Word document/);
    expect(
      await refuse(
        'a.xlsx',
        raw.zip([{ name: 'mimetype', method: 0, data: 'application/vnd.oasis.opendocument.spreadsheet' }]),
      ),
    ).toMatch(/OpenDocument spreadsheets \(\.ods\) are not read\n {2}In LibreOffice/);
    expect(await refuse('a.xlsx', raw.zip([{ name: 'Index/Document.iwa', data: 'x' }]))).toMatch(
      /Numbers spreadsheets are not read\n {2}In Numbers use File > Export To/,
    );
    expect(await refuse('a.xlsx', raw.zip([{ name: 'notes.txt', data: 'x' }]))).toMatch(
      /the file is a zip archive but not an Excel workbook/,
    );
    const encryptedEntry = raw.workbookParts({ sheets: [{ name: 'S', xml: raw.sheetXml('') }] });
    (encryptedEntry.find((p) => p.name === 'xl/workbook.xml') as Record<string, unknown>).flags = 0x0801;
    expect(await refuse('a.xlsx', raw.zip(encryptedEntry))).toMatch(/the workbook is encrypted/);
  });
});
