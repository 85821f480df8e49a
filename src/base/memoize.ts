const MAX_ENTRIES = 10_000;
const MAX_CHARACTERS = 250_000;

/** Judge each distinct text once: per-row message columns, dates and yes/no cells repeat a handful of texts. */
export function memoize<T>(judge: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  // Bounded by count and by the length of the texts kept, per memo: short cells (dates, yes/no
  // values) up to 10,000, messages a few thousand. Every message rule keeps one: a million distinct
  // per-row messages filled them all with texts that never came back, and V8 let the main thread's
  // heap grow to four times that live set (2,000,000 characters each: 290 MB peak RSS at 300,000
  // rows; 250,000: 175 MB).
  let kept = 0;
  return (text) => {
    let verdict = seen.get(text);
    if (verdict === undefined && !seen.has(text)) {
      verdict = judge(text);
      if (seen.size < MAX_ENTRIES && kept + text.length <= MAX_CHARACTERS) {
        seen.set(text, verdict);
        kept += text.length;
      }
    }
    return verdict as T;
  };
}
