// Typed failures. Each names the file (and line when known) and says what to do; the CLI prints
// them and exits 2. Nothing here prints.

export type FailureKind = 'usage' | 'input' | 'config' | 'rule-crash';

export class LintFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly hint?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LintFailure';
  }

  /** One line: `file:line: message. hint` */
  describe(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}

export const inputError = (
  file: string | undefined,
  line: number | undefined,
  message: string,
  hint?: string,
  cause?: unknown,
) => new LintFailure('input', message, file, line, hint, cause);

export const configError = (
  file: string | undefined,
  line: number | undefined,
  message: string,
  hint?: string,
) => new LintFailure('config', message, file, line, hint);

/** Levenshtein-based "did you mean" among candidates; undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  word = String(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}

export const hintDidYouMean = (word: string, candidates: Iterable<string>) => {
  const suggestion = didYouMean(word, candidates);
  return suggestion ? `Did you mean "${suggestion}"?` : undefined;
};

/** What went wrong opening a file, in words (`kind`: "recipients file", "opt-out list", …). */
export function describeFsError(error: unknown, kind: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${kind} not found`;
  if (code === 'EISDIR') return `${kind} is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${kind} cannot be read (permission denied)`;
  if (code === 'ENOTREG') return `${kind} is not a regular file (a named pipe or a device): it is not read`;
  if (code === 'EFBIG') return `${kind} is too large: ${(error as Error).message}`;
  return `${kind} cannot be read (${(error as Error)?.message ?? String(error)})`;
}
