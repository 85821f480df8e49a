import { existsSync, readFileSync } from 'fs';
import path from 'path';

/** The campaign-lint package folder, whether running from dist/ (installed) or src/ (tests). */
export const PACKAGE_ROOT: string = (() => {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'campaign-lint') return dir;
  }
  return path.resolve(__dirname, '../..');
})();

export const VERSION: string = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
