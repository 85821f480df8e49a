// Second thread of the pipeline: works out each record's facts (normalised phone, consent, dates)
// from the reader thread's raw batches and passes everything on to the main thread, in order,
// at most WINDOW batches ahead of it.
import { parentPort, workerData, type MessagePort } from 'worker_threads';
import type { CsvHeader } from '../read/csv';
import { batchTaken, columnIndex, transferables, waitForRoom, type Batch } from './batch';
import { FactMaker } from './facts';

const { port, mapping, fromReader, toMain } = workerData as {
  port: MessagePort;
  mapping: Record<string, string>;
  fromReader: SharedArrayBuffer;
  toMain: SharedArrayBuffer;
};
const readerInFlight = new Int32Array(fromReader);
const mainInFlight = new Int32Array(toMain);
let maker: FactMaker | undefined;

port.on('message', (message: { type: string; header?: CsvHeader; batch?: Batch }) => {
  if (message.type === 'header') {
    const header = message.header as CsvHeader;
    maker = new FactMaker(columnIndex(header.headers, mapping));
  }
  if (message.type !== 'rows') return parentPort!.postMessage(message); // header, end, error: passed on in order
  const batch = (maker as FactMaker).complete(message.batch as Batch);
  batchTaken(readerInFlight);
  waitForRoom(mainInFlight);
  parentPort!.postMessage({ type: 'rows', batch }, transferables(batch));
});
