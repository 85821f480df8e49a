import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';

// README snippets pin a release tag: the placeholder vX.Y.Z, or a version dated in the changelog
// (a commit of main has sources only and cannot run as a hook or an action: RELEASING.md).
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');

it('the changelog keeps an Unreleased section and dated versions (Keep a Changelog)', () => {
  expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  for (const heading of changelog.match(/^## \[.+$/gm) ?? [])
    expect(heading).toMatch(/^## \[(Unreleased|\d+\.\d+\.\d+)\]( - \d{4}-\d{2}-\d{2})?$/);
});

it('README pins are release tags', () => {
  const pins = [
    ...[...readme.matchAll(/^\s*rev:\s*(.+?)\s*(?:#.*)?$/gm)].map((m) => m[1]),
    ...[...readme.matchAll(/uses:\s*campaign-lint\/campaign-lint@(.+?)\s*(?:#.*)?$/gm)].map((m) => m[1]),
  ];
  expect(pins.length).toBeGreaterThanOrEqual(2);
  for (const pin of pins) {
    expect(pin).toMatch(/^v(X\.Y\.Z|\d+\.\d+\.\d+)$/);
    const version = pin.slice(1);
    if (version !== 'X.Y.Z')
      expect(changelog).toMatch(
        new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
      );
  }
});

it('no documentation link points at a tag before that version is released', () => {
  const released = new Set([...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - /gm)].map((m) => m[1]));
  const files = [
    ...['README.md', 'CONTRIBUTING.md', 'RELEASING.md', 'CHANGELOG.md'],
    ...readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`),
    ...readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => [`rules/${e.name}/README.md`, `rules/${e.name}/README.fr.md`]),
  ].filter(
    (f) => f.endsWith('.md') && readdirSync(path.dirname(path.join(ROOT, f))).includes(path.basename(f)),
  );
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const link of text.matchAll(/\/(?:blob|tree|releases\/tag)\/v(\d+\.\d+\.\d+)\//g))
      expect(released).toContain(link[1]);
  }
});
