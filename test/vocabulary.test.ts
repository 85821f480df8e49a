// The yes/no vocabularies walked in both directions: the contract's table (campaign-format.md, copied
// word for word in helpers/contract-vocabulary.ts so src/law/vocabulary.ts cannot drift from it), every spelling
// people type, and the status words that mean opposite things in a consent and an opt-out column.
import {
  foldCell,
  formulaError,
  readCell,
  VOCABULARY,
  YES_NO_COLUMNS,
  type YesNoColumn,
} from '../src/law/cells';
import { CONTRACT } from './helpers/contract-vocabulary';

/** The ways people and exports write the same word: case, accents, `_` and `-`, spaces, apostrophes. */
const spellings = (word: string): string[] => [
  word,
  word.toUpperCase(),
  word.charAt(0).toUpperCase() + word.slice(1),
  word.normalize('NFD').replace(/\p{M}/gu, ''),
  word.replace(/ /g, '_'),
  word.replace(/ /g, '-'),
  word.replace(/[ -]/g, ''),
  word.replace(/'/g, '’'),
  `  ${word}  `,
];

const pairs = (column: YesNoColumn, side: 'yes' | 'no') =>
  CONTRACT[column][side].flatMap((word) =>
    spellings(word).map((spelling) => [column, word, spelling] as const),
  );

describe('the contract table, every word and spelling, each column in its own direction', () => {
  it.each(YES_NO_COLUMNS.flatMap((c) => pairs(c, 'yes')))(
    '%s: %j (as %j) means yes',
    (column, _word, spelling) => expect(readCell(column, spelling).kind).toBe('yes'),
  );
  it.each(YES_NO_COLUMNS.flatMap((c) => pairs(c, 'no')))(
    '%s: %j (as %j) means no',
    (column, _word, spelling) => expect(readCell(column, spelling).kind).toBe('no'),
  );

  it('the vocabulary holds every word of the contract on its side, and no word on both sides', () => {
    for (const column of YES_NO_COLUMNS) {
      const yes = new Set(VOCABULARY[column].yes.map(foldCell));
      const no = new Set(VOCABULARY[column].no.map(foldCell));
      for (const word of CONTRACT[column].yes)
        expect([column, word, yes.has(foldCell(word))]).toEqual([column, word, true]);
      for (const word of CONTRACT[column].no)
        expect([column, word, no.has(foldCell(word))]).toEqual([column, word, true]);
      for (const word of yes) expect([column, word, no.has(word)]).toEqual([column, word, false]);
    }
  });
});

describe('status words mean opposite things in a consent and an opt-out column', () => {
  // The bug this guards: one shared yes/no list put "unsubscribed" and "désinscrit" on the "no" side of
  // the opt-out column, so the person who left was sent to and the one subscribed was flagged.
  it.each([
    ['unsubscribed', 'no', 'yes'],
    ['Opted out', 'no', 'yes'],
    ['Désabonné', 'no', 'yes'],
    ['désinscrite', 'no', 'yes'],
    ['OPT_OUT', 'no', 'yes'],
    ['subscribed', 'yes', 'no'],
    ['Inscrit', 'yes', 'no'],
    ['Abonné', 'yes', 'no'],
    ['Opt-In', 'yes', 'no'],
  ])('%j: consent %s, opt_out %s', (word, consent, optOut) => {
    expect(readCell('consent', word).kind).toBe(consent);
    expect(readCell('opt_out', word).kind).toBe(optOut);
  });

  it('words beyond the contract only block: VRAI/FAUX and feminine forms never let anyone through', () => {
    // The side that lets a recipient through holds the contract's words and nothing more.
    expect(readCell('consent', 'VRAI').kind).toBe('unknown');
    expect(readCell('consent', 'FAUX').kind).toBe('no');
    expect(readCell('opt_out', 'VRAI').kind).toBe('yes');
    expect(readCell('opt_out', 'FAUX').kind).toBe('unknown');
    expect(readCell('consent', 'abonnée').kind).toBe('unknown');
    expect(readCell('opt_out', 'abonnée').kind).toBe('unknown');
    expect(readCell('customer', 'cliente').kind).toBe('unknown');
    expect(readCell('contract', 'résiliée').kind).toBe('no');
    for (const column of YES_NO_COLUMNS) {
      const through = column === 'opt_out' ? 'no' : 'yes';
      const contract = new Set(CONTRACT[column][through].map(foldCell));
      expect([column, VOCABULARY[column][through].filter((w) => !contract.has(foldCell(w)))]).toEqual([
        column,
        [],
      ]);
    }
  });

  it('STOP is an opt-out, and not understood as consent (never a yes)', () => {
    expect(readCell('opt_out', 'STOP').kind).toBe('yes');
    expect(readCell('consent', 'STOP').kind).toBe('unknown');
  });

  it('"client" opens the customer exception but is not an ongoing contract', () => {
    expect(readCell('customer', 'client').kind).toBe('yes');
    expect(readCell('contract', 'client').kind).toBe('unknown');
    expect(readCell('customer', 'inactif').kind).toBe('yes'); // a former customer (CNIL: 3 years)
    expect(readCell('contract', 'inactif').kind).toBe('no');
  });
});

describe('dates', () => {
  it.each([
    ['consent', '2025-03-14'],
    ['consent', '14/03/2025'],
    ['consent', '2025-03-14 10:22:31'],
    ['consent', '2025-03-14T10:22:31Z'],
    ['opt_out', '2026-11-02'],
    ['opt_out', '02/11/2026 08:00'],
  ] as const)('%s: %s is a date (yes on that day)', (column, cell) => {
    expect(readCell(column, cell).kind).toBe('date');
  });
  it.each(['customer', 'contract'] as const)(
    '%s: a date is not understood (no date means yes there)',
    (column) => expect(readCell(column, '2025-03-14').kind).toBe('unknown'),
  );
  it('an impossible date is not understood', () =>
    expect(readCell('consent', '31/02/2025').kind).toBe('unknown'));
});

describe('not understood', () => {
  it.each(
    YES_NO_COLUMNS.flatMap((c) =>
      ['peut-être', '?', 'N/A', 'ok', 'VIP', 'oui non', 'yess', '2', '-1'].map((w) => [c, w]),
    ),
  )('%s: %j is not understood', (column, word) =>
    expect(readCell(column as YesNoColumn, word).kind).toBe('unknown'),
  );

  it.each(['#N/A', '#NUL!', '#VALUE!', '#VALEUR!', '#REF!', '#ERROR!', '#DIV/0!', '#NAME?', '#n/a'])(
    '%s is a formula error, and not understood in every column',
    (cell) => {
      expect(formulaError(cell)).toBe(cell);
      for (const column of YES_NO_COLUMNS) expect(readCell(column, cell).kind).toBe('unknown');
    },
  );
  it('a cell that merely starts with # is not a formula error', () =>
    expect(formulaError('#1 client')).toBeNull());
});
