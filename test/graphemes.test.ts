import { graphemes } from '../src/law/sms/graphemes';

// Issue 18: message rules are linear in the message length (Intl.Segmenter alone is quadratic); npm
// run bench times long texts (scripts/bench-texts.js), the tests check the cuts.
const whole = (text: string) =>
  [...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(text)].map(
    (g) => `${g.index}:${g.segment}`,
  );

describe('graphemes', () => {
  const PARTS = [
    'a',
    'B',
    ' ',
    'e\u0301',
    'é',
    '’',
    '👩‍👩‍👧',
    '🇫🇷',
    '\r\n',
    '\n',
    'ᄀ',
    'ᅡ',
    'ᆨ',
    'क्षि',
    '\u0600',
    '😀',
    '‍',
    '\u0301',
  ];
  it('cuts texts exactly as Intl.Segmenter does, including long runs without ASCII', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 6; round++) {
      const pool = round % 2 === 0 ? PARTS : PARTS.filter((p) => !/[ -~]/.test(p));
      let text = '';
      while (text.length < 5_000) text += pool[Math.floor(random() * pool.length)];
      expect([...graphemes(text)].map((g) => `${g.index}:${g.segment}`)).toEqual(whole(text));
    }
  });
});
