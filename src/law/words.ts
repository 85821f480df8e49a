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

const ASCII_WORD = /[a-z0-9]/;

/** The words of a text: "Prêt-Perso : TAEG 5,9 %" → "pret perso taeg 5 9 ". */
export function wordsOf(text: string): Words {
  const out: string[] = [];
  const from: number[] = [];
  let space = true; // no leading space
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const code = char.charCodeAt(0);
    const folded =
      code < 128
        ? char.toLowerCase()
        : char
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .replace(/œ/g, 'oe')
            .replace(/æ/g, 'ae');
    for (const c of folded) {
      if (ASCII_WORD.test(c)) {
        out.push(c);
        from.push(i);
        space = false;
      } else if (!space) {
        out.push(' ');
        from.push(i);
        space = true;
      }
    }
  }
  return {
    text: out.join(''),
    source: text,
    offsetOf: (index) => from[Math.min(index, from.length - 1)] ?? 0,
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
