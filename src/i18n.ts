import type { DataValue, Lang, Localized } from './types';

export function pick(text: Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
/** Templates split once: parts = [text, name, text, …, name, text]; wholes = each placeholder as written. */
const compiled = new Map<string, { parts: string[]; wholes: string[] }>();

function compile(text: string): { parts: string[]; wholes: string[] } {
  let entry = compiled.get(text);
  if (entry) return entry;
  const parts: string[] = [];
  const wholes: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index), match[1]);
    wholes.push(match[0]);
    last = (match.index as number) + match[0].length;
  }
  parts.push(text.slice(last));
  if (compiled.size > 10_000) compiled.clear(); // plugin templates built on the fly: stay bounded
  compiled.set(text, (entry = { parts, wholes }));
  return entry;
}

/** Fill `{{name}}` placeholders; unknown names are left visible so a missing datum shows. */
export function interpolate(template: Localized, data: Readonly<Record<string, DataValue>>, lang: Lang): string {
  const { parts, wholes } = compile(pick(template, lang));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]];
    out += (value === undefined ? wholes[(i - 1) / 2] : typeof value === 'object' ? value[lang] : String(value)) + parts[i + 1];
  }
  return out;
}

/** French when LC_ALL (else LANG) starts with "fr", English otherwise. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LANG || "";
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const both = (en: string, fr: string) => ({ en, fr });
