import { NumberIndex, numberKey, ROUND_MULTIPLIERS, scramble } from '../src/number-index';

/** Drives an index and a Map side by side; returns how many answers differed. */
function differences(index: NumberIndex, keys: (i: number) => number, count: number, lineOf = (i: number) => i): number {
  const map = new Map<number, number>();
  let wrong = 0;
  for (let i = 0; i < count; i++) {
    const key = keys(i);
    const expected = map.has(key) ? (map.get(key) as number) : -1;
    if (!map.has(key)) map.set(key, lineOf(i));
    if (index.firstLineOr(key, lineOf(i)) !== expected) wrong++;
  }
  return wrong + Math.abs(index.size - map.size);
}

describe('NumberIndex', () => {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;

  it('agrees with a Map on 300,000 keys: 0, the largest key, dense French ranges and repeats', () => {
    const keys = (i: number) =>
      i % 1000 === 0 ? 0 : i % 1001 === 0 ? 999999999999999 : random() < 0.3 ? 33600000000 + Math.floor(random() * 2000) : Math.floor(random() * 999999999999999);
    expect(differences(new NumberIndex(4), keys, 300_000)).toBe(0);
  });

  it('grows past its planned size: 2,100,000 consecutive numbers, then each again', () => {
    // Planned for 1,000 numbers, the smallest table holds 1.9 million: it must grow once.
    const index = new NumberIndex(1000);
    const distinct = 2_100_000;
    let wrong = 0;
    for (let i = 0; i < distinct + 100_000; i++) {
      const expected = i < distinct ? -1 : i - distinct;
      if (index.firstLineOr(33612000000 + (i % distinct), i) !== expected) wrong++;
    }
    expect(wrong).toBe(0);
    expect(index.size).toBe(distinct);
  });

  it('numbers that all want the same bucket: 8 buckets of linear probing, then the overflow map', () => {
    // The inverse of the Feistel scramble gives keys whose H share one home bucket.
    const unscramble = (h: number) => {
      let hi = Math.floor(h / 2 ** 25);
      let lo = h - hi * 2 ** 25;
      for (const multiplier of [...ROUND_MULTIPLIERS].reverse()) {
        const mixed = Math.imul(hi ^ (hi >>> 13), multiplier);
        const previousHi = lo ^ ((mixed ^ (mixed >>> 16)) & (2 ** 25 - 1));
        lo = hi;
        hi = previousHi;
      }
      return hi * 2 ** 25 + lo;
    };
    const buckets = 1 << 18;
    const hs = Array.from({ length: 200 }, (_, q) => (q * 977 + 3) * buckets + 12345);
    const keys = hs.map(unscramble).filter((k) => k < 1e15); // phone numbers have at most 15 digits
    expect(hs.map(unscramble).map(scramble)).toEqual(hs);
    expect(keys.length).toBeGreaterThan(100);
    expect(differences(new NumberIndex(), (i) => keys[i % keys.length], keys.length * 3)).toBe(0);
  });

  it('keeps lines beyond 2^29 exactly', () => {
    const index = new NumberIndex();
    const big = 2 ** 29 + 5;
    expect(index.firstLineOr(33612345678, big)).toBe(-1);
    expect(index.firstLineOr(33612345678, 2)).toBe(big);
    expect(index.firstLineOr(33612345679, 3)).toBe(-1);
    expect(index.firstLineOr(33612345679, 4)).toBe(3);
  });

  it('numeric keys only while exact', () => {
    expect(numberKey('+33612345678')).toBe(33612345678);
    // Leading zeros would make "+00" and "+000" one key (and read back as "+0"): those stay strings.
    for (const notExact of ['+00', '+000', '+0612345678', '0612345678']) expect(numberKey(notExact)).toBeNull();
    expect(numberKey('+1234567890123456')).toBeNull();
    expect(numberKey('+999999999999999')).toBe(999999999999999); // 15 digits: the largest exact key
    for (const notDigits of ['+', '', '+33 6', '+3361234567a', '+-1']) expect(numberKey(notDigits)).toBeNull();
  });
});
