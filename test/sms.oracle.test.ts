import { readFileSync } from 'fs';
import path from 'path';
import { analyzeSms, detectEncoding, isGsm7, safeReplacement, type Encoding } from '../src/law/sms/gsm7';
import { ORACLES } from './helpers/paths';
import { readOracleCsv } from './helpers/csv-file';

interface Vector {
  id: string;
  generic_oracle: boolean;
  description: string;
  text: string;
  expected: Record<string, unknown>;
}

describe('SMS segments against the public test vectors', () => {
  const vectors = (
    JSON.parse(readFileSync(path.join(ORACLES, 'sms/segments.json'), 'utf8')) as Vector[]
  ).filter((v) => v.generic_oracle);

  it('has the 117 generic vectors', () => expect(vectors).toHaveLength(117));

  it.each(vectors.map((v) => [`${v.id} ${v.description}`, v] as const))('%s', (_name, v) => {
    const e = v.expected;
    const forced = e.forced_encoding as Encoding | undefined;
    const a = analyzeSms(v.text, forced);
    const actual: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    const check = (key: string, value: unknown) => {
      if (e[key] === undefined) return;
      expected[key] = e[key];
      actual[key] = value;
    };
    check('encoding', a.encoding);
    check('encoding_implied_by_chars_per_segment', a.encoding);
    check('segments', a.segments);
    check('length_units', a.units);
    check('total_septets', a.units);
    check('total_utf16_units', a.units);
    check('per_message', a.perSegment);
    check('chars_per_segment', a.perSegment);
    check('remaining', a.remaining);
    check('chars_available_in_last_segment', a.remaining);
    check('message_bits', a.units * (a.encoding === 'GSM-7' ? 7 : 16));
    check(
      'total_bits_with_udh',
      a.units * (a.encoding === 'GSM-7' ? 7 : 16) + (a.segments > 1 ? 48 * a.segments : 0),
    );
    check('non_gsm_characters', [...new Set([...v.text].filter((c) => !isGsm7(c)))]);
    check('total_characters_codepoints', [...v.text].length);
    // Twilio's counters: code points (CR LF counts 2) and user-perceived characters.
    check('characters_twilio', [...v.text].length);
    check('unicode_scalars', [...v.text].length);
    check('graphemes', [...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(v.text)].length);
    if (Array.isArray(e.parts)) {
      expected.parts = (e.parts as Array<Record<string, unknown>>).map((p) => ({
        content: p.content,
        units: p.septets ?? p.utf16_units,
      }));
      actual.parts = a.parts.map((p) => ({ content: p.content, units: p.units }));
    }
    if (e.segment_index_of_char) {
      const index: Record<string, number> = {};
      let position = 0;
      a.parts.forEach((part, segment) =>
        [...part.content].forEach(() => (index[String(position++)] = segment)),
      );
      expected.segment_index_of_char = e.segment_index_of_char;
      actual.segment_index_of_char = Object.fromEntries(
        Object.keys(e.segment_index_of_char).map((k) => [k, index[k]]),
      );
    }
    if (e.first_segment_used_units !== undefined) check('first_segment_used_units', a.parts[0].units);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('agrees with the GSM 03.38 table for every primary character (ç/Ç policy aside)', () => {
    const table = JSON.parse(
      readFileSync(path.join(ORACLES, 'sms/gsm7_charset_unicode_gsm0338.json'), 'utf8'),
    ).characters as Array<{ char: string; table: string; status: string; septets: number }>;
    for (const row of table.filter((r) => r.status === 'primary')) {
      if (row.char === 'ç') continue;
      expect({ char: row.char, gsm: isGsm7(row.char), septets: analyzeSms(row.char, 'GSM-7').units }).toEqual(
        { char: row.char, gsm: true, septets: row.septets },
      );
    }
  });

  it('classifies the French characters as the derived table says', () => {
    const rows = readOracleCsv(path.join(ORACLES, 'sms/french_chars_gsm7_derived.csv'));
    expect(rows.length).toBeGreaterThan(70);
    for (const { unicode, gsm7_class: klass } of rows) {
      const char = unicode
        .split(' ')
        .map((u) => String.fromCodePoint(parseInt(u.slice(2), 16)))
        .join('');
      if (klass === 'ambiguous_0x09') continue;
      expect({ char, gsm: isGsm7(char) }).toEqual({ char, gsm: klass === 'basic' || klass === 'extension' });
    }
  });
});

describe('French characters and safe replacements', () => {
  it.each([...'éèùàÉÇ€'])('%s is GSM-7', (c) => expect(isGsm7(c)).toBe(true));
  it.each([...'âêëîïôûœçÀ«»’…\u00a0'])('%s is not GSM-7', (c) => expect(isGsm7(c)).toBe(false));
  it('€ costs 2 septets', () => expect(analyzeSms('€').units).toBe(2));
  it.each([
    ['’', "'"],
    ['«', '"'],
    ['…', '...'],
    ['\u00a0', ' '],
    ['\u202f', ' '],
    ['e\u0301', 'é'],
  ])('%j → %j', (from, to) => expect(safeReplacement(from)).toBe(to));
  it('no safe replacement for ê or ç', () => {
    expect(safeReplacement('ê')).toBeNull();
    expect(safeReplacement('ç')).toBeNull();
  });
  it('a typographic apostrophe halves the characters per SMS', () => {
    expect(analyzeSms('a'.repeat(100)).segments).toBe(1);
    expect(analyzeSms(`${'a'.repeat(99)}’`).segments).toBe(2);
    expect(detectEncoding('L’offre')).toBe('UCS-2');
  });
});
