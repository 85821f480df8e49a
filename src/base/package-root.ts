import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { memoize } from './memoize';

/** The campaign-lint package folder, whether running from dist/ (installed) or src/ (tests). */
export const PACKAGE_ROOT: string = (() => {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'campaign-lint'
    )
      return dir;
  }
  return path.resolve(__dirname, '../..');
})();

const PACKAGE = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  repository?: string | { url?: string };
};

export const VERSION: string = PACKAGE.version;

/**
 * The repository's web address, from package.json's `repository` field ("git+https://….git" or
 * "https://…"); a fork that publishes changes that field and every link follows.
 */
export const REPOSITORY_URL: string | undefined = (() => {
  const raw = typeof PACKAGE.repository === 'string' ? PACKAGE.repository : PACKAGE.repository?.url;
  if (!raw) return undefined;
  return raw
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
})();

/**
 * The git ref documentation links point at: the release tag when this is a release build (the
 * release commit carries dist/release.json, see scripts/release.js), else `main` — a build of any
 * other commit has no tag, and a link to a tag that does not exist is a dead link.
 */
export const DOCS_REF: string = (() => {
  const marker = path.join(PACKAGE_ROOT, 'dist', 'release.json');
  if (!existsSync(marker)) return 'main';
  const release = JSON.parse(readFileSync(marker, 'utf8')) as { version?: string; tag?: string };
  return release.version === VERSION && release.tag ? release.tag : 'main';
})();

/** A built-in rule's README in the repository, at this release's tag (`v0.2.0`), else on `main`. */
export const ruleDocsUrl = (id: string): string | undefined =>
  REPOSITORY_URL ? `${REPOSITORY_URL}/blob/${DOCS_REF}/rules/${id}/README.md` : undefined;

/** The README of a built-in rule (read once), or undefined for a plugin rule. */
export const ruleReadme = memoize((id: string): string | undefined => {
  const file = path.join(PACKAGE_ROOT, 'rules', id, 'README.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});

/** The French documentation of a built-in rule (`README.fr.md` beside its README), when written. */
export const ruleReadmeFr = memoize((id: string): string | undefined => {
  const file = path.join(PACKAGE_ROOT, 'rules', id, 'README.fr.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});
