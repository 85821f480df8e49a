// First thread of the pipeline: reads, decodes and parses the recipients CSV into raw batches for
// the facts thread. It stays at most WINDOW batches ahead (Atomics.wait on a shared counter that
// the facts thread lowers), so memory stays bounded.
import { workerData, type MessagePort } from 'worker_threads';
import { LintFailure } from '../base/failure';
import { BATCH_RECORDS, BatchSender, RawWriter } from './batch';
import type { CsvSource } from '../read/csv';
import { streamRows } from '../read/rows';
import { localized } from '../base/messages';

const { source, port, outstanding } = workerData as {
  source: CsvSource;
  port: MessagePort;
  outstanding: SharedArrayBuffer;
};
const inFlight = new Int32Array(outstanding);
const writer = new RawWriter(BATCH_RECORDS);
const sender = new BatchSender(inFlight, port);

function send(): void {
  if (writer.records > 0) sender.send(writer.take());
}

streamRows(
  source,
  (header) => sender.say({ type: 'header', header }),
  (values, line) => {
    writer.add(values, line);
    if (writer.full) send();
  },
  (rows) => sender.say({ type: 'footer', rows }),
  {
    onSpans: (text, spans, cells, line) => {
      writer.addSpans(text, spans, cells, line);
      if (writer.full) send();
    },
  },
)
  .then(
    () => {
      send();
      sender.say({ type: 'end' });
    },
    (error: unknown) => {
      send(); // the records before the problem first: the earliest problem in the file is the one reported
      const f =
        error instanceof LintFailure
          ? error
          : new LintFailure(
              'input',
              localized('recipients.cannotRead', { message: (error as Error)?.message ?? String(error) }),
              source.display,
            );
      sender.say({ type: 'error', failure: f.toPlain() });
    },
  )
  .finally(() => port.close());
