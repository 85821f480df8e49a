// Rows of a recipients file, whatever its kind: CSV/TXT through csv.ts, Excel workbooks through
// xlsx.ts (loaded only for them). What a file is comes from its first bytes, not its name: a
// workbook saved as .csv or .xls is read as the workbook it is, and a binary that is not one (an
// Excel 97–2003 or encrypted workbook, an OpenDocument or Numbers file) is refused with how to
// export it. Only when the bytes say nothing (a Numbers package folder, a damaged file) does the
// name decide which format is refused.
import { promises as fs } from 'fs';
import {
  footerKind,
  MAX_FOOTER_ROWS,
  streamCsv,
  type CsvHeader,
  type CsvSource,
  type FooterRow,
  type CsvReading,
} from './csv';
import { formatOfName, refuseFormat, sniffContainer } from './containers';
import { localized } from '../base/messages';

/** Names of the workbooks read. */
const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** The first bytes of a file, or an empty buffer when it cannot be read (its reader says why). */
async function head(file: string): Promise<Buffer> {
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return Buffer.alloc(0);
    handle = await fs.open(file, 'r');
    const bytes = Buffer.alloc(8);
    const { bytesRead } = await handle.read(bytes, 0, 8, 0);
    return bytes.subarray(0, bytesRead);
  } catch {
    return Buffer.alloc(0);
  } finally {
    await handle?.close();
  }
}

/**
 * Streams the header, then each record with its line (CSV: the physical line it starts on;
 * workbook: its row number), then the trailing rows that were a report footer, if any. With
 * `reading.onSpans`, CSV records may come as spans of a text instead (see streamCsv).
 */
export async function streamRows(
  source: CsvSource,
  onHeader: (header: CsvHeader) => void,
  onRecord: (values: string[], line: number) => void,
  onFooter?: (rows: readonly FooterRow[]) => void,
  reading?: CsvReading,
): Promise<void> {
  const container = sniffContainer(await head(source.file));
  if (container === null) {
    const refused = formatOfName(source.file);
    if (refused) throw refuseFormat(source.display, refused);
    if (!WORKBOOK.test(source.file)) return streamCsv(source, onHeader, onRecord, onFooter, reading);
  }
  // Loaded here: CSV runs never pay for the workbook reader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { streamXlsx } = require('./xlsx') as typeof import('./xlsx');
  let width = 0;
  const held: Array<{ cells: string[]; line: number; kind: FooterRow['kind'] }> = [];
  await streamXlsx(
    source,
    (header) => {
      width = header.headers.length;
      onHeader(header);
    },
    (cells, line) => {
      const footer = footerKind(cells, width);
      if (footer !== null && held.length < MAX_FOOTER_ROWS) {
        held.push({ cells, line, kind: footer });
        return;
      }
      for (const h of held) onRecord(h.cells, h.line);
      held.length = 0;
      onRecord(cells, line);
    },
  );
  if (held.length > 0 && onFooter) onFooter(held.map(({ line, kind: k }) => ({ line, kind: k })));
}

/** Said where the recipients of a workbook are written back (--write-clean writes CSV files). */
export const workbookWrittenAsCsv = localized('rows.workbookListsAsCsv');
