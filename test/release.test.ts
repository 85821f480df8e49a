import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';

// README snippets pin something that exists: a tag only for a released version (dated in the
// changelog and recorded in release.json), otherwise a commit SHA.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
const release = existsSync(path.join(ROOT, 'release.json'))
  ? (JSON.parse(readFileSync(path.join(ROOT, 'release.json'), 'utf8')) as { version: string })
  : null;

it('the changelog keeps an Unreleased section and dated versions (Keep a Changelog)', () => {
  expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  for (const heading of changelog.match(/^## \[.+$/gm) ?? [])
    expect(heading).toMatch(/^## \[(Unreleased|\d+\.\d+\.\d+)\]( - \d{4}-\d{2}-\d{2})?$/);
});

it('README pins are released tags or commit SHAs', () => {
  const pins = [
    ...[...readme.matchAll(/^\s*rev:\s*(.+?)\s*(?:#.*)?$/gm)].map((m) => m[1]),
    ...[...readme.matchAll(/uses:\s*campaign-lint\/campaign-lint@(.+?)\s*(?:#.*)?$/gm)].map((m) => m[1]),
  ];
  expect(pins.length).toBeGreaterThanOrEqual(2);
  for (const pin of pins) {
    const tag = /^v(\d+\.\d+\.\d+)$/.exec(pin);
    if (tag) {
      expect(changelog).toMatch(
        new RegExp(`^## \\[${tag[1].replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
      );
      expect(release?.version).toBe(tag[1]);
    } else expect(pin).toMatch(/^<full commit SHA>$|^[0-9a-f]{40}$/);
  }
});
