// The pipeline's one door: a recipients file in, its recipients out, in file order. Everything that
// exists for speed (worker threads, batches of records in typed arrays, the duplicate look-up and its
// scratch file) stays behind it; the engine sees a header, then recipients.
import { existsSync, statSync } from 'fs';
import path from 'path';
import { MessageChannel, SHARE_ENV, Worker } from 'worker_threads';
import type { CsvHeader, CsvSource, FooterRow } from '../read/csv';
import { streamRows } from '../read/rows';
import type { Manifest } from '../inputs/manifest';
import { LintFailure, type PlainFailure } from '../base/failure';
import type { Recipient, RecipientsReading, SheetChoice } from '../base/types';
import { BATCH_RECORDS, batchTaken, columnIndex, RawWriter, type Batch } from './batch';
import type { FactMaker } from './facts';
import type { FactsJob } from './facts-thread';
import type { ReaderJob } from './reader-thread';
import { RecipientBuilder, RecipientRecord } from './recipients';
import { localized } from '../base/messages';

export { DiagnosticStore } from './diagnostic-store';
export { NumberPlaces } from './number-places';
export { loadOptOutLists } from './opt-out';
export { HISTORY_NOT_READ, loadSendHistory, NO_HISTORY } from './send-history';
export { TempScratch } from './scratch';

/** The cells of a recipient's record as read, untrimmed: its row as written back (the send plan's files). */
export function recordValues(recipient: Recipient): string[] {
  if (!(recipient instanceof RecipientRecord)) throw new TypeError('not a recipient of this pipeline');
  return recipient.values();
}

/** A recipients file, opened: what its header says, then its recipients. */
export interface RecipientsFile {
  /** The header's cells, as written. */
  readonly headers: readonly string[];
  /** Whether a column of that name exists (trimmed, case-insensitive, as recipients' `get` reads it). */
  hasColumn(name: string): boolean;
  /** Logical column (phone, consent…) → header as written, for the columns the file has. */
  readonly columns: Readonly<Record<string, string>>;
  /** How the file was read: encoding and delimiter or sheet, header line, columns, unused opt-out headers. */
  readonly reading: Omit<RecipientsReading, 'optOutLists'>;
  /** Trailing rows that were a report footer, not recipients: complete once `each` has resolved. */
  readonly footerRows: readonly FooterRow[];
  /** How many records the file holds, estimated from its size and first lines (for a progress line). */
  readonly estimatedRecords: number;
  /** What writing the file back needs. */
  readonly format: {
    readonly delimiter: string;
    readonly encoding: string;
    readonly bom: boolean;
    readonly eol: string;
  };
  /** A workbook: the sheet read, and why that one. */
  readonly sheet: SheetChoice | undefined;
  /**
   * Calls `visit` for each recipient in file order and resolves with their count. Rejects with the
   * file's first problem once the recipients before it were visited, or with what `visit` threw.
   * Called once.
   */
  each(visit: (recipient: Recipient) => void): Promise<number>;
  /** Stops reading (when the recipients are not wanted after all). */
  close(): void;
}

/** Opens the manifest's recipients file; resolves once its header is read. */
export function openRecipients(manifest: Manifest, display: string): Promise<RecipientsFile> {
  const source: CsvSource = {
    file: manifest.recipients.file,
    display,
    delimiter: manifest.recipients.delimiter,
    encoding: manifest.recipients.encoding,
    sheet: manifest.recipients.sheet,
    kind: 'recipients file',
    duplicatesCheckedLater: true,
  };
  const feed = new Feed(manifest, display);
  const stop = useThreads(source.file)
    ? readInThreads(source, manifest.recipients.columns, feed)
    : readHere(source, manifest.recipients.columns, feed);
  feed.onClose = stop;
  return feed.opened;
}

/**
 * Between the readers and the engine: batches that arrive before the engine asks for recipients wait
 * here (a few at most: the engine asks as soon as the header is known), then each batch becomes
 * recipients as it arrives.
 */
class Feed implements RecipientsFile {
  headers: readonly string[] = [];
  columns: Readonly<Record<string, string>> = {};
  reading: Omit<RecipientsReading, 'optOutLists'> = {
    file: '',
    headerLine: 1,
    columns: {},
    unusedOptOut: [],
    duplicateHeaders: [],
  };
  readonly footerRows: FooterRow[] = [];
  estimatedRecords = 0;
  format = { delimiter: ',', encoding: 'utf8', bom: false, eol: '\n' };
  sheet: SheetChoice | undefined;
  onClose: () => void = () => undefined;
  readonly opened: Promise<RecipientsFile>;
  private open!: { resolve: (file: RecipientsFile) => void; reject: (error: unknown) => void };
  private builder: RecipientBuilder | undefined;
  private readonly waiting: Array<{ batch: Batch; done?: () => void }> = [];
  private visit: ((recipient: Recipient) => void) | undefined;
  private finished: { error?: unknown } | undefined;
  private settle: { resolve: (count: number) => void; reject: (error: unknown) => void } | undefined;
  private count = 0;
  /** Set when the engine's visitor threw: that error stands, whatever the readers say next. */
  visitorFailed = false;

  constructor(
    private readonly manifest: Manifest,
    private readonly display: string,
  ) {
    this.opened = new Promise((resolve, reject) => (this.open = { resolve, reject }));
  }

  header(header: CsvHeader): void {
    this.builder = new RecipientBuilder(this.manifest, header.headers, this.display);
    this.estimatedRecords = header.estimatedRecords;
    this.headers = Object.freeze([...header.headers]);
    this.columns = this.builder.columns;
    this.reading = Object.freeze({
      file: this.display,
      ...header.reading,
      headerLine: header.line,
      columns: this.builder.columnReadings,
      unusedOptOut: this.builder.unusedOptOut,
      duplicateHeaders: this.builder.duplicateHeaders,
    });
    this.format = {
      delimiter: header.delimiter,
      encoding: header.encoding,
      bom: header.bom,
      eol: header.eol,
    };
    this.sheet = header.sheet;
    this.open.resolve(this);
  }

  /** A batch with its facts; `done` is called once its recipients were visited. */
  batch(batch: Batch, done?: () => void): void {
    if (this.finished) return;
    if (!this.visit) {
      this.waiting.push({ batch, done });
      return;
    }
    this.deliver(batch);
    done?.();
  }

  end(error?: unknown): void {
    if (this.finished) return;
    this.finished = error === undefined ? {} : { error };
    if (!this.builder)
      return this.open.reject(error ?? new Error('the recipients file ended before its header'));
    if (this.visit) this.settleNow();
  }

  each(visit: (recipient: Recipient) => void): Promise<number> {
    this.visit = visit;
    return new Promise<number>((resolve, reject) => {
      this.settle = { resolve, reject };
      try {
        for (const { batch, done } of this.waiting.splice(0)) {
          this.deliver(batch);
          done?.();
        }
      } catch (error) {
        this.failVisit(error);
      }
      if (this.finished) this.settleNow();
    });
  }

  close(): void {
    this.onClose();
  }

  hasColumn(name: string): boolean {
    return (this.builder as RecipientBuilder).hasColumn(name);
  }

  private deliver(batch: Batch): void {
    try {
      this.count += (this.builder as RecipientBuilder).read(batch, this.visit as (r: Recipient) => void);
    } catch (error) {
      this.failVisit(error);
      throw error;
    }
  }

  private failVisit(error: unknown): void {
    if (this.visitorFailed) return;
    this.visitorFailed = true;
    this.finished = { error };
    this.onClose();
    this.settleNow();
  }

  private settleNow(): void {
    const settle = this.settle;
    if (!settle || !this.finished) return;
    this.settle = undefined;
    if (this.finished.error === undefined) settle.resolve(this.count);
    else settle.reject(this.finished.error);
  }
}

/** Files from this size are read by worker threads (below it, starting threads costs more than it saves). */
const THREADS_FROM_BYTES = 4 * 1024 * 1024;
// Young generations of 16 MB: half the default, with no measurable cost in time (npm run bench).
const LIMITS = { maxYoungGenerationSizeMb: 16 };
const READER_SCRIPT = path.join(__dirname, 'reader-thread.js');
const FACTS_SCRIPT = path.join(__dirname, 'facts-thread.js');

/** Threads or not: CAMPAIGN_LINT_THREADS=off|on forces it; by default large files use them when built. */
function useThreads(file: string): boolean {
  const setting = process.env.CAMPAIGN_LINT_THREADS;
  if (setting === 'off' || !__filename.endsWith('.js') || !existsSync(READER_SCRIPT)) return false;
  if (setting === 'on') return true;
  return fileSize(file) >= THREADS_FROM_BYTES;
}

/** The file's size in bytes; NaN when it cannot be read (the reader reports the problem). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return NaN;
  }
}

/**
 * The two threads of a file, kept for the next one: starting them and loading their code costs
 * about 0.35 s of CPU, which a folder of many campaigns would otherwise pay for each. A pair does
 * one file at a time; it is back in the pool once both threads said they are done with it. An idle
 * pair does not keep the process alive, and ends after IDLE_MS. After a file of POOL_UP_TO_BYTES or
 * more, the pair is not kept (see there).
 */
class ThreadPair {
  // The process's environment as it is when each file is read (TMPDIR for the scratch file), not as it was at start.
  readonly reader = new Worker(READER_SCRIPT, { resourceLimits: LIMITS, env: SHARE_ENV });
  readonly facts = new Worker(FACTS_SCRIPT, { resourceLimits: LIMITS, env: SHARE_ENV });
  /** The current job's listeners; undefined between jobs. */
  job: PairJob | undefined;
  broken = false;
  /** The current file is the pair's last: its reader ends by itself once it has sent everything. */
  retiring = false;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor() {
    this.facts.on('message', (message: PairMessage) => this.job?.message(message));
    this.reader.on('message', () => this.job?.readerDone());
    for (const worker of [this.reader, this.facts]) {
      worker.on('error', (error) => this.fault(error));
      // Pooled threads end only when told to (or by a fault); a retiring reader once it has read.
      worker.on('exit', (code) => {
        if (!(this.retiring && worker === this.reader && code === 0)) this.fault(code);
      });
    }
  }

  /** Takes the pair for a job. */
  take(job: PairJob): void {
    clearTimeout(this.idleTimer);
    this.job = job;
    this.reader.ref();
    this.facts.ref();
  }

  /** The job is over on both threads: back in the pool, or ended when the pool holds one already. */
  release(): void {
    this.job = undefined;
    if (this.broken) return;
    if (this.retiring || idlePairs.length >= MAX_IDLE_PAIRS) return this.end();
    this.reader.unref();
    this.facts.unref();
    idlePairs.push(this);
    this.idleTimer = setTimeout(() => {
      idlePairs.splice(idlePairs.indexOf(this), 1);
      this.end();
    }, IDLE_MS).unref();
  }

  end(): void {
    this.broken = true;
    void this.reader.terminate();
    void this.facts.terminate();
  }

  private fault(cause: Error | number): void {
    if (this.broken) return;
    this.end();
    const at = idlePairs.indexOf(this);
    if (at >= 0) idlePairs.splice(at, 1);
    this.job?.fault(cause);
  }
}

interface PairJob {
  message(message: PairMessage): void;
  readerDone(): void;
  fault(cause: Error | number): void;
}

type PairMessage = {
  type: string;
  header?: CsvHeader;
  batch?: Batch;
  failure?: PlainFailure;
  rows?: FooterRow[];
};

const idlePairs: ThreadPair[] = [];
/** Idle pairs kept: campaigns are linted one after the other; a second pair serves concurrent lint() calls only while they run. */
const MAX_IDLE_PAIRS = 1;
/**
 * From this size a file's pair is not kept: a kept reader holds its heap until the end of the run,
 * 28 MB more peak RSS at 1M rows (measured: 191 MB against 163 MB), where a reader not kept has
 * ended once it sent its last rows; and the start of two threads is then a few percent of the
 * file's own work.
 */
const POOL_UP_TO_BYTES = 16 * 1024 * 1024;
/** How long an idle pair waits for another file before it ends. */
const IDLE_MS = 10_000;
/** How long a stopped job's threads may take to say they are done before the pair is ended. */
const DONE_WITHIN_MS = 1000;

/**
 * Two threads: the reader parses the CSV into raw batches, the facts thread works out each record's
 * facts, and this thread builds recipients and runs the rules. Each thread stays at most WINDOW
 * batches ahead of the next (shared counters), so memory stays bounded. Returns how to stop them.
 */
function readInThreads(source: CsvSource, mapping: Readonly<Record<string, string>>, feed: Feed): () => void {
  const pair = idlePairs.pop() ?? new ThreadPair();
  pair.retiring = !(fileSize(source.file) < POOL_UP_TO_BYTES);
  const fromReader = new SharedArrayBuffer(4);
  const toMain = new SharedArrayBuffer(4);
  const cancel = new SharedArrayBuffer(4);
  const readerInFlight = new Int32Array(fromReader);
  const mainInFlight = new Int32Array(toMain);
  const { port1, port2 } = new MessageChannel();
  let stopped = false;
  let readerDone = pair.retiring; // a retiring reader ends without a word
  let factsDone = false;
  let doneTimer: NodeJS.Timeout | undefined;
  // The file ends once its pair is free again (back in the pool, ended or broken), a few
  // milliseconds after its last rows: the next campaign then takes this pair instead of starting two.
  let pairFree = false;
  let ending: { error?: unknown } | undefined;
  const freed = () => {
    pairFree = true;
    if (ending) feed.end(ending.error);
  };
  const released = () => {
    if (!readerDone || !factsDone) return;
    clearTimeout(doneTimer);
    pair.release();
    freed();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // The reader stops at its next row; woken if it waits for room, as is the facts thread.
    Atomics.store(new Int32Array(cancel), 0, 1);
    Atomics.store(readerInFlight, 0, 0);
    Atomics.notify(readerInFlight, 0);
    Atomics.store(mainInFlight, 0, 0);
    Atomics.notify(mainInFlight, 0);
    // The facts thread removes the duplicate look-up's scratch file, then says it is done.
    pair.facts.postMessage({ type: 'stop' });
    doneTimer = setTimeout(() => {
      pair.end();
      freed();
    }, DONE_WITHIN_MS).unref();
  };
  const finish = (error?: unknown) => {
    stop();
    ending = { error };
    if (pairFree) feed.end(error);
  };
  const taken = () => batchTaken(mainInFlight);
  pair.take({
    message(message) {
      if (message.type === 'done') {
        factsDone = true;
        return released();
      }
      if (stopped) {
        if (message.type === 'rows') taken(); // late batches of a stopped file: dropped, the facts thread not held up
        return;
      }
      try {
        if (message.type === 'header') feed.header(message.header as CsvHeader);
        else if (message.type === 'footer') feed.footerRows.push(...(message.rows as FooterRow[]));
        else if (message.type === 'rows') feed.batch(message.batch as Batch, taken);
        else if (message.type === 'end') finish();
        else if (message.type === 'error') {
          finish(LintFailure.fromPlain(message.failure as PlainFailure));
        }
      } catch (error) {
        if (!feed.visitorFailed) finish(error); // an input error raised while building recipients
      }
    },
    readerDone() {
      readerDone = true;
      released();
    },
    fault(cause) {
      clearTimeout(doneTimer);
      pair.job = undefined;
      pairFree = true;
      finish(
        typeof cause === 'number'
          ? new LintFailure('input', localized('recipients.readerStopped', { code: cause }), source.display)
          : new LintFailure(
              'input',
              localized('recipients.cannotRead', { message: cause.message }),
              source.display,
            ),
      );
    },
  });
  const factsJob: FactsJob = { type: 'job', port: port2, mapping: { ...mapping }, fromReader, toMain };
  pair.facts.postMessage(factsJob, [port2]);
  const readerJob: ReaderJob = {
    type: 'job',
    source,
    port: port1,
    outstanding: fromReader,
    cancel,
    last: pair.retiring,
  };
  pair.reader.postMessage(readerJob, [port1]);
  return stop;
}

/** The same batches, built in this thread (small files). Returns how to stop reading. */
function readHere(source: CsvSource, mapping: Readonly<Record<string, string>>, feed: Feed): () => void {
  const writer = new RawWriter(BATCH_RECORDS);
  let maker: FactMaker | undefined;
  let stopped = false;
  const flush = () => {
    if (maker && writer.records > 0) feed.batch(maker.complete(writer.take()));
  };
  streamRows(
    source,
    (header) => {
      // Loaded here: with threads, only the facts thread needs it (and libphonenumber with it).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { FactMaker: Maker } = require('./facts') as typeof import('./facts');
      maker = new Maker(columnIndex(header.headers, mapping), header.estimatedRecords);
      feed.header(header);
    },
    (values, line) => {
      if (stopped) throw new Stopped();
      writer.add(values, line);
      if (writer.full) flush();
    },
    (rows) => feed.footerRows.push(...rows),
    {
      onSpans: (text, spans, cells, line) => {
        if (stopped) throw new Stopped();
        writer.addSpans(text, spans, cells, line);
        if (writer.full) flush();
      },
    },
  )
    .then(
      () => {
        flush();
        feed.end();
      },
      (error: unknown) => {
        // An input problem comes after the records before it; the visitor's own error already stands.
        if (error instanceof Stopped || feed.visitorFailed) return;
        try {
          flush();
        } finally {
          feed.end(error);
        }
      },
    )
    // A problem while handing over the last records (the visitor's, or the facts' own): it stands.
    .catch((error: unknown) => feed.end(error))
    .finally(() => maker?.dispose()); // the duplicate look-up's scratch file, if it made one
  return () => (stopped = true);
}

/** Thrown into the CSV reader to stop it once the recipients are no longer wanted. */
class Stopped extends Error {}
