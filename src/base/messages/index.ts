import { en, type Entry, type Forms, type MessageKey } from './en';
import { fr } from './fr';
import { formatCount, localize, pluralForm, typeset } from '../text';
import { visible } from '../mask';
import { Template } from '../template';
import type { Lang } from '../types';

// The message catalogue's door: `say` (a text in one language, for what is written now) and
// `localized` (the text in both languages, for what is shown later in the report's language: a
// failure crosses threads and is written by every format).

export type { Forms, MessageKey } from './en';

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, Entry>>>> = { en, fr };

/** A value filled into a `{{name}}`: a text, a number (formatted for the language), or both languages. */
export type MessageValue = string | number | { readonly en: string; readonly fr: string };

/** The `{{names}}` of a text, as a union of string literal types. */
type Names<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Names<Rest> : never;
type EntryOf<K extends MessageKey> = (typeof en)[K];
type NamesOf<K extends MessageKey> =
  EntryOf<K> extends Forms ? Exclude<Names<EntryOf<K>['one'] | EntryOf<K>['other']>, 'n'> : Names<EntryOf<K>>;
/** The data a text needs: a value for each of its placeholders (the compiler checks the names), `n` for a counted text. */
export type MessageData<K extends MessageKey> = (EntryOf<K> extends Forms
  ? { readonly n: number }
  : unknown) & {
  readonly [Name in NamesOf<K>]: MessageValue;
};
/** The keys of texts said as they are (no placeholder): what a helper taking any key accepts. */
export type PlainKey = { [K in MessageKey]: DataArgs<K> extends [] ? K : never }[MessageKey];
type DataArgs<K extends MessageKey> =
  EntryOf<K> extends Forms
    ? [data: MessageData<K>]
    : [NamesOf<K>] extends [never]
      ? []
      : [data: MessageData<K>];

// Catalogue texts are few: each is split once (as written, and as shown).
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const templates = { en: new Map<string, Template>(), fr: new Map<string, Template>() };
function templateOf(text: string, lang: Lang, shown: boolean): Template {
  const cache = templates[lang];
  const id = shown ? text : `\0${text}`;
  let template = cache.get(id);
  if (!template) cache.set(id, (template = new Template(shown ? typeset(text, lang) : text, PLACEHOLDER)));
  return template;
}

function formOf(key: MessageKey, lang: Lang, data: Partial<Record<string, MessageValue>>): string {
  const entry = CATALOGUES[lang][key];
  return typeof entry === 'string' ? entry : pluralForm(data.n as number, lang, entry);
}

const filled = (key: MessageKey, lang: Lang, data: Partial<Record<string, MessageValue>>, shown: boolean) =>
  templateOf(formOf(key, lang, data), lang, shown).fill((name) => {
    const value = data[name];
    if (value === undefined) return undefined;
    if (typeof value === 'number') return formatCount(value, lang);
    if (!shown) return typeof value === 'string' ? value : value[lang];
    return visible(typeof value === 'string' ? value : localize(value, lang));
  }, true);

/**
 * A catalogue text in the language, its placeholders filled: French typography on the text (never
 * on the values), numbers formatted, control characters in values shown as escapes.
 */
export function say<K extends MessageKey>(key: K, lang: Lang, ...[data]: DataArgs<K>): string {
  return filled(key, lang, data ?? {}, true);
}

/**
 * A catalogue text in both languages, filled as written: French typography is applied when it is
 * shown (localize), as for every text in both languages.
 */
export function localized<K extends MessageKey>(
  key: K,
  ...[data]: DataArgs<K>
): { readonly en: string; readonly fr: string } {
  const values = (data ?? {}) as Partial<Record<string, MessageValue>>;
  return { en: filled(key, 'en', values, false), fr: filled(key, 'fr', values, false) };
}
