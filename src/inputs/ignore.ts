import path from 'path';
import { describeFsError, inputError } from '../base/failure';
import { localized } from '../base/messages';
import { readTextInput } from '../read/files';

// What the user asked not to lint: the `ignores` globs of the config (relative to the config's
// folder, as ESLint's `ignores`) and the `.campaignlintignore` file of the current folder, read the
// way git reads a `.gitignore` (by the `ignore` package, the parser ESLint's `.eslintignore` used:
// `#` comments, `!` negations, a trailing `/` for folders, `/` anchoring, `**`).

/** The ignore file's name, in the current folder. */
export const IGNORE_FILE = '.campaignlintignore';
const MAX_IGNORE_BYTES = 1024 * 1024;

/** The config's `ignores`: glob patterns and the folder they are relative to. */
export interface ConfigIgnores {
  readonly patterns: readonly string[];
  readonly base: string;
}

/** Whether a path (absolute) is ignored; `folder` for a folder (a pattern ending in `/` matches folders only). */
export interface IgnoreRules {
  ignored(file: string, folder?: boolean): boolean;
  /** The ignore file read, if any (an input of the run). */
  readonly file: string | null;
}

/** A path relative to `base` with `/` separators, or null when it is `base` itself or outside it. */
function relativeTo(base: string, file: string): string | null {
  const rel = path.relative(base, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** The folders leading to a relative path, then the path itself: `a`, `a/b`, `a/b/c.yaml`. */
function* prefixes(rel: string): Generator<string> {
  for (let at = rel.indexOf('/'); at >= 0; at = rel.indexOf('/', at + 1)) yield rel.slice(0, at);
  yield rel;
}

/**
 * The ignore rules of a run from `cwd`. An ignore file that cannot be read (a folder, not UTF-8,
 * too large) is a failure: linting as if it were empty would lint what the user excluded, and
 * passing over it silently would hide that the exclusions are not applied.
 */
export async function loadIgnores(cwd: string, config?: ConfigIgnores): Promise<IgnoreRules> {
  const file = path.join(cwd, IGNORE_FILE);
  let text: string | null = null;
  try {
    text = await readTextInput(file, MAX_IGNORE_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT')
      throw inputError(
        IGNORE_FILE,
        undefined,
        describeFsError(error, 'ignore file'),
        localized('ignore.unreadableHint'),
        error,
      );
  }
  // The matchers are loaded when there are patterns: most runs have neither an ignore file nor `ignores`.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fromFile = text === null ? null : (require('ignore') as typeof import('ignore'))().add(text);
  // `dot`: a pattern names dot-files as it names any other; a pattern `archive` or `archive/` ignores
  // the folder, and so what it holds.
  const patterns = (config?.patterns ?? []).map((p) => p.replace(/\/+$/, ''));
  const fromConfig =
    patterns.length > 0
      ? (require('picomatch') as typeof import('picomatch'))(patterns, { dot: true })
      : null;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    file: text === null ? null : file,
    ignored(target: string, folder = false): boolean {
      if (fromFile) {
        const rel = relativeTo(cwd, target);
        if (rel !== null && fromFile.ignores(folder ? `${rel}/` : rel)) return true;
      }
      if (fromConfig && config) {
        const rel = relativeTo(config.base, target);
        if (rel !== null) for (const part of prefixes(rel)) if (fromConfig(part)) return true;
      }
      return false;
    },
  };
}

/** No rules: nothing is ignored (--no-ignore, or the API without them). */
export const NO_IGNORES: IgnoreRules = { file: null, ignored: () => false };
