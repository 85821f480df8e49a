import type { DataValue, Lang, Localized } from './types';

export function pick(text: Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Fill `{{name}}` placeholders; unknown names are left visible so a missing datum shows. */
export function interpolate(template: Localized, data: Readonly<Record<string, DataValue>>, lang: Lang): string {
  return pick(template, lang).replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** French when LC_ALL (else LANG) starts with "fr", English otherwise. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LANG || "";
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const both = (en: string, fr: string) => ({ en, fr });
