import { promises as fs } from 'fs';
import path from 'path';

// Quoted glob patterns are expanded here, not by the shell (Windows shells and CI `with:` inputs
// do not expand them; Node 20 has no fs.glob). Supported: `*`, `**`, `?`, `[abc]`, `{a,b}`.

const MAGIC = /[*?[{]/;

/** Whether a command-line path is a pattern to expand (a path that exists is taken as it is). */
export const isGlob = (given: string) => MAGIC.test(given);

/** One path segment pattern as a regular expression (no `/` inside). */
function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (ch === '{') {
      const end = segment.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map((alt) => segmentSource(alt))
          .join('|')})`;
        i = end;
      }
    } else out += ch.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out;
}

/** The pattern (relative to its base folder) as one regular expression over `/`-separated paths. */
export function globRegExp(pattern: string): RegExp {
  const parts = pattern.split('/').filter((p) => p !== '' && p !== '.');
  let source = '';
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segmentSource(part) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/**
 * Files and folders under `cwd` matching the pattern, absolute and sorted. Like a shell, `*` does
 * not match names starting with a dot; `node_modules` and dot-folders are not searched.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normalized = pattern.split(path.sep).join('/');
  const segments = normalized.split('/');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const baseSegments = segments.slice(0, firstMagic);
  const base = path.resolve(cwd, baseSegments.join('/') || '.');
  const rest = segments.slice(firstMagic);
  const matcher = globRegExp(rest.join('/'));
  // Without `**`, nothing deeper than the pattern's own segments can match.
  const maxDepth = rest.includes('**') ? Infinity : rest.length;
  const found: string[] = [];
  // The same rule as the folder walk (inputs/discover.ts): a symlink is judged by what it leads to,
  // and each real folder is walked once (a link to a parent would loop forever). A pattern and the
  // folder that holds its matches find the same campaigns.
  const seen = new Set<string>();
  const walk = async (dir: string, relative: string, depth: number): Promise<void> => {
    const real = await fs.realpath(dir).catch(() => dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (matcher.test(rel)) found.push(full);
      const kind = entry.isSymbolicLink() ? await fs.stat(full).catch(() => null) : entry;
      if (kind?.isDirectory() && depth + 1 < maxDepth) await walk(full, rel, depth + 1);
    }
  };
  await walk(base, '', 0);
  return found.sort();
}
