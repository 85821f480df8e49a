import {
  BATCH_CHARS,
  BATCH_RECORDS,
  batchTaken,
  BatchSender,
  cellOf,
  layout,
  RawWriter,
  type Batch,
} from '../src/recipients/batch';
import { SpanMemo } from '../src/recipients/span-memo';

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

describe('SpanMemo: a reading per distinct cell text, found in place', () => {
  it('gives the reading of the trimmed cell, reading each kept text once', () => {
    // Spellings that differ by a space or a case, cells past the 64 characters kept, more distinct
    // cells than are kept (4,096), and the empty cell: every look-up is the reading of its cell.
    const cells = [
      ...['oui', ' oui', 'oui ', 'Oui', 'OUI', '', ' ', '\u00a0non\u00a0', 'x'],
      'o'.repeat(64),
      'o'.repeat(65),
      ` ${'é'.repeat(200)} `,
      ...Array.from({ length: 6000 }, (_, n) => `2025-${(n % 12) + 1}-${n}`),
    ];
    const text = `;${cells.join(';')};`;
    const spans: Array<[number, number]> = [];
    for (let from = 1, i = 0; i < cells.length; from += cells[i++].length + 1)
      spans.push([from, from + cells[i].length]);
    const memo = new SpanMemo<string>();
    const calls = new Map<string, number>();
    const read = (cell: string) => {
      calls.set(cell, (calls.get(cell) ?? 0) + 1);
      return `<${cell}>`;
    };
    const expected = cells.map((cell) => `<${cell.trim()}>`);
    for (let pass = 0; pass < 3; pass++)
      expect(spans.map(([from, to]) => memo.get(text, from, to, read))).toEqual(expected);
    expect(memo.get('', 0, 0, read)).toBe('<>');
    // The first cells (the vocabulary's spellings) were kept: read once, each raw spelling apart.
    expect(calls.get('oui')).toBe(3); // 'oui', ' oui', 'oui ': three raw texts, one reading each
    expect(calls.get('OUI')).toBe(1);
    expect(calls.get('2025-1-0')).toBe(1); // kept
    expect(calls.get('2025-12-5999')).toBe(3); // past the 4,096 cells kept: read every time
    expect(calls.get('o'.repeat(64))).toBe(1);
    expect(calls.get('o'.repeat(65))).toBe(3); // too long to keep: read at every look-up
  });

  it('stops searching a full memo that keeps missing, and still gives every reading', () => {
    const cells = ['oui', ...Array.from({ length: 20_000 }, (_, n) => `2025-01-01 10:${n}`), 'oui'];
    const text = cells.join(';');
    const memo = new SpanMemo<string>();
    let reads = 0;
    const read = (cell: string) => {
      reads++;
      return `<${cell}>`;
    };
    let from = 0;
    const got = cells.map((cell) => {
      const value = memo.get(text, from, from + cell.length, read);
      from += cell.length + 1;
      return value;
    });
    expect(got).toEqual(cells.map((cell) => `<${cell}>`));
    expect(reads).toBe(cells.length); // the last 'oui' was read again: the memo is no longer searched
  });
});

describe('BatchSender: one wake-up for many batches while the next stage sleeps', () => {
  const batch = (n: number): Batch => ({
    records: n,
    cells: 0,
    text: '',
    data: new Uint32Array(1),
    phoneText: '',
    fresh: [],
  });
  function setUp() {
    const inFlight = new Int32Array(new SharedArrayBuffer(4));
    const posted: Array<string | number> = [];
    const port = {
      postMessage: (message: unknown) => {
        const m = message as { type: string; batch?: Batch };
        posted.push(m.type === 'rows' ? (m.batch as Batch).records : m.type);
      },
    };
    return { inFlight, posted, sender: new BatchSender(inFlight, port) };
  }

  it('holds batches while the next stage has taken every one: 1, 2, 4… then 32 at once, in order', () => {
    const { inFlight, posted, sender } = setUp();
    const sent: number[] = []; // how many were posted after each send
    for (let n = 1; n <= 63 + 32; n++) {
      sender.send(batch(n));
      sent.push(posted.length);
      while (Atomics.load(inFlight, 0) > 0) batchTaken(inFlight); // the next stage takes all, and sleeps
    }
    expect(posted).toEqual(Array.from({ length: 95 }, (_, i) => i + 1));
    // Wake-ups after batches 1, 3, 7, 15, 31, 63 (holding 1, 2, 4, 8, 16, 32), then every 32.
    const wakes = sent.flatMap((count, i) => (count > (sent[i - 1] ?? 0) ? [i + 1] : []));
    expect(wakes).toEqual([1, 3, 7, 15, 31, 63, 95]);
  });

  it('posts at once while the next stage still has batches to take', () => {
    const { inFlight, posted, sender } = setUp();
    sender.send(batch(1)); // the first is posted at once (holding 1)
    for (let n = 2; n <= 40; n++) sender.send(batch(n)); // batch 1 not taken: the next stage is busy
    expect(posted).toHaveLength(40);
    for (let n = 0; n < 40; n++) batchTaken(inFlight); // it took them all, and sleeps
    sender.send(batch(41));
    expect(posted).toHaveLength(40); // held (2 at most now)
  });

  it('posts what it holds before any other message (header, footer rows, end, error)', () => {
    const { posted, sender } = setUp();
    sender.send(batch(1));
    sender.send(batch(2));
    sender.say({ type: 'end' });
    expect(posted).toEqual([1, 2, 'end']);
  });
});
