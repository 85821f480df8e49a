import type { Failure, Lang } from '../base/types';

/** Where a run writes and what it knows of its terminal (the process's, or a test's). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress line for long runs). */
  stderrIsTTY?: boolean;
  /** The terminal's width for the help (80 when unknown). */
  columns?: number;
}

/** One clear message; the stack of what caused it only with --debug. */
export function reportFailure(failure: Failure, io: CliIo, debug: boolean, lang: Lang): void {
  io.stderr(`campaign-lint: ${failure.describe(lang)}\n`);
  const cause = failure.cause as { stack?: unknown } | undefined;
  if (debug && typeof cause?.stack === 'string') io.stderr(`${cause.stack}\n`);
}
