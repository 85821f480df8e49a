import {
  cappedList,
  defineRule,
  eachMessage,
  graphemes,
  isGsm7,
  memoize,
  safeReplacement,
  textCost,
  type Localized,
} from '../../src/rule-kit';

const NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'no-break space',
  '\u202f': 'narrow no-break space',
  '\u2009': 'thin space',
  '\u200b': 'zero-width space',
  '\u2019': '’',
  '\u2018': '‘',
  '\u201c': '“',
  '\u201d': '”',
  '\u00ab': '«',
  '\u00bb': '»',
  '\u2026': '…',
  '\u2013': '–',
  '\u2014': '—',
};

/** Code points listed for one character (a letter with many combining marks): the rest are counted. */
const CODES_LISTED = 8;

/** A visible name for a character: itself when printable, its code points for spaces and marks. */
function show(char: string): Localized {
  const codes = [...char].map(
    (c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  const code = cappedList(codes, CODES_LISTED, ' ');
  const visible = NAMES[char] ?? (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? char : null);
  return visible && typeof code === 'string' ? `"${visible}" (${code})` : code;
}

const inLang = (value: Localized, lang: 'en' | 'fr') => (typeof value === 'string' ? value : value[lang]);

interface Finding {
  char: string;
  positions: number[];
  offset: number;
  replacement: string | null;
}

/** Every character (grapheme, so decomposed accents stay whole) that forces UCS-2, with its 1-based positions. */
function findUnicode(text: string): Finding[] {
  // Every code unit GSM-7 (most messages, and every distinct per-row message of a mail merge): no
  // grapheme can force UCS-2, and the text is read once by its codes.
  if (textCost(text).gsm) return [];
  const byChar = new Map<string, Finding>();
  let position = 0;
  for (const { segment, index } of graphemes(text)) {
    position++;
    if ([...segment].every(isGsm7)) continue;
    const found = byChar.get(segment);
    if (found) found.positions.push(position);
    else
      byChar.set(segment, {
        char: segment,
        positions: [position],
        offset: index,
        replacement: safeReplacement(segment),
      });
  }
  return [...byChar.values()];
}

const list = (positions: number[]) =>
  positions.length > 6 ? `${positions.slice(0, 6).join(', ')}…` : positions.join(', ');

export default defineRule({
  meta: {
    id: 'message-encoding',
    description: {
      en: 'Disallow characters that force UCS-2 encoding (70 characters per SMS instead of 160)',
      fr: "Interdit les caractères qui imposent l'encodage UCS-2 (70 caractères par SMS au lieu de 160)",
    },
    defaultSeverity: 'warning',
    channels: ['sms'],
    messages: {
      replaceable: {
        en: '{{char}} at position {{positions}} forces UCS-2 (70 characters per SMS instead of 160): replace it with {{replacement}}',
        fr: "{{char}} en position {{positions}} impose l'UCS-2 (70 caractères par SMS au lieu de 160) : remplacez-le par {{replacement}}",
      },
      notGsm: {
        en: '{{char}} at position {{positions}} forces UCS-2 (70 characters per SMS instead of 160) and has no GSM-7 equivalent',
        fr: "{{char}} en position {{positions}} impose l'UCS-2 (70 caractères par SMS au lieu de 160) et n'a pas d'équivalent GSM-7",
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const judge = memoize(findUnicode);
    return eachMessage(campaign, (text, at) => {
      for (const f of judge(text)) {
        const data = {
          char: show(f.char),
          positions: list(f.positions),
          replacement:
            f.replacement === ''
              ? { en: 'nothing (delete it)', fr: 'rien (supprimez-le)' }
              : `"${f.replacement}"`,
        };
        const fix =
          f.replacement === null
            ? undefined
            : {
                en: `replace ${inLang(show(f.char), 'en')} with "${f.replacement}"`,
                fr: `remplacer ${inLang(show(f.char), 'fr')} par « ${f.replacement} »`,
              };
        context.report({
          messageId: f.replacement === null ? 'notGsm' : 'replaceable',
          data,
          location: at(f.offset),
          fix,
        });
      }
    });
  },
});
