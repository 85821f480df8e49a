import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { duration, progressLine, wantsProgress } from '../src/cli/progress';
import { campaignFolder, runCli } from './helpers/scratch-campaign';
import { ROOT } from './helpers/paths';

// What a new user meets first: the help, `init` and its advice, typos, failures on a terminal,
// the progress line of a long run.
const EN = { LANG: 'C' };
const FR = { LANG: 'fr_FR.UTF-8' };

describe('--help', () => {
  it('shows the lint options at the top level, before the commands', async () => {
    const r = await runCli(ROOT, ['--help'], EN);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Usage: campaign-lint [options] [paths...]');
    expect(lines[1]).toBe('       campaign-lint <command> [options]');
    const lintOptions = r.stdout.indexOf('Lint options (campaign-lint [lint] [options] [paths...]):');
    expect(lintOptions).toBeGreaterThan(0);
    expect(lintOptions).toBeLessThan(r.stdout.indexOf('\nCommands:'));
    for (const option of [
      '--format',
      '--output',
      '--rule',
      '--max-warnings',
      '--quiet',
      '--show-pii',
      '--fix',
    ])
      expect(r.stdout).toMatch(new RegExp(`^ {2}(-\\w, )?${option} `, 'm'));
    // `campaign-lint --help` and `campaign-lint lint --help` describe the same options.
    const lint = (await runCli(ROOT, ['lint', '--help'], EN)).stdout;
    const options = (text: string) =>
      [...text.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]).sort();
    expect(options(r.stdout).filter((o) => o !== '--version')).toEqual(options(lint));
  });

  it('is French in French, with French typography and no English left', async () => {
    for (const args of [
      ['--help'],
      ['lint', '--help'],
      ['rules', '--help'],
      ['explain', '--help'],
      ['init', '--help'],
    ]) {
      const r = await runCli(ROOT, args, FR);
      expect(r.code).toBe(0);
      const text = r.stdout;
      expect(text).toMatch(/^Utilisation\u00a0: campaign-lint/);
      // The slips a French reader found: a verb repeating its noun, English words, English quotes.
      for (const slip of [
        'règle une règle',
        ' dans dir',
        'default:',
        'choices:',
        'display help',
        '"fr"',
        '(par défaut\u00a0: [])',
        '(default: [])',
        'Usage:',
        'Options:',
        'Commands:',
      ])
        expect(text).not.toContain(slip);
      // A line never starts with the punctuation a no-break space ties to the word before it.
      expect(text).not.toMatch(/^\s*[:;!?»]/m);
      // One mood for every description: the infinitive (afficher, écrire…), never the third person.
      for (const third of ['affiche ', 'écrit ', 'utilise ', 'applique ', 'liste ', 'inclut ', 'cherche '])
        expect(text).not.toMatch(new RegExp(`  ${third}`));
    }
    const top = (await runCli(ROOT, ['--help'], FR)).stdout;
    expect(top).toContain('Options de vérification (campaign-lint [lint] [options] [chemins...])\u00a0:');
    expect(top).toContain('(choix\u00a0: «\u00a0fr\u00a0», «\u00a0en\u00a0»)');
    expect(top).toContain('changer la sévérité d’une règle (répétable)');
    expect(top).toMatch(/dans <dossier>/);
  });
});

describe('init', () => {
  it('advises a command that works after a local install (npx), and the example it writes lints clean', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-init-'));
    try {
      const r = await runCli(dir, ['init'], EN);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\nNext: npx campaign-lint campaigns ');
      // What the advice runs (npx runs the locally installed executable: test/package.test.ts).
      const lint = await runCli(dir, ['campaigns'], EN);
      expect(lint.stdout).toContain('no problems');
      expect(lint.code).toBe(0);
      expect((await runCli(dir, ['init'], FR)).stdout).toContain(
        '\nEnsuite\u00a0: npx campaign-lint campaigns ',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('did you mean', () => {
  it('--rule: an unknown rule id, a severity typo, a missing severity', async () => {
    const rule = await runCli(ROOT, ['fixtures/clean-sms', '--rule', 'recipient-duplicat:off'], EN);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain(
      '--rule: unknown rule "recipient-duplicat"\n  Did you mean "recipient-duplicate"?',
    );
    const severity = await runCli(ROOT, ['fixtures/clean-sms', '--rule', 'recipient-duplicate:of'], EN);
    expect(severity.stderr).toContain('Did you mean "off"?');
    const bare = await runCli(ROOT, ['fixtures/clean-sms', '--rule', 'recipient-duplicate'], EN);
    expect(bare.stderr).toContain('For example: --rule recipient-duplicate:off');
    // A word that is part of rule ids: those ids.
    const part = await runCli(ROOT, ['fixtures/clean-sms', '--rule', 'duplicate:off'], EN);
    expect(part.stderr).toContain('Did you mean "recipient-duplicate"?');
  });

  it('explain: the closest id, the ids that contain the word, else how to list them', async () => {
    const typo = await runCli(ROOT, ['explain', 'recipient-duplicat'], EN);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'campaign-lint: unknown rule "recipient-duplicat"\n  Did you mean "recipient-duplicate"?\n',
    );
    const word = await runCli(ROOT, ['explain', 'consent'], EN);
    expect(word.stderr).toContain(
      'Did you mean "recipient-consent", "recipient-consent-age", or "recipient-consent-proof"?',
    );
    const none = await runCli(ROOT, ['explain', 'zzz'], EN);
    expect(none.stderr).toContain('Run "campaign-lint rules" to list them.');
    const french = await runCli(ROOT, ['explain', 'recipient-duplicat'], FR);
    expect(french.stderr).toContain('Vouliez-vous dire «\u00a0recipient-duplicate\u00a0»\u202f?');
  });

  it('config: an unknown rule id names the closest', async () => {
    const dir = campaignFolder({ 'campaign-lint.config.yaml': 'rules:\n  recipient-duplicat: off\n' });
    try {
      const r = await runCli(dir, ['.'], EN);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'campaign-lint.config.yaml:2: unknown rule "recipient-duplicat"\n  Did you mean "recipient-duplicate"?',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('failures on a terminal', () => {
  it('are printed once: in the report on the terminal, not again on stderr', async () => {
    const terminal = await runCli(ROOT, ['fixtures/broken-manifest'], EN, { isTTY: true, stderrIsTTY: true });
    expect(terminal.code).toBe(2);
    expect(terminal.stdout.match(/unknown field "chanel"/g)).toHaveLength(1);
    expect(terminal.stderr).toBe('');
  });
  it('are on stderr too when the report is not on the terminal (a pipe, a file, another format)', async () => {
    for (const [args, io] of [
      [['fixtures/broken-manifest'], { isTTY: false, stderrIsTTY: true }],
      [['fixtures/broken-manifest'], { isTTY: true, stderrIsTTY: false }],
      [['fixtures/broken-manifest', '-f', 'json'], { isTTY: true, stderrIsTTY: true }],
    ] as const) {
      const r = await runCli(ROOT, [...args], EN, io);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('unknown field "chanel"');
    }
  });
});

describe('the progress line', () => {
  it('shows rows, the share of the file, the speed and the time left, erased at the end', () => {
    let now = 0;
    let out = '';
    const line = progressLine(
      (t) => (out += t),
      'en',
      true,
      () => now,
    );
    now = 1000;
    line.update(10_000, 100_000);
    expect(out).toBe('\r10,000 rows (10%) · 10,000 rows/s · 9\u00a0s left\u001b[K');
    now = 1100;
    line.update(20_000, 100_000); // under 250 ms since the last one: not drawn
    now = 2000;
    line.update(20_000, 100_000);
    expect(out.endsWith('\r20,000 rows (20%) · 10,000 rows/s · 8\u00a0s left\u001b[K')).toBe(true);
    line.clear();
    expect(out.endsWith('\r\u001b[K')).toBe(true);
  });
  it('stays under 100% when the estimate was short, and says it in French', () => {
    let now = 0;
    let out = '';
    const line = progressLine(
      (t) => (out += t),
      'fr',
      true,
      () => now,
    );
    now = 4000;
    line.update(120_000, 100_000);
    expect(out).toContain('120\u202f000 lignes (99\u00a0%) · 30\u202f000 lignes/s · encore 0\u00a0s');
  });
  it('is shown on a terminal outside CI, never in CI logs unless asked', () => {
    expect(wantsProgress(undefined, true, true, {})).toBe(true);
    expect(wantsProgress(undefined, true, true, { CI: 'true' })).toBe(false);
    expect(wantsProgress(undefined, true, false, {})).toBe(false);
    expect(wantsProgress(undefined, false, true, {})).toBe(false); // a machine format on stdout
    expect(wantsProgress(true, false, false, { CI: 'true' })).toBe(true); // --progress
    expect(wantsProgress(false, true, true, {})).toBe(false); // --no-progress
    expect(wantsProgress(undefined, true, true, { CI: 'false' })).toBe(true);
  });
  it('durations: seconds, then minutes, then hours', () => {
    expect([duration(8.4), duration(125), duration(3720)]).toEqual([
      '8\u00a0s',
      '2\u00a0min 05\u00a0s',
      '1\u00a0h 02\u00a0min',
    ]);
  });
  it('a real run over 30,000 rows draws it on stderr only, and not under CI', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-progress-'));
    try {
      cpSync(path.join(ROOT, 'fixtures/clean-sms'), dir, { recursive: true });
      const rows = Array.from({ length: 30_000 }, (_, i) => `06${String(10_000_000 + i)};oui\n`).join('');
      writeFileSync(path.join(dir, 'recipients.csv'), `phone;consent\n${rows}`);
      const tty = { isTTY: true, stderrIsTTY: true };
      const shown = await runCli(dir, ['.', '--no-color'], EN, tty);
      // eslint-disable-next-line no-control-regex -- the progress line ends with the terminal's erase-line code
      expect(shown.stderr).toMatch(/^\r10,000 rows \(\d+%\) · [\d,]+ rows\/s · [\d\u00a0a-z]+ left\u001b\[K/);
      expect(shown.stderr.endsWith('\r\u001b[K')).toBe(true);
      expect(shown.stdout).not.toContain('rows/s');
      expect((await runCli(dir, ['.'], { ...EN, CI: 'true' }, tty)).stderr).toBe('');
      const asked = await runCli(dir, ['.', '--progress'], { ...EN, CI: 'true' }, { stderrIsTTY: false });
      expect(asked.stderr).toMatch(/^10,000 rows \(\d+%\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
