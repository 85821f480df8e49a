import { existsSync, statSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import { LintFailure } from '../errors';
import type { Phone } from '../types';
import { streamCsv, type CsvHeader, type CsvSource } from './csv';
import { readBatch, type Batch } from './recipient-batch';

/** Files from this size are read by a worker thread (below it, starting a thread costs more than it saves). */
const WORKER_FROM_BYTES = 4 * 1024 * 1024;
const WORKER_SCRIPT = path.join(__dirname, 'recipient-worker.js');

/** Worker or not: CAMPAIGN_LINT_THREADS=off|on forces it; by default large files use one when built. */
function useWorker(file: string): boolean {
  const setting = process.env.CAMPAIGN_LINT_THREADS;
  if (setting === 'off' || !__filename.endsWith('.js') || !existsSync(WORKER_SCRIPT)) return false;
  if (setting === 'on') return true;
  try {
    return statSync(file).size >= WORKER_FROM_BYTES;
  } catch {
    return false; // the reader reports the problem
  }
}

/**
 * Streams the recipients CSV: the header, then each record with its line and, when a worker did
 * the work, its already normalised phone (`undefined` means: normalise it yourself).
 */
export function streamRecipients(
  source: CsvSource,
  phoneHeader: string,
  onHeader: (header: CsvHeader) => void,
  onRecord: (values: string[], line: number, phone: Phone | null | undefined) => void,
): Promise<void> {
  if (!useWorker(source.file)) return streamCsv(source, onHeader, (values, line) => onRecord(values, line, undefined));
  const outstanding = new SharedArrayBuffer(4);
  const inFlight = new Int32Array(outstanding);
  const worker = new Worker(WORKER_SCRIPT, { workerData: { source, phoneHeader, outstanding } });
  return new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    worker.on('message', (message: { type: string; header?: CsvHeader; batch?: Batch; failure?: { kind: LintFailure['kind']; message: string; file?: string; line?: number; hint?: string } }) => {
      if (done) return;
      try {
        if (message.type === 'header') onHeader(message.header as CsvHeader);
        else if (message.type === 'rows') {
          readBatch(message.batch as Batch, onRecord);
          Atomics.sub(inFlight, 0, 1);
          Atomics.notify(inFlight, 0);
        } else if (message.type === 'end') finish();
        else if (message.type === 'error') {
          const f = message.failure as NonNullable<typeof message.failure>;
          finish(new LintFailure(f.kind, f.message, f.file, f.line, f.hint));
        }
      } catch (error) {
        finish(error); // a rule crash, or an input error raised by the main thread
      }
    });
    worker.on('error', (error) => finish(new LintFailure('input', `cannot read the file: ${error.message}`, source.display)));
    worker.on('exit', (code) => finish(code === 0 ? undefined : new LintFailure('input', `the reader stopped unexpectedly (exit code ${code})`, source.display)));
  });
}
