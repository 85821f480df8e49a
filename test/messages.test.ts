import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import ts from 'typescript';
import { translateCommanderError } from '../src/cli/messages';
import { frenchTypography, interpolate, localize, plural } from '../src/base/text';
import { localized, say as sayMessage } from '../src/base/messages';
import { en, type Catalogue } from '../src/base/messages/en';
import { fr } from '../src/base/messages/fr';
import { BUILTIN_RULES } from '../src/engine/registry';
import { ROOT } from './helpers/paths';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogue (src/base/messages: en.ts, fr.ts)', () => {
  const names = (entry: string | { one: string; other: string }) =>
    [
      ...new Set(
        typeof entry === 'string'
          ? placeholders(entry)
          : [...placeholders(entry.one), ...placeholders(entry.other)],
      ),
    ].sort();

  it('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  const texts = (entry: string | { one: string; other: string }) =>
    typeof entry === 'string' ? [entry] : [entry.one, entry.other];
  it.each(Object.keys(en) as Array<keyof typeof en>)(
    '%s: both languages, same placeholders, same kind',
    (key) => {
      const english: string | { one: string; other: string } = en[key];
      const french: string | { one: string; other: string } = fr[key];
      expect(typeof french).toBe(typeof english);
      for (const text of [...texts(english), ...texts(french)]) expect(text.trim()).not.toBe('');
      expect(names(french)).toEqual(names(english));
      // A counted text shows its count (at least in the plural form).
      if (typeof english !== 'string') expect(names(english)).toContain('n');
    },
  );

  it('French differs from English, except words the same in both and texts not translated yet', () => {
    const same = (Object.keys(en) as Array<keyof typeof en>).filter(
      (key) => JSON.stringify(en[key]) === JSON.stringify(fr[key]),
    );
    expect(same.sort()).toEqual(
      [
        // The same word in both languages.
        'cli.cleanWritten', // only placeholders: "{{accepted}} ({{acceptedRows}}), …"
        'html.message',
        'html.ruleDoc',
        'html.segments',
        'html.septets',
        'plan.head.utc',
        // A value and where it came from, both filled in the report's language.
        'reading.encoding',
        // English in the French JUnit report before the catalogue: kept so reports stay
        // byte-identical; translating them is an output change of its own.
        'junit.failureMessage',
        'junit.more',
      ].sort(),
    );
  });

  it('every key is said somewhere in src/ (no dead entry)', () => {
    const said = new Set<string>();
    const prefixes: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      if (file.includes(`${path.sep}messages${path.sep}`)) continue;
      const source = parsed(file);
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) said.add(node.text);
        // `count.${noun}`: a key chosen among those that start so.
        if (ts.isTemplateExpression(node) && /^[a-z]+(\.[a-zA-Z]+)*\.$/.test(node.head.text))
          prefixes.push(node.head.text);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    const dead = Object.keys(en).filter((key) => !said.has(key) && !prefixes.some((p) => key.startsWith(p)));
    expect(dead).toEqual([]);
  });

  it('the compiler checks keys and placeholders (npm run typecheck fails on each line below)', () => {
    // @ts-expect-error -- a key French lacks is a compile error (fr.ts is typed by en.ts's keys)
    const partial: Catalogue = { 'count.row': { one: '{{n}} ligne', other: '{{n}} lignes' } };
    const typeOnly = () => [
      // @ts-expect-error -- a misspelt key
      sayMessage('count.rows', 'en', { n: 1 }),
      // @ts-expect-error -- a counted text needs its count
      sayMessage('count.row', 'en', {}),
      // @ts-expect-error -- a placeholder the text does not have
      sayMessage('count.row', 'en', { n: 1, rows: 2 }),
    ];
    expect(partial).toBeDefined();
    expect(typeof typeOnly).toBe('function');
  });

  it('one plural helper: CLDR rules, French 0 and 1 singular, big French numbers plural', () => {
    const rows = (n: number, lang: 'en' | 'fr') => sayMessage('count.row', lang, { n });
    expect([0, 1, 2, 1_000_000].map((n) => rows(n, 'fr'))).toEqual([
      '0 ligne',
      '1 ligne',
      '2 lignes',
      '1\u202f000\u202f000 lignes',
    ]);
    expect([0, 1, 2, 1200].map((n) => rows(n, 'en'))).toEqual(['0 rows', '1 row', '2 rows', '1,200 rows']);
    expect(
      plural(0, {
        en: { one: '{{n}} line', other: '{{n}} lines' },
        fr: { one: '{{n}} ligne', other: '{{n}} lignes' },
      }),
    ).toEqual({ en: '0 lines', fr: '0 ligne' });
  });

  it('said texts: French typography on the text, never on the values; control characters in values escaped', () => {
    expect(localize({ en: 'x', fr: 'Note : « oui » ; vraiment ?' }, 'fr')).toBe(
      'Note\u00a0: «\u00a0oui\u00a0»\u202f; vraiment\u202f?',
    );
    expect(sayMessage('count.row', 'fr', { n: 3 })).toBe('3 lignes');
    expect(sayMessage('report.quoted', 'fr', { text: 'a ; b : c' })).toBe('«\u00a0a ; b : c\u00a0»');
    expect(sayMessage('report.quoted', 'en', { text: '\u001b[31mred' })).toBe('"\\u{1b}[31mred"');
    expect(sayMessage('report.noManifest', 'fr', { paths: 'a.csv' })).toBe(
      'aucune campagne vérifiée\u202f: aucun manifeste de campagne trouvé dans a.csv',
    );
    // localized(): both languages filled as written, typeset when shown (a failure is shown later).
    expect(localized('count.row', { n: 1 })).toEqual({ en: '1 row', fr: '1 ligne' });
  });
});

describe('French typography and the command line', () => {
  it('French typography: no-break space before : and inside « », narrow one before ; ! ?', () => {
    expect(frenchTypography('Note : « oui » ; vraiment ? Oui !')).toBe(
      'Note\u00a0: «\u00a0oui\u00a0»\u202f; vraiment\u202f? Oui\u202f!',
    );
    // Not inside words, URLs or times.
    expect(frenchTypography('https://exemple.fr 10:00 recipients.columns.phone: x')).toBe(
      'https://exemple.fr 10:00 recipients.columns.phone: x',
    );
  });

  it('French text shows dates as 13/01/2027, data included', () => {
    expect(interpolate({ en: 'on {{d}}', fr: 'le {{d}}' }, { d: '2027-01-13' }, 'fr')).toBe('le 13/01/2027');
    expect(interpolate({ en: 'on {{d}}', fr: 'le {{d}}' }, { d: '2027-01-13' }, 'en')).toBe('on 2027-01-13');
  });

  it("Commander's usage errors are said in French", () => {
    expect(
      translateCommanderError("error: unknown option '--formatt'\n(Did you mean --format?)\n", 'fr'),
    ).toBe('erreur\u00a0: option inconnue «\u00a0--formatt\u00a0»\n(Vouliez-vous dire --format\u202f?)\n');
  });
});

describe('rule messages', () => {
  it.each(BUILTIN_RULES.map((r) => [r.meta.id, r] as const))(
    '%s: every message and the description in both languages, same placeholders',
    (_id, rule) => {
      for (const text of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
        expect(typeof text).toBe('object');
        const { en, fr } = text as { en: string; fr: string };
        expect(fr.trim()).not.toBe('');
        expect(placeholders(fr)).toEqual(placeholders(en));
      }
    },
  );
});

// --- the scan: user-visible strings in src/ that are not translated ------------------------------
// A message handed to the functions that make what users read (failures, CLI output) must be a
// translation (`both(…)`, `{ en, fr }`, a catalogue entry), not an English literal.
const SINKS: Record<string, number[]> = {
  inputError: [2, 3], // (file, line, message, hint)
  configError: [2, 3],
  LintFailure: [1, 4], // new LintFailure(kind, message, file, line, hint)
  fail: [1, 2], // the manifest and config readers' own (field, message, hint)
};

/** Each source file of src/ parsed once for the three scans of this file. */
const parsedFiles = new Map<string, ts.SourceFile>();
function parsed(file: string): ts.SourceFile {
  let source = parsedFiles.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    parsedFiles.set(file, source);
  }
  return source;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** An argument that is English text as written: a string or template literal with a word in it. */
function isEnglishLiteral(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return /[a-z]{2}/i.test(node.text);
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].some((t) =>
      /[a-z]{2}/i.test(t),
    );
  if (ts.isConditionalExpression(node))
    return isEnglishLiteral(node.whenTrue) || isEnglishLiteral(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return isEnglishLiteral(node.left) || isEnglishLiteral(node.right);
  return false;
}

function untranslated(file: string): string[] {
  const source = parsed(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : undefined;
      const positions = name && Object.hasOwn(SINKS, name) ? SINKS[name] : undefined; // never Object's own valueOf…
      if (positions && node.arguments)
        for (const i of positions) {
          const arg = node.arguments[i];
          if (arg && isEnglishLiteral(arg)) {
            const { line } = source.getLineAndCharacterOfPosition(arg.getStart());
            found.push(`${path.relative(ROOT, file)}:${line + 1}: ${arg.getText().slice(0, 70)}`);
          }
        }
      // Text written straight to the terminal.
      if (
        ts.isPropertyAccessExpression(callee) &&
        ['stdout', 'stderr'].includes(callee.name.text) &&
        node.arguments?.[0] &&
        isEnglishLiteral(node.arguments[0]) &&
        /[a-z]{3}/i.test(node.arguments[0].getText().replace(/\$\{[^}]*\}|campaign-lint|\\[nrtu]\w*/g, ''))
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText().slice(0, 70)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no untranslated user-visible string in src/', () => {
  it('every failure message, hint and terminal line is given in both languages', () => {
    const found = sourceFiles(path.join(ROOT, 'src')).flatMap(untranslated);
    expect(found).toEqual([]);
  });

  it('the scan catches an English literal (so an empty result means something)', () => {
    const file = path.join(ROOT, 'test', 'helpers', 'untranslated-sample.ts.txt');
    const sample = ts.createSourceFile(
      file,
      "throw inputError('f.csv', 1, 'something went wrong', both('a', 'b'));",
      ts.ScriptTarget.Latest,
      true,
    );
    let hits = 0;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments.some((a, i) => i === 2 && isEnglishLiteral(a))) hits++;
      ts.forEachChild(node, visit);
    };
    visit(sample);
    expect(hits).toBe(1);
  });

  it('say applies French typography to catalogue entries', () => {
    expect(sayMessage('cli.messagesTitle', 'fr')).toBe('Messages\u00a0:');
  });
});

// --- texts in both languages written outside the catalogue ---------------------------------------
// Every core text lives in src/base/messages (en.ts, fr.ts). A `{ en, fr }` literal or a
// `both('…', '…')` / `t('…', '…')` pair elsewhere in src/ is a text the catalogue misses. Exempt:
// src/law/ (legal facts carry their own names and legal bases, as rules carry their messages).
// Every file has been moved: PAIRS_LEFT (a file and how many pairs it may still hold) stays empty.
const PAIRS_LEFT: Readonly<Record<string, number>> = {};

const hasWords = (node: ts.Node | undefined): boolean =>
  !!node &&
  (((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /\p{L}{2}/u.test(node.text)) ||
    (ts.isTemplateExpression(node) &&
      [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].some((t) => /\p{L}{2}/u.test(t))));

/** The pairs of texts in both languages written in a source text (or a parsed file). */
function pairsIn(text: string | ts.SourceFile): number {
  const source =
    typeof text === 'string' ? ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true) : text;
  let pairs = 0;
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map(
        node.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(source), p.initializer]),
      );
      if (props.size === 2 && (hasWords(props.get('en')) || hasWords(props.get('fr')))) pairs++;
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['both', 't'].includes(node.expression.text) &&
      node.arguments.length === 2 &&
      node.arguments.some((a) => hasWords(a))
    )
      pairs++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pairs;
}

describe('texts in both languages live in the catalogue', () => {
  const counts = Object.fromEntries(
    sourceFiles(path.join(ROOT, 'src'))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('src/base/messages/') && !file.startsWith('src/law/'))
      .map((file) => [file, pairsIn(parsed(path.join(ROOT, file)))] as const)
      .filter(([, n]) => n > 0),
  );

  it('no pair of texts outside src/base/messages beyond what is left to move', () => {
    if (process.env.PRINT_PAIRS) console.log(JSON.stringify(counts));
    const over = Object.entries(counts).filter(([file, n]) => n > (PAIRS_LEFT[file] ?? 0));
    expect(over).toEqual([]);
  });

  it('the count finds pairs (so a zero means something)', () => {
    expect(pairsIn("const a = { en: 'one text', fr: `un ${x}texte` }; both('an error', 'une erreur');")).toBe(
      2,
    );
    // Not texts: an ISO date in both languages, a type, one language alone.
    expect(
      pairsIn(
        "const d = { en: iso, fr: french(iso) }; type T = { en: string; fr: string }; const e = { en: 'x' };",
      ),
    ).toBe(0);
  });
});
