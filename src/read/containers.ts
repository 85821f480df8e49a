// Which binary a file is, from its bytes rather than its name: a zip (an Office Open XML workbook,
// or an OpenDocument, Numbers or other archive, told apart in xlsx.ts), or an OLE compound file (an
// Excel 97–2003 workbook, or an encrypted Office Open XML workbook: Excel stores a workbook protected
// by a password to open in this container, under the streams EncryptionInfo and EncryptedPackage).
// Formats that are not read are refused with how to export a CSV or an .xlsx from them.
import type { promises as fs } from 'fs';
import path from 'path';
import { inputError } from '../base/failure';
import type { Localized } from '../base/types';
import { localized } from '../base/messages';

export type Container = 'zip' | 'ole';

/** The container a file's first bytes announce, or null (then it is read as text). */
export function sniffContainer(head: Buffer): Container | null {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
  // An empty archive (no entry) starts with its end record.
  if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50) return 'zip';
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1)
    return 'ole';
  return null;
}

/** Formats recognised and refused, each with its own advice. */
export type RefusedFormat =
  | 'xls'
  | 'xlsb'
  | 'ods'
  | 'numbers'
  | 'encrypted'
  | 'word'
  | 'opendocument'
  | 'zip'
  | 'ole';

/** The refused format a file's name announces (said when its bytes are too damaged to tell). */
export function formatOfName(file: string): RefusedFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xls') return 'xls';
  if (ext === '.xlsb') return 'xlsb';
  if (ext === '.ods' || ext === '.fods') return 'ods';
  if (ext === '.numbers') return 'numbers';
  return undefined;
}

/** At most this many directory sectors of a compound file are looked at (a workbook's are first). */
const MAX_OLE_DIRECTORY_SECTORS = 64;
const END_OF_CHAIN = 0xfffffffe;

/**
 * What an OLE compound file holds, from the names in its directory (MS-CFB): the header's first 109
 * FAT sector numbers, the FAT sectors the directory chain needs, the directory's 128-byte entries.
 * Bounded reads only; a damaged file is simply "an OLE file".
 */
export async function oleKind(
  handle: fs.FileHandle,
  size: number,
): Promise<'xls' | 'encrypted' | 'word' | 'ole'> {
  const header = Buffer.alloc(512);
  if ((await handle.read(header, 0, 512, 0)).bytesRead < 512) return 'ole';
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return 'ole';
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
  const sector = async (n: number): Promise<Buffer | null> => {
    const at = (n + 1) * sectorSize;
    if (n >= END_OF_CHAIN - 16 || at + sectorSize > size) return null;
    const bytes = Buffer.alloc(sectorSize);
    await handle.read(bytes, 0, sectorSize, at);
    return bytes;
  };
  const fatCache = new Map<number, Buffer | null>();
  const next = async (n: number): Promise<number> => {
    const index = Math.floor(n / perSector);
    if (index >= fatSectors.length) return END_OF_CHAIN;
    if (!fatCache.has(index)) fatCache.set(index, await sector(fatSectors[index]));
    const fat = fatCache.get(index);
    return fat ? fat.readUInt32LE((n % perSector) * 4) : END_OF_CHAIN;
  };
  const names = new Set<string>();
  let current = header.readUInt32LE(0x30);
  for (let seen = 0; seen < MAX_OLE_DIRECTORY_SECTORS && current < END_OF_CHAIN - 16; seen++) {
    const bytes = await sector(current);
    if (!bytes) break;
    for (let at = 0; at + 128 <= bytes.length; at += 128) {
      const length = Math.min(64, bytes.readUInt16LE(at + 0x40));
      if (length >= 2) names.add(bytes.toString('utf16le', at, at + length - 2));
    }
    current = await next(current);
  }
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  if (names.has('WordDocument')) return 'word';
  return 'ole';
}

const SAVE_AS_XLSX = localized('container.saveAsXlsx');

const FORMATS: Readonly<Record<RefusedFormat, { what: Localized; how: Localized }>> = {
  xls: {
    what: localized('container.xls'),
    how: SAVE_AS_XLSX,
  },
  xlsb: {
    what: localized('container.xlsb'),
    how: SAVE_AS_XLSX,
  },
  encrypted: {
    what: localized('container.encrypted'),
    how: localized('container.encryptedHow'),
  },
  ods: {
    what: localized('container.ods'),
    how: localized('container.odsHow'),
  },
  numbers: {
    what: localized('container.numbers'),
    how: localized('container.numbersHow'),
  },
  word: {
    what: localized('container.word'),
    how: localized('container.exportFromSource'),
  },
  opendocument: {
    what: localized('container.opendocument'),
    how: localized('container.exportFromSource'),
  },
  zip: {
    what: localized('container.zip'),
    how: localized('container.zipHow'),
  },
  ole: {
    what: localized('container.ole'),
    how: localized('container.exportFromSource'),
  },
};

/** The refusal of a format this tool does not read: what it is, and how to export what it reads. */
export const refuseFormat = (display: string, format: RefusedFormat) =>
  inputError(display, undefined, FORMATS[format].what, FORMATS[format].how);
