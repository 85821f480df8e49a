// First thread of the pipeline: reads, decodes and parses the recipients CSV into raw batches for
// the facts thread. It stays at most WINDOW batches ahead (Atomics.wait on a shared counter that
// the facts thread lowers), so memory stays bounded. The thread is kept for the next file (see the
// pool in index.ts): each file comes as a job, and the thread says when it is done with it.
import { parentPort, type MessagePort } from 'worker_threads';
import { LintFailure } from '../base/failure';
import { BATCH_RECORDS, BatchSender, RawWriter } from './batch';
import type { CsvSource } from '../read/csv';
import { streamRows } from '../read/rows';
import { localized } from '../base/messages';

/** A file to read: its batches go to the facts thread through `port`. */
export interface ReaderJob {
  readonly type: 'job';
  readonly source: CsvSource;
  readonly port: MessagePort;
  /** Batches sent to the facts thread that it has not taken yet. */
  readonly outstanding: SharedArrayBuffer;
  /** Set by the main thread when the recipients are no longer wanted. */
  readonly cancel: SharedArrayBuffer;
  /** The thread's last file: it ends once the file is read (its heap goes with it) instead of saying 'done'. */
  readonly last: boolean;
}

/** Thrown into the CSV reader once the job is cancelled. */
class Cancelled extends Error {}

function read({ source, port, outstanding, cancel }: ReaderJob): Promise<void> {
  const cancelled = new Int32Array(cancel);
  const writer = new RawWriter(BATCH_RECORDS);
  const sender = new BatchSender(new Int32Array(outstanding), port);
  const check = () => {
    if (Atomics.load(cancelled, 0) !== 0) throw new Cancelled();
  };
  const send = () => {
    if (writer.records > 0) sender.send(writer.take());
  };
  return streamRows(
    source,
    (header) => sender.say({ type: 'header', header }),
    (values, line) => {
      check();
      writer.add(values, line);
      if (writer.full) send();
    },
    (rows) => sender.say({ type: 'footer', rows }),
    {
      onSpans: (text, spans, cells, line) => {
        check();
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
        if (error instanceof Cancelled || Atomics.load(cancelled, 0) !== 0) return;
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
}

// One job at a time: the main thread sends the next only once this one said it is done.
parentPort!.on('message', (job: ReaderJob) => {
  // (What read() throws is a fault of this thread: the main thread hears of it and ends the pair.)
  void read(job).then(() => (job.last ? process.exit(0) : parentPort!.postMessage({ type: 'done' })));
});
