import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';

// CONTRIBUTING.md promises that a new rule touches only its folder and the generated rule table:
// this adds one to a copy of the repository and compares every file before and after.
const files = (root: string) =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);

/** Every file below root but node_modules and dist, as relative paths. */
const walk = (root: string, dir = ''): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.name === 'node_modules' || relative === 'dist') return [];
    return entry.isDirectory() ? walk(root, relative) : [relative];
  });

function snapshot(root: string, list: readonly string[]): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of list) {
    try {
      hashes.set(
        file,
        createHash('sha256')
          .update(readFileSync(path.join(root, file)))
          .digest('hex'),
      );
    } catch {
      // listed by git but deleted in the working tree
    }
  }
  return hashes;
}

it('adding a rule touches only its folder and the generated rule table', () => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'cl-add-rule-'));
  try {
    const list = files(ROOT);
    for (const file of list) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      try {
        cpSync(path.join(ROOT, file), path.join(copy, file));
      } catch {
        // deleted in the working tree
      }
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const before = snapshot(copy, list);

    const node = (args: string[]) =>
      spawnSync(process.execPath, args, {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8' },
      });
    expect(node(['scripts/new-rule.js', 'message-throwaway']).status).toBe(0);
    expect(
      node([path.join(copy, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']).stderr,
    ).toBe('');
    expect(node(['scripts/rule-table.js', '--write']).status).toBe(0);

    // The new rule is registered and runs: its skeleton reports an empty phone cell.
    const ids = node([
      '-e',
      "console.log(require('./dist/src/engine/registry').BUILTIN_RULES.map((r) => r.meta.id).join(','))",
    ]);
    expect(ids.stdout.trim().split(',')).toContain('message-throwaway');

    const after = snapshot(copy, list);
    const changed = [...before.keys()].filter((file) => before.get(file) !== after.get(file));
    expect(changed).toEqual(['README.md']);
    expect(readFileSync(path.join(copy, 'README.md'), 'utf8')).toContain(
      '[`message-throwaway`](rules/message-throwaway/README.md)',
    );
    const added = walk(copy).filter((file) => !before.has(file));
    expect(added.sort()).toEqual([
      'rules/message-throwaway/README.md',
      'rules/message-throwaway/index.ts',
      'rules/message-throwaway/message-throwaway.test.ts',
    ]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
