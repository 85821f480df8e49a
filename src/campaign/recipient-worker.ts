// Worker thread: reads, decodes and parses the recipients CSV and normalises each phone number,
// so the main thread only builds recipients and runs the rules. It stays at most WINDOW batches
// ahead of the main thread (Atomics.wait on a shared counter), so memory stays bounded.
import { parentPort, workerData } from 'worker_threads';
import { LintFailure } from '../errors';
import { normalizePhone } from '../phone/normalize';
import { BatchWriter, type Batch } from './recipient-batch';
import { streamCsv, type CsvSource } from './csv';

export const BATCH_RECORDS = 2000;
export const WINDOW = 4;

interface Input {
  source: CsvSource;
  phoneHeader: string;
  outstanding: SharedArrayBuffer;
}

const { source, phoneHeader, outstanding } = workerData as Input;
const inFlight = new Int32Array(outstanding);
const writer = new BatchWriter(BATCH_RECORDS);
let phoneColumn = -1;

function send(): void {
  while (Atomics.load(inFlight, 0) >= WINDOW) Atomics.wait(inFlight, 0, Atomics.load(inFlight, 0), 1000);
  const batch: Batch = writer.take();
  Atomics.add(inFlight, 0, 1);
  parentPort!.postMessage({ type: 'rows', batch }, [batch.lengths.buffer, batch.lines.buffer, batch.cellCounts.buffer, batch.phoneFlags.buffer] as ArrayBuffer[]);
}

streamCsv(
  source,
  (header) => {
    phoneColumn = header.headers.findIndex((h) => h.trim().toLowerCase() === phoneHeader.toLowerCase());
    parentPort!.postMessage({ type: 'header', header });
  },
  (values, line) => {
    writer.add(values, line, phoneColumn >= 0 ? normalizePhone(values[phoneColumn] ?? '') : null);
    if (writer.records >= BATCH_RECORDS) send();
  },
).then(
  () => {
    if (writer.records > 0) send();
    parentPort!.postMessage({ type: 'end' });
  },
  (error: unknown) => {
    const f = error instanceof LintFailure ? error : new LintFailure('input', `cannot read the file: ${(error as Error)?.message ?? String(error)}`, source.display);
    parentPort!.postMessage({ type: 'error', failure: { kind: f.kind, message: f.message, file: f.file, line: f.line, hint: f.hint } });
  },
);
