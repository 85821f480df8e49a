import { memoize } from '../src/base/memoize';

// Every message rule memoizes its judgement of each distinct text. A million distinct per-row
// messages filled each memo with texts that never came back, and V8 let the main thread's heap grow
// to four times that live set (issue 27: 687 MB peak RSS at 1M rows with the 2,000,000-character
// bound, 177 MB with 250,000). What a memo keeps is bounded by count and by characters.
describe('memoize', () => {
  const counted = () => {
    const calls = new Map<string, number>();
    const memo = memoize((text: string) => {
      calls.set(text, (calls.get(text) ?? 0) + 1);
      return text.length;
    });
    return { memo, calls };
  };

  it('judges a text once while it is kept', () => {
    const { memo, calls } = counted();
    for (let i = 0; i < 3; i++)
      for (const text of ['oui', 'non', '2026-12-01']) expect(memo(text)).toBe(text.length);
    expect([...calls.values()]).toEqual([1, 1, 1]);
  });

  it('keeps texts of at most 250,000 characters in all: past that, each is judged every time', () => {
    const { memo, calls } = counted();
    const texts = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(4, '0')}${'x'.repeat(996)}`);
    for (let round = 0; round < 2; round++) for (const text of texts) memo(text);
    expect(texts.slice(0, 250).every((t) => calls.get(t) === 1)).toBe(true);
    expect(texts.slice(250).every((t) => calls.get(t) === 2)).toBe(true);
  });

  it('keeps at most 10,000 short texts', () => {
    const { memo, calls } = counted();
    const texts = Array.from({ length: 10_050 }, (_, i) => `cell ${i}`);
    for (let round = 0; round < 2; round++) for (const text of texts) memo(text);
    expect(texts.filter((t) => calls.get(t) === 1)).toHaveLength(10_000);
  });

  it('remembers undefined and null verdicts too', () => {
    let calls = 0;
    const memo = memoize((text: string) => {
      calls++;
      return text === 'none' ? undefined : null;
    });
    for (let i = 0; i < 3; i++) {
      expect(memo('none')).toBeUndefined();
      expect(memo('null')).toBeNull();
    }
    expect(calls).toBe(2);
  });
});
