/** Judge each distinct text once: per-row message columns, dates and yes/no cells repeat a handful of texts. */
export function memoize<T>(judge: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let verdict = seen.get(text);
    if (verdict === undefined && !seen.has(text)) {
      verdict = judge(text);
      if (seen.size < 10000) seen.set(text, verdict);
    }
    return verdict as T;
  };
}
