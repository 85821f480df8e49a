import { existsSync, statSync } from 'fs';
import path from 'path';
import { MessageChannel, Worker } from 'worker_threads';
import { LintFailure, type PlainFailure } from '../errors';
import type { CsvHeader, CsvSource, FooterRow } from '../campaign/csv';
import { streamRows } from '../campaign/rows';
import { BATCH_RECORDS, columnIndex, RawWriter, type Batch } from './batch';
import type { FactMaker } from './facts';

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
  try {
    return statSync(file).size >= THREADS_FROM_BYTES;
  } catch {
    return false; // the reader reports the problem
  }
}

/**
 * Streams the recipients CSV: the header, then its records in batches with their facts (see
 * batch.ts). Large files go through a pipeline of two threads (CSV parsing, then facts) while
 * this thread runs the rules. `mapping`: the manifest's recipients.columns. A problem in the file is
 * raised after the batches of the records before it, so the earliest problem is the one reported.
 */
export function streamRecipients(
  source: CsvSource,
  mapping: Readonly<Record<string, string>>,
  onHeader: (header: CsvHeader) => void,
  onBatch: (batch: Batch) => void,
  onFooter: (rows: readonly FooterRow[]) => void = () => {},
): Promise<void> {
  if (!useThreads(source.file)) return streamHere(source, mapping, onHeader, onBatch, onFooter);
  const fromReader = new SharedArrayBuffer(4);
  const toMain = new SharedArrayBuffer(4);
  const mainInFlight = new Int32Array(toMain);
  const { port1, port2 } = new MessageChannel();
  const facts = new Worker(FACTS_SCRIPT, {
    workerData: { port: port2, mapping: { ...mapping }, fromReader, toMain },
    transferList: [port2],
    resourceLimits: LIMITS,
  });
  const reader = new Worker(READER_SCRIPT, {
    workerData: { source, port: port1, outstanding: fromReader },
    transferList: [port1],
    resourceLimits: LIMITS,
  });
  return new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      // Wake a thread waiting for room, so it sees its end now rather than at its next time-out.
      for (const counter of [mainInFlight, new Int32Array(fromReader)]) Atomics.notify(counter, 0);
      void reader.terminate();
      void facts.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    type Message = {
      type: string;
      header?: CsvHeader;
      batch?: Batch;
      failure?: PlainFailure;
      rows?: FooterRow[];
    };
    facts.on('message', (message: Message) => {
      if (done) return;
      try {
        if (message.type === 'header') onHeader(message.header as CsvHeader);
        else if (message.type === 'footer') onFooter(message.rows as FooterRow[]);
        else if (message.type === 'rows') {
          onBatch(message.batch as Batch);
          Atomics.sub(mainInFlight, 0, 1);
          Atomics.notify(mainInFlight, 0);
        } else if (message.type === 'end') finish();
        else if (message.type === 'error') {
          finish(LintFailure.fromPlain(message.failure as PlainFailure));
        }
      } catch (error) {
        finish(error); // a rule crash, or an input error raised by this thread
      }
    });
    for (const worker of [reader, facts]) {
      worker.on('error', (error) =>
        finish(new LintFailure('input', `cannot read the file: ${error.message}`, source.display)),
      );
      // The reader ends on its own once it has sent everything; the facts thread only by a fault.
      worker.on('exit', (code) => {
        if (code !== 0 || worker === facts)
          finish(
            new LintFailure('input', `the reader stopped unexpectedly (exit code ${code})`, source.display),
          );
      });
    }
  });
}

/** The same batches, built in this thread. */
async function streamHere(
  source: CsvSource,
  mapping: Readonly<Record<string, string>>,
  onHeader: (header: CsvHeader) => void,
  onBatch: (batch: Batch) => void,
  onFooter: (rows: readonly FooterRow[]) => void,
): Promise<void> {
  const writer = new RawWriter(BATCH_RECORDS);
  let maker: FactMaker | undefined;
  const flush = () => {
    if (maker && writer.records > 0) onBatch(maker.complete(writer.take()));
  };
  try {
    await streamRows(
      source,
      (header) => {
        onHeader(header);
        // Loaded here: with threads, only the facts thread needs it (and libphonenumber with it).
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const { FactMaker: Maker } = require('./facts') as typeof import('./facts');
        maker = new Maker(columnIndex(header.headers, mapping));
      },
      (values, line) => {
        writer.add(values, line);
        if (writer.full) flush();
      },
      onFooter,
    );
  } catch (error) {
    // A rule crash comes from inside a flush and stands; an input problem comes after the records before it.
    if (!(error instanceof LintFailure && error.kind === 'rule-crash')) flush();
    throw error;
  }
  flush();
}
