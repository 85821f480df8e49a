import type { Lang } from '../base/types';
import { say } from '../base/messages';

// The progress line of long runs: rows read, share of the file, speed and time left, on stderr.

export interface ProgressSink {
  /** Rows read so far in the current campaign, and the rows its file is estimated to hold. */
  readonly update: (rows: number, estimatedRows: number) => void;
  /** The run is over: the line is erased (terminal). */
  readonly clear: () => void;
}

/**
 * Whether to show it: asked for (`--progress`), or by default when a person watches — the stylish
 * report goes to the standard output, stderr is a terminal, and no CI system is running the job
 * (their logs are no place for a line rewritten four times a second). `--no-progress` never.
 */
export function wantsProgress(
  flag: boolean | undefined,
  stylishOnStdout: boolean,
  stderrIsTTY: boolean,
  env: NodeJS.ProcessEnv,
): boolean {
  if (flag !== undefined) return flag;
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  return stylishOnStdout && stderrIsTTY && !ci;
}

/** `8 s`, `2 min 05 s`, `1 h 02 min`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}\u00a0s`;
  if (s < 3600) return `${Math.floor(s / 60)}\u00a0min ${String(s % 60).padStart(2, '0')}\u00a0s`;
  return `${Math.floor(s / 3600)}\u00a0h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}\u00a0min`;
}

// Built when a first line is shown: most runs show none.
const PERCENT: Partial<Record<Lang, Intl.NumberFormat>> = {};
const percent = (share: number, lang: Lang) =>
  (PERCENT[lang] ??= new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 0,
  })).format(share);

/**
 * "120,000 rows (12%) · 95,000 rows/s · 8 s left". On a terminal the line is rewritten in place at
 * most four times a second and erased at the end; in a log (`--progress` without a terminal) a line
 * is added every five seconds. The share and the time left come from the reader's estimate of the
 * file's rows (from its size and first lines), so the share stays below 100% until the end.
 */
export function progressLine(
  write: (text: string) => void,
  lang: Lang,
  terminal: boolean,
  now: () => number = Date.now,
): ProgressSink {
  let started = now();
  let last = 0;
  let shown = 0;
  return {
    update: (rows, estimatedRows) => {
      const time = now();
      if (rows < last) started = time; // the next campaign
      last = rows;
      if (time - shown < (terminal ? 250 : 5000)) return;
      shown = time;
      const seconds = Math.max((time - started) / 1000, 0.001);
      const share = estimatedRows > 0 ? Math.min(rows / estimatedRows, 0.99) : 0;
      const left = share > 0 ? (seconds * (1 - share)) / share : 0;
      const line = say('cli.progress', lang, {
        rows,
        percent: percent(share, lang),
        rate: Math.round(rows / seconds),
        left: duration(left),
      });
      write(terminal ? `\r${line}\u001b[K` : `${line}\n`);
    },
    clear: () => {
      if (shown && terminal) write('\r\u001b[K');
    },
  };
}
