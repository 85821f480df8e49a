import { spawnSync } from 'child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';
import { tempFolder } from './helpers/temp';

// `import … from 'campaign-lint'` needs no wrapper of ours: Node (20+) reads the names a CommonJS
// module exports from its code (cjs-module-lexer), and the build's CommonJS entry writes each export
// in a form it detects. This proves every export of the CommonJS entry is importable by name from an
// ES module, with the same value (test/integration.test.ts compiles a TypeScript ES module against the types).
let dir: string;
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = tempFolder('cl-esm-');
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules/campaign-lint'), 'dir');
});

const cjsNames = (): string[] => {
  const r = node(['-e', "console.log(JSON.stringify(Object.keys(require('campaign-lint'))))"]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as string[]).sort();
};

it('every name of the CommonJS entry is importable by name from an ES module, the same value', () => {
  const names = cjsNames();
  expect(names).toEqual(
    expect.arrayContaining(['lint', 'loadConfig', 'formatters', 'RuleTester', 'createRule']),
  );
  // A static import of each name: the module does not even link if one of them is not detected.
  writeFileSync(
    path.join(dir, 'names.mjs'),
    `import { createRequire } from 'module';
import cjs, { ${names.join(', ')} } from 'campaign-lint';
import * as namespace from 'campaign-lint';
const required = createRequire(import.meta.url)('campaign-lint');
const imported = { ${names.join(', ')} };
console.log(JSON.stringify({
  same: Object.keys(imported).filter((name) => imported[name] === required[name]),
  namespace: Object.keys(namespace).sort(),
  defaultIsTheModule: cjs === required,
}));
`,
  );
  const r = node(['names.mjs']);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual({
    same: names,
    // Beside the names: `default` (the CommonJS module itself) and the build's `__esModule` marker.
    namespace: [...names, '__esModule', 'default'].sort(),
    defaultIsTheModule: true,
  });
});
