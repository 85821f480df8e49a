// normalizePhone for the main thread: libphonenumber and its metadata (~50 ms to load) are loaded on
// the first call. A large campaign's numbers are read by the facts thread, so the main thread only
// needs them for opt-out lists, a send history or a caller id, and then starts no later than before.
import type { Phone } from '../../base/types';

type Normalize = typeof import('./normalize');
let loaded: Normalize | undefined;

export function normalizePhone(cell: string): Phone | null {
  // Loaded on first use (libphonenumber with it): threaded runs never need it in this thread.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./normalize') as Normalize).normalizePhone(cell);
}
