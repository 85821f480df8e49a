import { localized } from './messages';
import type { Localized } from './types';

/**
 * A list of `items` joined by `separator`, the first `max` only and then how many more: a diagnostic
 * that lists characters stays short whatever the input (49,000 combining marks on one letter).
 */
export function cappedList(items: readonly string[], max: number, separator = ', '): Localized {
  if (items.length <= max) return items.join(separator);
  return localized('list.more', { shown: items.slice(0, max).join(separator), count: items.length - max });
}
