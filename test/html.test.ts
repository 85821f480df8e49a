import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { lint } from '../src/engine/lint';
import { campaignResult } from '../src/engine/lint';
import { formatters, streamingFormatters } from '../src/report';
import { HTML_ROWS_PER_RULE, legalBasis } from '../src/report/html';
import { ruleReadme } from '../src/base/package-root';
import type { CampaignResult, Diagnostic, LintResult } from '../src/base/types';
import { allTerritoriesCampaign } from './helpers/html-campaigns';
import { ROOT } from './helpers/paths';

const lintFixture = (name: string) => lint([`fixtures/${name}`], { cwd: ROOT, summary: true });
const en = { lang: 'en', showPii: false, color: false } as const;
const fr = { lang: 'fr', showPii: false, color: false } as const;

describe('html format', () => {
  it('is registered beside the other formats', () => {
    expect(Object.keys(streamingFormatters)).toContain('html');
  });

  it('is one self-contained page: no external resource, a policy that forbids any', async () => {
    const page = formatters.html(await lintFixture('overseas'), en);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<link\b|\ssrc=|url\((?!#)|@import/i);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('masks phone numbers unless --show-pii', async () => {
    const result = await lintFixture('overseas');
    const masked = formatters.html(result, en);
    expect(masked).toContain('+590 6 •• •• •• 56');
    expect(masked).not.toMatch(/\+?590\s?690\s?12\s?34\s?56/);
    const shown = formatters.html(result, { ...en, showPii: true });
    expect(shown).toContain('+590 690 12 34 56');
  });

  it('speaks French with French typography, or English', async () => {
    const result = await lintFixture('rate-limited');
    const french = formatters.html(result, fr);
    expect(french).toContain('<html lang="fr">');
    // Under the af2m charter its sends after 20:00 are warnings only: ready, with warnings.
    expect(french).toContain('Prête à partir');
    expect(french).toContain('1\u00a0campagne\u202f: 0\u00a0bloquée, 1\u00a0prête à partir.');
    expect(french).toContain('mercredi 13/01/2027 à 19:57');
    const english = formatters.html(result, en);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Ready to send');
    expect(english).toContain('Wednesday 13 January 2027, 19:57');
  });

  it('says ready to send for a clean campaign', async () => {
    const page = formatters.html(await lintFixture('clean-sms'), en);
    expect(page).toContain('class="verdict ready"');
    expect(page).toContain('No finding: every rule passed.');
  });

  it('lists the campaigns that could not be linted in a red block', async () => {
    const result = await lint(['fixtures/broken-manifest', 'fixtures/clean-sms'], {
      cwd: ROOT,
      summary: true,
    });
    expect(result.failures.length).toBeGreaterThan(0);
    const page = formatters.html(result, en);
    expect(page).toMatch(/<section class="failures"[^>]*><h2[^>]*>✖ Could not be linted<\/h2>/);
    expect(page).toContain(
      `✖ ${result.failures.length}\u00a0input${result.failures.length > 1 ? 's' : ''} could not be linted.`,
    );
    expect(page).toContain(result.failures[0].describe().split('\n')[0].replace(/"/g, '&quot;'));
  });

  it('marks the characters that force UCS-2, the placeholders, the opt-out mention and the advertiser', () => {
    const result = fakeResult('Promo’ {prenom} chez Léa ! STOP au 36173', 0);
    const page = formatters.html(result, en);
    expect(page).toContain('<span class="m-ucs2"');
    expect(page).toContain('U+2019');
    expect(page).toMatch(/<mark class="m-ph"[^>]*>\{prenom\}<\/mark>/);
    expect(page).toMatch(/<mark class="m-stop"[^>]*>STOP au 36173<\/mark>/);
    expect(page).toMatch(/<mark class="m-adv"[^>]*>Léa<\/mark>/);
    expect(page).toContain('UCS-2');
  });

  it('shows the longest personalised variant with its values hidden unless --show-pii', async () => {
    const { dir, manifest } = allTerritoriesCampaign();
    try {
      const result = await lint([manifest], { cwd: dir, summary: true });
      const variant = result.campaigns[0].summary?.longestVariant;
      expect(variant?.line).toBe(3); // Bérénice-Marie-Charlotte is the longest first name
      const page = formatters.html(result, en);
      expect(page).toContain('Longest personalised message (line 3)');
      expect(page).toContain(`>${'•'.repeat('Bérénice-Marie-Charlotte'.length)}</mark>`);
      expect(page).not.toContain('Bérénice');
      expect(formatters.html(result, { ...en, showPii: true })).toContain('>Bérénice-Marie-Charlotte</mark>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('caps the rows per rule and says how many are left out, whatever the campaign size', () => {
    const result = fakeResult('Léa : promo ! STOP au 36173', 200_000);
    const page = formatters.html(result, en);
    expect(page.match(/<tr data-severity=/g)).toHaveLength(HTML_ROWS_PER_RULE);
    expect(page).toContain(`and ${(200_000 - HTML_ROWS_PER_RULE).toLocaleString('en-GB')} more not shown`);
    expect(page.length).toBeLessThan(60_000);
  });

  it('quotes the legal basis of a rule from its README', () => {
    expect(legalBasis(ruleReadme('schedule-holidays'))).toContain('Code du travail L3133-1');
    expect(legalBasis(ruleReadme('schedule-holidays'))).not.toMatch(/\b1 March 2023\b/);
    expect(legalBasis('# x\n\n## Legal basis\n\nNone: a **1 March 2026** date.\n\n## Examples\n')).toBe(
      'None: a 1 March 2026 date.',
    );
    expect(legalBasis(undefined)).toBeNull();
    // Only citations: words stressed in the section and its subsections are not legal bases.
    const consent = legalBasis(ruleReadme('recipient-consent'));
    expect(consent).toContain('CPCE L34-5');
    for (const stressed of ['voice', 'B2B', 'not applied', 'Political messages'])
      expect(consent?.split(' · ')).not.toContain(stressed);
    expect(
      legalBasis(
        '## Legal basis\n\n**CPCE L34-5**, **warning** only.\n\n### Reading choices\n\n**Décret n° 2026-662**\n',
      ),
    ).toBe('CPCE L34-5');
  });
});

describe('campaign summary (what the page draws)', () => {
  // The page's counts must match what the rules report: the windows come from schedule-hours itself.
  it.each(['overseas', 'rate-limited', 'bad-schedule', 'vms-canvassing', 'clean-sms', 'political-election'])(
    '%s: outside, tolerated, holiday and silence counts match the schedule and election rules',
    async (name) => {
      const result = await lintFixture(name);
      for (const c of result.campaigns) {
        const s = c.summary;
        expect(s).toBeDefined();
        if (!s) continue;
        const diagnostics = c.diagnostics;
        const countOf = (rule: string, messageId: string) =>
          diagnostics.filter((d) => d.ruleId === rule && d.messageId === messageId).length;
        const sum = (key: 'outside' | 'tolerated' | 'onHoliday' | 'count') =>
          s.territories.reduce((n, t) => n + t[key], 0);
        expect(sum('outside')).toBe(
          countOf('schedule-hours', 'outside') + countOf('schedule-hours', 'outsideAdvised'),
        );
        expect(s.territories.reduce((n, t) => n + (t.inSilence ?? 0), 0)).toBe(
          countOf('campaign-election', 'silence') + countOf('campaign-election', 'silenceOther'),
        );
        // The warning tier: a tolerated day, or outside the platforms' window under the charter.
        expect(sum('tolerated')).toBe(
          countOf('schedule-hours', 'tolerated') + countOf('schedule-hours', 'platformWindow'),
        );
        if (c.rules.includes('schedule-holidays'))
          expect(sum('onHoliday')).toBe(
            countOf('schedule-holidays', 'holiday') + countOf('schedule-holidays', 'holidayRisky'),
          );
        expect(sum('count') + s.unusable).toBe(c.recipientCount);
        for (const t of s.territories) {
          const drawn = t.days.reduce((n, d) => n + d.runs.reduce((m, r) => m + r[2], 0), 0);
          expect(drawn + t.laterDays).toBe(t.count);
        }
      }
    },
  );

  it('has one territory per region present, metropolitan France first, each at its local time', async () => {
    const { dir, manifest } = allTerritoriesCampaign();
    try {
      const result = await lint([manifest], { cwd: dir, summary: true });
      const s = result.campaigns[0].summary;
      const codes = s?.territories.map((t) => t.code);
      expect(codes?.[0]).toBe('FR');
      expect(new Set(codes)).toEqual(new Set(['FR', 'GF', 'GP', 'MQ', 'YT', 'RE', 'PM', 'BE']));
      const gp = s?.territories.find((t) => t.code === 'GP');
      expect(gp?.count).toBe(2);
      expect(gp?.outside).toBe(2);
      expect(gp?.days[0].runs).toEqual([[240, 241, 2]]); // 04:00 local
      expect(s?.schedule?.profile).toBe('charter');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws the first days of a long send and counts the later ones, holidays and weekends included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-html-days-'));
    try {
      writeFileSync(
        path.join(dir, 'mai.campaign.yaml'),
        'name: Mai\nchannel: sms\npurpose: marketing\nadvertiser: Léa\nsender: LEA\nmessage: "Léa : promo ! STOP au 36173"\nsend_at: 2027-05-03T10:00\nrecipients:\n  file: r.csv\n',
      );
      // 1 to 10 May 2027 at 10:00: holidays on the 1st, 6th (Ascension) and 8th; Sundays the 2nd and 9th.
      const rows = Array.from(
        { length: 10 },
        (_, i) => `06123456${String(i + 10)};oui;2027-05-${String(i + 1).padStart(2, '0')} 10:00`,
      );
      writeFileSync(path.join(dir, 'r.csv'), ['phone;consent;send_at', ...rows, ''].join('\n'));
      const result = await lint([path.join(dir, 'mai.campaign.yaml')], { cwd: dir, summary: true });
      const fr = result.campaigns[0].summary?.territories[0];
      expect(fr?.days.map((d) => d.date)).toEqual(
        ['01', '02', '03', '04', '05', '06', '07'].map((d) => `2027-05-${d}`),
      );
      expect(fr?.days.map((d) => d.runs)).toEqual(Array.from({ length: 7 }, () => [[600, 601, 1]]));
      expect(fr?.laterDays).toBe(3);
      expect(fr?.onHoliday).toBe(3);
      // The af2m charter 2026 allows every day 08:00–21:30 and tolerates Sundays (a warning).
      expect(fr?.outside).toBe(0);
      expect(fr?.tolerated).toBe(2);
      expect(fr?.days[0].holiday?.en).toBeTruthy();
      const page = formatters.html(result, en);
      expect(page).toContain('3\u00a0recipients more on later days (not drawn)');
      expect(page.match(/<figure class="t-day/g)).toHaveLength(7);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the sends inside the electoral silence per territory', async () => {
    const result = await lintFixture('political-election');
    const veille = result.campaigns.find((c) => c.name.includes('veille'));
    const silent = veille?.summary?.territories.map((t) => [t.code, t.holidayZone, t.inSilence]);
    expect(silent).toEqual(
      expect.arrayContaining([
        ['FR', 'metropole', 1],
        ['MF', 'saint-martin', 1],
        ['RE', 'la-reunion', 1],
      ]),
    );
    const page = formatters.html(result, fr);
    expect(page).toContain('✖ 1 pendant le silence électoral');
    expect(formatters.html(result, en)).toContain('1 during the electoral silence');
  });

  it('shows a political voicemail drop outside the canvassing window as a warning, not an error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-html-political-'));
    try {
      writeFileSync(
        path.join(dir, 'appel.campaign.yaml'),
        'channel: vms\npurpose: political\nadvertiser: Marie Durand\nsender: "01 62 12 34 56"\nmessage: "Bonjour, ici Marie Durand. Pour ne plus être appelé, envoyez STOP au 36173."\nsend_at: 2027-03-13T11:00\nelection: none\nrecipients:\n  file: r.csv\n',
      );
      writeFileSync(path.join(dir, 'r.csv'), 'phone;consent\n0612345678;oui\n');
      const result = await lint([path.join(dir, 'appel.campaign.yaml')], { cwd: dir, summary: true });
      const c = result.campaigns[0];
      expect(c.summary?.schedule?.advisory).toBe(true);
      expect(c.diagnostics.find((d) => d.ruleId === 'schedule-hours')?.severity).toBe('warning');
      const page = formatters.html(result, en);
      expect(page).toContain('⚠ 1 outside the recommended hours (warning)');
      expect(page).not.toContain('✖ 1 outside');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no windows when schedule-hours does not run', async () => {
    const result = await lint(['fixtures/bad-transactional'], { cwd: ROOT, summary: true });
    expect(result.campaigns[0].summary?.schedule).toBeNull();
    expect(formatters.html(result, en)).toContain('No hours limit applies');
  });
});

/** A result with `n` warnings of one rule, without reading a file (as a plugin engine could build). */
function fakeResult(message: string, n: number): LintResult {
  const file = path.join('fixtures', 'fake.csv');
  const diagnostic: Diagnostic = {
    ruleId: 'recipient-consent',
    severity: 'warning',
    messageId: 'missing',
    template: 'No consent',
    data: {},
    file,
    line: 2,
    recipient: '+33612345678',
  };
  const campaign: CampaignResult = campaignResult(
    {
      file: 'fake.campaign.yaml',
      name: 'Fake',
      channel: 'sms',
      purpose: 'marketing',
      recipientCount: n,
      rules: ['recipient-consent'],
      recipients: { file, delimiter: ',', encoding: 'utf8', bom: false, eol: '\n' },
    },
    function* () {
      for (let i = 0; i < n; i++) yield diagnostic;
    },
    0,
    n,
    {
      advertiser: 'Léa',
      sender: 'LEA',
      message,
      sendAt: { iso: '2027-01-13T10:00', timeZone: 'Europe/Paris', epochMs: Date.UTC(2027, 0, 13, 9) },
      ratePerMinute: null,
      audience: null,
      schedule: null,
      territories: [],
      unusable: 0,
      ownMessages: 0,
      longestVariant: null,
    },
  );
  return { rules: [], campaigns: [campaign], errorCount: 0, warningCount: n, failures: [] };
}

describe('html message section', () => {
  it('highlights the sentence of a voicemail script that says how to opt out', async () => {
    const page = formatters.html(await lintFixture('vms-canvassing'), en);
    expect(page).toMatch(/<mark class="m-stop"[^>]*>Pour ne plus recevoir nos messages[^<]*\.<\/mark>/);
    expect(page).toContain('Voicemail script');
    expect(page).not.toContain('Segments'); // a voicemail has no SMS segments
  });
});
