import { isUtf8 } from 'buffer';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { detectDelimiter, detectEncoding, streamCsv, utf8Checker } from '../src/read/csv';
import iconv from 'iconv-lite';
import { LintFailure } from '../src/base/failure';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-csv-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(content: string | Buffer, options: { delimiter?: string; encoding?: string } = {}) {
  const file = path.join(dir, `f${Math.random()}.csv`);
  writeFileSync(file, content);
  const records: Array<{ values: string[]; line: number }> = [];
  let header: { headers: readonly string[]; delimiter: string; encoding: string } | undefined;
  await streamCsv(
    { file, display: 'f.csv', kind: 'recipients file', ...options },
    (h) => (header = h),
    (values, line) => records.push({ values, line }),
  );
  return { header: header!, records };
}

describe('delimiter detection', () => {
  it.each([
    ['phone,consent', ','],
    ['phone;consent;first_name', ';'],
    ['phone\tconsent', '\t'],
    ['phone|consent', '|'],
    ['"a;b",c,d', ','],
    ['phone', ','],
  ])('%j → %j', (line, expected) => expect(detectDelimiter(`${line}\n1;2,3`)).toBe(expected));
});

describe('encoding detection', () => {
  it('UTF-8 with and without BOM, Windows-1252, UTF-16 BOMs', () => {
    expect(detectEncoding(Buffer.from('\uFEFFtéléphone', 'utf8'), true)).toEqual({
      encoding: 'utf8',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from('téléphone', 'utf8'), true)).toEqual({
      encoding: 'utf8',
      bomLength: 0,
    });
    expect(detectEncoding(Buffer.from([0x74, 0xe9, 0x6c]), true).encoding).toBe('win1252');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x70, 0x00]), true).encoding).toBe('utf16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x70]), true).encoding).toBe('utf16be');
  });
  it('a multi-byte character cut at the end of a partial sample is still UTF-8', () => {
    const bytes = Buffer.from('abcé', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf8');
  });
});

describe('Mac Roman, UTF-16 and garbled headers (campaign-format.md, "Encodings")', () => {
  const macRoman = (text: string) => Buffer.from(iconv.encode(text, 'macintosh'));
  it('an Excel for Mac "CSV (Macintosh)" file is Mac Roman, lines ended by CR', async () => {
    const { header, records } = await read(
      macRoman('Prénom;Téléphone portable;Consentement\rHélène;06 12 34 56 78;désinscrit\r'),
    );
    expect(header.headers).toEqual(['Prénom', 'Téléphone portable', 'Consentement']);
    expect(header.encoding).toBe('macintosh');
    expect(records).toEqual([{ values: ['Hélène', '06 12 34 56 78', 'désinscrit'], line: 2 }]);
  });
  it.each(['Téléphone;Prénom;Noël', 'TÉLÉPHONE;PRÉNOM', 'Prénom;Société;Ça va'])(
    '%j written in Mac Roman is read as Mac Roman, in Windows-1252 as Windows-1252',
    (text) => {
      expect(detectEncoding(macRoman(text), true).encoding).toBe('macintosh');
      expect(detectEncoding(Buffer.from(iconv.encode(text, 'win1252')), true).encoding).toBe('win1252');
    },
  );
  it('reads UTF-16 BE with BOM, tab separated (Excel "Unicode text")', async () => {
    const text = 'Prénom\tTéléphone\r\nLéa\t0612345678\r\n';
    const { header, records } = await read(
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]),
    );
    expect([header.encoding, header.delimiter, header.headers]).toEqual([
      'utf16be',
      '\t',
      ['Prénom', 'Téléphone'],
    ]);
    expect(records[0].values).toEqual(['Léa', '0612345678']);
  });
  it('a header still garbled after detection is an input error, not a column to map', async () => {
    // Mac Roman read as Windows-1252 because the manifest says so: "TŽlŽphone".
    const error = await read(macRoman('Téléphone;consent\r0612345678;oui\r'), { encoding: 'win1252' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(LintFailure);
    expect(error.describe()).toBe(
      'f.csv:1: the header looks garbled ("TŽlŽphone"): the file\'s encoding was not recognised as win1252\n  Save the file again as "CSV UTF-8", or name its encoding in the manifest: recipients.encoding: macintosh (Excel for Mac), windows-1252 (Excel for Windows), utf-16le.',
    );
    // UTF-8 read as Latin-1.
    const latin = await read('Téléphone;consent\n0612345678;oui\n', { encoding: 'latin1' }).catch((e) => e);
    expect(latin.describe()).toMatch(/the header looks garbled \("TÃ©lÃ©phone"\)/);
  });
});

describe('streamCsv', () => {
  it('reads a Latin-1 ";" export with CRLF and keeps accented headers', async () => {
    const { header, records } = await read(
      Buffer.from('Pr\xe9nom;T\xe9l\xe9phone\r\nH\xe9l\xe8ne;0612345678\r\n', 'latin1'),
    );
    expect(header).toEqual({
      headers: ['Prénom', 'Téléphone'],
      delimiter: ';',
      encoding: 'win1252',
      estimatedRecords: 2,
      bom: false,
      eol: '\r\n',
      line: 1,
      reading: {
        encoding: { value: 'windows-1252', from: 'detected' },
        delimiter: { value: ';', from: 'detected' },
      },
    });
    expect(records).toEqual([{ values: ['Hélène', '0612345678'], line: 2 }]);
  });
  it('strips a UTF-8 BOM', async () => {
    const { header } = await read('\uFEFFphone,consent\n0612345678,oui\n');
    expect(header.headers).toEqual(['phone', 'consent']);
  });
  it('reads UTF-16 LE with BOM', async () => {
    const { records } = await read(
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('phone;consent\r\n0612345678;oui\r\n', 'utf16le'),
      ]),
    );
    expect(records[0].values).toEqual(['0612345678', 'oui']);
  });
  it('keeps the physical line where each record starts: quoted newlines, blank lines, CR, CRLF', async () => {
    const { records } = await read('phone;note\n0601;"a\nb\nc"\n\n0602;x\r\n0603;y\r0604;z');
    expect(records.map((r) => [r.values[0], r.line])).toEqual([
      ['0601', 2],
      ['0602', 6],
      ['0603', 7],
      ['0604', 8],
    ]);
  });
  it.each(['utf8', 'win1252'])(
    'counts the lines of a quoted cell that comes after 200 KB without quotes (%s)',
    async (encoding) => {
      const rows = [
        'phone;note',
        ...Array.from({ length: 8000 }, (_, i) => `06${String(i).padStart(8, '0')};plain`),
        '0699999999;"two\r\nlines"',
        '0699999998;after',
      ];
      const content = `${rows.join('\n')}\n`;
      const { records } = await read(encoding === 'utf8' ? content : Buffer.from(content, 'latin1'), {
        encoding,
      });
      expect(records.slice(-2).map((r) => r.line)).toEqual([8002, 8004]);
      expect(records[0].line).toBe(2);
    },
  );
  it('uses the delimiter and encoding of the manifest when given', async () => {
    const { records } = await read('phone,x;consent\n06,1;oui\n', { delimiter: ';' });
    expect(records[0].values).toEqual(['06,1', 'oui']);
  });
  it('tolerates trailing empty cells, and short rows only when the missing columns have no name', async () => {
    const { records } = await read('phone;consent;;\n0612345678;oui\n0612345679;oui;;;;\n');
    expect(records.map((r) => r.values.length)).toEqual([2, 6]);
  });
  it('refuses a row shorter than the header (issue 15: they passed silently)', async () => {
    const error = await read('phone;consent;x\n0612345678;oui;1\n0612345679;oui\n').catch((e) => e);
    expect(error.describe()).toBe(
      'f.csv:3: this line has 2 cells but the header has 3: cells are missing\n  Each line needs the 3 cells of the header (empty ones too: "0612345678;;"). The line may have been cut, or its cells shifted.',
    );
    expect(error.describe('fr')).toBe(
      'f.csv:3\u00a0: cette ligne a 2 cellules mais l’en-tête en a 3\u00a0: des cellules manquent\n  Chaque ligne doit avoir les 3 cellules de l’en-tête (vides comprises\u00a0: «\u00a00612345678;;\u00a0»). La ligne a peut-être été coupée, ou ses cellules décalées.',
    );
  });
  it('refuses a row wider than the header (an unquoted delimiter shifts every value)', async () => {
    const error = await read('phone;consent;x\n0612345679;oui;1;extra\n').catch((e) => e);
    expect(error.describe()).toBe(
      'f.csv:2: this line has 4 cells but the header has 3\n  A cell probably contains the delimiter ";" without quotes: put that cell in double quotes. Or a note was typed right of the last column: give that column a name in the header.',
    );
  });
  it('refuses a value under a nameless column right of the header (a NE PAS CONTACTER note vanished, exit 0)', async () => {
    const error = await read('phone;consent;;\n0612345678;oui;;\n0612345679;oui;;NE PAS CONTACTER\n').catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(LintFailure);
    expect(error.describe()).toBe(
      'f.csv:3: this line has a value in column 4, right of the header\'s last column ("consent", column 2): nothing would read it\n  Give that column a name in the header (it is then read as data), or delete the value: a note there (such as "NE PAS CONTACTER") would be lost.',
    );
    expect(error.describe('fr')).toContain('cette ligne a une valeur en colonne 4');
    expect(error.describe()).not.toContain('0612345679'); // the row's cells are never quoted
  });
  it.each([
    ['an empty file', '', /recipients file is empty/],
    [
      'an unclosed quote',
      'phone;note\n0612;"never closed\n0613;x\n',
      /f\.csv:2: a quote opened on this line is never closed/,
    ],
  ])('%s is an input error naming the file', async (_name, content, message) => {
    const error = await read(content).catch((e) => e);
    expect(error).toBeInstanceOf(LintFailure);
    expect(error.describe()).toMatch(message);
  });
  it('a missing file or a folder is an input error', async () => {
    const missing = await streamCsv(
      { file: path.join(dir, 'nope.csv'), display: 'nope.csv', kind: 'recipients file' },
      () => {},
      () => {},
    ).catch((e) => e);
    expect(missing.describe()).toMatch(/nope\.csv: recipients file not found/);
    const folder = await streamCsv(
      { file: dir, display: 'dir', kind: 'recipients file' },
      () => {},
      () => {},
    ).catch((e) => e);
    expect(folder.describe()).toMatch(/dir: recipients file is a folder/);
  });
});

describe('utf8Checker', () => {
  const texts = [
    Buffer.from('phone;prénom\n0612345678;Léa ✓ 😀\n'),
    Buffer.from([0x61, 0xe9, 0x62]),
    Buffer.from([0xc3]),
    Buffer.from([0xf0, 0x9f, 0x98]),
    Buffer.from([0x80, 0x61]),
    Buffer.from('Zoé;Noël\r\n'),
    Buffer.from([0xed, 0xa0, 0x80]),
  ];
  it.each(texts.map((t) => [t.toString('hex'), t]))(
    '%s: every split into two or three chunks gives the whole answer',
    (_, bytes) => {
      const whole = isUtf8(bytes);
      const b = bytes as Buffer;
      for (let i = 0; i <= b.length; i++) {
        for (let j = i; j <= b.length; j++) {
          const check = utf8Checker();
          const answers = [
            check(b.subarray(0, i)),
            check(b.subarray(i, j)),
            check(b.subarray(j)),
            check(null),
          ];
          expect(answers.every(Boolean)).toBe(whole);
        }
      }
    },
  );
});
