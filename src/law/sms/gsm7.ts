// GSM 03.38 default alphabet (Unicode mapping table v2.0) and SMS segment arithmetic.
// Policy for the disputed code 0x09: capital Ç is GSM-7, small ç is not (ETSI glyph; what
// operators and the main calculators do).

const BASIC =
  '@£$¥èéùìòÇ\n' +
  'Øø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

// Septets per UTF-16 code unit (every GSM-7 character is one code unit; surrogates are 0).
const SEPTETS = new Uint8Array(0x10000);
for (const char of BASIC) SEPTETS[char.charCodeAt(0)] = 1;
for (const char of EXTENSION) SEPTETS[char.charCodeAt(0)] = 2;

export type Encoding = 'GSM-7' | 'UCS-2';

/** Septets a character costs in GSM-7 (1 basic, 2 extension), or 0 when it is not GSM-7. */
export function septetsOf(char: string): number {
  return char.length === 1 ? SEPTETS[char.charCodeAt(0)] : 0;
}

/** Septets of the UTF-16 code unit `code` (0: not GSM-7), for loops over charCodeAt (plugin API). */
export const septetsOfCode = (code: number): number => SEPTETS[code];

export const isGsm7 = (char: string) => septetsOf(char) > 0;

/** What a text costs in an SMS: its septets (GSM-7), its UTF-16 units, and whether it is all GSM-7. */
export interface TextCost {
  readonly septets: number;
  readonly utf16: number;
  readonly gsm: boolean;
}

/**
 * The cost of a text in one pass over code units. Septets only count when the whole text is
 * GSM-7, where each character is one code unit.
 */
export function textCost(text: string): TextCost {
  let septets = 0;
  let gsm = true;
  for (let i = 0; i < text.length; i++) {
    const s = SEPTETS[text.charCodeAt(i)];
    if (s === 0) gsm = false;
    septets += s;
  }
  return { septets, utf16: text.length, gsm };
}

/** The cost of a template's literal text plus the values its placeholders take. */
export function filledCost(
  literal: TextCost,
  names: readonly string[],
  valueFor: (name: string) => string | undefined,
): TextCost {
  let { septets, utf16, gsm } = literal;
  for (const name of names) {
    const value = textCost(valueFor(name) ?? '');
    septets += value.septets;
    utf16 += value.utf16;
    gsm = gsm && value.gsm;
  }
  return { septets, utf16, gsm };
}

/**
 * GSM-7 equivalents that cannot change the meaning for the recipient (the safe fixes of cli.md),
 * plus NFC recomposition of decomposed accents, handled in `safeReplacement`.
 */
export const SAFE_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u00AB': '"',
  '\u00BB': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u200B': '',
  '\uFEFF': '',
};

/** A GSM-7 replacement that keeps the meaning, or null when there is none. */
export function safeReplacement(char: string): string | null {
  if (char in SAFE_REPLACEMENTS) return SAFE_REPLACEMENTS[char];
  const composed = char.normalize('NFC');
  if (composed !== char && [...composed].every(isGsm7)) return composed;
  return null;
}

export interface SmsPart {
  readonly content: string;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
}

export interface SmsAnalysis {
  readonly encoding: Encoding;
  /** Septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
  /** Units one part can hold: 160/153 (GSM-7) or 70/67 (UCS-2). */
  readonly perSegment: number;
  /** Units left in the last part. */
  readonly remaining: number;
  readonly parts: readonly SmsPart[];
}

export function detectEncoding(text: string): Encoding {
  for (const char of text) if (!isGsm7(char)) return 'UCS-2';
  return 'GSM-7';
}

/**
 * Segments as handsets and operators count them: GSM-7 160 septets in one part or 153 per part of
 * a long message, an escape pair never split; UCS-2 70 code units or 67 per part, a surrogate pair
 * never split. `encoding` forces one (a GSM-7 split of non-GSM text counts unknown characters as 1).
 */
export function analyzeSms(text: string, encoding: Encoding = detectEncoding(text)): SmsAnalysis {
  const gsm = encoding === 'GSM-7';
  const cost = (char: string) => (gsm ? septetsOf(char) || 1 : char.length);
  let units = 0;
  for (const char of text) units += cost(char);
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  if (units <= single) {
    return {
      encoding,
      units,
      segments: 1,
      perSegment: single,
      remaining: single - units,
      parts: [{ content: text, units }],
    };
  }
  const parts: SmsPart[] = [];
  let content = '';
  let used = 0;
  for (const char of text) {
    const c = cost(char);
    if (used + c > multi) {
      parts.push({ content, units: used });
      content = '';
      used = 0;
    }
    content += char;
    used += c;
  }
  parts.push({ content, units: used });
  return { encoding, units, segments: parts.length, perSegment: multi, remaining: multi - used, parts };
}
