// The process's exit code is 2 ("the run could not be done right") from the start and is lowered
// only when a run completes: a plugin that ends the process, or leaves a promise that never
// settles so that the event loop empties, can never end a run with exit 0 (a false pass in CI).
import { asyncCrash, currentScope, ExitRefusedError, isGuarded, refuseExit } from '../engine/guard';

export interface ExitGuard {
  /** The run completed with this code; the process exits with it (unless something fails later). */
  complete(code: number): void;
  /** Whether stdout's reader went away (`| head`): the rest of the report is dropped, the code stays. */
  readonly readerGone: boolean;
  /** Stdout's reader went away: drop the rest of the report. */
  dropOutput(): void;
}

const NOT_COMPLETED =
  'campaign-lint: the run ended before it completed, so nothing was checked. A plugin may have ended the process or left a promise that never settles.\n  Run again with --debug, or turn plugins off one by one to find it.\n';

type ExitListener = (code: number) => void;

/** Installs the exit guard on the real process (the CLI's `main` only; `run` never touches it). */
export function installExitGuard(
  stderr: (text: string) => void = (text) => process.stderr.write(text),
): ExitGuard {
  let completed: number | undefined;
  let readerGone = false;
  process.exitCode = 2;
  // The CLI itself never calls process.exit; plugin code that does, even after the run, is refused
  // (the throw surfaces as an uncaught exception named after the rule, below). `process.reallyExit`,
  // which ends the process without the 'exit' event, is refused for good: only this guard keeps it.
  const realExit = process.exit.bind(process);
  const reallyExit = (process as unknown as { reallyExit: (code: number) => never }).reallyExit.bind(process);
  process.exit = refuseExit;
  Object.defineProperty(process, 'reallyExit', {
    value: (code?: unknown): never => {
      throw new ExitRefusedError(code, 'reallyExit');
    },
    writable: false,
    configurable: false,
    enumerable: true,
  });
  // Whatever code a plugin set or passed, the run's own verdict is the exit code. The 'exit' listeners
  // added after this one (a plugin's, which could lower the code) are called here, then the process
  // ends at once with the verdict: no listener runs after it.
  const onExit: ExitListener = (code) => {
    if (completed === undefined) stderr(NOT_COMPLETED);
    const listeners = process.listeners('exit') as ExitListener[];
    for (const listener of listeners.slice(listeners.indexOf(onExit) + 1)) {
      try {
        listener.call(process, code);
      } catch {
        // a failing exit listener changes nothing: the verdict stands
      }
    }
    reallyExit(completed ?? 2);
  };
  process.on('exit', onExit);
  // A listener removed by plugin code comes back (last, so the verdict still has the last word).
  const keepOnExit = <T extends (...args: never[]) => NodeJS.Process>(remove: T): T =>
    function (this: NodeJS.Process, ...args: Parameters<T>) {
      const result = remove.apply(this, args);
      if (!process.listeners('exit').includes(onExit)) process.on('exit', onExit);
      return result;
    } as T;
  process.removeListener = keepOnExit(process.removeListener.bind(process));
  process.off = keepOnExit(process.off.bind(process));
  process.removeAllListeners = keepOnExit(process.removeAllListeners.bind(process));
  // Failures of plugin code after the guarded part of the run (its callbacks, its promises).
  const late = (error: unknown) => {
    if (isGuarded()) return; // the run in progress collects it as a failure
    stderr(`campaign-lint: ${asyncCrash(error, currentScope()).describe()}\n`);
    completed = 2;
    process.exitCode = 2;
  };
  process.on('uncaughtException', late);
  process.on('unhandledRejection', late);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) is not an error of ours; the verdict still stands.
    if (error.code === 'EPIPE') readerGone = true;
    else late(error);
  });
  return {
    complete: (code) => {
      completed = Math.max(code, completed ?? 0);
      process.exitCode = completed;
      // Timers a plugin left running must not keep a finished run alive (CI would hang); the
      // timer is unref'd, so a process with nothing left pending ends at once, as usual.
      setTimeout(() => realExit(), 500).unref();
    },
    dropOutput: () => {
      readerGone = true;
    },
    get readerGone() {
      return readerGone;
    },
  };
}
