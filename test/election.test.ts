import { DateTime } from 'luxon';
import {
  electionTerritoryOf,
  freeNumberBan,
  freeNumbersIn,
  localBallotDays,
  silenceAt,
  silenceWindows,
} from '../src/law/election';
import type { Election } from '../src/base/types';

// src/law/election.ts is the one answer to "may this recipient receive a political message now, and
// until when not?": the campaign-election rule and the send planner both ask it.
const presidential: Election = {
  kind: 'presidential',
  ballots: ['2027-04-11', '2027-04-25'],
  territoryBallots: {},
};
const at = (iso: string, timeZone: string) => ({
  epochMs: DateTime.fromISO(iso, { zone: timeZone }).toMillis(),
  timeZone,
});
const localIso = (ms: number, timeZone: string) =>
  DateTime.fromMillis(ms, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('silenceAt', () => {
  it('is null the minute before the eve and set from 00:00 on the eve, in the recipient’s own time', () => {
    expect(silenceAt(presidential, 'FR', at('2027-04-09T23:59', 'Europe/Paris'))).toBeNull();
    const silence = silenceAt(presidential, 'FR', at('2027-04-10T00:00', 'Europe/Paris'));
    expect(silence?.window.round).toBe(1);
    expect(localIso(silence!.until, 'Europe/Paris')).toBe('2027-04-12T00:00');
    expect(silence?.basis.en).toContain('L49 2°');
  });

  it('Friday 23:00 in Paris is Saturday 01:00 in Réunion: silent there, not in Paris', () => {
    const instant = at('2027-04-09T23:00', 'Europe/Paris').epochMs;
    expect(silenceAt(presidential, 'FR', { epochMs: instant, timeZone: 'Europe/Paris' })).toBeNull();
    const reunion = silenceAt(presidential, 'RE', { epochMs: instant, timeZone: 'Indian/Reunion' });
    expect(reunion).not.toBeNull();
    expect(localIso(reunion!.until, 'Indian/Reunion')).toBe('2027-04-12T00:00');
  });

  it.each(['GP', 'MQ', 'GF', 'BL', 'MF', 'PM', 'PF'])(
    '%s votes on the Saturday for a presidential ballot: silent from Friday 00:00 local through Sunday',
    (code) => {
      const zone = {
        GP: 'America/Guadeloupe',
        MQ: 'America/Martinique',
        GF: 'America/Cayenne',
        BL: 'America/St_Barthelemy',
        MF: 'America/Marigot',
        PM: 'America/Miquelon',
        PF: 'Pacific/Tahiti',
      }[code] as string;
      expect(localBallotDays(presidential, code)).toEqual(['2027-04-10', '2027-04-24']);
      expect(silenceAt(presidential, code, at('2027-04-08T23:59', zone))).toBeNull();
      const friday = silenceAt(presidential, code, at('2027-04-09T00:00', zone), 'vms');
      expect(friday?.window).toMatchObject({
        firstDay: '2027-04-09',
        lastDay: '2027-04-11',
        ballot: '2027-04-10',
      });
      expect(friday?.basis.en).toContain('3°');
      expect(localIso(friday!.until, zone)).toBe('2027-04-12T00:00');
      expect(silenceAt(presidential, code, at('2027-04-12T00:00', zone))).toBeNull();
    },
  );

  it.each(['municipal', 'departmental', 'regional', 'other'] as const)(
    'kind %s: the ballot is on the Sunday everywhere: Guadeloupe is silent from Saturday only',
    (kind) => {
      const election: Election = { kind, ballots: ['2027-03-14'], territoryBallots: {} };
      expect(silenceAt(election, 'GP', at('2027-03-12T12:00', 'America/Guadeloupe'))).toBeNull();
      expect(silenceAt(election, 'GP', at('2027-03-13T00:00', 'America/Guadeloupe'))).not.toBeNull();
    },
  );

  it('territory_ballots: a territory voting a week early is silent before its own vote and before the metropolitan one', () => {
    const election: Election = { ...presidential, territoryBallots: { PF: ['2027-04-03', '2027-04-17'] } };
    const windows = silenceWindows(election, 'PF', 'Pacific/Tahiti');
    expect(windows.map((w) => [w.round, w.firstDay, w.lastDay, w.ballot])).toEqual([
      [1, '2027-04-02', '2027-04-03', '2027-04-03'],
      [1, '2027-04-10', '2027-04-11', '2027-04-11'],
      [2, '2027-04-16', '2027-04-17', '2027-04-17'],
      [2, '2027-04-24', '2027-04-25', '2027-04-25'],
    ]);
    expect(silenceAt(election, 'PF', at('2027-04-06T12:00', 'Pacific/Tahiti'))).toBeNull();
  });

  it('a foreign number gets the metropolitan days in the zone it is given', () => {
    expect(silenceAt(presidential, 'US', at('2027-04-10T08:00', 'Europe/Paris'))).not.toBeNull();
  });

  it('the planner can walk to the end of the silence and find a free instant', () => {
    const zone = 'America/Guadeloupe';
    const first = silenceAt(presidential, 'GP', at('2027-04-10T09:00', zone))!;
    expect(silenceAt(presidential, 'GP', { epochMs: first.until - 1, timeZone: zone })).not.toBeNull();
    expect(silenceAt(presidential, 'GP', { epochMs: first.until, timeZone: zone })).toBeNull();
  });
});

describe('electionTerritoryOf', () => {
  it('takes Saint-Martin and Saint-Barthélemy from the postal code, else the number’s territory', () => {
    const gp = { territory: { code: 'GP' } };
    expect(electionTerritoryOf({ ...gp, holidayZone: 'saint-martin' })).toBe('MF');
    expect(electionTerritoryOf({ ...gp, holidayZone: 'saint-barthelemy' })).toBe('BL');
    expect(electionTerritoryOf({ ...gp, holidayZone: 'guadeloupe' })).toBe('GP');
  });
});

describe('freeNumberBan (L50-1)', () => {
  it.each([
    [['2027-04-11', '2027-04-25'], { from: '2026-10-01', to: '2027-04-25' }],
    [['2027-06-13', '2027-06-20'], { from: '2026-12-01', to: '2027-06-20' }],
    [['2028-01-09'], { from: '2027-07-01', to: '2028-01-09' }],
    [['2026-07-05'], { from: '2026-01-01', to: '2026-07-05' }],
  ])('first ballot %j → %j', (ballots, window) => {
    expect(freeNumberBan({ kind: 'legislative', ballots, territoryBallots: {} })).toEqual(window);
  });
  it('a referendum has no candidate: no window', () => {
    expect(freeNumberBan({ kind: 'referendum', ballots: ['2027-04-11'], territoryBallots: {} })).toBeNull();
  });
});

describe('freeNumbersIn', () => {
  it.each([
    '0800 12 34 56',
    '0 800 12 34 56',
    '08 00 12 34 56',
    '0800123456',
    '08.05.12.34.56',
    '0 805 123 456',
    '08-01-12-34-56',
    '+33 8 00 12 34 56',
    '+33 (0)8 00 12 34 56',
    '+33800123456',
    '0033 8 04 12 34 56',
    'appelez le 3010',
    'composez le 3101 !',
    'numéro vert : 3008',
    'au 3100.',
  ])('finds %s', (text) => {
    expect(freeNumbersIn(`Marie Durand : ${text}`)).toHaveLength(1);
  });
  it.each([
    '0806 12 34 56 (prix d’un appel normal)',
    '0 809 12 34 56',
    '0810 12 34 56',
    '09 74 75 13 13',
    '01 62 12 34 56',
    'STOP au 36173',
    'déjà 3000 adhérents',
    'le 3100 € de dons',
    'le 3010,50',
    'au 3101 12 34',
    'en 2027',
    'le 31 mars',
    '80012345678',
  ])('does not take %s for a free number', (text) => {
    expect(freeNumbersIn(`Marie Durand : ${text}`)).toEqual([]);
  });
});
