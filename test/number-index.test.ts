import { mkdtempSync, readdirSync, rmSync } from 'fs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { TempScratch } from '../src/recipients/scratch';
import { DuplicateIndex } from '../src/recipients/duplicates';
import { NumberIndex, numberKey, scramble, SMALL, unscramble } from '../src/recipients/number-index';
import type { Scratch } from '../src/recipients/scratch';

/** Drives an index and a Map side by side; returns how many answers differed. */
function differences(
  index: NumberIndex,
  keys: (i: number) => number,
  count: number,
  lineOf = (i: number) => i,
): number {
  const map = new Map<number, number>();
  let wrong = 0;
  for (let i = 0; i < count; i++) {
    const key = keys(i);
    const expected = map.has(key) ? (map.get(key) as number) : -1;
    if (!map.has(key)) map.set(key, lineOf(i));
    if (index.put(scramble(key), lineOf(i)) !== expected) wrong++;
  }
  return wrong + Math.abs(index.size - map.size);
}

describe('NumberIndex', () => {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;

  it('agrees with a Map on 100,000 keys: 0, the largest key, dense French ranges and repeats', () => {
    const keys = (i: number) =>
      i % 1000 === 0
        ? 0
        : i % 1001 === 0
          ? 999999999999999
          : random() < 0.3
            ? 33600000000 + Math.floor(random() * 2000)
            : Math.floor(random() * 999999999999999);
    expect(differences(new NumberIndex(4), keys, 100_000)).toBe(0);
  });

  it('grows past its planned size, again and again: 40,000 numbers in a table made for 1,945, then each again', () => {
    // Keys of 40 bits (one part of a split key space) allow a table of 256 buckets: planned for 1,000
    // numbers it holds 1,945, and must double five times. (At 50 bits the smallest table holds 1.9
    // million: growing it is the same code, only slower to reach.)
    const index = new NumberIndex(1000, 40);
    const distinct = 40_000;
    const h = (i: number) => (i * 2654435761) % 2 ** 40; // an odd multiplier: distinct keys, spread over the buckets
    let wrong = 0;
    for (let i = 0; i < 2 * distinct; i++) {
      const expected = i < distinct ? -1 : i - distinct;
      if (index.put(h(i % distinct), i) !== expected) wrong++;
    }
    expect(wrong).toBe(0);
    expect(index.size).toBe(distinct);
  });

  it('numbers that all want the same bucket: 8 buckets of linear probing, then the overflow map', () => {
    // The inverse of the Feistel scramble gives keys whose H share one home bucket.
    const buckets = 1 << 18;
    const hs = Array.from({ length: 200 }, (_, q) => (q * 977 + 3) * buckets + 12345);
    const keys = hs.map(unscramble).filter((k) => k < 1e15); // phone numbers have at most 15 digits
    expect(hs.map(unscramble).map(scramble)).toEqual(hs);
    expect(keys.length).toBeGreaterThan(100);
    // Planned for SMALL numbers: the table from the start (below, numbers wait in a Map).
    expect(differences(new NumberIndex(SMALL), (i) => keys[i % keys.length], keys.length * 3)).toBe(0);
  });

  it('keeps lines beyond 2^29 exactly', () => {
    for (const planned of [0, SMALL]) {
      const index = new NumberIndex(planned);
      const big = 2 ** 29 + 5;
      expect(index.put(scramble(33612345678), big)).toBe(-1);
      expect(index.put(scramble(33612345678), 2)).toBe(big);
      expect(index.put(scramble(33612345679), 3)).toBe(-1);
      expect(index.put(scramble(33612345679), 4)).toBe(3);
    }
  });

  it('starts as a Map, then moves its numbers into the table at SMALL numbers: every line kept', () => {
    const index = new NumberIndex();
    const key = (i: number) => 33600000000 + i * 7919;
    // A line beyond 2^29 crosses over too (it goes to the table's overflow).
    const lineOf = (i: number) => (i === 5 ? 2 ** 29 + 5 : i);
    expect(differences(index, (i) => key(i % (SMALL + 50)), 3 * SMALL, lineOf)).toBe(0);
    expect(index.size).toBe(SMALL + 50);
    expect(index.get(scramble(key(5)))).toBe(2 ** 29 + 5);
    expect(index.get(scramble(key(SMALL + 49)))).toBe(SMALL + 49);
    expect(index.get(scramble(key(SMALL + 50)))).toBe(-1);
    const seen: number[] = [];
    index.forEach((_h, line) => seen.push(line));
    expect(seen.sort((a, b) => a - b)).toEqual(
      Array.from({ length: SMALL + 50 }, (_, i) => lineOf(i)).sort((a, b) => a - b),
    );
  });

  it('unscramble undoes scramble', () => {
    for (const key of [0, 1, 33612345678, 999999999999999, 2 ** 50 - 1, 123456789012345])
      expect(unscramble(scramble(key))).toBe(key);
  });

  it('numeric keys only while exact', () => {
    expect(numberKey('+33612345678')).toBe(33612345678);
    // Leading zeros would make "+00" and "+000" one key (and read back as "+0"): those stay strings.
    for (const notExact of ['+00', '+000', '+0612345678', '0612345678'])
      expect(numberKey(notExact)).toBeNull();
    expect(numberKey('+1234567890123456')).toBeNull();
    expect(numberKey('+999999999999999')).toBe(999999999999999); // 15 digits: the largest exact key
    for (const notDigits of ['+', '', '+33 6', '+3361234567a', '+-1'])
      expect(numberKey(notDigits)).toBeNull();
  });
});

/** A scratch space in memory, for the index's own logic. */
function memoryScratch(): Scratch {
  let bytes = new Uint8Array(1 << 16);
  let size = 0;
  return {
    append: (chunk) => {
      if (size + chunk.length > bytes.length) {
        const larger = new Uint8Array(Math.max(2 * bytes.length, size + chunk.length));
        larger.set(bytes.subarray(0, size));
        bytes = larger;
      }
      bytes.set(chunk, size);
      size += chunk.length;
      return size - chunk.length;
    },
    read: (offset, into) => {
      if (offset + into.length > size) throw new RangeError('never written');
      into.set(bytes.subarray(offset, offset + into.length));
      return into;
    },
    dispose: () => (bytes = new Uint8Array(0)),
  };
}

describe('DuplicateIndex', () => {
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;

  /** Every answer of a DuplicateIndex against a Map, row by row: how many differ, and how many repeats. */
  function compare(
    expected: number,
    numbers: string[],
    lineOf = (i: number) => i + 2,
    spill?: { scratch: () => Scratch; keepAtMost: number },
  ) {
    const index = new DuplicateIndex(expected, spill?.keepAtMost, spill?.scratch);
    const map = new Map<string, number>();
    let wrong = 0;
    let repeats = 0;
    numbers.forEach((e164, i) => {
      const line = lineOf(i);
      const first = map.get(e164);
      if (first === undefined) map.set(e164, line);
      else repeats++;
      if (index.firstLine(e164, line) !== (first ?? 0)) wrong++;
    });
    index.dispose();
    return { wrong, repeats };
  }

  /** Repeats of recent numbers, of very old ones, of one number many times; 0, the largest key, a 17-digit string. */
  function campaignNumbers(count: number): string[] {
    const recent: string[] = [];
    return Array.from({ length: count }, (_, i) => {
      const r = random();
      const e164 =
        i % 5000 === 0
          ? '+0'
          : i % 5001 === 0
            ? '+999999999999999'
            : i % 4999 === 0
              ? '+33612345678901234'
              : r < 0.01 && recent.length
                ? recent[Math.floor(random() * recent.length)]
                : r < 0.02
                  ? '+33612345678'
                  : r < 0.3
                    ? `+${33600000000 + Math.floor(random() * 100_000)}`
                    : `+${Math.floor(random() * 999999999999999)}`;
      recent[i % 300] = e164;
      return e164;
    });
  }

  it.each([
    ['a small campaign (one part)', 1000, 20_000],
    ['a million planned (64 parts)', 1_000_000, 200_000],
    ['planned far too small (10 numbers for 150,000)', 10, 150_000],
  ])('gives each repeat its first line: %s', (_, expected, count) => {
    const { wrong, repeats } = compare(expected, campaignNumbers(count));
    expect(repeats).toBeGreaterThan(count / 50);
    expect(wrong).toBe(0);
  });

  describe('past keepAtMost numbers, with runs in a scratch space', () => {
    // The runs go to a scratch space in memory, except in the last case: the file's masking costs
    // 20 times more inside jest's sandbox than in Node, and TempScratch is tested on its own below.
    it.each([
      ['many runs of one part', 1000, 1000, 20_000, memoryScratch],
      ['runs of 8 parts, planned right', 200_000, 100_000, 200_000, memoryScratch],
      ['runs of 4 parts, planned too large', 5_000_000, 40_000, 200_000, memoryScratch],
      ['a run every 300 numbers, planned too small, in a file', 10, 300, 4_000, () => new TempScratch()],
    ])('gives each repeat its first line across runs: %s', (_, expected, keepAtMost, count, make) => {
      let written = 0;
      const counting = (): Scratch => {
        const scratch = make();
        return {
          append: (bytes) => ((written += bytes.length), scratch.append(bytes)),
          read: (offset, into) => scratch.read(offset, into),
          dispose: () => scratch.dispose(),
        };
      };
      const { wrong, repeats } = compare(expected, campaignNumbers(count), undefined, {
        scratch: counting,
        keepAtMost,
      });
      expect(written).toBeGreaterThan(0); // runs were written
      expect(repeats).toBeGreaterThan(count / 50);
      expect(wrong).toBe(0);
    });

    it('keeps every line exactly, to 2^32 - 1, through a run', () => {
      const lines = [2 ** 29 + 5, 2 ** 32 - 1, 7, 8, 9, 10];
      const index = new DuplicateIndex(100, 2);
      const answers = [
        '+33612345678',
        '+33612345679',
        '+33612345670',
        '+33612345678',
        '+33612345679',
        '+33612345670',
      ].map((e164, i) => index.firstLine(e164, lines[i]));
      index.dispose();
      expect(answers).toEqual([0, 0, 0, 2 ** 29 + 5, 2 ** 32 - 1, 7]);
    });

    it('holds only the numbers since the last run in memory, and removes its file', () => {
      const runs: number[] = [];
      let disposed = 0;
      const index = new DuplicateIndex(10_000, 1000, () => ({
        append: (bytes) => (runs.push(bytes.length), 0),
        read: (_, into) => into,
        dispose: () => disposed++,
      }));
      for (let i = 0; i < 10_000; i++) index.firstLine(`+${33600000000 + i}`, i + 2);
      index.dispose();
      // A run per 1,000 numbers, written in blocks of 256 entries (12 bytes each).
      expect(runs.length).toBe(10 * Math.ceil(1000 / 256));
      expect(runs.every((n) => n === 256 * 12)).toBe(true);
      expect(disposed).toBe(1);
    });
  });
});

describe('TempScratch', () => {
  const inFolder = <T>(use: (folder: string) => T): T => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'scratch-test-'));
    try {
      return use(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  it('gives back what was stored, from any offset', () => {
    const scratch = new TempScratch();
    const chunks = [3, 16, 1, 1000, 17, 0, 70_000].map((n, k) =>
      Uint8Array.from({ length: n }, (_, i) => (i * 7 + k) & 0xff),
    );
    const offsets = chunks.map((c) => scratch.append(c));
    expect(offsets).toEqual([0, 3, 19, 20, 1020, 1037, 1037]);
    const read = (offset: number, length: number) =>
      Buffer.from(scratch.read(offset, new Uint8Array(length)));
    chunks.forEach((c, k) => expect(read(offsets[k], c.length).equals(Buffer.from(c))).toBe(true));
    expect(
      read(5, 30).equals(Buffer.concat([chunks[1].subarray(2), chunks[2], chunks[3].subarray(0, 15)])),
    ).toBe(true);
    expect(read(1040, 1000).equals(Buffer.from(chunks[6].subarray(3, 1003)))).toBe(true); // written byte by byte, read word by word
    expect(() => read(71_000, 100)).toThrow(/never written/);
    scratch.dispose();
  });

  it('writes nothing readable, leaves no file, and makes none until needed', () => {
    inFolder((folder) => {
      const written: Buffer[] = [];
      const realWrite = fs.writeSync;
      const spy = jest.spyOn(fs, 'writeSync').mockImplementation(((
        fd: number,
        buffer: Uint8Array,
        ...rest: number[]
      ) => {
        written.push(Buffer.from(buffer));
        return (realWrite as (...args: unknown[]) => number)(fd, buffer, ...rest);
      }) as typeof fs.writeSync);
      try {
        const scratch = new TempScratch(folder);
        expect(readdirSync(folder)).toEqual([]); // nothing until the first append
        const plain = Buffer.from('+33612345678;+33612345679;'.repeat(100));
        scratch.append(plain);
        if (process.platform !== 'win32') expect(readdirSync(folder)).toEqual([]); // unlinked while open
        expect(written.length).toBeGreaterThan(0);
        expect(Buffer.concat(written).includes(Buffer.from('33612345678'))).toBe(false);
        expect(Buffer.from(scratch.read(0, new Uint8Array(plain.length))).equals(plain)).toBe(true);
        expect(plain.includes(Buffer.from('33612345678'))).toBe(true); // what was given is left as it was
        scratch.dispose();
        expect(readdirSync(folder)).toEqual([]);
        const other = new TempScratch(folder);
        const before = written.length;
        other.append(plain);
        other.dispose();
        expect(Buffer.concat(written.slice(before)).equals(Buffer.concat(written.slice(0, before)))).toBe(
          false,
        ); // each has its own random key
      } finally {
        spy.mockRestore();
      }
    });
  });

  it('says where it could not write, and what to do', () => {
    inFolder((folder) => {
      expect(() => new TempScratch(path.join(folder, 'missing')).append(new Uint8Array(4))).toThrow(
        /temporary folder in .*missing.*set TMPDIR/,
      );
    });
  });
});
