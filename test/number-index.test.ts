import { NumberIndex, numberKey } from '../src/number-index';

describe('NumberIndex', () => {
  it('agrees with a Map on 300,000 keys, including 0 and growth', () => {
    const index = new NumberIndex(4);
    const map = new Map<number, number>();
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let i = 0; i < 300_000; i++) {
      const key = i % 1000 === 0 ? 0 : random() < 0.3 ? 33600000000 + Math.floor(random() * 2000) : Math.floor(random() * 999999999999999);
      const expected = map.has(key) ? (map.get(key) as number) : -1;
      if (!map.has(key)) map.set(key, i);
      expect(index.firstLineOr(key, i)).toBe(expected);
    }
    expect(index.size).toBe(map.size);
  });
  it('numeric keys only while exact', () => {
    expect(numberKey('+33612345678')).toBe(33612345678);
    expect(numberKey('+00')).toBe(0);
    expect(numberKey('+1234567890123456')).toBeNull();
  });
});
