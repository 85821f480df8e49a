import { memoize } from './memoize';
import { Template } from './sms/template';
import { maskCell, visible } from './format/mask';
import type { DataValue, Lang, Localized } from './types';

export function pick(text: Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Diagnostic templates are few: each is split once. */
const templateOf = memoize((text: string) => new Template(text, /\{\{\s*([\w.-]+)\s*\}\}/g));

/**
 * Fill `{{name}}` placeholders; unknown names are left visible so a missing datum shows. Values
 * read from a recipient row are masked unless `showPii`; control characters in values are shown
 * as escapes, so a cell cannot drive a terminal or start a CI workflow command on a line of its own.
 */
export function interpolate(
  template: Localized,
  data: Readonly<Record<string, DataValue>>,
  lang: Lang,
  showPii = false,
): string {
  return templateOf(pick(template, lang)).fill((name) => {
    const value = data[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'object') return visible(String(value));
    if ('cell' in value) return visible(showPii ? value.cell : maskCell(value.cell));
    return visible(value[lang]);
  }, true);
}

/** French when LC_ALL (else LANG) starts with "fr", English otherwise. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const both = (en: string, fr: string) => ({ en, fr });
