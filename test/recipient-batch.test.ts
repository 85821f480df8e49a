import { BATCH_CHARS, BATCH_RECORDS, cellOf, layout, RawWriter } from '../src/recipients/batch';

/** Adds records until the writer asks to be sent; returns how many it took. */
function fill(writer: RawWriter, record: (n: number) => string[]): number {
  let n = 0;
  while (!writer.full) writer.add(record(n), 2 + n++);
  return n;
}

describe('RawWriter batches', () => {
  it.each([
    ['records of one short cell (6 characters)', BATCH_RECORDS, 1, 6],
    ['20 columns of 20 characters', Math.ceil(BATCH_CHARS / 400), 20, 20],
    ['one cell as long as a whole batch', 1, 1, BATCH_CHARS],
  ])('%s: sent after %i record(s)', (_name, expected, columns, width) => {
    const writer = new RawWriter(BATCH_RECORDS);
    const record = (n: number) => Array.from({ length: columns }, (_, c) => `${n}:${c}`.padEnd(width, 'x'));
    expect(fill(writer, record)).toBe(expected);
    expect(writer.records).toBe(expected);
  });

  it('hands over every cell and line, then starts empty (character count included)', () => {
    const writer = new RawWriter(BATCH_RECORDS);
    const wide = (n: number) => [`+33 6 12 34 56 ${n % 100}`, 'é'.repeat(300), `${n}`];
    const n = fill(writer, wide);
    const batch = writer.take();
    expect(batch.records).toBe(n);
    const at = layout(batch.records, batch.cells);
    let first = 0;
    for (let r = 0; r < n; r++) {
      const count = batch.data[at.counts + r];
      expect(batch.data[at.lines + r]).toBe(2 + r);
      expect([0, 1, 2].map((i) => cellOf(batch.text, batch.data, first, count, i))).toEqual(wide(r));
      first += count;
    }
    expect(writer.records).toBe(0);
    expect(fill(writer, wide)).toBe(n); // the character count started again from zero
  });
});
