// A streaming reader of Excel workbooks (.xlsx, .xlsm and their templates): the zip through yauzl
// (zip.ts, with its bounds), every XML part through saxes (xml.ts), the sheet's cells inflated,
// parsed and handed on row by row, so a 1,048,576-row sheet is never held in memory (only its
// shared strings are, packed). The package is followed as Office Open XML defines it: the root
// relationships name the workbook part, its relationships name the sheets, styles and shared
// strings; the content types tell an .xlsx from an .xlsb, a Word document or another archive.
// Nothing in the file is run (macros, formulas: a formula cell gives the value Excel saved for it).
// Loaded only for workbooks.
import path from 'path';
import { inputError, LintFailure } from '../base/failure';
import type { Localized, SheetChoice } from '../base/types';
import { formatOfName, oleKind, refuseFormat, sniffContainer } from './containers';
import { checkHeader, MAX_COLUMNS, MAX_RECORD_CHARS, openInput, type CsvHeader, type CsvSource } from './csv';
import { NS, XmlPart, XmlProblem, type XmlAttributes, type XmlHandlers } from './xml';
import { openZip, ZipProblem, type Zip, type ZipEntry } from './zip';
import { localized } from '../base/messages';

/** Inflated bytes read at most from a part read whole (workbook, relationships, styles, content types). */
const SMALL_PART_BYTES = 32 * 1024 * 1024;
/** Inflated bytes of the shared strings at most (they are kept in memory, packed). */
const SHARED_STRINGS_BYTES = 512 * 1024 * 1024;
/** Inflated bytes of the sheet at most: a 1M-row sheet of the bench is 197 MB; Excel's largest real ones a few GB. */
const SHEET_BYTES = 4 * 1024 * 1024 * 1024;
/** Excel's own limits (a reference beyond them is not a cell). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const SAVE_AGAIN = localized('xlsx.saveAgain');

const notAWorkbook = (source: CsvSource, why: Localized, line?: number) =>
  inputError(source.display, line, why, SAVE_AGAIN);

/** A part that is not what the format says: where, and what (the part's name is technical, kept in English). */
const damagedPart = (source: CsvSource, part: string, what: string) =>
  notAWorkbook(source, localized('xlsx.damagedPart', { part, what }));

// --- package: content types and relationships ------------------------------------------------------

const CONTENT_TYPES: Readonly<Record<string, 'xlsx' | 'xlsb' | 'word'>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroenabled.main+xml': 'xlsx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xlsx',
  'application/vnd.ms-excel.template.macroenabled.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.binary.macroenabled.main': 'xlsb',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'word',
  'application/vnd.ms-word.document.macroenabled.main+xml': 'word',
};

const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  styles: '/styles',
  sharedStrings: '/sharedStrings',
};

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A part's name from a relationship's target, relative to the part that holds the relationship. */
function resolveTarget(fromPart: string, target: string): string {
  const joined = target.startsWith('/') ? target : path.posix.join(path.posix.dirname(fromPart), target);
  return path.posix.normalize(joined).replace(/^\/+/, '');
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsOf = (part: string) =>
  path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

class Package {
  constructor(
    readonly source: CsvSource,
    readonly zip: Zip,
  ) {}

  /** Parses a part with `handlers`; damage is named with the part. `optional`: a missing part is no error. */
  async parse(
    part: string,
    limit: number,
    make: (xml: XmlPart) => XmlHandlers,
    optional = false,
  ): Promise<boolean> {
    const entry = this.zip.get(part);
    if (!entry) {
      if (optional) return false;
      throw damagedPart(this.source, part, 'nothing: the part is missing');
    }
    await this.stream(entry, limit, make);
    return true;
  }

  async stream(entry: ZipEntry, limit: number, make: (xml: XmlPart) => XmlHandlers): Promise<void> {
    const xml = new XmlPart();
    xml.handlers = make(xml);
    try {
      await this.zip.read(entry, limit, (bytes) => xml.write(bytes));
      xml.end();
    } catch (error) {
      throw this.explain(error, entry.name);
    }
  }

  /** Relationships of a part, by id (external targets left out). */
  async relationships(part: string): Promise<Map<string, Relationship>> {
    const out = new Map<string, Relationship>();
    await this.parse(
      relsOf(part),
      SMALL_PART_BYTES,
      () => ({
        open: (uri, local, attributes) => {
          if (local !== 'Relationship' || !NS.packageRels.includes(uri as never)) return;
          const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
          if (id && type && target && mode !== 'External')
            out.set(id, { type, target: resolveTarget(part, target) });
        },
        close: () => undefined,
        text: () => undefined,
      }),
      true,
    );
    return out;
  }

  /** A container problem or a parse problem as the user's message. */
  explain(error: unknown, part: string): unknown {
    if (error instanceof LintFailure) return error;
    if (error instanceof XmlProblem)
      return damagedPart(this.source, part, `XML that is not well-formed (${error.message})`);
    if (!(error instanceof ZipProblem)) return error;
    switch (error.kind) {
      case 'encrypted':
        return refuseFormat(this.source.display, 'encrypted');
      case 'method':
        return notAWorkbook(
          this.source,
          localized('xlsx.partMethod', { part, method: methodName(error.detail) }),
        );
      case 'too-large':
        return notAWorkbook(this.source, localized('xlsx.partTooLarge', { part, bytes: error.detail ?? 0 }));
      case 'ratio':
        return notAWorkbook(this.source, localized('xlsx.partRatio', { part, ratio: String(error.detail) }));
      default:
        return containerProblem(this.source, error);
    }
  }
}

const METHODS: Readonly<Record<number, string>> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'XZ',
  98: 'PPMd',
};
const methodName = (method: number | undefined) =>
  `${METHODS[method ?? -1] ?? 'an unknown method'} (zip method ${method ?? '?'})`;

/** A problem of the zip itself, before any part was read. */
function containerProblem(source: CsvSource, error: ZipProblem): LintFailure {
  switch (error.kind) {
    case 'overlap':
      return notAWorkbook(source, localized('xlsx.zipOverlap', { message: error.message }));
    case 'entries':
      return notAWorkbook(source, localized('xlsx.zipEntries', { entries: error.detail ?? 0 }));
    default:
      if (/central directory record signature not found/i.test(error.message))
        return notAWorkbook(source, localized('xlsx.noZipDirectory'));
      return notAWorkbook(
        source,
        localized('xlsx.zipDamaged', {
          message: error.message,
          entry: error.entry ? ` (${error.entry})` : '',
        }),
      );
  }
}

/** Reads a small raw entry as text (the `mimetype` of an OpenDocument file). */
async function rawText(zip: Zip, entry: ZipEntry): Promise<string> {
  const parts: Buffer[] = [];
  await zip.read(entry, 4096, (b) => parts.push(b));
  return Buffer.concat(parts).toString('latin1').trim();
}

/** What the zip is: a workbook (its main part's name), or a refused format. */
async function identify(pkg: Package): Promise<string> {
  const { zip, source } = pkg;
  const mimetype = zip.get('mimetype');
  if (mimetype) {
    const type = await rawText(zip, mimetype).catch(() => '');
    if (
      type === 'application/vnd.oasis.opendocument.spreadsheet' ||
      type.endsWith('opendocument.spreadsheet-template')
    )
      throw refuseFormat(source.display, 'ods');
    if (type.startsWith('application/vnd.oasis.opendocument'))
      throw refuseFormat(source.display, 'opendocument');
  }
  if (zip.names.some((n) => /^index\/.*\.iwa$/i.test(n) || n === 'Index.zip'))
    throw refuseFormat(source.display, 'numbers');
  const types = { defaults: new Map<string, string>(), overrides: new Map<string, string>() };
  const hasTypes = await pkg.parse(
    '[Content_Types].xml',
    SMALL_PART_BYTES,
    () => ({
      open: (uri, local, attributes) => {
        if (!NS.contentTypes.includes(uri as never)) return;
        const type = attributes.ContentType?.trim().toLowerCase();
        if (!type) return;
        if (local === 'Default' && attributes.Extension)
          types.defaults.set(attributes.Extension.toLowerCase(), type);
        if (local === 'Override' && attributes.PartName)
          types.overrides.set(attributes.PartName.replace(/^\/+/, '').toLowerCase(), type);
      },
      close: () => undefined,
      text: () => undefined,
    }),
    true,
  );
  if (!hasTypes) throw refuseFormat(source.display, 'zip');
  const root = await pkg.relationships('');
  const office = [...root.values()].find((r) => r.type.endsWith(REL.officeDocument));
  const main = office?.target ?? 'xl/workbook.xml';
  const ext = path.posix.extname(main).slice(1).toLowerCase();
  const type = types.overrides.get(main.toLowerCase()) ?? types.defaults.get(ext);
  const kind = type === undefined ? undefined : CONTENT_TYPES[type];
  if (kind === 'xlsx' && zip.get(main)) return main;
  if (kind === 'xlsb' || ext === 'bin') throw refuseFormat(source.display, 'xlsb');
  if (kind === 'word') throw refuseFormat(source.display, 'word');
  throw refuseFormat(source.display, 'zip');
}

// --- the workbook part: its sheets ------------------------------------------------------------------

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly part: string | undefined;
  readonly type: string;
}

async function readWorkbook(pkg: Package, main: string) {
  const rels = await pkg.relationships(main);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await pkg.parse(main, SMALL_PART_BYTES, (xml) => ({
    open: (uri, local, attributes) => {
      if (!NS.main.includes(uri as never)) return;
      if (local === 'workbookPr') date1904 = isTrue(attributes.date1904);
      else if (local === 'sheet') {
        const id = xml.attribute(attributes, NS.officeRels, 'id');
        const rel = id === undefined ? undefined : rels.get(id);
        const state = (attributes.state ?? 'visible').trim();
        sheets.push({
          name: attributes.name ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
          part: rel?.target,
          type: rel?.type ?? '',
        });
      }
    },
    close: () => undefined,
    text: () => undefined,
  }));
  const find = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target;
  return {
    sheets,
    date1904,
    styles: find(REL.styles) ?? 'xl/styles.xml',
    sharedStrings: find(REL.sharedStrings) ?? 'xl/sharedStrings.xml',
  };
}

/** xsd:boolean, as the schema reads it. */
const isTrue = (value: string | undefined) =>
  value !== undefined && (value.trim() === '1' || value.trim() === 'true');

/** The sheet to read: the one the manifest names, else the first visible one. */
function chooseSheet(
  source: CsvSource,
  sheets: readonly SheetEntry[],
): { sheet: SheetEntry; choice: SheetChoice } {
  const names = sheets.map((s) => s.name);
  const list = (names.length ? names : ['—']).map((n) => `"${n}"`).join(', ');
  const listFr = (names.length ? names : ['—']).map((n) => `« ${n} »`).join(', ');
  let sheet: SheetEntry | undefined;
  let hiddenSkipped = 0;
  if (source.sheet !== undefined) {
    const wanted = source.sheet;
    // Excel's sheet names are unique regardless of case.
    sheet =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet)
      throw inputError(
        source.display,
        undefined,
        localized('xlsx.noSheetNamed', { sheet: wanted }),
        localized('xlsx.itsSheets', { sheets: names.join(', ') }),
      );
  } else {
    for (const s of sheets) {
      if (!s.hidden) {
        sheet = s;
        break;
      }
      hiddenSkipped++;
    }
    if (!sheet)
      throw inputError(
        source.display,
        undefined,
        sheets.length === 0 ? localized('xlsx.noSheet') : localized('xlsx.allSheetsHidden'),
        localized('xlsx.itsSheetsName', { sheets: { en: list, fr: listFr } }),
      );
  }
  if (!sheet.type.endsWith(REL.worksheet) || !sheet.part)
    throw inputError(
      source.display,
      undefined,
      localized('xlsx.notCellSheet', { sheet: sheet.name }),
      localized('xlsx.itsSheetsHolding', { sheets: { en: list, fr: listFr } }),
    );
  return {
    sheet,
    choice: {
      name: sheet.name,
      from: source.sheet !== undefined ? 'manifest' : 'first-visible',
      hiddenSkipped,
    },
  };
}

// --- styles: which cells show dates, percentages, digit patterns -----------------------------------

// Built-in number formats that show dates or times (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const BUILTIN_FORMATS: Readonly<Record<number, string>> = { 1: '0', 9: '0%', 10: '0.00%', 49: '@' };

export type CellFormat =
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

const builtinFormat = (id: number): CellFormat =>
  DATE_FORMAT_IDS.has(id)
    ? { kind: 'date', date: !(id >= 18 && id <= 21) && !(id >= 45 && id <= 47), time: id >= 18 }
    : BUILTIN_FORMATS[id] === undefined
      ? GENERAL
      : formatOfCode(BUILTIN_FORMATS[id]);

/** Number format of each cell style (index = the `s` attribute of a cell). */
async function readStyles(pkg: Package, part: string): Promise<CellFormat[]> {
  const codes = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  await pkg.parse(
    part,
    SMALL_PART_BYTES,
    () => ({
      open: (uri, local, attributes) => {
        if (!NS.main.includes(uri as never)) return;
        if (local === 'numFmt') {
          const id = Number(attributes.numFmtId);
          if (Number.isInteger(id) && attributes.formatCode !== undefined)
            codes.set(id, attributes.formatCode);
        } else if (local === 'cellXfs') inCellXfs = true;
        else if (local === 'xf' && inCellXfs) ids.push(Number(attributes.numFmtId ?? 0));
      },
      close: (_uri, local) => {
        if (local === 'cellXfs') inCellXfs = false;
      },
      text: () => undefined,
    }),
    true,
  );
  // A custom code wins over a built-in id only where the workbook defines it (ids from 164 up, or a redefinition).
  return ids.map((id) => {
    const code = codes.get(id);
    if (DATE_FORMAT_IDS.has(id) && code === undefined) return builtinFormat(id);
    return code === undefined ? builtinFormat(id) : formatOfCode(code);
  });
}

// --- shared strings ---------------------------------------------------------------------------------

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
  count = 0;

  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.partStarts.push(this.length);
    this.count++;
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

  get(i: number): string {
    const starts = this.starts[i >>> 12];
    const k = i & 4095;
    return this.chunks[i >>> 12].slice(starts[k], starts[k + 1]);
  }
}

/**
 * Rich text as Excel shows it: the text of `<t>` directly in the item and of each run `<r><t>`;
 * phonetic runs `<rPh>` (furigana shown above Japanese text) are not part of the cell's text.
 */
class RichText {
  /** Elements open inside the item (0: the item's own element is the next to close). */
  depth = 0;
  private phonetic = 0;
  private inText = false;
  private inRun = false;
  text = '';
  tooLong = false;

  /** Call for each element opened inside the item or inline string (depth 1 = its children). */
  open(local: string): void {
    this.depth++;
    if (local === 'rPh') this.phonetic++;
    else if (local === 't' && this.phonetic === 0 && (this.depth === 1 || this.inRun)) this.inText = true;
    else if (local === 'r' && this.depth === 1) this.inRun = true;
  }

  close(local: string): void {
    this.depth--;
    if (local === 'rPh') this.phonetic--;
    else if (local === 't') this.inText = false;
    else if (local === 'r' && this.depth === 0) this.inRun = false;
  }

  add(text: string): void {
    if (!this.inText) return;
    if (this.text.length + text.length > MAX_RECORD_CHARS) this.tooLong = true;
    else this.text += text;
  }

  reset(): void {
    this.depth = 0;
    this.phonetic = 0;
    this.inText = false;
    this.inRun = false;
    this.text = '';
    this.tooLong = false;
  }
}

async function readSharedStrings(pkg: Package, part: string): Promise<SharedStrings> {
  const strings = new SharedStrings();
  const item = new RichText();
  let inItem = false;
  await pkg.parse(
    part,
    SHARED_STRINGS_BYTES,
    () => ({
      open: (uri, local) => {
        if (!NS.main.includes(uri as never)) return;
        if (inItem) item.open(local);
        else if (local === 'si') {
          inItem = true;
          item.reset();
        }
      },
      close: (uri, local) => {
        if (!inItem || !NS.main.includes(uri as never)) return;
        if (item.depth === 0 && local === 'si') {
          if (item.tooLong)
            throw new XmlProblem(`a shared string longer than ${MAX_RECORD_CHARS} characters`);
          strings.push(item.text);
          inItem = false;
        } else item.close(local);
      },
      text: (t) => {
        if (inItem) item.add(t);
      },
    }),
    true,
  );
  strings.seal();
  return strings;
}

// --- cell values as displayed ------------------------------------------------------------------------

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The last serial Excel shows as a date: 9999-12-31 (2,958,465 in the 1900 system, 1,462 less in 1904). */
const LAST_SERIAL_1900 = 2958465;
const LAST_SERIAL_1904 = LAST_SERIAL_1900 - 1462;

/**
 * A serial date as ISO text (`2025-03-14`, `2025-03-14 10:22`, `10:22`), or undefined when it is no
 * date Excel shows: negative, past 9999-12-31, or 1900-02-29 (serial 60, a day that never was, kept
 * by Excel for Lotus 1-2-3). Serials before it count from 1899-12-31, after it from 1899-12-30.
 */
export function serialDate(
  value: number,
  format: { date: boolean; time: boolean },
  date1904: boolean,
): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value >= (date1904 ? LAST_SERIAL_1904 : LAST_SERIAL_1900) + 1)
    return undefined;
  if (format.date && !date1904 && value >= 60 && value < 61) return undefined;
  if (format.date && value < 1 && !date1904) return undefined; // serial 0: "0 January 1900"
  const epochDays = date1904 ? 24107 : value < 60 ? 25568 : 25569;
  const d = new Date(Math.round((value - epochDays) * 86400000));
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

/**
 * A number cell as people see it, never in scientific notation and never losing a leading zero it
 * shows; a date format shows a date only for a serial that is one (else the number itself).
 */
export function numberText(raw: string, format: CellFormat, date1904: boolean): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  switch (format.kind) {
    case 'date':
      return serialDate(value, format, date1904) ?? plainNumber(value);
    case 'percent':
      return `${Number((value * 100).toPrecision(15))}%`;
    case 'pattern':
      return Number.isInteger(value) && value >= 0
        ? fillPattern(integerText(value), format.pattern)
        : String(value);
    default:
      return plainNumber(value);
  }
}

const plainNumber = (value: number) =>
  Number.isInteger(value) ? integerText(value) : String(Number(value.toPrecision(15)));

/** `B12` → column 1 and row 12; -1 where a part is missing or out of Excel's range. */
function parseReference(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  let row = 0;
  let digits = 0;
  for (let k = i; k < ref.length; k++, digits++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57 || digits > 7)
      return { column: i === 0 || column > MAX_COLUMN ? -1 : column - 1, row: -1 };
    row = row * 10 + (c - 48);
  }
  return {
    column: i === 0 || column > MAX_COLUMN ? -1 : column - 1,
    row: digits === 0 || row < 1 || row > MAX_ROW ? -1 : row,
  };
}

/** The value of a string of at most 9 ASCII digits (a shared string's index as Excel writes it), else -1. */
function digitsValue(text: string): number {
  if (text.length === 0 || text.length > 9) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A column's letters, for messages: 0 → A, 7 → H. */
function columnName(i: number): string {
  let s = '';
  for (i++; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

// --- the sheet --------------------------------------------------------------------------------------

const CELL_TYPES = new Set(['n', 's', 'str', 'inlineStr', 'b', 'e', 'd']);

/**
 * Streams the rows of a workbook's sheet (`source.sheet`, else the first visible one) as cells of
 * displayed text: the header (its first non-empty row), then each row with its row number as its
 * line. Cells a row leaves out are empty strings; rows are as wide as the header. A value right of
 * the header's last cell, rows or cells out of order, and cells that are not what their type says
 * are refused (they would make a row's number or a column's value a guess).
 */
export async function streamXlsx(
  source: CsvSource,
  onHeader: (header: CsvHeader) => void,
  onRow: (cells: string[], line: number) => void,
): Promise<SheetChoice> {
  const { handle, size } = await openInput(source);
  try {
    const head = Buffer.alloc(Math.min(512, size));
    await handle.read(head, 0, head.length, 0);
    const container = sniffContainer(head);
    // Bytes too damaged to tell what they are: the name says which format is refused, if it names one.
    const byName = formatOfName(source.file);
    if (container === 'ole') {
      const kind = await oleKind(handle, size);
      throw refuseFormat(source.display, kind === 'ole' && byName ? byName : kind);
    }
    if (container === null) throw notAWorkbook(source, localized('xlsx.notWorkbook'));
    let zip: Zip;
    try {
      zip = await openZip(source.file, handle);
    } catch (error) {
      if (byName && error instanceof ZipProblem && error.kind === 'damaged')
        throw refuseFormat(source.display, byName);
      throw error instanceof ZipProblem ? containerProblem(source, error) : error;
    }
    const pkg = new Package(source, zip);
    const main = await identify(pkg);
    const book = await readWorkbook(pkg, main);
    const { sheet, choice } = chooseSheet(source, book.sheets);
    const styles = await readStyles(pkg, book.styles);
    const strings = pkg.zip.get(book.sharedStrings)
      ? await readSharedStrings(pkg, book.sharedStrings)
      : new SharedStrings();
    await readSheet(pkg, sheet, choice, { styles, strings, date1904: book.date1904 }, onHeader, onRow);
    return choice;
  } catch (error) {
    if (error instanceof LintFailure) throw error;
    throw inputError(
      source.display,
      undefined,
      localized('xlsx.cannotRead', { reason: (error as Error)?.message ?? String(error) }),
      SAVE_AGAIN,
      error,
    );
  } finally {
    await handle.close();
  }
}

interface Book {
  readonly styles: readonly CellFormat[];
  readonly strings: SharedStrings;
  readonly date1904: boolean;
}

async function readSheet(
  pkg: Package,
  sheet: SheetEntry,
  choice: SheetChoice,
  book: Book,
  onHeader: (header: CsvHeader) => void,
  onRow: (cells: string[], line: number) => void,
): Promise<void> {
  const { source } = pkg;
  const part = sheet.part as string;
  const entry = pkg.zip.get(part);
  if (!entry) throw damagedPart(source, part, 'nothing: the sheet’s part is missing');
  const malformed = (line: number, detail: Localized, hint: Localized = SAVE_AGAIN) =>
    inputError(source.display, line, localized('xlsx.sheetMalformed', { detail, sheet: sheet.name }), hint);
  const cellName = (column: number) => `${columnName(column)}${rowNumber}`;

  let estimated = Math.max(1, Math.round(entry.size / 120));
  let width = -1; // the header's width, once read
  let inSheetData = false;
  let rowNumber = 0;
  let cells: string[] = [];
  let rowChars = 0;
  let rowFilled = false; // a cell of the row holds more than spaces
  let inRow = false;
  let inCell = false;
  let cellColumn = -1;
  let cellType = 'n';
  let cellStyle = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  const inline = new RichText();

  const cellText = (): string => {
    switch (cellType) {
      case 's': {
        const index = digitsValue(value);
        if (index >= 0 && index < book.strings.count) return book.strings.get(index);
        const text = value.trim();
        if (text === '') return '';
        const number = Number(text);
        if (!Number.isInteger(number) || number < 0 || number >= book.strings.count)
          throw malformed(
            rowNumber,
            localized('xlsx.cellSharedString', {
              cell: cellName(cellColumn),
              index: text,
              count: String(book.strings.count),
            }),
          );
        return book.strings.get(number);
      }
      case 'inlineStr':
        return inline.text;
      case 'b': {
        const text = value.trim();
        if (text === '1' || text === 'true') return 'TRUE';
        if (text === '0' || text === 'false') return 'FALSE';
        if (text === '') return '';
        throw malformed(rowNumber, localized('xlsx.cellYesNo', { cell: cellName(cellColumn), text }));
      }
      case 'str':
      case 'e': // the error Excel shows (#N/A, #REF!…): what it means is for the columns' reading
      case 'd':
        return value;
      default: {
        const text = value.trim();
        if (text === '') return '';
        if (!Number.isFinite(Number(text)))
          throw malformed(rowNumber, localized('xlsx.cellNotNumber', { cell: cellName(cellColumn) }));
        return numberText(text, book.styles[cellStyle] ?? GENERAL, book.date1904);
      }
    }
  };

  const finishCell = () => {
    const text = cellText();
    if (width >= 0 && cellColumn >= width) {
      if (text.trim() === '') return; // an empty (formatted) cell right of the table
      throw inputError(
        source.display,
        rowNumber,
        localized('xlsx.valueRightOfHeader', {
          row: String(rowNumber),
          column: columnName(cellColumn),
          last: columnName(width - 1),
        }),
        localized('xlsx.valueRightOfHeaderHint'),
      );
    }
    if (width < 0 && cellColumn >= MAX_COLUMNS) {
      if (text.trim() === '') return;
      throw inputError(
        source.display,
        rowNumber,
        localized('xlsx.headerTooWide', { column: columnName(cellColumn), max: MAX_COLUMNS }),
        localized('xlsx.headerTooWideHint'),
      );
    }
    if (!rowFilled && text.length > 0 && text.trim() !== '') rowFilled = true;
    rowChars += text.length;
    if (rowChars > MAX_RECORD_CHARS)
      throw malformed(
        rowNumber,
        localized('xlsx.rowTooLong', { row: String(rowNumber), max: MAX_RECORD_CHARS }),
      );
    while (cells.length < cellColumn) cells.push('');
    cells.push(text);
  };

  const finishRow = () => {
    if (!rowFilled) return;
    if (width < 0) {
      let last = cells.length;
      while (last > 0 && cells[last - 1].trim() === '') last--;
      width = last;
      const headers = cells.slice(0, last).map((h) => h.trim());
      checkHeader(headers, source, rowNumber);
      onHeader({
        headers,
        delimiter: ',',
        encoding: 'utf8',
        estimatedRecords: estimated,
        bom: true,
        eol: '\r\n',
        sheet: choice,
        line: rowNumber,
        reading: {
          sheet: {
            value: choice.name,
            from: choice.from,
            ...(choice.hiddenSkipped > 0 ? { hiddenSkipped: choice.hiddenSkipped } : {}),
          },
        },
      });
      return;
    }
    while (cells.length < width) cells.push('');
    onRow(cells, rowNumber);
  };

  const tooLong = () => malformed(rowNumber, localized('xlsx.cellTooLong', { max: MAX_RECORD_CHARS }));
  const openRow = (r: string | undefined) => {
    const number = r === undefined ? rowNumber + 1 : /^\s*\d{1,7}\s*$/.test(r) ? Number(r) : NaN;
    if (inRow || !(number > rowNumber) || number > MAX_ROW)
      throw malformed(
        Number.isInteger(number) && number >= 1 && number <= MAX_ROW ? number : rowNumber,
        inRow
          ? localized('xlsx.rowInRow', { row: String(rowNumber) })
          : Number.isNaN(number)
            ? localized('xlsx.rowNotNumbered', { number: String(r) })
            : number > MAX_ROW
              ? localized('xlsx.rowPastLast', { number: String(number), last: String(MAX_ROW) })
              : localized('xlsx.rowOrder', { number: String(number), row: String(rowNumber) }),
      );
    inRow = true;
    rowNumber = number;
    cells = [];
    rowFilled = false;
    rowChars = 0;
    cellColumn = -1;
  };
  const openCell = (attributes: XmlAttributes) => {
    const ref = attributes.r;
    let column = cellColumn + 1;
    if (ref !== undefined) {
      const at = parseReference(ref.trim());
      if (at.column < 0 || at.row !== rowNumber)
        throw malformed(rowNumber, localized('xlsx.cellNotInRow', { row: String(rowNumber), ref }));
      column = at.column;
    }
    if (!inRow || inCell || column <= cellColumn || column >= MAX_COLUMN)
      throw malformed(
        rowNumber,
        !inRow || inCell
          ? localized('xlsx.cellOutsideRow')
          : localized('xlsx.cellOrder', {
              row: String(rowNumber),
              column: columnName(column),
              previous: columnName(cellColumn),
            }),
      );
    inCell = true;
    cellColumn = column;
    cellType = attributes.t === undefined ? 'n' : attributes.t.trim();
    if (!CELL_TYPES.has(cellType))
      throw malformed(rowNumber, localized('xlsx.cellType', { cell: cellName(column), type: cellType }));
    const style = attributes.s;
    cellStyle = style === undefined ? 0 : Number(style);
    value = '';
    inline.reset();
  };

  const main = (uri: string) => uri === NS.main[0] || uri === NS.main[1];
  const handlers: XmlHandlers = {
    open: (uri, local, attributes) => {
      if (inInline) return inline.open(main(uri) ? local : '');
      if (!main(uri)) return;
      if (!inSheetData) {
        if (local === 'sheetData') inSheetData = true;
        else if (local === 'dimension') {
          const last = parseReference((attributes.ref ?? '').split(':').pop() ?? '').row;
          if (last > 1) estimated = last - 1;
        }
        return;
      }
      switch (local) {
        case 'c':
          return openCell(attributes);
        case 'row':
          return openRow(attributes.r);
        case 'v':
          inValue = inCell;
          return;
        case 'is':
          inInline = inCell;
          return;
      }
    },
    close: (uri, local) => {
      if (inInline) {
        if (inline.depth === 0) {
          inInline = false;
          if (inline.tooLong) throw tooLong();
        } else inline.close(main(uri) ? local : '');
        return;
      }
      if (!inSheetData || !main(uri)) return;
      switch (local) {
        case 'v':
          inValue = false;
          return;
        case 'c':
          inCell = false;
          finishCell();
          return;
        case 'row':
          inRow = false;
          finishRow();
          return;
        case 'sheetData':
          inSheetData = false;
          return;
      }
    },
    text: (t) => {
      if (inValue) {
        if (value.length + t.length > MAX_RECORD_CHARS) throw tooLong();
        value += t;
      } else if (inInline) inline.add(t);
    },
  };
  await pkg.stream(entry, SHEET_BYTES, () => handlers);
  if (width < 0)
    throw inputError(
      source.display,
      undefined,
      localized('xlsx.emptySheet', { sheet: sheet.name }),
      localized('xlsx.emptySheetHint'),
    );
}
