// Keyword matching as the sector rules read a message: case, accents, spacing, punctuation and the
// kind of apostrophe ignored ("Prêt-Perso", "PRET PERSO", "prêt  perso" are one phrase), with the
// offset of each match in the text as written, for the report's location.

/** A keyword of a sector list: its id (named in tests and reports) and the pattern it is matched by. */
export interface Keyword {
  readonly id: string;
  /** Matched on the text's words: lower case, no accents, every run of other characters one space. */
  readonly pattern: RegExp;
}

/** A text as words (see Keyword.pattern), with where each of its characters comes from. */
export interface Words {
  readonly text: string;
  /** The text as written. */
  readonly source: string;
  /** Offset in the original text of the character at `index` of `text`. */
  offsetOf(index: number): number;
}

const SPACE = 0x20;
/** Codes given to String.fromCharCode at once (far below any engine's limit on arguments). */
const CHUNK = 8192;

/** An ASCII letter or digit, lower-cased; -1 for any other character. */
const asciiWord = (code: number): number =>
  code >= 0x61 && code <= 0x7a
    ? code
    : code >= 0x41 && code <= 0x5a
      ? code + 0x20
      : code >= 0x30 && code <= 0x39
        ? code
        : -1;

/** The codes of the last text folded (see fold): reused, grown as needed. */
let scratch = new Uint16Array(1024);

/**
 * Folds `text` into its words' codes in `scratch` and returns how many there are; with `target`
 * (an index in the words), returns instead the offset in `text` of the character that gave it (the
 * last one past the end, 0 when there are none).
 */
function fold(text: string, target = -1): number {
  let n = 0;
  let at = 0; // where the last code came from
  let space = true; // no leading space
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // An ASCII character is itself or a separator; another is folded (é → e, œ → oe, ’ → none).
    const folded =
      code < 128
        ? null
        : text[i]
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .replace(/œ/g, 'oe')
            .replace(/æ/g, 'ae');
    for (let k = 0; k < (folded === null ? 1 : folded.length); k++) {
      const word = folded === null ? asciiWord(code) : asciiWord(folded.charCodeAt(k));
      if (word < 0 && space) continue;
      if (n === scratch.length) {
        const wider = new Uint16Array(n * 2);
        wider.set(scratch);
        scratch = wider;
      }
      space = word < 0;
      scratch[n] = space ? SPACE : word;
      at = i;
      if (n++ === target) return i;
    }
  }
  return target < 0 ? n : at;
}

/**
 * The words of a text: "Prêt-Perso : TAEG 5,9 %" → "pret perso taeg 5 9 ". Every distinct per-row
 * message goes through here for each sector rule: read by its codes, into one reused buffer (no
 * string, no array element a character); where a word came from is found again only when asked.
 */
export function wordsOf(text: string): Words {
  const length = fold(text);
  let words = '';
  for (let at = 0; at < length; at += CHUNK)
    words += String.fromCharCode.apply(null, scratch.subarray(at, Math.min(length, at + CHUNK)) as never);
  return {
    text: words,
    source: text,
    offsetOf: (index) => (index < 0 ? 0 : fold(text, index)),
  };
}

/** A keyword found in a text: which, the text that matched as written, and where (offset in the text). */
export interface KeywordMatch {
  readonly id: string;
  readonly matched: string;
  readonly offset: number;
}

/** The first keyword of `list` found in the text (earliest in the text), or null. */
export function firstKeyword(words: Words, list: readonly Keyword[]): KeywordMatch | null {
  let best: KeywordMatch | null = null;
  let bestIndex = Infinity;
  for (const keyword of list) {
    const m = keyword.pattern.exec(words.text);
    if (m && m.index < bestIndex) {
      bestIndex = m.index;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length - 1;
      const offset = words.offsetOf(start);
      best = { id: keyword.id, matched: words.source.slice(offset, words.offsetOf(end) + 1), offset };
    }
  }
  return best;
}
