import path from 'path';

/** Paths in reports: relative to the working folder, with `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join('/');
}
