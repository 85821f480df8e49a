import fc from 'fast-check';
import { writeFileSync } from 'fs';
import path from 'path';
import {
  busiestWindow,
  FREQUENCY_WINDOW_MS,
  frequencyFreesAfter,
  overFrequencyCap,
} from '../src/law/frequency';
import { loadSendHistory } from '../src/recipients';
import { tempFolder } from './helpers/temp';

// src/law/frequency.ts is the one place that counts D223-9's rolling 30 days: recipient-frequency
// reports with it and the send planner waits with it until one more send is allowed.

const HOUR = 3600 * 1000;
const W = FREQUENCY_WINDOW_MS;

/** The rule's definition, by brute force: windows [start, start + W) starting on a send in (at − W, at]. */
function bruteBusiest(times: number[], at: number): number {
  let best = 0;
  for (const start of times) {
    if (start > at || start <= at - W) continue;
    best = Math.max(best, times.filter((t) => t >= start && t < start + W).length);
  }
  return best;
}

// Sends on an hourly grid over 90 days (ties and exact 30-day gaps included).
const sends = fc
  .array(fc.integer({ min: 0, max: 90 * 24 }), { maxLength: 14 })
  .map((hours) => hours.map((h) => h * HOUR).sort((a, b) => a - b));
const instant = fc.integer({ min: 0, max: 120 * 24 }).map((h) => h * HOUR);

it('busiestWindow counts what the rule always counted, in one pass', () => {
  fc.assert(
    fc.property(sends, instant, (times, at) => {
      const all = [...times, at].sort((a, b) => a - b);
      const found = busiestWindow(all, at);
      expect(found.count).toBe(bruteBusiest(all, at));
      expect(found.from).toBeLessThanOrEqual(at);
      expect(found.to - found.from).toBeLessThan(W);
    }),
    { numRuns: 500 },
  );
});

it('overFrequencyCap is "this send would be reported", whatever the order of the sends given', () => {
  fc.assert(
    fc.property(sends, instant, fc.integer({ min: 1, max: 5 }), (times, at, max) => {
      const brute = bruteBusiest(
        [...times, at].sort((a, b) => a - b),
        at,
      );
      const found = overFrequencyCap([...times].reverse(), [at], at, max);
      expect(found === null ? null : found.count).toBe(brute > max ? brute : null);
    }),
    { numRuns: 500 },
  );
});

it('the four sends of D223-9: a fifth is over the cap until the first leaves the 30 days', () => {
  const day = 24 * HOUR;
  const times = [0, 2 * day, 5 * day, 9 * day];
  expect(overFrequencyCap(times, [10 * day], 10 * day, 4)).toEqual({ count: 5, from: 0, to: 10 * day });
  expect(overFrequencyCap(times, [10 * day], 10 * day, 5)).toBeNull();
  expect(frequencyFreesAfter(times, 10 * day)).toBe(W);
  expect(overFrequencyCap(times, [W], W, 4)).toBeNull();
});

it('the history keeps, per number and in order, only the calls and drops of the advertiser within reach of the send', async () => {
  const dir = tempFolder('cl-history-');
  writeFileSync(
    path.join(dir, 'history.csv'),
    [
      'phone;sent_at;channel;advertiser',
      '0612345678;2027-01-10 11:00;vms;',
      '+33612345678;2027-01-02 11:00;voice;BOUTIQUE LEA',
      '0612345678;2027-01-05 11:00;sms;',
      '0612345678;2027-01-06 11:00;vms;Autre Marque',
      '0698765432;13/01/2027 09:30;;',
      '0698765432;2026-12-14 10:00;vms;', // 30 days before send_at exactly: in no period with it
      '0698765432;2026-12-14 10:01;vms;',
      ';2027-01-01 10:00;vms;',
      '',
    ].join('\n'),
  );
  const history = await loadSendHistory(path.join(dir, 'history.csv'), dir, {
    channel: 'vms',
    advertiser: 'Boutique Léa',
    timeZone: 'Europe/Paris',
    sendAtMs: Date.parse('2027-01-13T09:00:00Z'),
  });
  expect(history.size).toBe(8);
  expect(history.solicitationsOf('+33612345678').map((t) => new Date(t).toISOString())).toEqual([
    '2027-01-02T10:00:00.000Z',
    '2027-01-10T10:00:00.000Z',
  ]);
  // Issue 27: sends older than the 30 days before send_at are not kept (a history of years cost
  // what all its rows did).
  expect(history.solicitationsOf('+33698765432')).toEqual([
    Date.parse('2026-12-14T09:01:00Z'),
    Date.parse('2027-01-13T08:30:00Z'),
  ]);
  expect(history.solicitationsOf('+33611111111')).toEqual([]);
  expect(Object.isFrozen(history.solicitationsOf('+33612345678'))).toBe(true);
});
