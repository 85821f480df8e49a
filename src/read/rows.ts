// Rows of a recipients file, whatever its kind: CSV/TXT through csv.ts, Excel workbooks through
// xlsx.ts (loaded only for them). Formats that are not read are refused with how to export them.
import path from 'path';
import {
  beyondHeaderError,
  cellBeyondHeader,
  footerKind,
  MAX_FOOTER_ROWS,
  namedWidth,
  streamCsv,
  type CsvHeader,
  type CsvSource,
  type FooterRow,
} from './csv';
import { both } from '../base/text';

/** The kind of a recipients file, from its name. */
export function fileKind(file: string): 'csv' | 'xlsx' | 'xls' | 'ods' | 'numbers' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls') return 'xls';
  if (ext === '.ods' || ext === '.fods') return 'ods';
  if (ext === '.numbers') return 'numbers';
  return 'csv';
}

/**
 * Streams the header, then each record with its line (CSV: the physical line it starts on;
 * workbook: its row number), then the trailing rows that were a report footer, if any.
 */
export async function streamRows(
  source: CsvSource,
  onHeader: (header: CsvHeader) => void,
  onRecord: (values: string[], line: number) => void,
  onFooter?: (rows: readonly FooterRow[]) => void,
): Promise<void> {
  const kind = fileKind(source.file);
  if (kind === 'csv') return streamCsv(source, onHeader, onRecord, onFooter);
  // Loaded here: CSV runs never pay for the workbook reader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { refuseFormat, streamXlsx } = require('./xlsx') as typeof import('./xlsx');
  if (kind !== 'xlsx') throw refuseFormat(source, kind);
  let width = 0;
  let named = 0;
  let headers: readonly string[] = [];
  const held: Array<{ cells: string[]; line: number; kind: FooterRow['kind'] }> = [];
  await streamXlsx(
    source,
    (header) => {
      width = header.headers.length;
      headers = header.headers;
      named = namedWidth(headers);
      onHeader(header);
    },
    (row, line) => {
      // A cell right of the header's last named cell is refused, never dropped (the same rule as CSV).
      const beyond = cellBeyondHeader(row, named);
      if (beyond > 0) throw beyondHeaderError(source, line, beyond, headers, named);
      const cells = row.length > width ? row.slice(0, width) : row;
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
export const workbookWrittenAsCsv = both(
  'the recipients come from a workbook: the accepted and rejected lists are written as CSV (UTF-8, comma)',
  'les destinataires viennent d’un classeur : les listes acceptée et refusée sont écrites en CSV (UTF-8, virgule)',
);
