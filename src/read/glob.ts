import path from 'path';
import { localized } from '../base/messages';
import { inputError, type LintFailure } from '../base/failure';
import { walkFolder } from './walk';

// Quoted glob patterns are expanded here, not by the shell (Windows shells and CI `with:` inputs
// do not expand them; Node 20 has no fs.glob). picomatch reads the pattern (`*`, `**`, `?`,
// `[abc]`, `[!a]`, `{a,b}`, …) as POSIX shells do; the folders are walked as a folder path is.

const MAGIC = /[*?[{]/;

/** Whether a command-line path is a pattern to expand (a path that exists is taken as it is). */
export const isGlob = (given: string) => MAGIC.test(given);

/** What expanding a pattern found: the paths it matches, absolute and sorted, and what went wrong. */
export interface GlobResult {
  readonly matches: string[];
  readonly failures: LintFailure[];
}

/**
 * Files and folders under `cwd` matching the pattern. Like a shell, `*` does not match names
 * starting with a dot; `node_modules` and dot-folders are not searched; symlinked folders are
 * followed, each real folder once. A pattern that is not one (`[z-a]`) is a failure, as is a folder
 * that cannot be read on the way.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<GlobResult> {
  const normalized = pattern.split(path.sep).join('/');
  const segments = normalized.split('/');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const base = path.resolve(cwd, segments.slice(0, firstMagic).join('/') || '.');
  const rest = segments.slice(firstMagic).filter((s) => s !== '' && s !== '.');
  let matcher: (rel: string) => boolean;
  try {
    // posix: `[!a]` is a class of everything but a; nonegate: a leading `!` is a character.
    // picomatch is loaded for the first pattern: runs given plain paths never load it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    matcher = (require('picomatch') as typeof import('picomatch'))(rest.join('/'), {
      posix: true,
      nonegate: true,
      strictBrackets: true,
      debug: true,
    });
  } catch (error) {
    return { matches: [], failures: [badPattern(pattern, error)] };
  }
  // Without `**`, nothing deeper than the pattern's own segments can match.
  const maxDepth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  const matches: string[] = [];
  const failures = await walkFolder(
    base,
    cwd,
    (entry) => {
      if (matcher(entry.rel)) matches.push(entry.path);
    },
    (_entry, depth) => depth < maxDepth,
  );
  return { matches: matches.sort(), failures };
}

function badPattern(pattern: string, error: unknown): LintFailure {
  const why = String((error as Error)?.message ?? error).replace(/^Invalid regular expression: \/.*\/: /, '');
  return inputError(
    pattern,
    undefined,
    localized('glob.invalid', { reason: why }),
    localized('glob.invalidHint'),
  );
}
