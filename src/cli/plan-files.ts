// The files of a send plan: rows arrive in file order while the campaign is linted, and each
// batch's rows are kept (masked) in one scratch file until the batches are known in send order;
// then every file is written beside its target, and all are put in place together (write.ts), the
// plan file last; what an older plan of the same campaign left in the folder is removed after.
import { readdirSync, readFileSync, unlinkSync } from 'fs';
import path from 'path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { TempScratch } from '../recipients';
import { displayPath } from '../read/paths';
import { isoInZone, planFiles, type PlanRun, type PlanSink, type PlanStart } from '../plan';
import { assertNotInput, commitTogether, openAtomic, sameFile, type AtomicFile } from './write';
import { bomOf, csvRow, encodedFile, encodeText } from './csv-out';

/** Characters of batch rows held before they go to the scratch file. */
const HELD_CHARS = 1 << 20;

type Format = PlanStart['format'];

/** An encoded file being written: the staged target, and text writes in the list's encoding. */
type ListFile = ReturnType<typeof encodedFile>;

export class PlanFiles implements PlanSink {
  private start: PlanStart | null = null;
  private format: Format = { delimiter: ',', encoding: 'utf8', bom: false, eol: '\n' };
  private headerRow = '';
  private rejected: ListFile | null = null;
  private unplaced: ListFile | null = null;
  private readonly staged: AtomicFile[] = [];
  // Unmasked: these bytes are the batch files' own, written out as they are once the file is read.
  private readonly scratch = new TempScratch(undefined, false);
  /** Rows of each batch not yet in the scratch file. */
  private readonly held = new Map<number, string[]>();
  private heldChars = 0;
  /** Where each batch's rows are in the scratch file: batch id, offset, length, in order. */
  private readonly chunks: Array<{ batch: number; offset: number; length: number }> = [];

  constructor(
    private readonly dir: string,
    private readonly cwd: string,
  ) {}

  /** The plan's sink, opened once the recipients' header is known. */
  open(start: PlanStart): PlanSink {
    this.start = start;
    // A workbook's rows are written as CSV (UTF-8, comma), as --write-clean does.
    this.format = start.format;
    this.headerRow = csvRow(start.campaign.headers, this.format.delimiter);
    const files = planFiles(start.base);
    this.rejected = this.list(files.rejected);
    this.rejected.write(`${this.headerRow}${this.format.delimiter}reasons${this.format.eol}`);
    return this;
  }

  batchRow(batchId: number, values: readonly string[]): void {
    const row = csvRow(values, this.format.delimiter) + this.format.eol;
    let rows = this.held.get(batchId);
    if (!rows) this.held.set(batchId, (rows = []));
    rows.push(row);
    this.heldChars += row.length;
    if (this.heldChars >= HELD_CHARS) this.spill();
  }

  rejectedRow(values: readonly string[], reasons: string): void {
    this.rejected?.write(this.withReasons(values, reasons));
  }

  unplacedRow(values: readonly string[], reasons: string): void {
    if (!this.unplaced && this.start) {
      this.unplaced = this.list(planFiles(this.start.base).unplaced);
      this.unplaced.write(`${this.headerRow}${this.format.delimiter}reasons${this.format.eol}`);
    }
    this.unplaced?.write(this.withReasons(values, reasons));
  }

  /**
   * Writes the batches (CSV and manifest each) in send order and the plan file, then puts every
   * file in place together and removes the files of an older plan that this one does not replace.
   * Returns the names written and removed.
   */
  finish(
    run: PlanRun & { plan: NonNullable<PlanRun['plan']> },
    planJson: string,
    inputs: readonly string[],
    comment: (batch: number) => string,
  ): { written: string[]; removed: string[] } {
    const start = this.start as PlanStart;
    const { plan } = run;
    this.spill();
    const targets = [
      ...plan.batches.flatMap((b) => [b.file, b.manifest]),
      plan.rejected.file,
      ...(plan.unplaced.file ? [plan.unplaced.file] : []),
      plan.file,
    ];
    const all = [...inputs, start.manifest.file, start.manifest.recipients.file];
    for (const name of targets) assertNotInput(path.join(this.dir, name), all, this.display(name));
    this.rejected?.target.seal();
    this.unplaced?.target.seal();
    const byBatch = new Map<number, Array<{ offset: number; length: number }>>();
    for (const c of this.chunks) {
      let list = byBatch.get(c.batch);
      if (!list) byBatch.set(c.batch, (list = []));
      list.push(c);
    }
    const source = readFileSync(start.manifest.file, 'utf8');
    plan.batches.forEach((batch, i) => {
      const csv = this.stage(batch.file);
      csv.write(bomOf(this.format.encoding, this.format.bom));
      csv.write(encodeText(this.headerRow + this.format.eol, this.format.encoding));
      for (const c of byBatch.get(run.order[i]) ?? [])
        csv.write(this.scratch.read(c.offset, new Uint8Array(c.length)));
      csv.seal();
      const manifest = this.stage(batch.manifest);
      manifest.write(
        batchManifest(
          source,
          start,
          this.dir,
          batch.file,
          isoInZone(batch.epochMs, plan.timeZone),
          comment(i),
        ),
      );
      manifest.seal();
    });
    const planFile = this.stage(plan.file);
    planFile.write(planJson);
    planFile.seal();
    // Batches first, the plan that lists them last: a reader of the plan finds its files in place.
    commitTogether([...this.staged.filter((f) => f !== planFile), planFile]);
    this.staged.length = 0;
    this.scratch.dispose();
    return { written: targets, removed: this.removeOlder(start.base, targets, all) };
  }

  /** Leaves every file as it was (the plan was not made). */
  abort(): void {
    for (const file of this.staged) file.abort();
    this.staged.length = 0;
    this.scratch.dispose();
  }

  private display(name: string): string {
    return displayPath(path.join(this.dir, name), this.cwd);
  }

  private stage(name: string): AtomicFile {
    const file = openAtomic(path.join(this.dir, name), this.display(name));
    this.staged.push(file);
    return file;
  }

  private list(name: string): ListFile {
    const target = this.stage(name);
    return encodedFile(target, this.format.encoding, this.format.bom);
  }

  private withReasons(values: readonly string[], reasons: string): string {
    // Short rows are padded so the reasons column stays under its header.
    const width = this.start?.campaign.headers.length ?? values.length;
    const padding = this.format.delimiter.repeat(Math.max(0, width - values.length));
    return `${csvRow(values, this.format.delimiter)}${padding}${this.format.delimiter}${csvRow([reasons], this.format.delimiter)}${this.format.eol}`;
  }

  /** Moves the rows held in memory to the scratch file, one piece per batch. */
  private spill(): void {
    for (const [batch, rows] of this.held) {
      const bytes = encodeText(rows.join(''), this.format.encoding);
      this.chunks.push({ batch, offset: this.scratch.append(bytes), length: bytes.length });
    }
    this.held.clear();
    this.heldChars = 0;
  }

  /** Removes the files an older plan of the campaign left that this one did not write over. */
  private removeOlder(base: string, written: readonly string[], inputs: readonly string[]): string[] {
    const ours = new RegExp(
      `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:batch-\\d+\\.(?:csv|campaign\\.yaml)|rejected\\.csv|unplaced\\.csv|plan\\.json)$`,
    );
    const removed: string[] = [];
    for (const name of readdirSync(this.dir).sort()) {
      if (!ours.test(name) || written.includes(name)) continue;
      const file = path.join(this.dir, name);
      if (inputs.some((input) => sameFile(file, input))) continue;
      try {
        unlinkSync(file);
        removed.push(name);
      } catch {
        // gone already, or not ours to remove: the new plan does not list it
      }
    }
    return removed;
  }
}

/**
 * A batch's manifest: the campaign's own, comments and all, with `send_at` at the batch's time and
 * `recipients.file` at its file; paths it names are rewritten when the plan is in another folder, so
 * they still lead to the same files.
 */
function batchManifest(
  source: string,
  start: PlanStart,
  dir: string,
  csv: string,
  sendAt: string,
  comment: string,
): string {
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
  });
  const from = path.dirname(start.manifest.file);
  const moved = path.resolve(from) !== path.resolve(dir);
  const relink = (value: unknown) =>
    moved && typeof value === 'string'
      ? path.relative(dir, path.resolve(from, value.trim())).split(path.sep).join('/')
      : value;
  doc.set('send_at', sendAt);
  doc.setIn(['recipients', 'file'], csv);
  if (start.manifest.recipients.sheet !== undefined || /\.xls[xm]$/i.test(start.manifest.recipients.file)) {
    // The batch file is a CSV in UTF-8 with commas: what the workbook's reading options said no longer applies.
    for (const key of ['sheet', 'delimiter', 'encoding']) doc.deleteIn(['recipients', key]);
  }
  for (const key of ['message_file', 'history']) if (doc.has(key)) doc.set(key, relink(doc.get(key)));
  const lists = doc.get('opt_out_lists', true);
  if (isSeq(lists)) lists.items.forEach((_, i) => lists.set(i, relink(lists.get(i))));
  else if (lists !== undefined && !isMap(lists)) doc.set('opt_out_lists', relink(doc.get('opt_out_lists')));
  doc.commentBefore = doc.commentBefore ? `${comment}\n\n${doc.commentBefore}` : comment;
  return doc.toString();
}
