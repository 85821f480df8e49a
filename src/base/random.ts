// crypto (~8 ms to load) is loaded for the first random bytes asked: a run that needs none (no
// report written to a file, no large recipients file) never loads it.
/** `size` random bytes from the system's generator (crypto.randomBytes). */
export const randomBytes = (size: number): Buffer =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('crypto') as typeof import('crypto')).randomBytes(size);
