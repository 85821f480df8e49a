// A streaming reader of Excel workbooks (.xlsx): the zip's central directory is read, then the
// sheet's XML is inflated and scanned as it arrives, row by row, so a 1,048,576-row sheet is never
// held in memory (only its shared strings are, packed). No dependency: zlib and a small tag scanner
// are enough for the parts of the format that recipient files use. Loaded only for .xlsx files.
import { createReadStream, promises as fs } from 'fs';
import { StringDecoder } from 'string_decoder';
import { createInflateRaw } from 'zlib';
import { inputError } from '../base/failure';
import { both } from '../base/text';
import type { Localized } from '../base/types';
import { checkHeader, openInput, type CsvHeader, type CsvSource } from './csv';

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const ZIP_LIMIT = 0xffffffff;
/** XML parts read whole (workbook, relationships, styles): far above any real one. */
const SMALL_PART_BYTES = 32 * 1024 * 1024;

const notAWorkbook = (source: CsvSource, why: Localized) =>
  inputError(
    source.display,
    undefined,
    why,
    both(
      'Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
      'Ouvrez-le dans Excel et enregistrez-le de nouveau en « Classeur Excel (.xlsx) » ou « CSV UTF-8 ».',
    ),
  );

/** The zip's entries, from its end-of-central-directory record. */
async function readDirectory(handle: fs.FileHandle, size: number, source: CsvSource): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let end = -1;
  for (let i = tailLength - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0)
    throw notAWorkbook(
      source,
      both(
        'the workbook is not a valid .xlsx file (no zip directory)',
        'le classeur n’est pas un fichier .xlsx valide (pas de répertoire zip)',
      ),
    );
  const count = tail.readUInt16LE(end + 10);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  if (dirOffset === ZIP_LIMIT || dirOffset + dirSize > size)
    throw notAWorkbook(
      source,
      both(
        'the workbook uses a zip layout this reader does not handle (ZIP64)',
        'le classeur utilise une forme de zip que ce lecteur ne lit pas (ZIP64)',
      ),
    );
  const dir = Buffer.alloc(dirSize);
  await handle.read(dir, 0, dirSize, dirOffset);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count && at + 46 <= dir.length; n++) {
    if (dir.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    entries.push({
      name: dir.toString('utf8', at + 46, at + 46 + nameLength),
      method: dir.readUInt16LE(at + 10),
      compressedSize: dir.readUInt32LE(at + 20),
      size: dir.readUInt32LE(at + 24),
      localOffset: dir.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start (after its local header). */
async function dataOffset(handle: fs.FileHandle, entry: ZipEntry): Promise<number> {
  const local = Buffer.alloc(30);
  await handle.read(local, 0, 30, entry.localOffset);
  return entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

/** An entry's text, chunk by chunk (UTF-8 decoded across chunk edges). */
async function streamEntry(
  file: string,
  handle: fs.FileHandle,
  entry: ZipEntry,
  onText: (text: string) => void,
): Promise<void> {
  const start = await dataOffset(handle, entry);
  if (entry.compressedSize === 0) return;
  // Large pieces: zlib's per-chunk overhead dominated with the 16 KB default (about 3x slower).
  const raw = createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 20 })) : raw;
  const decoder = new StringDecoder('utf8');
  await new Promise<void>((resolve, reject) => {
    raw.on('error', reject);
    stream.on('error', reject);
    stream.on('data', (chunk: Buffer) => {
      try {
        onText(decoder.write(chunk));
      } catch (error) {
        raw.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('end', () => {
      try {
        onText(decoder.end());
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

async function readEntry(file: string, handle: fs.FileHandle, entry: ZipEntry): Promise<string> {
  if (entry.size > SMALL_PART_BYTES) throw new Error(`${entry.name} is too large`);
  const parts: string[] = [];
  await streamEntry(file, handle, entry, (t) => parts.push(t));
  return parts.join('');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML text with its entities and character references decoded. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? all;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The value of an attribute in a start tag's text, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return decodeXml(tag.slice(start, tag.indexOf('"', start)));
}

/** Local name of a tag (`x:row` → `row`); the text after `<` or `</`. */
function localName(tag: string, from: number): string {
  let end = from;
  while (end < tag.length) {
    const c = tag.charCodeAt(end);
    if (c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) break;
    end++;
  }
  const name = tag.slice(from, end);
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * A minimal streaming tag scanner: calls `onTag(name, tagText, closing, selfClosing)` for each tag
 * and `onText(text)` for the text between tags. Comments, processing instructions and CDATA are
 * handled; DTDs are not expected in workbook parts.
 */
class TagScanner {
  private rest = '';
  constructor(
    private readonly onTag: (name: string, tag: string, closing: boolean, selfClosing: boolean) => void,
    private readonly onText: (text: string) => void,
  ) {}

  write(chunk: string): void {
    const text = this.rest + chunk;
    let at = 0;
    for (;;) {
      const open = text.indexOf('<', at);
      if (open < 0) {
        this.rest = text.slice(at);
        return;
      }
      if (open > at) this.onText(text.slice(at, open));
      if (text.startsWith('<![CDATA[', open)) {
        const close = text.indexOf(']]>', open);
        if (close < 0) return void (this.rest = text.slice(open));
        this.onText(
          text
            .slice(open + 9, close)
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;'),
        );
        at = close + 3;
        continue;
      }
      if (text.startsWith('<!--', open)) {
        const close = text.indexOf('-->', open);
        if (close < 0) return void (this.rest = text.slice(open));
        at = close + 3;
        continue;
      }
      const close = text.indexOf('>', open);
      if (close < 0) return void (this.rest = text.slice(open));
      const tag = text.slice(open, close + 1);
      at = close + 1;
      if (tag[1] === '?' || tag[1] === '!') continue;
      const closing = tag[1] === '/';
      this.onTag(localName(tag, closing ? 2 : 1), tag, closing, tag[tag.length - 2] === '/');
    }
  }

  end(): void {
    if (this.rest.trim() !== '') this.onText(this.rest);
    this.rest = '';
  }
}

/**
 * The shared strings, packed: chunks of 4,096 strings joined, with where each string starts. A
 * million short strings take about what their characters take, not a million string objects.
 */
class SharedStrings {
  private readonly chunks: string[] = [];
  private readonly starts: Uint32Array[] = [];
  private parts: string[] = [];
  private partStarts: number[] = [0];
  private length = 0;

  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.partStarts.push(this.length);
    if (this.parts.length === 4096) this.seal();
  }

  seal(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(this.parts.join(''));
    this.starts.push(Uint32Array.from(this.partStarts));
    this.parts = [];
    this.partStarts = [0];
    this.length = 0;
  }

  get(i: number): string | undefined {
    const chunk = this.chunks[i >>> 12];
    if (chunk === undefined) return undefined;
    const starts = this.starts[i >>> 12];
    const k = i & 4095;
    return k + 1 < starts.length ? chunk.slice(starts[k], starts[k + 1]) : undefined;
  }
}

async function readSharedStrings(file: string, handle: fs.FileHandle, entry: ZipEntry | undefined) {
  const strings = new SharedStrings();
  if (!entry) return strings;
  let inItem = false;
  let inPhonetic = false;
  let inText = false;
  let text = '';
  const scanner = new TagScanner(
    (name, _tag, closing, selfClosing) => {
      if (name === 'si') {
        if (!closing) {
          inItem = true;
          text = '';
        }
        if (closing || selfClosing) {
          strings.push(decodeXml(text));
          inItem = false;
        }
      } else if (name === 'rPh') inPhonetic = !closing && !selfClosing;
      else if (name === 't') inText = !closing && !selfClosing && inItem && !inPhonetic;
    },
    (t) => {
      if (inText) text += t;
    },
  );
  await streamEntry(file, handle, entry, (chunk) => scanner.write(chunk));
  scanner.end();
  strings.seal();
  return strings;
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const BUILTIN_FORMATS: Readonly<Record<number, string>> = { 1: '0', 9: '0%', 10: '0.00%', 49: '@' };

type CellFormat =
  | { kind: 'general' }
  | { kind: 'text' }
  | { kind: 'percent' }
  | { kind: 'date'; time: boolean; date: boolean }
  /** Digit placeholders and literals, e.g. `0000000000` or `00 00 00 00 00` (a phone format). */
  | { kind: 'pattern'; pattern: string };

const GENERAL: CellFormat = { kind: 'general' };

/** What a number format code shows, as far as recipient data needs it. */
export function formatOfCode(code: string): CellFormat {
  const first = code.split(';')[0];
  // Quoted literals, escaped characters and [colour]/[condition] blocks are not format letters.
  const bare = first.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (/^general$/i.test(bare.trim())) return GENERAL;
  if (bare.includes('@')) return { kind: 'text' };
  if (/[dmyhs]/i.test(bare) && !/E[+-]/i.test(bare)) {
    const time = /[hs]/i.test(bare);
    return { kind: 'date', date: /[dy]/i.test(bare) || (/m/i.test(bare) && !time), time };
  }
  if (bare.includes('%')) return { kind: 'percent' };
  // Digits and separators only (no decimal point, no grouping comma, no exponent): a phone-like pattern.
  if (/^[0#?\s\-/()+]+$/.test(bare) && /[0#?]/.test(bare)) return { kind: 'pattern', pattern: first };
  return GENERAL;
}

/** Number format of each cell style (index = the `s` attribute of a cell). */
function readStyles(xml: string | undefined): CellFormat[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId'));
    const code = attribute(m[0], 'formatCode');
    if (code !== undefined) codes.set(id, code);
  }
  const formats: CellFormat[] = [];
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return formats;
  for (const m of xfs[1].matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    const code = codes.get(id) ?? BUILTIN_FORMATS[id];
    if (DATE_FORMAT_IDS.has(id))
      formats.push({
        kind: 'date',
        date: id !== 18 && id !== 19 && id !== 20 && id !== 21 && id !== 45 && id !== 46 && id !== 47,
        time: id >= 18,
      });
    else formats.push(code === undefined ? GENERAL : formatOfCode(code));
  }
  return formats;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A serial date (days since 1899-12-30, or 1904-01-01) as ISO text: `2025-03-14` or `2025-03-14 10:22`. */
function serialDate(value: number, format: { date: boolean; time: boolean }, date1904: boolean): string {
  const ms = Math.round((value - (date1904 ? 24107 : 25569)) * 86400000);
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const seconds = d.getUTCSeconds();
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(seconds)}` : ''}`;
  if (!format.date) return time;
  return format.time ? `${day} ${time}` : day;
}

/** An integer written into a digit pattern: `00 00 00 00 00` and 612345678 → `06 12 34 56 78`. */
export function fillPattern(digits: string, pattern: string): string {
  const literal = pattern.replace(
    /"([^"]*)"|\\(.)/g,
    (_all, quoted: string | undefined, escaped: string | undefined) =>
      (quoted ?? escaped ?? '').replace(/[0#?]/g, (c) => `\u0000${c}`),
  );
  const slots: Array<{ c: string; placeholder: boolean }> = [];
  for (let i = 0; i < literal.length; i++) {
    if (literal[i] === '\u0000') slots.push({ c: literal[++i], placeholder: false });
    else
      slots.push({
        c: literal[i],
        placeholder: literal[i] === '0' || literal[i] === '#' || literal[i] === '?',
      });
  }
  const placeholders = slots.filter((s) => s.placeholder).length;
  let left = digits.length;
  let out = '';
  let seen = 0;
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i];
    if (!slot.placeholder) {
      out = slot.c + out;
      continue;
    }
    seen++;
    if (seen === placeholders && left > 1) {
      out = digits.slice(0, left) + out; // more digits than placeholders: all go to the first
      left = 0;
    } else if (left > 0) out = digits[--left] + out;
    else if (slot.c === '0') out = `0${out}`;
    else if (slot.c === '?') out = ` ${out}`;
  }
  return out.trim();
}

/** An integer's digits without exponent (Excel keeps 15 significant digits). */
function integerText(value: number): string {
  return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** A number cell as people see it, never in scientific notation and never losing a leading zero it shows. */
export function numberText(raw: string, format: CellFormat, date1904: boolean): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  switch (format.kind) {
    case 'date':
      return serialDate(value, format, date1904);
    case 'percent':
      return `${Number((value * 100).toPrecision(15))}%`;
    case 'pattern':
      return Number.isInteger(value) && value >= 0
        ? fillPattern(integerText(value), format.pattern)
        : String(value);
    default:
      return Number.isInteger(value) ? integerText(value) : String(Number(value.toPrecision(15)));
  }
}

/** Column index of a cell reference (`B12` → 1), or -1. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

export interface WorkbookRow {
  readonly cells: string[];
  readonly line: number;
}

/** Parts of the workbook a sheet reading needs. */
async function openWorkbook(source: CsvSource, handle: fs.FileHandle, size: number) {
  const entries = await readDirectory(handle, size, source);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const workbookEntry = byName.get('xl/workbook.xml');
  if (!workbookEntry) {
    const ods = byName.has('content.xml') && byName.has('mimetype');
    throw ods
      ? refuseFormat(source, 'ods')
      : notAWorkbook(
          source,
          both(
            'the file is a zip archive but not an Excel workbook',
            'le fichier est une archive zip mais pas un classeur Excel',
          ),
        );
  }
  const workbook = await readEntry(source.file, handle, workbookEntry);
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? await readEntry(source.file, handle, relsEntry) : '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const sheets: Array<{ name: string; entry: ZipEntry | undefined }> = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name') ?? '';
    const id = attribute(m[0], 'r:id') ?? /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    sheets.push({ name, entry: target ? byName.get(target) : undefined });
  }
  const date1904 = /date1904="(1|true)"/.test(workbook);
  const stylesEntry = byName.get('xl/styles.xml');
  const styles = readStyles(stylesEntry ? await readEntry(source.file, handle, stylesEntry) : undefined);
  return { byName, sheets, date1904, styles };
}

export const refuseFormat = (source: CsvSource, format: 'xls' | 'ods' | 'numbers') =>
  inputError(
    source.display,
    undefined,
    format === 'xls'
      ? both(
          'Excel 97–2003 workbooks (.xls) are not read',
          'les classeurs Excel 97–2003 (.xls) ne sont pas lus',
        )
      : format === 'ods'
        ? both(
            'OpenDocument spreadsheets (.ods) are not read',
            'les feuilles de calcul OpenDocument (.ods) ne sont pas lues',
          )
        : both('Numbers spreadsheets are not read', 'les feuilles de calcul Numbers ne sont pas lues'),
    format === 'xls'
      ? both(
          'Open it in Excel and use File > Save As > "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited)", then point recipients.file at the new file.',
          'Ouvrez-le dans Excel puis Fichier > Enregistrer sous > « Classeur Excel (.xlsx) » ou « CSV UTF-8 (délimité par des virgules) », et indiquez le nouveau fichier dans recipients.file.',
        )
      : format === 'ods'
        ? both(
            'In LibreOffice use File > Save As > "Excel 2007-365 (.xlsx)" or "Text CSV (.csv)" with UTF-8, then point recipients.file at the new file.',
            'Dans LibreOffice, Fichier > Enregistrer sous > « Excel 2007-365 (.xlsx) » ou « Texte CSV (.csv) » en UTF-8, puis indiquez le nouveau fichier dans recipients.file.',
          )
        : both(
            'In Numbers use File > Export To > Excel (.xlsx) or CSV (UTF-8), then point recipients.file at the new file.',
            'Dans Numbers, Fichier > Exporter vers > Excel (.xlsx) ou CSV (UTF-8), puis indiquez le nouveau fichier dans recipients.file.',
          ),
  );

/**
 * Streams the rows of a workbook's sheet (the first, or `source.sheet`) as cells of displayed text:
 * the header (its first non-empty row), then each row with its row number as its line. Cells a row
 * leaves out are empty strings; rows are as wide as the header.
 */
export async function streamXlsx(
  source: CsvSource,
  onHeader: (header: CsvHeader) => void,
  onRow: (cells: string[], line: number) => void,
): Promise<void> {
  const { handle, size } = await openInput(source);
  try {
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
    if (magic.readUInt32BE(0) === 0xd0cf11e0) throw refuseFormat(source, 'xls');
    if (magic.readUInt32LE(0) !== 0x04034b50)
      throw notAWorkbook(
        source,
        both('the file is not an Excel workbook (.xlsx)', 'le fichier n’est pas un classeur Excel (.xlsx)'),
      );
    const book = await openWorkbook(source, handle, size);
    const names = book.sheets.map((s) => s.name);
    const sheet =
      source.sheet === undefined ? book.sheets[0] : book.sheets.find((s) => s.name === source.sheet);
    if (!sheet || !sheet.entry) {
      throw inputError(
        source.display,
        undefined,
        source.sheet === undefined
          ? both('the workbook has no sheet', 'le classeur n’a aucune feuille')
          : both(
              `the workbook has no sheet named "${source.sheet}"`,
              `le classeur n’a pas de feuille nommée « ${source.sheet} »`,
            ),
        both(
          `Its sheets: ${names.join(', ')}. Set recipients.sheet in the manifest.`,
          `Ses feuilles : ${names.join(', ')}. Indiquez recipients.sheet dans le manifeste.`,
        ),
      );
    }
    const sheetEntry = sheet.entry;
    const strings = await readSharedStrings(source.file, handle, book.byName.get('xl/sharedStrings.xml'));
    let width = -1;
    let rowNumber = 0;
    let cells: string[] = [];
    let cellColumn = 0;
    let cellType = '';
    let cellStyle = 0;
    let value = '';
    let inValue = false;
    let inInline = false;
    let inPhonetic = false;
    let estimated = Math.max(1, Math.round(sheetEntry.size / 120));
    const finishCell = () => {
      let text: string;
      if (cellType === 's') text = value.trim() === '' ? '' : (strings.get(Number(value)) ?? '');
      else if (cellType === 'inlineStr' || cellType === 'str' || cellType === 'e' || cellType === 'd')
        text = decodeXml(value);
      else if (cellType === 'b')
        text = value.trim() === '1' ? 'TRUE' : value.trim() === '0' ? 'FALSE' : value;
      else
        text =
          value === ''
            ? ''
            : numberText(decodeXml(value).trim(), book.styles[cellStyle] ?? GENERAL, book.date1904);
      if (cellColumn >= 0 && cellColumn < 16384) {
        while (cells.length < cellColumn) cells.push('');
        cells[cellColumn] = text;
      }
    };
    const finishRow = () => {
      if (cells.every((c) => c.trim() === '')) return;
      if (width < 0) {
        width = cells.length;
        const headers = cells.map((h) => h.trim());
        checkHeader(headers, source, rowNumber);
        onHeader({
          headers,
          delimiter: ',',
          encoding: 'utf8',
          estimatedRecords: estimated,
          bom: true,
          eol: '\r\n',
          line: rowNumber,
          reading: {
            sheet: { value: sheet.name, from: source.sheet === undefined ? 'first' : 'manifest' },
          },
        });
        return;
      }
      while (cells.length < width) cells.push('');
      onRow(cells, rowNumber); // cells right of the header are judged by rows.ts, never dropped here
    };
    const scanner = new TagScanner(
      (name, tag, closing, selfClosing) => {
        switch (name) {
          case 'row':
            if (!closing) {
              const r = attribute(tag, 'r');
              rowNumber = r === undefined ? rowNumber + 1 : Number(r);
              cells = [];
              cellColumn = 0;
            }
            if (closing || selfClosing) finishRow();
            break;
          case 'c':
            if (!closing) {
              const ref = attribute(tag, 'r');
              cellColumn = ref === undefined ? cells.length : columnOf(ref);
              cellType = attribute(tag, 't') ?? 'n';
              cellStyle = Number(attribute(tag, 's') ?? 0);
              value = '';
            }
            if (closing || selfClosing) finishCell();
            break;
          case 'v':
            inValue = !closing && !selfClosing;
            break;
          case 'is':
            inInline = !closing && !selfClosing;
            break;
          case 'rPh':
            inPhonetic = !closing && !selfClosing;
            break;
          case 't':
            inValue = inInline && !inPhonetic && !closing && !selfClosing;
            break;
          case 'dimension': {
            const ref = attribute(tag, 'ref');
            const last = ref ? /(\d+)$/.exec(ref) : null;
            if (last) estimated = Math.max(1, Number(last[1]) - 1);
            break;
          }
        }
      },
      (text) => {
        if (inValue) value += text;
      },
    );
    await streamEntry(source.file, handle, sheetEntry, (chunk) => scanner.write(chunk));
    scanner.end();
    if (width < 0)
      throw inputError(
        source.display,
        undefined,
        both(`the sheet "${sheet.name}" is empty`, `la feuille « ${sheet.name} » est vide`),
        both(
          'Expected a header row (e.g. "phone", "consent") and one row per recipient.',
          'Une ligne d’en-tête (par exemple « phone », « consent ») et une ligne par destinataire sont attendues.',
        ),
      );
  } catch (error) {
    if (error instanceof Error && !('kind' in error))
      throw inputError(
        source.display,
        undefined,
        both(
          `cannot read the workbook: ${error.message}`,
          `impossible de lire le classeur : ${error.message}`,
        ),
        both(
          'Open it in Excel and save it again as .xlsx or "CSV UTF-8".',
          'Ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx ou « CSV UTF-8 ».',
        ),
        error,
      );
    throw error;
  } finally {
    await handle.close();
  }
}
