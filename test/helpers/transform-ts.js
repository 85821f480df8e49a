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
    const { code, sourceMap } = transform(sourceText, {
      ...OPTIONS,
      filePath: sourcePath,
      sourceMapOptions: { compiledFilename: sourcePath },
    });
    return { code, map: sourceMap };
  },
};
