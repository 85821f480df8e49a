import { runCase, testRule } from '../../test/helpers/rule-tester';
import { interpolate } from '../../src/base/text';

// The 2027 presidential election as the tests take it: first round Sunday 11 April, second Sunday
// 25 April (the decree calling the voters is not out; these are the constitutional options).
const PRESIDENTIAL = { kind: 'presidential', ballots: ['2027-04-11', '2027-04-25'] };
const political = (extra: Record<string, unknown> = {}) => ({
  purpose: 'political',
  advertiser: 'Marie Durand',
  sender: 'DURAND2027',
  message: 'Marie Durand : réunion publique jeudi 19h. STOP au 36173',
  election: PRESIDENTIAL,
  ...extra,
});
const at = (send_at: string, extra: Record<string, unknown> = {}) => ({
  manifest: political({ send_at, ...extra }),
});
const one = (phone: string) => `phone;consent\n${phone};oui\n`;
const GUADELOUPE = one('0690 12 34 56');
const REUNION = one('0692 12 34 56');
const POLYNESIA = one('+689 87 12 34 56');
const SAINT_PIERRE = one('+508 55 12 34');
const FREE = (number: string) => `Marie Durand : une question ? Appelez le ${number}. STOP au 36173`;

testRule('campaign-election', {
  valid: [
    { name: 'election: none says no ballot is concerned', manifest: political({ election: 'none' }) },
    { name: 'Thursday before the first round, metropolitan', ...at('2027-04-08T10:00') },
    { name: 'Friday 23:59 in Paris: the eve (Saturday) has not begun', ...at('2027-04-09T23:59') },
    { name: 'Monday 00:00 after the first round: the silence is over', ...at('2027-04-12T00:00') },
    {
      name: 'Réunion, Friday 21:59 in Paris = 23:59 local: not yet the eve',
      ...at('2027-04-09T21:59'),
      csv: REUNION,
    },
    {
      name: 'Guadeloupe, Thursday 23:59 local: the Saturday vote’s eve (Friday) has not begun',
      ...at('2027-04-08T23:59', { timezone: 'America/Guadeloupe' }),
      csv: GUADELOUPE,
    },
    {
      name: 'Guadeloupe, Monday 00:00 local after the first round',
      ...at('2027-04-12T00:00', { timezone: 'America/Guadeloupe' }),
      csv: GUADELOUPE,
    },
    {
      name: 'Guadeloupe, municipal election: the territory votes on the Sunday, Friday is free',
      ...at('2027-04-09T12:00', {
        timezone: 'America/Guadeloupe',
        election: { kind: 'municipal', ballots: ['2027-04-11', '2027-04-18'] },
      }),
      csv: GUADELOUPE,
    },
    {
      name: 'Saint-Pierre-et-Miquelon, Thursday 23:59 local (Saturday territory)',
      ...at('2027-04-08T23:59', { timezone: 'America/Miquelon' }),
      csv: SAINT_PIERRE,
    },
    {
      name: 'French Polynesia voting a week early (territory_ballots): free between its vote and the metropolitan eve',
      ...at('2027-04-06T12:00', {
        timezone: 'Pacific/Tahiti',
        election: { ...PRESIDENTIAL, territory_ballots: { PF: ['2027-04-03', '2027-04-17'] } },
      }),
      csv: POLYNESIA,
    },
    {
      name: 'L50-1: a free number on the day before the window opens (first ballot in April 2027 → from 2026-10-01)',
      ...at('2026-09-30T10:00', { message: FREE('0 800 12 34 56') }),
    },
    {
      name: 'L50-1: a free number the day after the deciding round',
      ...at('2027-04-26T10:00', { message: FREE('0 800 12 34 56') }),
    },
    {
      name: 'L50-1 does not bind a referendum (no candidate)',
      ...at('2027-03-02T10:00', {
        message: FREE('0 800 12 34 56'),
        election: { kind: 'referendum', ballots: ['2027-04-11'] },
      }),
    },
    {
      name: 'near miss: a normal-rate 0806 number is not free',
      ...at('2027-03-02T10:00', { message: FREE('0 806 12 34 56') }),
    },
    {
      name: 'near miss: a 09 number is not free',
      ...at('2027-03-02T10:00', { message: FREE('09 74 75 13 13') }),
    },
    {
      name: 'near miss: "3000 adhérents" and "3100 €" are not short numbers',
      ...at('2027-03-02T10:00', {
        message: 'Marie Durand : déjà 3000 adhérents, merci ! Dons : 3100 € le 3 mars. STOP au 36173',
      }),
    },
    {
      name: 'near miss: a year after "le" is not a short number ("le 3010e anniversaire" would be, "en 2027" is not)',
      ...at('2027-03-02T10:00', { message: 'Marie Durand : rendez-vous le 3 avril 2027. STOP au 36173' }),
    },
  ],
  invalid: [
    {
      name: 'a political campaign without election: one reminder, however many recipients',
      manifest: political({ election: undefined }),
      csv: 'phone;consent\n0612345678;oui\n0612345679;oui\n',
      errors: [{ messageId: 'noElection', severity: 'warning' }],
    },
    {
      name: 'Saturday, the eve of the first round, metropolitan',
      ...at('2027-04-10T10:00'),
      errors: [{ messageId: 'silence', severity: 'error' }],
    },
    {
      name: 'Saturday 00:00 in Paris: the eve has begun',
      ...at('2027-04-10T00:00'),
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'the ballot day itself, 23:59',
      ...at('2027-04-11T23:59'),
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'Friday 23:00 in Paris is already Saturday 01:00 in Réunion (the eve)',
      ...at('2027-04-09T23:00'),
      csv: REUNION,
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'Guadeloupe, presidential: Friday 00:00 local is the eve of its Saturday vote',
      ...at('2027-04-09T00:00', { timezone: 'America/Guadeloupe' }),
      csv: GUADELOUPE,
      errors: [{ messageId: 'silence', severity: 'error' }],
    },
    {
      name: 'Guadeloupe, Sunday 23:00 local: the silence lasts through the metropolitan ballot day',
      ...at('2027-04-11T23:00', { timezone: 'America/Guadeloupe' }),
      csv: GUADELOUPE,
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'Saint-Martin (0690 with postal code 97150), presidential: Friday local',
      ...at('2027-04-09T08:00', { timezone: 'America/Marigot' }),
      csv: 'phone;consent;postal_code\n0690 12 34 56;oui;97150\n',
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'Saint-Pierre-et-Miquelon, Friday 00:30 local',
      ...at('2027-04-09T00:30', { timezone: 'America/Miquelon' }),
      csv: SAINT_PIERRE,
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'French Polynesia voting a week early: its own eve (Friday 2 April local)',
      ...at('2027-04-02T10:00', {
        timezone: 'Pacific/Tahiti',
        election: { ...PRESIDENTIAL, territory_ballots: { PF: ['2027-04-03', '2027-04-17'] } },
      }),
      csv: POLYNESIA,
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'French Polynesia voting a week early: the metropolitan eve still counts (one electorate, one campaign)',
      ...at('2027-04-10T10:00', {
        timezone: 'Pacific/Tahiti',
        election: { ...PRESIDENTIAL, territory_ballots: { PF: ['2027-04-03', '2027-04-17'] } },
      }),
      csv: POLYNESIA,
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'second round: its eve',
      ...at('2027-04-24T12:00'),
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'VMS on the eve: serial calls (L49 3°)',
      ...at('2027-04-10T10:00', {
        channel: 'vms',
        sender: '0162123456',
        message:
          'Bonjour, ici l’équipe de Marie Durand. Pour ne plus être appelé, envoyez STOP au 36173. Votez dimanche !',
      }),
      errors: [{ messageId: 'silence' }],
    },
    {
      name: 'a rate that carries the last recipients past Friday midnight into the eve',
      ...at('2027-04-09T23:59', { rate_per_minute: 1 }),
      csv: 'phone;consent\n0612345678;oui\n0612345679;oui\n',
      errors: [{ messageId: 'silence', line: 3 }],
    },
    {
      name: 'L50-1: a free number on the first day of the window (2026-10-01)',
      ...at('2026-10-01T10:00', { message: FREE('0 800 12 34 56') }),
      errors: [{ messageId: 'freeNumber', severity: 'error' }],
    },
    {
      name: 'L50-1: "+33 8 05 12 34 56" between the rounds',
      ...at('2027-04-20T10:00', { message: FREE('+33 8 05 12 34 56') }),
      errors: [{ messageId: 'freeNumber' }],
    },
    {
      name: 'L50-1: "08.00.12.34.56"',
      ...at('2027-01-15T10:00', { message: FREE('08.00.12.34.56') }),
      errors: [{ messageId: 'freeNumber' }],
    },
    {
      name: 'L50-1: "0800123456"',
      ...at('2027-01-15T10:00', { message: FREE('0800123456') }),
      errors: [{ messageId: 'freeNumber' }],
    },
    {
      name: 'L50-1: a free short number, "appelez le 3010"',
      ...at('2027-01-15T10:00', { message: FREE('3010') }),
      errors: [{ messageId: 'freeNumber' }],
    },
    {
      name: 'L50-1: in a per-row message, reported on its row',
      ...at('2027-01-15T10:00'),
      csv: `phone;consent;message\n0612345678;oui;\n0612345679;oui;${FREE('0 805 12 34 56')}\n`,
      errors: [{ messageId: 'freeNumber', line: 3 }],
    },
    {
      name: 'kind: other: the silence is a warning (the Code électoral may not govern the ballot)',
      ...at('2027-04-10T10:00', { election: { kind: 'other', ballots: ['2027-04-11'] } }),
      errors: [{ messageId: 'silenceOther', severity: 'warning' }],
    },
    {
      name: 'kind: other: the free number is a warning',
      ...at('2027-03-01T10:00', {
        message: FREE('0 800 12 34 56'),
        election: { kind: 'other', ballots: ['2027-04-11'] },
      }),
      errors: [{ messageId: 'freeNumberOther', severity: 'warning' }],
    },
    {
      name: 'a ballot day that is not a Sunday (a typo moves the silence)',
      ...at('2027-03-01T10:00', { election: { kind: 'legislative', ballots: ['2027-04-12'] } }),
      errors: [{ messageId: 'notSunday', severity: 'warning' }],
    },
  ],
});

describe('campaign-election messages', () => {
  it('name L49, the local ballot and when the silence ends, in both languages', async () => {
    const [d] = await runCase('campaign-election', {
      name: 'Guadeloupe Friday',
      ...at('2027-04-09T00:00', { timezone: 'America/Guadeloupe' }),
      csv: GUADELOUPE,
    });
    expect(interpolate(d.template, d.data, 'en')).toBe(
      'Sent on Friday 2027-04-09 at 00:00 local time (Guadeloupe), during the electoral silence of round 1 (ballot on Saturday 2027-04-10, Guadeloupe): C. électoral L49 2° (wording in force since 30/06/2020) forbids sending electoral propaganda messages by electronic means from 00:00 on the eve of the ballot; the silence ends at 00:00 on Monday 2027-04-12, local time',
    );
    expect(interpolate(d.template, d.data, 'fr')).toBe(
      'Envoyé le vendredi 09/04/2027 à 00:00, heure locale (Guadeloupe), pendant le silence électoral du tour 1 (scrutin le samedi 10/04/2027, Guadeloupe)\u00a0: le L49 2° du Code électoral (rédaction en vigueur depuis le 30/06/2020) interdit de diffuser par voie électronique tout message de propagande électorale à partir de la veille du scrutin à zéro heure\u202f; le silence prend fin le lundi 12/04/2027 à 0 h, heure locale',
    );
  });
  it('cite 3° (serial calls) for a voicemail drop', async () => {
    const [d] = await runCase('campaign-election', {
      name: 'VMS',
      ...at('2027-04-10T10:00', { channel: 'vms', sender: '0162123456' }),
    });
    expect(interpolate(d.template, d.data, 'en')).toContain('L49 2° and 3°');
  });
});
