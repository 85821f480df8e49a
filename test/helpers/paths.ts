import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
/** Public data the oracle tests check against, kept in the repository (see test/oracles/README.md). */
export const ORACLES = path.join(ROOT, 'test', 'oracles');
