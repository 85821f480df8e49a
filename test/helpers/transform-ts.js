// Jest's TypeScript transform: Sucrase strips the types and turns imports into require() calls, one
// file at a time (the type check is `npm run typecheck`'s job, once). ts-jest did the same through
// the TypeScript compiler, which each jest worker had to load and warm up: on a fresh clone
// (no transform cache) that cost about 6 s of CPU per worker before the first test ran.
// The options keep what `tsc` emits for this tsconfig (ES2022, CommonJS, esModuleInterop): class
// fields with define semantics and modern syntax left as they are, imports used only as types
// elided, and `jest.mock` calls hoisted above the imports as ts-jest's hoisting did.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const { transform, getVersion } = require('sucrase');

const OPTIONS = { transforms: ['typescript', 'imports', 'jest'], disableESTransforms: true };

// Jest runs each test file in a vm context, where every read of a global (`Math`, `String`,
// `Uint8Array`…) goes through the context's interceptors: about ten times slower than in Node
// (Node 20), which made the loops of the heavier tests and of src/ under test several times slower
// than the same code run by the CLI. Each file therefore sees the built-in globals it names as
// parameters of a function around it: the very same objects, read once per file. Only built-ins
// that no test replaces are listed (not Date or the timers, which jest's fake timers swap).
const GLOBALS = [
  'Object',
  'Array',
  'Math',
  'JSON',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'BigInt',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'Reflect',
  'Intl',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'Int32Array',
  'Float64Array',
  'parseInt',
  'parseFloat',
  'isNaN',
  'Buffer',
  'TextDecoder',
  'TextEncoder',
];
const NAMED = new RegExp(`\\b(?:${GLOBALS.join('|')})\\b`, 'g');

/** The module's code inside `(function (Math, …) { return function () { code }.call(this); })`, same lines. */
function withLocalGlobals(code) {
  const names = [...new Set(code.match(NAMED) ?? [])];
  if (names.length === 0) return code;
  // The inner function keeps the module free to declare any of these names itself.
  return (
    `(function (${names.join(', ')}) { return function () {${code}\n}.call(this); })` +
    `.call(this, ${names.map((name) => `globalThis.${name}`).join(', ')});`
  );
}

const SELF = crypto
  .createHash('sha256')
  .update(fs.readFileSync(__filename))
  .update(getVersion())
  .digest('hex');

module.exports = {
  getCacheKey(sourceText, sourcePath) {
    return crypto
      .createHash('sha256')
      .update(SELF)
      .update(sourcePath)
      .update('\0')
      .update(sourceText)
      .digest('hex');
  },
  process(sourceText, sourcePath) {
    if (!sourcePath.endsWith('.ts')) return { code: withLocalGlobals(sourceText) }; // JavaScript: as it is
    const { code, sourceMap } = transform(sourceText, {
      ...OPTIONS,
      filePath: sourcePath,
      sourceMapOptions: { compiledFilename: sourcePath },
    });
    return { code: withLocalGlobals(code), map: sourceMap };
  },
};
