// Second thread of the pipeline: works out each record's facts (normalised phone, consent, dates)
// from the reader thread's raw batches and passes everything on to the main thread, in order,
// at most WINDOW batches ahead of it.
import { parentPort, workerData, type MessagePort } from 'worker_threads';
import type { CsvHeader } from '../read/csv';
import { batchTaken, BatchSender, columnIndex, type Batch } from './batch';
import { FactMaker } from './facts';
import { LintFailure } from '../base/failure';

const { port, mapping, fromReader, toMain } = workerData as {
  port: MessagePort;
  mapping: Record<string, string>;
  fromReader: SharedArrayBuffer;
  toMain: SharedArrayBuffer;
};
const readerInFlight = new Int32Array(fromReader);
const mainInFlight = new Int32Array(toMain);
let maker: FactMaker | undefined;
const sender = new BatchSender(mainInFlight, parentPort!);

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
// The end, or the engine no longer wants the recipients: the scratch file goes, then the thread.
parentPort!.on('message', (message: { type: string }) => {
  if (message.type !== 'stop') return;
  maker?.dispose();
  process.exit(0);
});
