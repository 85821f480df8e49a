// Second thread of the pipeline: works out each record's facts (normalised phone, consent, dates)
// from the reader thread's raw batches and passes everything on to the main thread, in order,
// at most WINDOW batches ahead of it. The thread is kept for the next file (see the pool in
// index.ts): each file comes as a job, ended by the main thread's 'stop', answered by 'done'.
import { parentPort, type MessagePort } from 'worker_threads';
import type { CsvHeader } from '../read/csv';
import { batchTaken, BatchSender, columnIndex, type Batch } from './batch';
import { FactMaker } from './facts';
import { LintFailure } from '../base/failure';

/** A file's batches to complete: they come from the reader thread through `port`. */
export interface FactsJob {
  readonly type: 'job';
  readonly port: MessagePort;
  readonly mapping: Readonly<Record<string, string>>;
  /** Batches the reader thread sent that this thread has not taken yet. */
  readonly fromReader: SharedArrayBuffer;
  /** Batches this thread sent that the main thread has not taken yet. */
  readonly toMain: SharedArrayBuffer;
}

/** Starts a job; returns how to end it (the scratch file goes, the reader's messages are no longer heard). */
function start({ port, mapping, fromReader, toMain }: FactsJob): () => void {
  const readerInFlight = new Int32Array(fromReader);
  const sender = new BatchSender(new Int32Array(toMain), parentPort!);
  let maker: FactMaker | undefined;
  let failed = false;
  port.on('message', (message: { type: string; header?: CsvHeader; batch?: Batch }) => {
    if (failed) return;
    if (message.type === 'header') {
      const header = message.header as CsvHeader;
      maker = new FactMaker(columnIndex(header.headers, mapping), header.estimatedRecords);
    }
    if (message.type === 'end' || message.type === 'error') maker?.dispose();
    if (message.type !== 'rows') return sender.say(message); // header, footer rows, end, error: passed on in order
    let batch: Batch;
    try {
      batch = (maker as FactMaker).complete(message.batch as Batch);
    } catch (error) {
      // The duplicate look-up's scratch file (TMPDIR missing or full): said after the records before it.
      if (!(error instanceof LintFailure)) throw error;
      failed = true;
      maker?.dispose();
      return sender.say({ type: 'error', failure: error.toPlain() });
    }
    batchTaken(readerInFlight);
    sender.send(batch);
  });
  return () => {
    port.close();
    maker?.dispose();
  };
}

let stop: (() => void) | undefined;
// The job, or the end of it: the main thread no longer wants the recipients (or has them all).
parentPort!.on('message', (message: FactsJob | { type: 'stop' }) => {
  if (message.type === 'job') {
    stop = start(message);
    return;
  }
  stop?.();
  stop = undefined;
  parentPort!.postMessage({ type: 'done' });
});
