import type { MetadataJson } from 'libphonenumber-js/core';
// Calling codes are prefix-free, so the first 1–3 digits that form one are the calling code. The
// metadata is read when a first number is masked: a run that masks none (--help) does not parse it.
let callingCodes: Set<string> | undefined;
const loadCallingCodes = () =>
  new Set(
    Object.keys(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- large JSON, typed by the library
      (require('libphonenumber-js/metadata.min.json') as MetadataJson).country_calling_codes,
    ),
  );

function callingCodeOf(digits: string): string | null {
  const codes = (callingCodes ??= loadCallingCodes());
  for (let length = 1; length <= 3; length++)
    if (codes.has(digits.slice(0, length))) return digits.slice(0, length);
  return null;
}

/**
 * Masks a number for reports: country code, first national digit and last two digits stay
 * (`+33 6 •• •• •• 78`, `+262 6 •• •• •• 56`); anything else unreadable keeps its last two characters.
 */
export function maskPhone(value: string): string {
  const digits = /^\+\d+$/.test(value) ? value.slice(1) : null;
  const cc = digits ? callingCodeOf(digits) : null;
  // Already masked (a result read back from --cache): shown as it is, it tells no more than its mask.
  if (!digits && MASKED.test(value)) return value;
  if (!digits || !cc)
    return value.length <= 2 ? '••' : `${'•'.repeat(Math.min(value.length - 2, 8))}${value.slice(-2)}`;
  const nsn = digits.slice(cc.length);
  if (nsn.length < 4) return `+${cc} ${'•'.repeat(nsn.length)}`;
  return `+${cc} ${nsn[0]} ${hiddenMiddle(nsn.length)}${nsn.slice(-2)}`;
}

/** What maskPhone writes for a number: `+33 6 •• •• •• 78`, `+33 •••` (masking it again changes nothing). */
const MASKED = /^\+\d{1,3} (?:\d (?:•{1,2} )*\d\d|•+)$/;

/** The hidden digits between the first and the last two, in pairs from the right: "•• •• •• " for 9 digits. */
const hiddenMiddle = (length: number) => (MIDDLES[length] ??= middleOf(length - 3));
const MIDDLES: string[] = [];
function middleOf(hidden: number): string {
  let out = '';
  for (let left = hidden; left > 0; left -= left % 2 === 1 ? 1 : 2)
    out += `${'•'.repeat(left % 2 === 1 ? 1 : 2)} `;
  return out;
}

/** The number in international format, for --show-pii (libphonenumber is loaded then, not for every report). */
export function showPhone(value: string): string {
  if (!value.startsWith('+')) return value;
  // Loaded on first use: only --show-pii needs it in this thread.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('libphonenumber-js/max') as typeof import('libphonenumber-js/max');
  const parsed = library.parsePhoneNumberFromString(value);
  return parsed ? parsed.formatInternational() : value;
}

/** A recipient as a report shows it: masked unless --show-pii. */
export const recipientText = (recipient: string, showPii: boolean) =>
  showPii ? visible(recipient) : maskPhone(recipient);

/** `file:line`, or the file alone for a diagnostic without a line. */
export const placeText = (d: { file: string; line?: number }) =>
  `${d.file}${d.line !== undefined ? `:${d.line}` : ''}`;

/**
 * A value that comes from a recipient row (a cell, a per-row message excerpt), as reports show it
 * unless --show-pii: the one masking function for every such value. Numbers keep the form of
 * `maskPhone`; other text keeps only its last two characters.
 */
export const maskCell = (value: string): string => maskPhone(value);

// A header name: text of any length a person wrote (a Google Forms question is a header), with no
// control character; a value holds a run of digits or an `@`, and a line of a system file (`root:x:0:0:…`)
// holds three colons or more: shown as a header, it would print a file the user may not have meant to.
const NAME_LIKE = /^[^\p{C}]{0,500}$/u;
const DATA_LIKE = /\d[\d\s.\-/]{4,}\d|@|(?:[^:]*:){3}/;

/** Whether a header row reads as column names (else it is a data row, or not a CSV at all). */
export const headerIsNames = (headers: readonly string[]): boolean =>
  headers.some((h) => h.trim() !== '') &&
  headers.every((h) => NAME_LIKE.test(h.trim()) && !DATA_LIKE.test(h));

/**
 * Whether a row value may be quoted as written in a message (campaign-format.md): a word, with no run
 * of 6 or more digits (separators inside a run do not break it: `06 12 34 56 78`, `14/03/2025`) and
 * no `@`. Anything else is masked like any row value unless --show-pii.
 */
export const shownAsWritten = (value: string): boolean =>
  !value.includes('@') && !/\d(?:[\s.\-/]?\d){5}/.test(value);

// C0 and C1 controls (line breaks and ESC among them), DEL, the bidirectional overrides, and what
// no text format may carry: U+FFFE, U+FFFF, the other noncharacters of the first plane, and halves
// of surrogate pairs without their other half (one U+FFFE makes a JUnit report invalid XML).
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A character as an escape: `\u{1b}`. */
export const escapedChar = (c: string): string => `\\u{${c.charCodeAt(0).toString(16)}}`;

/** A text with its control characters (and characters no text format may carry) written as `\u{1b}` escapes. */
export const visible = (text: string): string => text.replace(CONTROL, escapedChar);
