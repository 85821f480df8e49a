import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import ts from 'typescript';
import { CLI, say, translateCommanderError } from '../src/cli/messages';
import { frenchTypography, interpolate, localize } from '../src/base/text';
import { BUILTIN_RULES } from '../src/engine/registry';
import { ROOT } from './helpers/paths';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogue (src/cli/messages.ts)', () => {
  it.each(Object.entries(CLI))('%s has both languages with the same placeholders', (_key, entry) => {
    expect(entry.en.trim()).not.toBe('');
    expect(entry.fr.trim()).not.toBe('');
    expect(placeholders(entry.fr)).toEqual(placeholders(entry.en));
  });

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

  it('plurals follow Intl.PluralRules (French 0 and 1 are singular)', () => {
    const rows = (n: number, lang: 'en' | 'fr') =>
      say(new Intl.PluralRules(lang).select(n) === 'one' ? 'rowOne' : 'rowMany', lang, { n });
    expect([0, 1, 2].map((n) => rows(n, 'fr'))).toEqual(['0 ligne', '1 ligne', '2 lignes']);
    expect([0, 1, 2].map((n) => rows(n, 'en'))).toEqual(['0 rows', '1 row', '2 rows']);
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
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
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

  it('localize applies French typography to catalogue entries', () => {
    expect(localize(CLI.next, 'fr')).toBe(
      'Ensuite\u00a0: npx campaign-lint campaigns (vérifie l’exemple\u00a0: aucun problème à signaler)',
    );
  });
});
