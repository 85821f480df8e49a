import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { loadManifest } from '../src/inputs/manifest';
import { runCli } from './helpers/scratch-campaign';

// The manifest's `election` field (campaign-format.md): `none`, or kind, ballots and the optional
// territory_ballots. Anything else is an input error (exit 2) that names the line and the field.
const HEAD =
  'channel: sms\npurpose: political\nadvertiser: Marie Durand\nsender: DURAND\nmessage: Votez Marie Durand ! STOP au 36173\nsend_at: 2027-03-10T10:00\nrecipients:\n  file: r.csv\n';
// HEAD is 8 lines: `election` starts on line 9.

describe('manifest election', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-election-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (election: string) => {
    const file = path.join(dir, 'x.campaign.yaml');
    writeFileSync(file, `${HEAD}${election}`);
    return loadManifest(file, dir);
  };
  const failure = async (election: string) =>
    (await load(election).then(
      () => ({ line: 0, message: 'accepted', hint: '' }),
      (e: unknown) => e,
    )) as { line?: number; message: string; hint?: string };

  it('is null when absent, and "none" when the manifest says none', async () => {
    expect((await load('')).election).toBeNull();
    expect((await load('election: none\n')).election).toBe('none');
    expect((await load('election: None\n')).election).toBe('none');
  });

  it('reads kind, ballots and territory_ballots', async () => {
    const m = await load(
      'election:\n  kind: presidential\n  ballots: [2027-04-11, 2027-04-25]\n  territory_ballots:\n    PF: [2027-04-03, 2027-04-17]\n',
    );
    expect(m.election).toEqual({
      kind: 'presidential',
      ballots: ['2027-04-11', '2027-04-25'],
      territoryBallots: { PF: ['2027-04-03', '2027-04-17'] },
    });
  });

  it('takes a single ballot day written without a list', async () => {
    const m = await load('election:\n  kind: referendum\n  ballots: 2027-04-11\n');
    expect(m.election).toMatchObject({ ballots: ['2027-04-11'] });
  });

  it.each([
    ['election: yes\n', 9, /election must be "none" or a mapping \(got "yes"\)/, /kind: presidential/],
    ['election:\n  ballots: [2027-04-11]\n', 9, /missing field "election.kind"/, /kind/],
    [
      'election:\n  kind: presidentielle\n  ballots: [2027-04-11]\n',
      10,
      /election.kind must be one of presidential, legislative/,
      /presidential/,
    ],
    ['election:\n  kind: presidential\n', 9, /missing election.ballots/, /first round first/],
    [
      'election:\n  kind: presidential\n  ballots:\n    - 2027-04-11\n    - 25/04/2027\n',
      13,
      /election.ballots: "25\/04\/2027" is not a date \(YYYY-MM-DD\)/,
      /2027-04-11, 2027-04-25/,
    ],
    [
      'election:\n  kind: presidential\n  ballots: [2027-02-30]\n',
      11,
      /"2027-02-30" is not a date/,
      undefined,
    ],
    [
      'election:\n  kind: presidential\n  ballots:\n    - 2027-04-25\n    - 2027-04-11\n',
      13,
      /the rounds must be in order \(2027-04-25 then 2027-04-11\)/,
      undefined,
    ],
    [
      'election:\n  kind: presidential\n  ballots: [2027-04-11]\n  tour: 1\n',
      12,
      /unknown field "election.tour"/,
      /kind, ballots, territory_ballots/,
    ],
    [
      'election:\n  kind: presidential\n  ballots: [2027-04-11]\n  territory_ballots:\n    TAHITI: [2027-04-10]\n',
      13,
      /unknown territory "TAHITI" in election.territory_ballots/,
      /GP, MQ, GF/,
    ],
    [
      'election:\n  kind: presidential\n  ballots: [2027-04-11, 2027-04-25]\n  territory_ballots:\n    PF: [2027-04-10]\n',
      13,
      /election.territory_ballots.PF gives 1 day for 2 rounds/,
      undefined,
    ],
    [
      'election:\n  kind: presidential\n  ballots: [2027-04-11]\n  territory_ballots:\n    PF: [2027-04-12]\n',
      13,
      /2027-04-12 is not within the 14 days up to the metropolitan ballot of the same round \(2027-04-11\)/,
      /earlier than metropolitan France/,
    ],
  ])('refuses %j at line %i', async (election, line, message, hint) => {
    const error = await failure(election);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
    if (hint) expect(error.hint).toMatch(hint);
  });

  it('the command line exits 2 with the file, line and field', async () => {
    writeFileSync(path.join(dir, 'r.csv'), 'phone;consent\n0612345678;oui\n');
    writeFileSync(
      path.join(dir, 'x.campaign.yaml'),
      `${HEAD}election:\n  kind: presidential\n  ballots: [11/04/2027]\n`,
    );
    const result = await runCli(dir, ['x.campaign.yaml', '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('x.campaign.yaml:11');
    expect(result.stderr).toMatch(
      /election\.ballots\s: «\s11\/04\/2027\s» n’est pas une date \(AAAA-MM-JJ\)/u,
    );
  });
});
