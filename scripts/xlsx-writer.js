// A small .xlsx writer for fixtures, tests and `npm run bench` (not shipped): one sheet or more,
// cells as Excel writes them (shared strings, numbers with a number format, dates as serial
// numbers), streamed into a zip (deflate, data descriptors) so a 1,048,576-row sheet never sits in
// memory. Usage: `await writeXlsx(file, { sheets: [{ name, rows }] })`, `rows` an iterable of rows,
// each an array of cells: a string, or `{ n: 612345678, style: 'phone' }`, or `{ date: '2025-03-14' }`.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(crc, bytes) {
  crc = ~crc;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

// Cell styles (index = the `s` attribute): general, a phone format keeping the leading zero, the
// same spaced by pairs, a French date, and text.
const STYLES = { general: 0, phone: 1, phonePairs: 2, date: 3, text: 4, scientific: 5 };
const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="0#########"/>' +
  '<numFmt numFmtId="165" formatCode="00\\ 00\\ 00\\ 00\\ 00"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="11" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

const escape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (i) => {
  let s = '';
  for (i++; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};
const serial = (iso) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569;

class ZipWriter {
  constructor(file) {
    this.fd = fs.openSync(file, 'w');
    this.offset = 0;
    this.entries = [];
  }
  write(buffer) {
    fs.writeSync(this.fd, buffer);
    this.offset += buffer.length;
  }
  /** Adds an entry from text chunks (a generator), deflated as they come. */
  add(name, chunks) {
    const nameBytes = Buffer.from(name, 'utf8');
    const localOffset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 names
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(nameBytes.length, 26);
    this.write(Buffer.concat([header, nameBytes]));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let pending = [];
    let pendingLength = 0;
    const flush = (final) => {
      const bytes = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
      crc = crc32(crc, bytes);
      size += bytes.length;
      const out = this.deflate(bytes, final);
      compressed += out.length;
      if (out.length) this.write(out);
    };
    this.deflater = null;
    for (const chunk of chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= 1 << 20) flush(false);
    }
    flush(true);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    this.write(descriptor);
    this.entries.push({ nameBytes, crc, size, compressed, localOffset });
  }
  /** Raw deflate across calls: one zlib stream per entry, flushed synchronously. */
  deflate(bytes, final) {
    if (!this.deflater) this.deflater = { parts: [] };
    // zlib has no synchronous streaming API; each 1 MB piece is deflated as its own block with a
    // SYNC flush emulation: deflateRawSync of the concatenation would hold the whole entry.
    this.deflater.parts.push(bytes);
    if (!final) {
      const out = zlib.deflateRawSync(Buffer.concat(this.deflater.parts), {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      this.deflater.parts = [];
      return out;
    }
    const out = zlib.deflateRawSync(Buffer.concat(this.deflater.parts));
    this.deflater = null;
    return out;
  }
  close() {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.nameBytes.length, 28);
      h.writeUInt32LE(e.localOffset, 42);
      this.write(Buffer.concat([h, e.nameBytes]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    fs.closeSync(this.fd);
  }
}

/**
 * Writes a workbook. Each sheet: `{ name, rows }`. Strings go to the shared strings table (as
 * Excel does), numbers `{ n, style }` and dates `{ date }` are typed cells.
 */
function writeXlsx(file, { sheets }) {
  const zip = new ZipWriter(file);
  const strings = new Map();
  const stringId = (s) => {
    let id = strings.get(s);
    if (id === undefined) strings.set(s, (id = strings.size));
    return id;
  };
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  zip.add('[Content_Types].xml', [
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  ]);
  zip.add('_rels/.rels', [
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  zip.add('xl/workbook.xml', [
    `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('') +
      '</sheets></workbook>',
  ]);
  zip.add('xl/_rels/workbook.xml.rels', [
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  ]);
  sheets.forEach((sheet, index) => {
    zip.add(
      `xl/worksheets/sheet${index + 1}.xml`,
      (function* () {
        yield `${head}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
        let r = 0;
        for (const row of sheet.rows) {
          r++;
          if (row === null) continue; // an empty row: not written, as Excel does
          let xml = `<row r="${r}">`;
          row.forEach((cell, c) => {
            const ref = `${column(c)}${r}`;
            if (cell === '' || cell === undefined || cell === null) return; // empty cells are left out
            if (typeof cell === 'string') xml += `<c r="${ref}" t="s"><v>${stringId(cell)}</v></c>`;
            else if (cell.date !== undefined)
              xml += `<c r="${ref}" s="${STYLES.date}"><v>${serial(cell.date)}</v></c>`;
            else if (cell.inline !== undefined)
              xml += `<c r="${ref}" t="inlineStr"><is><t>${escape(cell.inline)}</t></is></c>`;
            else xml += `<c r="${ref}" s="${STYLES[cell.style ?? 'general']}"><v>${cell.n}</v></c>`;
          });
          yield `${xml}</row>`;
        }
        yield '</sheetData></worksheet>';
      })(),
    );
  });
  zip.add(
    'xl/sharedStrings.xml',
    (function* () {
      yield `${head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`;
      for (const s of strings.keys()) yield `<si><t xml:space="preserve">${escape(s)}</t></si>`;
      yield '</sst>';
    })(),
  );
  zip.add('xl/styles.xml', [STYLES_XML]);
  zip.close();
}

module.exports = { writeXlsx, crc32 };
