import { graphemes } from '../src/law/sms/graphemes';
import { lintCampaignText } from './helpers/message-lint';

// Issue 18: message rules are linear in the message length (Intl.Segmenter alone is quadratic).
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

  it('takes linear time: 1,000,000 characters in well under a few seconds', () => {
    const text = 'Boutique Léa : c’est -30% ! '.repeat(36_000);
    const started = Date.now();
    let count = 0;
    for (const g of graphemes(text)) if (g.segment.length > 0) count++;
    expect(count).toBe(text.length);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

it('message-encoding judges a 300,000-character message in seconds (88 s before)', async () => {
  const started = Date.now();
  const messages = await lintCampaignText('Boutique Léa : c’est -30% ! '.repeat(10_800) + 'STOP au 36173');
  expect(messages.some((m) => m.includes('U+2019'))).toBe(true);
  expect(Date.now() - started).toBeLessThan(20_000);
});
