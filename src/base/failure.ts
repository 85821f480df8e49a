import { localize, pick } from './text';
import { localized, say } from './messages';
import { headerIsNames, visible } from './mask';
import type { Failure, FailureKind, Lang, Localized } from './types';

// Typed failures. Each names the file (and line when known) and says what to do; the CLI prints
// them and exits 2. Nothing here prints.

export type { FailureKind };

export class LintFailure extends Error implements Failure {
  /** The message and hint in both languages (`message` and `hint` are the English ones). */
  readonly text: Localized;
  readonly hintText?: Localized;
  override readonly message: string;
  readonly hint?: string;

  constructor(
    readonly kind: FailureKind,
    message: Localized,
    readonly file?: string,
    readonly line?: number,
    hint?: Localized,
    override readonly cause?: unknown,
  ) {
    // Messages quote header cells, manifest values, file names and plugin errors: their control
    // characters (ESC, line breaks) must not drive a terminal or forge a CI log line.
    message = shownText(message);
    hint = hint === undefined ? undefined : shownText(hint);
    file = file === undefined ? undefined : visible(file);
    super(pick(message, 'en'));
    this.name = 'LintFailure';
    this.message = pick(message, 'en');
    this.text = message;
    this.hintText = hint;
    this.hint = hint === undefined ? undefined : pick(hint, 'en');
  }

  /** One line: `file:line: message` then the hint, in the language asked for. */
  describe(lang: Lang = 'en'): string {
    const where = this.file
      ? say('failure.place', lang, { place: `${this.file}${this.line ? `:${this.line}` : ''}` })
      : '';
    const hint = this.hintText === undefined ? '' : `\n  ${localize(this.hintText, lang)}`;
    return `${where}${localize(this.text, lang)}${hint}`;
  }

  /** What crosses a thread boundary (structured clone keeps no class). */
  toPlain(): PlainFailure {
    return { kind: this.kind, text: this.text, file: this.file, line: this.line, hintText: this.hintText };
  }

  static fromPlain(f: PlainFailure): LintFailure {
    return new LintFailure(f.kind, f.text, f.file, f.line, f.hintText);
  }
}

const shownText = (text: Localized): Localized =>
  typeof text === 'string' ? visible(text) : { en: visible(text.en), fr: visible(text.fr) };

export interface PlainFailure {
  kind: FailureKind;
  text: Localized;
  file?: string;
  line?: number;
  hintText?: Localized;
}

export const inputError = (
  file: string | undefined,
  line: number | undefined,
  message: Localized,
  hint?: Localized,
  cause?: unknown,
) => new LintFailure('input', message, file, line, hint, cause);

export const configError = (
  file: string | undefined,
  line: number | undefined,
  message: Localized,
  hint?: Localized,
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

/** Levenshtein distance: the fewest single-character edits that turn a into b. */
export function editDistance(a: string, b: string): number {
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

export const hintDidYouMean = (word: string, candidates: Iterable<string>): Localized | undefined => {
  const suggestion = didYouMean(word, candidates);
  return suggestion ? localized('failure.didYouMean', { suggestion }) : undefined;
};

/** What went wrong opening a file, in words (`kind`: "recipients file", "opt-out list", …). */
export function describeFsError(error: unknown, kind: string): { en: string; fr: string } {
  const code = (error as NodeJS.ErrnoException)?.code;
  const fr = FRENCH_KINDS[kind] ?? kind;
  if (code === 'ENOENT') return localized('failure.notFound', { kind: { en: kind, fr: fr } });
  if (code === 'EISDIR') return localized('failure.isFolder', { kind: { en: kind, fr: fr } });
  if (code === 'EACCES' || code === 'EPERM')
    return localized('failure.denied', { kind: { en: kind, fr: fr } });
  if (code === 'ENOTREG') return localized('failure.notRegular', { kind: { en: kind, fr: fr } });
  if (code === 'ENOTUTF8')
    return (error as { utf16?: boolean }).utf16
      ? localized('failure.utf16', { kind: { en: kind, fr: fr } })
      : localized('failure.notUtf8', { kind: { en: kind, fr: fr } });
  const why = (error as Error)?.message ?? String(error);
  if (code === 'EFBIG') return localized('failure.tooLarge', { kind: { en: kind, fr: fr }, why });
  return localized('failure.cannotRead', { kind: { en: kind, fr: fr }, why });
}

/** What to do about a read error, where the path is not the problem (else undefined). */
export function fsErrorHint(error: unknown): Localized | undefined {
  return (error as NodeJS.ErrnoException)?.code === 'ENOTUTF8' ? localized('failure.saveAsUtf8') : undefined;
}

/** French names of the files a run reads, for messages. */
export const FRENCH_KINDS: Readonly<Record<string, string>> = {
  'recipients file': 'le fichier des destinataires',
  'opt-out list': 'la liste d’opposition',
  'history file': 'le fichier d’historique',
  manifest: 'le manifeste',
  'message file': 'le fichier du message',
  'config file': 'le fichier de configuration',
  folder: 'le dossier',
  'ignore file': 'le fichier d’exclusions',
};

/**
 * What an error says about a header it could not use: its names when they are names, else that the
 * first line is not a header — never the cells themselves (they may be a recipient, or a secret of
 * a file that is not a CSV at all).
 */
export const headerText = (headers: readonly string[]) =>
  headerIsNames(headers)
    ? localized('failure.headerHas', { headers: headers.join(', ') })
    : localized('failure.headerIsData');
