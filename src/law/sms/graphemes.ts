// Intl.Segmenter is quadratic over one long string in V8 (20K characters: 0.9 s, 80K: 80 s), so a
// text is never given to it whole. Printable ASCII followed by printable ASCII is a grapheme of its
// own (neither can be a combining mark, a joiner or a prepended character) and skips it; the other
// stretches go to it in windows of at most PIECE code units.
const PIECE = 1024;
// Built on first use (~15 ms): a message of GSM-7 characters alone never needs it.
let segmenter: Intl.Segmenter | undefined;
const segment = (text: string) =>
  (segmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' })).segment(text);

const printableAscii = (code: number) => code >= 0x20 && code <= 0x7e;

/** The grapheme clusters of a text with their offsets, exactly as Intl.Segmenter cuts them, in linear time. */
export function* graphemes(text: string): Generator<{ segment: string; index: number }> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (printableAscii(text.charCodeAt(i)) && (i + 1 === n || printableAscii(text.charCodeAt(i + 1)))) {
      yield { segment: text[i], index: i };
      i++;
      continue;
    }
    // A window from this boundary to the next ASCII pair (or PIECE further). Every boundary found
    // in it is right, since a boundary depends only on what precedes it from a known boundary and on
    // the next character, except the window's own end: its last grapheme is read again after.
    let from = i + 1;
    for (;;) {
      let end = from;
      const limit = Math.min(n, from + PIECE);
      while (
        end < limit &&
        !(printableAscii(text.charCodeAt(end)) && printableAscii(text.charCodeAt(end + 1)))
      )
        end++;
      end = Math.min(n, end + 1);
      const found = [...segment(text.slice(i, end))];
      if (end === n) {
        for (const g of found) yield { segment: g.segment, index: i + g.index };
        i = n;
        break;
      }
      if (found.length >= 2) {
        for (let k = 0; k < found.length - 1; k++)
          yield { segment: found[k].segment, index: i + found[k].index };
        i += found[found.length - 1].index;
        break;
      }
      from = end; // one grapheme fills the window: look further
    }
  }
}
