import { mkdirSync } from 'fs';
import iconv from 'iconv-lite';
import path from 'path';
import { streamRows } from '../read/rows';
import { MANIFEST_PATTERN } from '../inputs/manifest';
import { displayPath } from '../read/paths';
import { inputError, LintFailure } from '../base/failure';
import { fileStamp } from '../read/files';
import { buffered, commitTogether, openAtomic, type RunOutputs } from './write';
import type { CampaignResult } from '../base/types';
import { localized } from '../base/messages';

export interface CleanFiles {
  readonly campaign: string;
  /** The recipients came from a workbook (.xlsx): the lists are CSV files all the same. */
  readonly fromWorkbook: boolean;
  /** The recipients file read (as reported). */
  readonly source: string;
  readonly accepted: { readonly file: string; readonly rows: number };
  readonly rejected: { readonly file: string; readonly rows: number };
}

// Spreadsheets read a cell as a formula when it starts (after spaces) with = + - @, a tab or a
// carriage return (CSV injection, OWASP), fullwidth forms included.
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
// Made only of digits, spaces and + - ( ) . , / %, a formula can at most be arithmetic: it names
// no function, no cell and no other program. Phone numbers and amounts are such cells.
const NUMBER_LIKE = /^[ \u00a0\u202f]*[+\-\uff0b\uff0d][0-9 \u00a0\u202f+\-().,/%]*$/;

/**
 * A cell as written back, quoted when needed. One that a spreadsheet would run as a formula gets a
 * leading apostrophe (spreadsheets then show it as text); a number as people write it is kept as
 * written (`+33 6 12 34 56 78`), since an apostrophe would become part of it in a platform's import.
 */
export function cell(value: string, delimiter: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER_LIKE.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// The byte-order mark of each encoding that has one: a list read with a BOM is written with it.
const BOMS: Readonly<Record<string, readonly number[]>> = {
  utf8: [0xef, 0xbb, 0xbf],
  utf16le: [0xff, 0xfe],
  utf16be: [0xfe, 0xff],
};

/** An atomic output file in the list's encoding, with the original byte-order mark, written in ~64 KB chunks. */
function listFile(file: string, display: string, encoding: string, bom: boolean) {
  const target = openAtomic(file, display);
  const mark = BOMS[encoding];
  if (bom && mark) target.write(Buffer.from(mark));
  const out = buffered((chunk) => target.write(iconv.encode(chunk, encoding)));
  return { target, write: out.write, flush: out.flush };
}

const changed = (display: string) =>
  inputError(display, undefined, localized('writeClean.changed'), localized('writeClean.changedHint'));

/**
 * The rule ids that reject the row of a line (sorted, space-separated), or null: the errors located
 * on a recipient, walked alongside the rows. Diagnostics come in file order (by line), so nothing
 * is held but the current line's: two million rejected rows cost no memory (a map of them did).
 */
function rejectionReasons(campaign: CampaignResult): (line: number) => string | null {
  const errors = (function* () {
    for (const d of campaign.eachDiagnostic())
      if (
        d.severity === 'error' &&
        d.file === campaign.recipients.file &&
        d.line !== undefined &&
        d.recipient !== undefined
      )
        yield { line: d.line, ruleId: d.ruleId };
  })();
  let next = errors.next();
  return (line) => {
    while (!next.done && next.value.line < line) next = errors.next();
    if (next.done || next.value.line !== line) return null;
    const ids = new Set<string>();
    for (; !next.done && next.value.line === line; next = errors.next()) ids.add(next.value.ruleId);
    return [...ids].sort().join(' ');
  };
}

/**
 * Splits each campaign's recipients into `<campaign>.accepted.csv` (rows without an error) and
 * `<campaign>.rejected.csv` (the same columns plus `reasons`, the rule ids), in the original
 * delimiter, encoding and line ending. The input is read again, never modified.
 */
export async function writeCleanLists(
  campaigns: readonly CampaignResult[],
  outDir: string,
  cwd: string,
  outputs: RunOutputs,
): Promise<{ written: CleanFiles[]; failures: LintFailure[] }> {
  const dir = path.resolve(cwd, outDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const failure = inputError(
      outDir,
      undefined,
      localized('writeClean.cannotCreate', { message: (error as Error).message }),
      localized('writeClean.cannotCreateHint'),
    );
    return { written: [], failures: [failure] };
  }
  const written: CleanFiles[] = [];
  const failures: LintFailure[] = [];
  const used = new Set<string>();
  for (const campaign of campaigns) {
    let base = path.basename(campaign.file).replace(MANIFEST_PATTERN, '');
    for (let n = 2; used.has(base); n++) base = `${base.replace(/-\d+$/, '')}-${n}`;
    used.add(base);
    try {
      written.push(await writeCampaignLists(campaign, base, dir, outDir, cwd, outputs));
    } catch (error) {
      // One campaign's lists that cannot be written do not keep the others from being written.
      if (!(error instanceof LintFailure)) throw error;
      failures.push(error);
    }
  }
  return { written, failures };
}

async function writeCampaignLists(
  campaign: CampaignResult,
  base: string,
  dir: string,
  outDir: string,
  cwd: string,
  outputs: RunOutputs,
): Promise<CleanFiles> {
  const reasonsOf = rejectionReasons(campaign);
  const source = path.resolve(cwd, campaign.recipients.file);
  const { delimiter, encoding, bom, eol } = campaign.recipients;
  const files = {
    accepted: path.join(dir, `${base}.accepted.csv`),
    rejected: path.join(dir, `${base}.rejected.csv`),
  };
  for (const file of [files.accepted, files.rejected]) outputs.claim(file, displayPath(file, cwd));
  // The rows are read a second time: the file must be the one the lint read (same identity,
  // size and change times before and after this read) with as many rows, or nothing is written.
  const stamp = campaign.recipients.stamp;
  if (stamp !== undefined && fileStamp(source) !== stamp) throw changed(campaign.recipients.file);
  const accepted = listFile(files.accepted, outDir, encoding, bom);
  let rejected: ReturnType<typeof listFile>;
  try {
    rejected = listFile(files.rejected, outDir, encoding, bom);
  } catch (error) {
    accepted.target.abort();
    throw error;
  }
  const counts = { accepted: 0, rejected: 0 };
  let width = 0;
  try {
    await streamRows(
      {
        file: source,
        display: campaign.recipients.file,
        delimiter,
        encoding,
        sheet: campaign.recipients.sheet,
        kind: 'recipients file',
      },
      ({ headers }) => {
        width = headers.length;
        const row = headers.map((h) => cell(h, delimiter)).join(delimiter);
        accepted.write(row + eol);
        rejected.write(row + delimiter + cell('reasons', delimiter) + eol);
      },
      (values, line) => {
        const why = reasonsOf(line);
        // Short rows are padded so the reasons column stays aligned with its header.
        const row = values.map((v) => cell(v, delimiter)).join(delimiter);
        if (!why) {
          accepted.write(row + eol);
          counts.accepted++;
        } else {
          const padding = delimiter.repeat(Math.max(0, width - values.length));
          rejected.write(row + padding + delimiter + cell(why, delimiter) + eol);
          counts.rejected++;
        }
      },
    );
    if (stamp !== undefined && fileStamp(source) !== stamp) throw changed(campaign.recipients.file);
    // Both lists are in place, or neither.
    accepted.flush();
    rejected.flush();
    commitTogether([accepted.target, rejected.target]);
  } catch (error) {
    accepted.target.abort();
    rejected.target.abort();
    throw error;
  }
  return {
    campaign: campaign.file,
    fromWorkbook: campaign.recipients.sheet !== undefined,
    source: campaign.recipients.file,
    accepted: { file: displayPath(files.accepted, cwd), rows: counts.accepted },
    rejected: { file: displayPath(files.rejected, cwd), rows: counts.rejected },
  };
}
