import { json } from './json';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type { Formatter, FormatOptions } from './types';
export { maskPhone } from './mask';

/** Report formats by name. */
export const formatters: Readonly<Record<string, Formatter>> = Object.freeze({ stylish, json });
