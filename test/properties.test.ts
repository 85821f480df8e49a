import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { stringify } from 'yaml';
import { resolveConfig } from '../src/engine/config';
import { lint } from '../src/engine/lint';
import { LintFailure } from '../src/base/failure';
import { formatters } from '../src/report';
import { BASE_MANIFEST } from './helpers/rule-tester';
import { cleanByPattern, cleanPhoneCell } from '../src/law/phone/normalize';

// Whatever it is fed, the linter reports or fails with a LintFailure (exit 2): it never crashes
// and never hangs. Fixed seed and bounded runs keep CI quick and reproducible: 30 runs a property
// by default (60 until December 2026; each run lints a campaign and renders the 8 formats).
// PROPERTY_RUNS and PROPERTY_SEED widen the search locally (e.g. PROPERTY_RUNS=2000; see CONTRIBUTING.md).
const SETTINGS = {
  seed: Number(process.env.PROPERTY_SEED ?? 20271113),
  numRuns: Number(process.env.PROPERTY_RUNS ?? 30),
  interruptAfterTimeLimit: 100_000,
};

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'cl-prop-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lintFiles(files: Record<string, string | Uint8Array>) {
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const config = await resolveConfig({}, { cwd: dir });
  const result = await lint(['test.campaign.yaml'], { cwd: dir, config });
  // Formatting must not throw either.
  for (const format of Object.values(formatters))
    format(result, { lang: 'fr', showPii: false, color: false });
  return result;
}

const outcome = (result: Awaited<ReturnType<typeof lintFiles>>) => {
  // One campaign: either its report, or one failure that names a file and says what is wrong.
  expect(result.campaigns.length + result.failures.length).toBe(1);
  for (const f of result.failures)
    expect({ file: !!f.file, message: /\S/.test(f.message) }).toEqual({ file: true, message: true });
};

it('random bytes as the recipients file: a report or one input failure', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
      outcome(await lintFiles({ 'test.campaign.yaml': stringify(BASE_MANIFEST), 'recipients.csv': bytes }));
    }),
    SETTINGS,
  );
}, 120_000);

// Cells people and spreadsheets produce: quotes, delimiters, line breaks, accents, formulas, emoji.
const cellText = fc.stringOf(
  fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '\r\n', '=', '+', '0', '6', '€', '’', '🎉', '\t'),
  { maxLength: 12 },
);
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

it("structured-but-wrong CSVs: never a crash, and every recipient diagnostic points at that recipient's record", async () => {
  const row = fc.record({
    valid: fc.boolean(),
    extra: fc.array(cellText, { maxLength: 4 }),
    blankBefore: fc.boolean(),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(row, { minLength: 1, maxLength: 25 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom(';', ','),
      async (rows, eol, delimiter) => {
        // Each record has a phone no other record has, so a diagnostic can be traced to its record.
        const lines = [`phone${delimiter}consent${delimiter}a${delimiter}b${delimiter}c${delimiter}d`];
        const startOf = new Map<string, number>();
        let line = 2;
        rows.forEach((r, i) => {
          if (r.blankBefore) {
            lines.push('');
            line++;
          }
          const phone = r.valid ? `+3361234${String(1000 + i).padStart(4, '0')}` : `x${i}`;
          startOf.set(phone, line);
          const record = [phone, 'non', ...r.extra.map(quote)].join(delimiter);
          lines.push(record);
          line += (record.match(/\r\n|\r|\n/g) ?? []).length + 1;
        });
        const result = await lintFiles({
          'test.campaign.yaml': stringify(BASE_MANIFEST),
          'recipients.csv': lines.join(eol) + eol,
        });
        outcome(result);
        if (result.failures.length > 0) {
          expect(result.failures[0].kind).toBe('input');
          return;
        }
        const consent = result.campaigns[0].diagnostics.filter(
          (d) => d.ruleId === 'recipient-consent' || d.ruleId === 'recipient-phone-valid',
        );
        expect(consent.length).toBeGreaterThanOrEqual(rows.length);
        for (const d of consent)
          expect({ recipient: d.recipient, line: d.line }).toEqual({
            recipient: d.recipient,
            line: startOf.get(d.recipient as string),
          });
      },
    ),
    SETTINGS,
  );
}, 120_000);

it('random manifests: a report or one input failure naming the manifest', async () => {
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  );
  const field = fc.constantFrom(
    'name',
    'channel',
    'purpose',
    'advertiser',
    'sender',
    'message',
    'send_at',
    'timezone',
    'rate_per_minute',
    'analogous_offer',
    'sector',
    'recipients',
    'opt_out_lists',
    'history',
    'message_file',
    'bogus',
  );
  await fc.assert(
    fc.asyncProperty(fc.dictionary(field, value, { maxKeys: 6 }), fc.boolean(), async (overrides, raw) => {
      const manifest = raw
        ? Object.fromEntries(Object.entries(overrides))
        : { ...BASE_MANIFEST, ...overrides };
      const result = await lintFiles({
        'test.campaign.yaml': stringify(manifest),
        'recipients.csv': 'phone;consent\n0612345678;oui\n',
      });
      outcome(result);
      for (const f of result.failures) expect(f.file).toBeTruthy();
    }),
    SETTINGS,
  );
}, 120_000);

it('random YAML text as a manifest: never a crash', async () => {
  const text = fc.stringOf(
    fc.constantFrom(
      'a',
      ':',
      ' ',
      '\n',
      '-',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      '#',
      '&',
      '*',
      '!',
      '|',
      '>',
      'é',
      '\t',
    ),
    { maxLength: 80 },
  );
  await fc.assert(
    fc.asyncProperty(text, async (yaml) => {
      outcome(
        await lintFiles({ 'test.campaign.yaml': yaml, 'recipients.csv': 'phone;consent\n0612345678;oui\n' }),
      );
    }),
    SETTINGS,
  );
}, 120_000);

it('random configs: valid, or one LintFailure of kind config/usage — never another exception', async () => {
  const severity = fc.oneof(
    fc.constantFrom('error', 'warn', 'warning', 'off', 'eror'),
    fc.integer(),
    fc.constant(null),
  );
  const options = fc.dictionary(
    fc.constantFrom('max', 'profile', 'windows', 'allow', 'mention', 'maxYears', 'nope'),
    fc.anything({ maxDepth: 2 }),
    { maxKeys: 2 },
  );
  const entry = fc.oneof(
    severity,
    fc.tuple(severity, options),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  );
  const ruleId = fc.constantFrom(
    'schedule-hours',
    'message-segments',
    'recipient-phone-type',
    'message-opt-out',
    'recipient-consent-age',
    'sender-id',
    'nope-rule',
  );
  const config = fc.record(
    {
      extends: fc.constantFrom('recommended', 'strict', 'recomended', 3),
      rules: fc.dictionary(ruleId, entry, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(fc.oneof(config, fc.anything({ maxDepth: 2 })), async (input) => {
      try {
        await resolveConfig(input, { cwd: dir });
      } catch (error) {
        expect(error).toBeInstanceOf(LintFailure);
        expect(['config', 'usage']).toContain((error as LintFailure).kind);
      }
    }),
    { ...SETTINGS, numRuns: 200 },
  );
});

describe('phone cells', () => {
  it('the one-pass reading of a cell always equals the reading by patterns', () => {
    const phoneText = fc.stringOf(
      fc.constantFrom(
        '0',
        '6',
        '9',
        '+',
        ' ',
        '.',
        '-',
        '/',
        '(',
        ')',
        '\u00a0',
        '\u202f',
        '\u2009',
        '\t',
        '=',
        '"',
        "'",
        'a',
        'é',
      ),
      { maxLength: 22 },
    );
    fc.assert(
      fc.property(phoneText, (cell) => cleanPhoneCell(cell) === cleanByPattern(cell)),
      { ...SETTINGS, numRuns: SETTINGS.numRuns * 400 }, // 12,000 cells by default: a cell costs microseconds
    );
  });
});
