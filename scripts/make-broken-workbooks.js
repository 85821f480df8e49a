#!/usr/bin/env node
// Writes the workbook cases of the broken-input catalogue (fixtures/broken/51-… to 66-…; committed,
// run again only to change them): each a hostile or damaged workbook of the red team's findings
// (issue 27), built byte by byte so each one is exactly the shape that broke the old reader. The
// expected messages in case.json are written by hand, never from a run.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { crc32 } = require('./xlsx-writer');

const BROKEN = path.join(__dirname, '..', 'fixtures', 'broken');
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A zip from entries `{ name, data, method?, store?, declared?, flags? }`: `method` is written in the
 * headers (12 for bzip2) with the bytes stored as given; `declared` overrides the inflated size the
 * headers announce; `sameAs` makes the central record point at an earlier entry's bytes.
 */
function zip(entries) {
  const chunks = [];
  let offset = 0;
  const central = [];
  const at = new Map();
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = e.method ?? 8;
    const body = e.body ?? (method === 8 ? zlib.deflateRawSync(raw, { level: 9 }) : raw);
    const crc = crc32(0, raw);
    const size = e.declared ?? raw.length;
    if (e.sameAs !== undefined) {
      central.push({ ...at.get(e.sameAs), name });
      continue;
    }
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(e.flags ?? 0x0800, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    const record = { name, method, crc, compressed: body.length, size, offset, flags: e.flags ?? 0x0800 };
    at.set(e.name, record);
    central.push(record);
    chunks.push(header, name, body);
    offset += 30 + name.length + body.length;
  }
  const start = offset;
  for (const r of central) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(r.flags, 8);
    h.writeUInt16LE(r.method, 10);
    h.writeUInt32LE(r.crc, 16);
    h.writeUInt32LE(r.compressed, 20);
    h.writeUInt32LE(r.size, 24);
    h.writeUInt16LE(r.name.length, 28);
    h.writeUInt32LE(r.offset, 42);
    chunks.push(h, r.name);
    offset += 46 + r.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - start, 12);
  end.writeUInt32LE(start, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** The parts of a workbook: sheets `[{ name, xml, state? }]`, shared strings, styles; `overrides` per part. */
function workbookParts({ sheets, strings = [], styles, mainType = MAIN_TYPE, extra = [] }) {
  const sst =
    `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join('') + // '<…': rich text as written
    '</sst>';
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>` +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  return [
    { name: '[Content_Types].xml', data: types },
    {
      name: '_rels/.rels',
      data: `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>` +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `${HEAD}<Relationships xmlns="${RELS}">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rS" Type="${OFFICE}/sharedStrings" Target="sharedStrings.xml"/>` +
        (styles ? `<Relationship Id="rT" Type="${OFFICE}/styles" Target="styles.xml"/>` : '') +
        '</Relationships>',
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml, ...(s.entry ?? {}) })),
    { name: 'xl/sharedStrings.xml', data: sst },
    ...(styles ? [{ name: 'xl/styles.xml', data: styles }] : []),
    ...extra,
  ];
}

const sheetXml = (rows) => `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref, text) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** A header `phone, consent` (shared strings 0 and 2) and rows of an inline phone and a consent cell. */
const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>';
const STRINGS = ['phone', 'non', 'consent', 'oui'];

const MANIFEST = (file, extra = '') =>
  [
    'channel: sms',
    'purpose: marketing',
    'advertiser: Boutique Léa',
    'sender: BOUTIQLEA',
    'message: "Boutique Léa : -30% ce week-end ! STOP au 36173"',
    'send_at: 2027-01-13T10:00',
    'recipients:',
    `  file: ${file}`,
    extra,
  ].join('\n');

/** A minimal OLE compound file (MS-CFB, 512-byte sectors) whose directory holds `names` (empty streams). */
function ole(names) {
  const sector = (n) => Buffer.alloc(512 * n);
  const header = sector(1);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = sector(1).fill(0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: the directory, one sector
  const dir = sector(1);
  ['Root Entry', ...names].forEach((name, i) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 0x42);
    dir.writeUInt32LE(0xffffffff, at + 0x44);
    dir.writeUInt32LE(0xffffffff, at + 0x48);
    dir.writeUInt32LE(i === 0 && names.length ? 1 : 0xffffffff, at + 0x4c);
    dir.writeUInt32LE(0xfffffffe, at + 0x74);
  });
  return Buffer.concat([header, fat, dir]);
}

const rowsOf = (from, to, make) => {
  let xml = '';
  for (let r = from; r <= to; r++) xml += make(r);
  return xml;
};

const CASES = [
  {
    id: '51-xlsx-type-single-quoted',
    description:
      'a consent cell written t=\'s\' (well-formed XML): the old reader read the raw index 1 as "yes" where Excel shows "non"',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            `${header}<row r="2">${inline('A2', '0612345678')}<c r='B2' t='s'><v>1</v></c></row>`,
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 1,
  },
  {
    id: '52-xlsx-type-spaced',
    description:
      'a consent cell written t = "s" with spaces around = (well-formed XML): read as the shared string "non"',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t = "s" ><v>1</v></c></row>`,
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 1,
  },
  {
    id: '53-xlsx-prefixed-namespace',
    description:
      'a sheet whose elements carry a namespace prefix (x:row, x:c): read by namespace, not by name',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: `${HEAD}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>2</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>0612345678</x:t></x:is></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 1,
  },
  {
    id: '54-xlsx-hidden-first-sheet',
    description:
      'the first sheet is hidden (an old list, all "oui"): the first visible sheet is read, and its "non" blocks',
    parts: workbookParts({
      sheets: [
        {
          name: 'Ancien',
          state: 'hidden',
          xml: sheetXml(
            `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t="s"><v>3</v></c></row>`,
          ),
        },
        {
          name: 'Contacts',
          xml: sheetXml(
            `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t="s"><v>1</v></c></row>`,
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 1,
  },
  {
    id: '55-xlsx-rows-out-of-order',
    description:
      'row numbers that go back (5 after 7): refused, so --write-clean never matches a rejected row to another line',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            `${header}<row r="7">${inline('A7', '0612345678')}<c r="B7" t="s"><v>1</v></c></row><row r="5">${inline('A5', '0612345679')}<c r="B5" t="s"><v>3</v></c></row>`,
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx:5: the sheet "Contacts" is malformed: row 5 comes after row 7: rows are out of order or repeated\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n',
  },
  {
    id: '56-xlsx-row-number-not-a-number',
    description: 'a row numbered "x" (SARIF got startLine 0): refused',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(`${header}<row r="x">${inline('A2', '0612345678')}<c t="s"><v>1</v></c></row>`),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx:1: the sheet "Contacts" is malformed: a row is numbered "x", which is not a row number\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n',
  },
  {
    id: '57-xlsx-date-serials',
    description:
      'a consent date typed as a date with serial -5 and no consent column (read before as a consent given in 1899): not a date, so no consent',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>consent_date</t></is></c></row>' +
              `<row r="2">${inline('A2', '0612345678')}<c r="B2" s="1"><v>-5</v></c></row>`,
          ),
        },
      ],
      strings: STRINGS,
      styles: `${HEAD}<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    }),
    exitCode: 1,
  },
  {
    id: '58-xlsx-stray-cell-last-column',
    description:
      'one stray cell in the last column (XFD) of the header row above 25,000 rows (the old reader made every row 16,384 cells wide: 40 s for 100,000 rows), refused at once',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>' +
              rowsOf(
                2,
                25001,
                (r) =>
                  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>0612345678</t></is></c><c r="B${r}" t="s"><v>3</v></c></row>`,
              ),
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx:1: the header has a cell in column XFD; at most 1,000 columns are read\n  Export only the columns the campaign needs.\n',
  },
  {
    id: '59-xlsx-value-right-of-header',
    description:
      'a note ("NE PAS CONTACTER") right of the header\'s last column: refused, never dropped in silence',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t="s"><v>3</v></c>${inline('D2', 'NE PAS CONTACTER')}</row>`,
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx:2: row 2 has a value in column D, right of the header’s last column (B)\n  Give that column a header, or clear the cell: a note beside the table (say "do not contact") must not vanish unread.\n',
  },
  {
    id: '60-xlsx-inflation-bomb',
    description:
      'a sheet that inflates 1,000 times its size (the 409 KB workbook that took 53 s and 1.65 GB): refused before inflating',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml: sheetXml(
            `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t="s"><v>3</v></c></row>${'<!---->'.repeat(30_000_000)}`,
          ),
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 2,
    stderr: null, // the ratio is computed from the deflated size: written below once the file exists
  },
  {
    id: '61-xlsx-size-lie',
    description:
      'a sheet that declares 2 MB and inflates to 210 MB (a ratio that looks honest): stopped at 2 MB',
    parts: (() => {
      const parts = workbookParts({
        sheets: [
          {
            name: 'Contacts',
            xml: sheetXml(
              `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t="s"><v>3</v></c></row>${'<!---->'.repeat(30_000_000)}`,
            ),
          },
        ],
        strings: STRINGS,
      });
      parts.find((p) => p.name === 'xl/worksheets/sheet1.xml').declared = 2_000_000;
      return parts;
    })(),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx: the workbook\'s zip is damaged (xl/worksheets/sheet1.xml): inflates to more than the 2000000 bytes it declares\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n',
  },
  {
    id: '62-xlsx-overlapping-entries',
    description: 'two entries sharing one deflated stream (the "better zip bomb" trick): refused',
    parts: [
      ...workbookParts({
        sheets: [
          {
            name: 'Contacts',
            xml: sheetXml(
              `${header}<row r="2">${inline('A2', '0612345678')}<c r="B2" t="s"><v>3</v></c></row>`,
            ),
          },
        ],
        strings: STRINGS,
      }),
      { name: 'xl/media/copy.xml', sameAs: 'xl/worksheets/sheet1.xml', data: '' },
    ],
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx: the workbook\'s zip is malformed: entries "xl/worksheets/sheet1.xml" and "xl/media/copy.xml" share bytes (a zip bomb does this)\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n',
  },
  {
    id: '63-xlsx-bzip2-entry',
    description:
      'a sheet compressed with bzip2 (zip method 12): said so, where the old reader said "the sheet is empty"',
    parts: (() => {
      const parts = workbookParts({
        sheets: [{ name: 'Contacts', xml: sheetXml(header) }],
        strings: STRINGS,
      });
      const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml');
      sheet.method = 12;
      sheet.body = Buffer.from('BZh91AY&SY…');
      return parts;
    })(),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx: the workbook\'s part xl/worksheets/sheet1.xml is compressed with bzip2 (zip method 12), which this tool does not read (Excel uses Deflate)\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n',
  },
  {
    id: '64-xlsx-encrypted',
    description:
      'a workbook protected by a password to open (an OLE file with EncryptedPackage), named .xlsx: called encrypted, not ".xls"',
    bytes: ole(['EncryptionInfo', 'EncryptedPackage']),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx: the workbook is encrypted (it needs a password to open), so its cells cannot be read\n  Open it in Excel with its password, remove the password (File > Info > Protect Workbook > Encrypt with Password, then empty the field), and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", then point recipients.file at that file.\n',
  },
  {
    id: '65-xlsb-named-xlsx',
    description:
      'an Excel binary workbook (.xlsb) named .xlsx: recognised by its content types and refused with how to export',
    parts: [
      {
        name: '[Content_Types].xml',
        data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
      },
      {
        name: '_rels/.rels',
        data: `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
      },
      { name: 'xl/workbook.bin', data: Buffer.from([0x83, 0x01, 0x00]) },
    ],
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx: Excel binary workbooks (.xlsb) are not read\n  Open it in Excel and use File > Save As > "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited)", then point recipients.file at the new file.\n',
  },
  {
    id: '66-xlsx-entity-bomb',
    description:
      'a sheet with a DOCTYPE declaring nested entities (billion laughs): refused before any expansion',
    parts: workbookParts({
      sheets: [
        {
          name: 'Contacts',
          xml:
            '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
            `<worksheet xmlns="${MAIN}"><sheetData>${header}<row r="2">${inline('A2', '&c;')}</row></sheetData></worksheet>`,
        },
      ],
      strings: STRINGS,
    }),
    exitCode: 2,
    stderr:
      'campaign-lint: recipients.xlsx: the workbook is damaged: its part xl/worksheets/sheet1.xml has XML that is not well-formed (a document type declaration (<!DOCTYPE …>), which workbook parts never have)\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n',
  },
];

/** Writes every case's folder. */
function writeCases() {
  for (const c of CASES) {
    const dir = path.join(BROKEN, c.id);
    fs.mkdirSync(dir, { recursive: true });
    const bytes = c.bytes ?? zip(c.parts);
    fs.writeFileSync(path.join(dir, 'recipients.xlsx'), bytes);
    fs.writeFileSync(path.join(dir, 'campaign.campaign.yaml'), MANIFEST('recipients.xlsx'));
    let stderr = c.stderr ?? '';
    if (c.id === '60-xlsx-inflation-bomb') {
      const sheet = c.parts.find((p) => p.name === 'xl/worksheets/sheet1.xml');
      const inflated = Buffer.byteLength(sheet.data);
      const ratio = Math.round(inflated / zlib.deflateRawSync(Buffer.from(sheet.data), { level: 9 }).length);
      stderr = `campaign-lint: recipients.xlsx: the workbook's part xl/worksheets/sheet1.xml inflates ${ratio} times its compressed size (at most 100 are read): the file looks like a zip bomb\n  Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n`;
    }
    const spec = {
      description: c.description,
      args: ['campaign.campaign.yaml'],
      exitCode: c.exitCode,
      stderr,
    };
    fs.writeFileSync(path.join(dir, 'case.json'), `${JSON.stringify(spec, null, 2)}\n`);
    console.log(`${c.id}: ${bytes.length} bytes`);
  }
}

module.exports = { zip, workbookParts, sheetXml, ole, MAIN };
if (require.main === module) writeCases();
