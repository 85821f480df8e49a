import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './helpers/paths';
import { runPlan, scheduleFindings, type PlanJson } from './helpers/plan-proof';
import type { ScheduleRule } from '../src/plan';
import { lint } from '../src/engine/lint';

// The plan is proven, not asserted (issue 26): the batch manifests a plan writes are linted, and no
// schedule rule (schedule-hours, schedule-holidays, campaign-election, recipient-frequency) may
// report anything at the plan's tier — for every fixture, and for generated campaigns. A planner
// that ignores a rule must be caught by the same check.

// 15 generated campaigns by default (30 until December 2026; each is planned and every batch
// linted): a planner that ignores any one schedule rule fails on the first of them (see the end
// of the file). PROPERTY_RUNS and PROPERTY_SEED widen the search locally (CONTRIBUTING.md).
const SETTINGS = {
  seed: Number(process.env.PROPERTY_SEED ?? 20261207),
  numRuns: Number(process.env.PROPERTY_RUNS ?? 15),
  interruptAfterTimeLimit: 150_000,
};

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'cl-plan-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const manifests = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return manifests(rel);
    return /\.campaign\.(ya?ml|json)$/.test(entry.name) ? [rel] : [];
  });

/** Placed + not placed + rejected = every recipient; the batches hold the placed ones, in send order. */
function balanced(plan: PlanJson): void {
  const t = plan.totals;
  expect(t.placed + t.unplaced + t.rejected).toBe(t.recipients);
  expect(plan.batches.reduce((n, b) => n + b.count, 0)).toBe(t.placed);
  const times = plan.batches.map((b) => Date.parse(b.utc));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
}

describe('every fixture campaign: its batches draw no schedule diagnostic at the tier', () => {
  // fixtures/exports/numbers is a Numbers file: refused (exit 2) like the broken inputs.
  const all = [...manifests('fixtures')].filter(
    (m) => !m.startsWith('fixtures/broken') && !m.startsWith('fixtures/exports/numbers/'),
  );
  it.each(all.flatMap((m) => [[m, 'warning'] as const, [m, 'error'] as const]))(
    '%s (tier %s)',
    async (manifest, tier) => {
      const dir = path.relative(ROOT, path.join(tmp, `${manifest.replace(/\W+/g, '-')}-${tier}`));
      const run = await runPlan(ROOT, manifest, dir, { tier });
      expect([0, 1]).toContain(run.code);
      if (!run.plan) return; // blocked: the campaign has errors no send time fixes (tested in plan-cli)
      balanced(run.plan);
      expect(run.code).toBe(run.plan.unplaced.count > 0 ? 1 : 0);
      expect(await scheduleFindings(ROOT, dir, run.plan)).toEqual([]);
    },
  );

  it('fixtures/overseas: seven batches, every recipient placed, each batch lints with exit 0', async () => {
    const dir = path.relative(ROOT, path.join(tmp, 'overseas-readme'));
    const run = await runPlan(ROOT, 'fixtures/overseas/carnaval.campaign.yaml', dir);
    expect(run.code).toBe(0);
    const plan = run.plan as PlanJson;
    expect(plan.batches.map((b) => [b.sendAt, b.count])).toEqual([
      ['2027-05-27T09:00+02:00', 6], // Réunion, Mayotte, metropolitan France and the Pacific: as asked
      ['2027-05-27T12:00+02:00', 1], // Saint-Pierre-et-Miquelon at 08:00 local
      ['2027-05-27T13:00+02:00', 1], // Guyane at 08:00 local
      ['2027-05-27T14:00+02:00', 2], // Martinique and Saint-Barthélemy at 08:00 local
      ['2027-05-27T20:00+02:00', 1], // Tahiti: 21:00 the day before is outside the platforms' window
      ['2027-05-28T14:00+02:00', 1], // Guadeloupe: 27 May is its abolition day, the 28th at 08:00
      ['2027-05-29T16:00+02:00', 1], // Saint-Martin: 27 and 28 May, then Saturday from 10:00
    ]);
    for (const b of plan.batches) {
      const result = await lint([path.join(dir, b.manifest)], { cwd: ROOT });
      expect({ batch: b.batch, errors: result.campaigns[0].errorCount, failures: result.failures }).toEqual({
        batch: b.batch,
        errors: 0,
        failures: [],
      });
    }
  });
});

// --- generated campaigns ---------------------------------------------------------------------------

/** Numbers of each territory (the last two digits vary per row), with a postal code that places them. */
const PLACES = [
  { number: (i: number) => `06 12 34 56 ${pad(i)}`, cp: '75011' }, // metropolitan France
  { number: (i: number) => `07 45 12 34 ${pad(i)}`, cp: '67000' }, // Alsace-Moselle
  { number: (i: number) => `0692 12 34 ${pad(i)}`, cp: '97400' }, // La Réunion
  { number: (i: number) => `0690 12 34 ${pad(i)}`, cp: '97110' }, // Guadeloupe
  { number: (i: number) => `0690 12 35 ${pad(i)}`, cp: '97150' }, // Saint-Martin
  { number: (i: number) => `0690 12 36 ${pad(i)}`, cp: '97133' }, // Saint-Barthélemy
  { number: (i: number) => `0696 12 34 ${pad(i)}`, cp: '97200' }, // Martinique
  { number: (i: number) => `0694 12 34 ${pad(i)}`, cp: '97300' }, // Guyane
  { number: (i: number) => `+262 639 01 23 ${pad(i)}`, cp: '97600' }, // Mayotte
  { number: (i: number) => `+508 55 12 ${pad(i)}`, cp: '97500' }, // Saint-Pierre-et-Miquelon
  { number: (i: number) => `+689 87 12 34 ${pad(i)}`, cp: '98714' }, // French Polynesia
];
const pad = (i: number) => String(i % 100).padStart(2, '0');

/** Days around holidays of some territory, the charter's change, a DST change, and plain days. */
const DAYS = [
  '2027-05-26', // eve of Guadeloupe's and Saint-Martin's abolition days
  '2027-05-27',
  '2027-05-28',
  '2027-07-13',
  '2027-12-24',
  '2027-12-26', // St Stephen's Day in Alsace-Moselle
  '2027-04-26', // eve of Mayotte's abolition day
  '2027-03-26', // Good Friday
  '2027-03-27', // Saturday before the change to summer time
  '2026-02-27', // under the af2m charter 2024
  '2027-01-01',
  '2027-06-09', // eve of Guyane's abolition day
  '2027-10-08',
  '2027-12-19',
];

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const campaign = fc.record({
  kind: fc.constantFrom('sms', 'vms', 'vms-b2b'),
  day: fc.constantFrom(...DAYS),
  minute: fc.integer({ min: 0, max: 1439 }),
  rate: fc.option(fc.constantFrom(0.5, 1, 2, 3), { nil: null }),
  tier: fc.constantFrom('warning', 'error'),
  profile: fc.option(fc.constantFrom('conservative', 'af2m-2024', 'af2m-2026', 'canvassing'), { nil: null }),
  strict: fc.boolean(),
  rows: fc.array(
    fc.record({
      place: fc.integer({ min: 0, max: PLACES.length - 1 }),
      ownTime: fc.option(fc.integer({ min: 0, max: 3 * 1440 }), { nil: null }),
      history: fc.array(fc.integer({ min: 1, max: 40 * 24 }), { maxLength: 5 }), // hours before the send
    }),
    { minLength: 1, maxLength: 16 },
  ),
  ownTimes: fc.boolean(),
});
type Generated = typeof campaign extends fc.Arbitrary<infer T> ? T : never;

let runs = 0;
/** Writes the generated campaign in a fresh folder and plans it. */
async function planGenerated(c: Generated, ignore: readonly ScheduleRule[] = []) {
  const dir = path.join(tmp, `gen-${runs++}`);
  mkdirSync(dir);
  const vms = c.kind !== 'sms';
  const send = `${c.day}T${hhmm(c.minute)}`;
  const base = Date.parse(`${c.day}T00:00:00Z`);
  const at = (minutes: number) => new Date(base + minutes * 60000).toISOString().slice(0, 16);
  const rows = c.rows.map((r, i) => {
    const place = PLACES[r.place];
    const own = c.ownTimes && r.ownTime !== null ? at(r.ownTime) : '';
    return { cells: [place.number(i), 'oui', 'oui', place.cp, ...(c.ownTimes ? [own] : [])], row: r, i };
  });
  const header = ['phone', 'consent', 'contract', 'code_postal', ...(c.ownTimes ? ['send_at'] : [])];
  writeFileSync(
    path.join(dir, 'recipients.csv'),
    [header, ...rows.map((r) => r.cells)].map((r) => r.join(';')).join('\n') + '\n',
  );
  const history = rows.flatMap((r) =>
    vms
      ? r.row.history.map(
          (h) =>
            `${r.cells[0]};${new Date(Date.parse(`${send}:00Z`) - h * 3600000).toISOString().slice(0, 16)};vms`,
        )
      : [],
  );
  if (history.length > 0)
    writeFileSync(path.join(dir, 'history.csv'), `phone;sent_at;channel\n${history.join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'p.campaign.yaml'),
    [
      `channel: ${vms ? 'vms' : 'sms'}`,
      'purpose: marketing',
      ...(c.kind === 'vms-b2b' ? ['audience: professionals'] : []),
      'advertiser: Boutique Léa',
      `sender: ${vms ? '"01 62 12 34 56"' : 'BOUTIQLEA'}`,
      vms
        ? 'message: "Bonjour, ici Boutique Léa : nos soldes commencent. Pour ne plus recevoir nos messages, appelez gratuitement le 0 800 12 34 56."'
        : 'message: "Boutique Léa : -30% ce week-end ! STOP au 36173"',
      `send_at: ${send}`,
      ...(c.rate ? [`rate_per_minute: ${c.rate}`] : []),
      'analogous_offer: true',
      ...(history.length > 0 ? ['history: history.csv'] : []),
      'recipients:',
      '  file: recipients.csv',
      '',
    ].join('\n'),
  );
  const rules = c.profile ? `rules:\n  schedule-hours: [error, { profile: ${c.profile} }]\n` : '';
  writeFileSync(
    path.join(dir, 'campaign-lint.config.yaml'),
    `extends: ${c.strict ? 'strict' : 'recommended'}\n${rules}`,
  );
  const run = await runPlan(dir, 'p.campaign.yaml', 'out', { tier: c.tier as 'warning' | 'error', ignore });
  return { dir, run };
}

/** The proof for one generated campaign: the violations found (none for a right planner). */
async function violations(c: Generated, ignore: readonly ScheduleRule[] = []) {
  const { dir, run } = await planGenerated(c, ignore);
  if (!run.plan) {
    // Blocked: nothing may be written.
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'out', 'p.plan.json'))).toBe(false);
    return [];
  }
  balanced(run.plan);
  expect(run.code).toBe(run.plan.unplaced.count > 0 ? 1 : 0);
  // Nothing goes out before it was asked for (rows without their own time ask for send_at).
  if (!c.ownTimes)
    for (const b of run.plan.batches)
      expect(Date.parse(b.utc)).toBeGreaterThanOrEqual(Date.parse(run.plan.requested.utc));
  const found = await scheduleFindings(dir, 'out', run.plan);
  return found.map((d) => `${d.ruleId} ${d.file}:${d.line}`);
}

it('generated campaigns (territories, send times, rates, holidays, histories, tiers): no schedule diagnostic in any batch', async () => {
  await fc.assert(
    fc.asyncProperty(campaign, async (c) => {
      expect(await violations(c)).toEqual([]);
    }),
    SETTINGS,
  );
}, 600_000);

describe('a wrong planner is caught by the same proof', () => {
  it.each([['schedule-holidays'], ['schedule-hours'], ['recipient-frequency']] as const)(
    'a planner that ignores %s fails the property',
    async (rule) => {
      // What the proof found for each campaign tried (the one it stops at is the counterexample).
      const found = new Map<Generated, string[]>();
      const out = await fc.check(
        fc.asyncProperty(campaign, async (c) => {
          found.set(c, await violations(c, [rule]));
          return (found.get(c) as string[]).length === 0;
        }),
        { ...SETTINGS, numRuns: 200, endOnFailure: true },
      );
      expect(out.failed).toBe(true);
      // It fails because that rule reports on a batch, not for any other reason.
      const [c] = out.counterexample as [Generated];
      expect(found.get(c)).toEqual(expect.arrayContaining([expect.stringMatching(`^${rule} `)]));
    },
    600_000,
  );
});
