import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { run } from '../src/cli/cli';
import { lint } from '../src/engine/lint';
import { formatters } from '../src/report';
import type { LintResult } from '../src/base/types';
import { ALL_TERRITORIES, allTerritoriesCampaign } from './helpers/html-campaigns';
import { ROOT } from './helpers/paths';

// The HTML report in a real browser: Debian's chromium, driven by playwright-core. `.ci/run`
// installs chromium, so in CI (CI=true) a missing browser fails this test instead of skipping it.
// One browser for the file. CAMPAIGN_LINT_SCREENSHOTS=1 also saves a full-page screenshot of every
// report in test/output/html/ (for a human to look at; nothing asserts on them, and they cost seconds).

const SCREENSHOTS = process.env.CAMPAIGN_LINT_SCREENSHOTS === '1';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = !!process.env.CI && process.env.CI !== 'false';
const OUTPUT = path.join(ROOT, 'test', 'output', 'html');

if (!HAVE_CHROMIUM && !IN_CI)
  console.warn(
    `html-browser.test.ts skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );

describe('chromium for the browser test', () => {
  (IN_CI ? it : it.skip)('is installed in CI', () => {
    expect({ chromium: CHROMIUM, installed: existsSync(CHROMIUM) }).toEqual({
      chromium: CHROMIUM,
      installed: true,
    });
  });
});

const FIXTURES = readdirSync(path.join(ROOT, 'fixtures'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('broken'))
  .map((e) => e.name)
  .sort();

/** An element as these tests read it in the page (the DOM types are not part of this project). */
interface Attributed {
  getAttribute(name: string): string | null;
}

interface Report {
  readonly name: string;
  readonly file: string;
  readonly result: LintResult;
}

/** The HTML report of `targets`, from one lint (the CLI writes the same bytes: see `throughCli`). */
async function writeReport(name: string, targets: string[], cwd: string, lang: 'en' | 'fr'): Promise<Report> {
  const file = path.join(OUTPUT, `${name}.${lang}.html`);
  const result = await lint(targets, { cwd, summary: true });
  writeFileSync(file, formatters.html(result, { lang, showPii: false, color: false }));
  return { name, file, result };
}

/** The CLI's own HTML report (`-f html -o`), as users open it. */
async function throughCli(targets: string[], cwd: string, lang: 'en' | 'fr', file: string): Promise<string> {
  let stderr = '';
  const code = await run([...targets, '-f', 'html', '-o', file, '--lang', lang], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    env: {},
    cwd,
    isTTY: false,
  });
  if (code === 2 && !existsSync(file))
    throw new Error(`campaign-lint failed on ${targets.join(' ')}: ${stderr}`);
  return readFileSync(file, 'utf8');
}

/**
 * What the "renders every fixture" test reads of a page, read in the page (the DOM types are not
 * part of this project): a locator's count is a querySelectorAll's length, its innerText the same.
 */
function readPage() {
  interface Element {
    querySelectorAll(selector: string): ArrayLike<Element>;
    getAttribute(name: string): string | null;
    readonly innerText: string;
  }
  const all = (element: Element, selector: string) => Array.from(element.querySelectorAll(selector));
  const document = (globalThis as unknown as { document: Element }).document;
  return {
    articles: all(document, 'article.campaign').map((article) => ({
      badges: all(article, 'section.verdict .badge').map((badge) => badge.innerText),
      rows: all(article, 'table.timeline tbody tr').map((row) => ({
        territory: row.getAttribute('data-territory'),
        headers: all(row, 'th').map((th) => th.innerText),
        days: all(row, 'figure.t-day').length,
        sends: all(row, 'rect.t-send').length,
        windows: all(row, 'rect.t-allowed, rect.t-tolerated').length,
        caption: all(row, 'figcaption').map((caption) => caption.innerText)[0],
      })),
      findingHeadings: all(article, 'section.findings h3').length,
      ruleSections: all(article, 'section.findings section.rule').length,
    })),
    failures: all(document, 'section.failures li').length,
  };
}

(HAVE_CHROMIUM || IN_CI ? describe : describe.skip)('html report in headless chromium', () => {
  jest.setTimeout(180_000);
  let browser: Browser;
  let context: BrowserContext;
  let temp: { dir: string; manifest: string };
  const reports: Report[] = [];

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    for (const name of FIXTURES) reports.push(await writeReport(name, [`fixtures/${name}`], ROOT, 'en'));
    reports.push(await writeReport('overseas', ['fixtures/overseas'], ROOT, 'fr'));
    temp = allTerritoriesCampaign();
    reports.push(await writeReport('all-territories', [temp.manifest], temp.dir, 'fr'));
    reports.push(
      await writeReport('with-failure', ['fixtures/broken-manifest', 'fixtures/clean-sms'], ROOT, 'en'),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await newContext(true);
  });

  /** A fresh context (its own storage) of the one browser, scripts on or off. */
  const newContext = (javaScriptEnabled: boolean) =>
    browser.newContext({ javaScriptEnabled, viewport: { width: 1100, height: 900 } });

  afterAll(async () => {
    await browser?.close();
    if (temp) rmSync(temp.dir, { recursive: true, force: true });
  });

  it('is the report the CLI writes, byte for byte', async () => {
    for (const report of reports.filter((r) => ['with-failure', 'overseas'].includes(r.name))) {
      const lang = report.file.endsWith('.fr.html') ? 'fr' : 'en';
      const targets =
        report.name === 'with-failure'
          ? ['fixtures/broken-manifest', 'fixtures/clean-sms']
          : ['fixtures/overseas'];
      const file = report.file.replace(/\.html$/, '.cli.html');
      expect(await throughCli(targets, ROOT, lang, file)).toBe(readFileSync(report.file, 'utf8'));
      rmSync(file);
    }
  });

  /** The one page every report is opened in, in turn (a page a report cost a renderer each). */
  let shared: { page: Page; url: string; problems: string[] } | undefined;

  /** Opens a report, recording console errors, page errors and every request but the page itself. */
  async function open(report: Report): Promise<{ page: Page; problems: string[] }> {
    if (!shared) {
      const tab: { page: Page; url: string; problems: string[] } = {
        page: await context.newPage(),
        url: '',
        problems: [],
      };
      tab.page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          tab.problems.push(`console ${m.type()}: ${m.text()}`);
      });
      tab.page.on('pageerror', (e) => tab.problems.push(`page error: ${e.message}`));
      tab.page.on('request', (r) => {
        if (r.url() !== tab.url) tab.problems.push(`request: ${r.url()}`);
      });
      shared = tab;
    }
    shared.url = `file://${report.file}`;
    shared.problems = [];
    const problems = shared.problems;
    await shared.page.goto(shared.url, { waitUntil: 'load' });
    return { page: shared.page, problems };
  }

  it('renders every fixture: verdict, one timeline row per territory with windows and send span, findings', async () => {
    for (const report of reports) {
      const { page, problems } = await open(report);
      if (SCREENSHOTS)
        await page.screenshot({ path: report.file.replace(/\.html$/, '.png'), fullPage: true });
      // The page read in one round trip (hundreds of locator calls cost more than the browser's own work).
      const shown = await page.evaluate(readPage);
      const campaigns = shown.articles.length;
      expect({ report: report.name, campaigns }).toEqual({
        report: report.name,
        campaigns: report.result.campaigns.length,
      });
      for (const [i, c] of report.result.campaigns.entries()) {
        const article = shown.articles[i];
        expect(article.badges).toHaveLength(1);
        expect(article.badges[0]).toMatch(
          c.errorCount > 0 ? /Blocked|Bloquée/ : /Ready to send|Prête à partir/,
        );
        const territories = c.summary?.territories ?? [];
        expect(territories.length).toBeGreaterThan(0);
        const rows = article.rows;
        expect(rows.length).toBe(territories.length);
        for (const [j, t] of territories.entries()) {
          const row = rows[j];
          expect(row.territory).toBe(t.code);
          expect(row.headers).toHaveLength(1);
          expect(row.headers[0]).toContain(t.name[report.file.endsWith('.fr.html') ? 'fr' : 'en'].slice(1));
          expect(row.days).toBe(t.days.length);
          expect(row.sends).toBeGreaterThan(0);
          if (c.summary?.schedule) {
            // Windows drawn for days that have one, and said in words in the caption.
            const windowsToday = c.summary.schedule.windows.some((w) => w.days.includes(t.days[0].weekday));
            if (windowsToday) expect(row.windows).toBeGreaterThan(0);
            expect(row.caption).toMatch(
              /(allowed|autorisé|tolerated|toléré|no sending allowed|aucun envoi autorisé) .*·/,
            );
          }
          expect(row.caption).toMatch(/(sends|envois) \d\d:\d\d/);
        }
        const ruleIds = new Set(c.diagnostics.map((d) => d.ruleId));
        expect(article.findingHeadings).toBe(1);
        expect(article.ruleSections).toBe(ruleIds.size);
      }
      if (report.result.failures.length) expect(shown.failures).toBe(report.result.failures.length);
      expect({ report: report.name, problems }).toEqual({ report: report.name, problems: [] });
    }
  });

  it('overseas: every territory is on the timeline and the Guadeloupe night send is outside its window', async () => {
    for (const name of ['overseas', 'all-territories']) {
      const report = reports.find((r) => r.name === name && r.file.endsWith('.fr.html')) as Report;
      const { page } = await open(report);
      const codes = await page
        .locator('table.timeline tbody tr')
        .evaluateAll((rows: Attributed[]) => rows.map((r) => r.getAttribute('data-territory')));
      const expected = report.result.campaigns[0].summary?.territories.map((t) => t.code);
      expect(codes).toEqual(expected);
      if (name === 'all-territories') for (const code of ALL_TERRITORIES) expect(codes).toContain(code);
      // Guadeloupe's night send: its recipients outside the window, as the summary (and the rule) count them.
      const gpSummary = report.result.campaigns[0].summary?.territories.find((t) => t.code === 'GP');
      const outside = gpSummary?.outside ?? 0;
      expect(outside).toBeGreaterThan(0);
      const gp = page.locator('tr[data-territory="GP"]');
      await expect(gp.getAttribute('data-outside')).resolves.toBe(String(outside));
      await expect(gp.locator('rect.t-send.t-out').count()).resolves.toBeGreaterThan(0);
      if (outside === gpSummary?.count) await expect(gp.locator('rect.t-send.t-in').count()).resolves.toBe(0);
      await expect(gp.innerText()).resolves.toMatch(new RegExp(`${outside}\\s+hors plage`));
      // The metropolitan recipient of the same send is inside.
      await expect(page.locator('tr[data-territory="FR"] rect.t-send.t-out').count()).resolves.toBe(0);
    }
  });

  it('rate-limited: the send span crosses the end of the window', async () => {
    const report = reports.find((r) => r.name === 'rate-limited') as Report;
    const { page } = await open(report);
    const firstDay = page.locator('tr[data-territory="FR"] figure.t-day').first();
    // In the same lane, a piece inside the hours ends where a piece past them begins: at 20:00.
    const pieces = await firstDay.locator('rect.t-send').evaluateAll((rects: Attributed[]) =>
      rects.map((r) => ({
        cls: r.getAttribute('class'),
        x: Number(r.getAttribute('x')),
        w: Number(r.getAttribute('width')),
        y: Number(r.getAttribute('y')),
      })),
    );
    const crossing = pieces.some(
      (a) =>
        a.cls?.includes('t-in') &&
        // Past 20:00: outside the platforms' window, a warning under the af2m charter (or an error).
        pieces.some(
          (b) =>
            (b.cls?.includes('t-out') || b.cls?.includes('t-tolerated')) &&
            b.y === a.y &&
            Math.abs(a.x + a.w - b.x) < 0.2,
        ),
    );
    expect(crossing).toBe(true);
    await expect(firstDay.locator('figcaption').innerText()).resolves.toContain('19:57–20:00');
  });

  it('filters findings by severity and rule with its script, and lists everything without it', async () => {
    const report = reports.find((r) => r.name === 'overseas' && r.file.endsWith('.en.html')) as Report;
    const { page } = await open(report);
    const visible = () => page.locator('section.rule:visible').count();
    const all = await page.locator('section.rule').count();
    expect(all).toBeGreaterThan(1);
    await expect(visible()).resolves.toBe(all);
    await page.locator('.filters input[value="error"]').uncheck();
    await expect(page.locator('tr[data-severity="error"]:visible').count()).resolves.toBe(0);
    await expect(page.locator('tr[data-severity="warning"]:visible').count()).resolves.toBeGreaterThan(0);
    await page.locator('.filters input[value="error"]').check();
    await page.locator('.filters select').selectOption('schedule-hours');
    await expect(visible()).resolves.toBe(1);

    const noScript = await newContext(false);
    try {
      const plain = await noScript.newPage();
      await plain.goto(`file://${report.file}`);
      await expect(plain.locator('section.rule:visible').count()).resolves.toBe(all);
      await expect(plain.locator('tr[data-severity]:visible').count()).resolves.toBeGreaterThan(0);
      await expect(plain.locator('.filters:visible').count()).resolves.toBe(0);
    } finally {
      await noScript.close();
    }
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    // Every kind of page once (axe takes seconds a page): both languages (overseas in French only),
    // SMS and VMS, UCS-2 marks, a failure block beside a clean campaign (with-failure), every territory.
    const kinds = [
      'overseas.fr',
      'all-territories.fr',
      'rate-limited.en',
      'vms-canvassing.en',
      'bad-content.en',
      'with-failure.en',
    ];
    for (const report of reports.filter((r) => kinds.includes(path.basename(r.file, '.html')))) {
      const { page } = await open(report);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        // Runs in the page: the document and axe are the page's globals.
        const page = globalThis as unknown as {
          document: unknown;
          axe: {
            run: (
              context: unknown,
              options: object,
            ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
          };
        };
        const found = await page.axe.run(page.document, { resultTypes: ['violations'] });
        return found.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect({ report: report.name, serious }).toEqual({ report: report.name, serious: [] });
    }
  });

  it('prints to PDF', async () => {
    const report = reports.find((r) => r.name === 'overseas') as Report;
    const { page } = await open(report);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
