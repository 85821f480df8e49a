// Property (issue 23): whatever word fills a yes/no column, no recipient becomes sendable by it unless
// the contract's table (campaign-format.md, copied in helpers/contract-vocabulary.ts) says so. The
// words are random, and mixed with every word of the vocabulary in random cases and spellings, so a
// word moved to the wrong side of src/law/vocabulary.ts is found. Each run lints one file of many
// rows through the real pipeline. PROPERTY_RUNS and PROPERTY_SEED widen the search locally.
import fc from 'fast-check';
import { VOCABULARY } from '../src/law/vocabulary';
import { runCase } from './helpers/rule-tester';
import { contractSays, isContractDate, type YesNoColumn } from './helpers/contract-vocabulary';

const SETTINGS = {
  seed: Number(process.env.PROPERTY_SEED ?? 20270113),
  numRuns: Number(process.env.PROPERTY_RUNS ?? 4),
  interruptAfterTimeLimit: 120_000,
};
jest.setTimeout(300_000);

// Letters (accented too), digits and the punctuation people type in a status cell; never the
// delimiter, a quote or a line break (the CSV stays one cell a row).
const CHARS = "abcdefghijklmnopqrstuvwxyzéèêàçôîABCDEFGHIJKLMNOPQRSTUVWXYZÉÈ0123456789 -_./?!#'’".split('');
const randomWord = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 14 })
  .map((c) => c.join(''));

/** A vocabulary word as exports write it: any case, spaces as `_` or `-`, padded. */
const vocabularyWord = fc
  .tuple(
    fc.constantFrom(...Object.values(VOCABULARY).flatMap((v) => [...v.yes, ...v.no])),
    fc.constantFrom('as is', 'upper', 'title', 'underscore', 'dash', 'padded'),
  )
  .map(([word, how]) => {
    if (how === 'upper') return word.toUpperCase();
    if (how === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
    if (how === 'underscore') return word.replace(/ /g, '_');
    if (how === 'dash') return word.replace(/ /g, '-');
    if (how === 'padded') return ` ${word} `;
    return word;
  });

const cells = fc.array(fc.oneof(randomWord, vocabularyWord), { minLength: 40, maxLength: 80 });
const mobile = (i: number) => `06${String(20000000 + i)}`;
const csvOf = (header: string, pad: string, values: readonly string[]) =>
  `phone;${header}\n${values.map((v, i) => `${mobile(i)};${pad}${v}`).join('\n')}\n`;

const VMS_CONTRACT = {
  channel: 'vms',
  sender: '0162123456',
  send_at: '2026-09-01T11:00',
  analogous_offer: true,
  message: 'Boutique Léa : nouvelle collection. Pour ne plus être contacté, appelez le 0800 12 34 56.',
};

/**
 * Per yes/no column: the file, the rule that must block, and whether the contract lets a value
 * through (a consent yes or date; an opt-out no; a customer or contract yes opening its exception).
 */
const COLUMNS: Record<
  YesNoColumn,
  {
    rule: string;
    header: string;
    pad: string;
    manifest?: Record<string, unknown>;
    passes: (v: string) => boolean;
  }
> = {
  consent: {
    rule: 'recipient-consent',
    header: 'consent',
    pad: '',
    passes: (v) => contractSays('consent', 'yes', v) || isContractDate(v),
  },
  opt_out: {
    rule: 'recipient-opt-out',
    header: 'consent;opt_out',
    pad: 'oui;',
    passes: (v) => contractSays('opt_out', 'no', v),
  },
  customer: {
    rule: 'recipient-consent',
    header: 'consent;customer',
    pad: 'non;',
    manifest: { analogous_offer: true },
    passes: (v) => contractSays('customer', 'yes', v),
  },
  contract: {
    rule: 'recipient-consent',
    header: 'consent;contract',
    pad: 'non;',
    manifest: VMS_CONTRACT,
    passes: (v) => contractSays('contract', 'yes', v),
  },
};

describe.each(Object.entries(COLUMNS))(
  'a random word in the %s column never makes a recipient sendable',
  (column, c) => {
    it('every row the contract does not let through is blocked by an error', async () => {
      await fc.assert(
        fc.asyncProperty(cells, async (values) => {
          const found = await runCase(c.rule, {
            name: column,
            csv: csvOf(c.header, c.pad, values),
            manifest: c.manifest,
          });
          const blocked = new Set(found.filter((d) => d.severity === 'error').map((d) => d.line));
          values.forEach((value, i) => {
            // Line i + 2: [the value, whether it was let through] must match what the contract allows.
            expect([value, !blocked.has(i + 2)]).toEqual([value, c.passes(value)]);
          });
        }),
        SETTINGS,
      );
    });
  },
);
