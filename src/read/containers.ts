// Which binary a file is, from its bytes rather than its name: a zip (an Office Open XML workbook,
// or an OpenDocument, Numbers or other archive, told apart in xlsx.ts), or an OLE compound file (an
// Excel 97–2003 workbook, or an encrypted Office Open XML workbook: Excel stores a workbook protected
// by a password to open in this container, under the streams EncryptionInfo and EncryptedPackage).
// Formats that are not read are refused with how to export a CSV or an .xlsx from them.
import type { promises as fs } from 'fs';
import path from 'path';
import { inputError } from '../base/failure';
import { both } from '../base/text';
import type { Localized } from '../base/types';

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

const SAVE_AS_XLSX = both(
  'Open it in Excel and use File > Save As > "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited)", then point recipients.file at the new file.',
  'Ouvrez-le dans Excel puis Fichier > Enregistrer sous > « Classeur Excel (.xlsx) » ou « CSV UTF-8 (délimité par des virgules) », et indiquez le nouveau fichier dans recipients.file.',
);

const FORMATS: Readonly<Record<RefusedFormat, { what: Localized; how: Localized }>> = {
  xls: {
    what: both(
      'Excel 97–2003 workbooks (.xls) are not read',
      'les classeurs Excel 97–2003 (.xls) ne sont pas lus',
    ),
    how: SAVE_AS_XLSX,
  },
  xlsb: {
    what: both(
      'Excel binary workbooks (.xlsb) are not read',
      'les classeurs binaires Excel (.xlsb) ne sont pas lus',
    ),
    how: SAVE_AS_XLSX,
  },
  encrypted: {
    what: both(
      'the workbook is encrypted (it needs a password to open), so its cells cannot be read',
      'le classeur est chiffré (il faut un mot de passe pour l’ouvrir), ses cellules ne peuvent donc pas être lues',
    ),
    how: both(
      'Open it in Excel with its password, remove the password (File > Info > Protect Workbook > Encrypt with Password, then empty the field), and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", then point recipients.file at that file.',
      'Ouvrez-le dans Excel avec son mot de passe, retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis videz le champ) et enregistrez-le en « Classeur Excel (.xlsx) » ou « CSV UTF-8 », puis indiquez ce fichier dans recipients.file.',
    ),
  },
  ods: {
    what: both(
      'OpenDocument spreadsheets (.ods) are not read',
      'les feuilles de calcul OpenDocument (.ods) ne sont pas lues',
    ),
    how: both(
      'In LibreOffice use File > Save As > "Excel 2007-365 (.xlsx)" or "Text CSV (.csv)" with UTF-8, then point recipients.file at the new file.',
      'Dans LibreOffice, Fichier > Enregistrer sous > « Excel 2007-365 (.xlsx) » ou « Texte CSV (.csv) » en UTF-8, puis indiquez le nouveau fichier dans recipients.file.',
    ),
  },
  numbers: {
    what: both('Numbers spreadsheets are not read', 'les feuilles de calcul Numbers ne sont pas lues'),
    how: both(
      'In Numbers use File > Export To > Excel (.xlsx) or CSV (UTF-8), then point recipients.file at the new file.',
      'Dans Numbers, Fichier > Exporter vers > Excel (.xlsx) ou CSV (UTF-8), puis indiquez le nouveau fichier dans recipients.file.',
    ),
  },
  word: {
    what: both(
      'the file is a Word document, not a spreadsheet',
      'le fichier est un document Word, pas une feuille de calcul',
    ),
    how: both(
      'Export the recipients from the spreadsheet or CRM they come from as "CSV UTF-8" or as an Excel workbook (.xlsx).',
      'Exportez les destinataires depuis le tableur ou le CRM d’origine en « CSV UTF-8 » ou en classeur Excel (.xlsx).',
    ),
  },
  opendocument: {
    what: both(
      'the file is an OpenDocument file, not a spreadsheet',
      'le fichier est un document OpenDocument, pas une feuille de calcul',
    ),
    how: both(
      'Export the recipients from the spreadsheet or CRM they come from as "CSV UTF-8" or as an Excel workbook (.xlsx).',
      'Exportez les destinataires depuis le tableur ou le CRM d’origine en « CSV UTF-8 » ou en classeur Excel (.xlsx).',
    ),
  },
  zip: {
    what: both(
      'the file is a zip archive but not an Excel workbook',
      'le fichier est une archive zip mais pas un classeur Excel',
    ),
    how: both(
      'Extract the recipients file from the archive, or export it as "CSV UTF-8" or as an Excel workbook (.xlsx).',
      'Extrayez le fichier des destinataires de l’archive, ou exportez-le en « CSV UTF-8 » ou en classeur Excel (.xlsx).',
    ),
  },
  ole: {
    what: both(
      'the file is an Office 97–2003 file but not an Excel workbook',
      'le fichier est un fichier Office 97–2003 mais pas un classeur Excel',
    ),
    how: both(
      'Export the recipients from the spreadsheet or CRM they come from as "CSV UTF-8" or as an Excel workbook (.xlsx).',
      'Exportez les destinataires depuis le tableur ou le CRM d’origine en « CSV UTF-8 » ou en classeur Excel (.xlsx).',
    ),
  },
};

/** The refusal of a format this tool does not read: what it is, and how to export what it reads. */
export const refuseFormat = (display: string, format: RefusedFormat) =>
  inputError(display, undefined, FORMATS[format].what, FORMATS[format].how);
