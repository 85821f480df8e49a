// Types of the ES module entry: the same API as the CommonJS build.
export * from '../dist/src/index.js';
