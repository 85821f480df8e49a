/** Judge each distinct text once: per-row message columns, dates and yes/no cells repeat a handful of texts. */
export function memoize<T>(judge: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  // Bounded by count and by the length of the texts kept: 10,000 distinct per-row messages of
  // 10,000 characters would otherwise keep 200 MB of keys alone, per rule.
  let kept = 0;
  return (text) => {
    let verdict = seen.get(text);
    if (verdict === undefined && !seen.has(text)) {
      verdict = judge(text);
      if (seen.size < 10000 && kept + text.length <= 2_000_000) {
        seen.set(text, verdict);
        kept += text.length;
      }
    }
    return verdict as T;
  };
}
