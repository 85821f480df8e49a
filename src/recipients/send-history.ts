import { headerText, hintDidYouMean, inputError } from '../base/failure';
import { maskCell } from '../base/mask';
import { memoize } from '../base/memoize';
import { foldForMatch } from '../base/text';
import { localized } from '../base/messages';
import { normalizePhone } from '../law/phone/normalize-on-demand';
import { FREQUENCY_WINDOW_MS } from '../law/frequency';
import type { HistoryLookup } from '../base/types';
import { streamCsv } from '../read/csv';
import { displayPath } from '../read/paths';
import { headerIndexOf } from '../read/columns';
import { parseSendAt } from '../read/values';
import { Column } from './column';
import { NumberIndex, numberKey, scramble } from './number-index';

const CHANNELS = ['sms', 'vms', 'voice'] as const;
/** Channels whose sends D223-9 counts (calls and voicemail drops). */
const COUNTED = new Set(['vms', 'voice']);

/** No history file: no earlier send. */
export const NO_HISTORY: HistoryLookup = Object.freeze({ size: 0, solicitationsOf: () => [] });

/**
 * A history file that is not read, because no rule that runs on the campaign said it needs it: a
 * rule that reads it all the same fails (a plugin that forgot `meta.history`), rather than see no
 * earlier send and pass.
 */
export const HISTORY_NOT_READ: HistoryLookup = Object.freeze({
  get size(): number {
    throw new Error(notRead);
  },
  solicitationsOf(): never {
    throw new Error(notRead);
  },
});
const notRead =
  'it reads campaign.history, but the history file is read only for rules whose meta says history: true';

/** Milliseconds are not exact past 2^53: a history date that far is refused as a date anyway. */
const sortTimes = (times: Float64Array) => times.sort();

/**
 * Reads the history of earlier sends (`phone`, `sent_at`, optional `channel` and `advertiser`) as a
 * stream, keeping only what D223-9 counts for this campaign: the times of the calls and voicemail
 * drops by its advertiser within the 30 days before its send_at or later, per number. About 12 bytes a kept send and 13 a number (a NumberIndex,
 * as the opt-out lists), where a Map of entry lists took 1.1 GB for 3M rows. Times without an
 * offset are in the campaign's time zone. Every row is still read and checked: a history whose
 * numbers or dates do not read (swapped columns) is an error, never a silent empty history.
 */
export async function loadSendHistory(
  file: string,
  cwd: string,
  campaign: { channel: string; advertiser: string; timeZone: string; sendAtMs: number },
): Promise<HistoryLookup> {
  // Every send of the campaign is at or after send_at: a send 30 days or more before it is in no
  // rolling period of D223-9 with any of them. Left out, a history of years costs what its last
  // month does.
  const reach = campaign.sendAtMs - FREQUENCY_WINDOW_MS;
  const display = displayPath(file, cwd);
  const advertiser = foldForMatch(campaign.advertiser);
  const sameAdvertiser = memoize((name: string) => foldForMatch(name) === advertiser);
  // Dates repeat (a campaign's sends share a few minutes): each distinct text is read once.
  const timeOf = memoize((text: string) => parseSendAt(text, campaign.timeZone));
  // Per kept send: the number's id (in order of first appearance) and the time.
  const numberIds = new NumberIndex();
  const ids = new Column(Uint32Array);
  const times = new Column(Float64Array);
  let numbers = 0;
  let kept = 0;
  let column: Record<'phone' | 'sent_at' | 'channel' | 'advertiser', number> = {
    phone: -1,
    sent_at: -1,
    channel: -1,
    advertiser: -1,
  };
  let size = 0;
  await streamCsv(
    { file, display, kind: 'history file' },
    ({ headers }) => {
      const byName = headerIndexOf(headers);
      const find = (name: string) => byName.get(name) ?? -1;
      column = {
        phone: find('phone'),
        sent_at: find('sent_at'),
        channel: find('channel'),
        advertiser: find('advertiser'),
      };
      for (const required of ['phone', 'sent_at'] as const) {
        if (column[required] < 0)
          throw inputError(
            display,
            1,
            localized('history.noColumn', { column: required }),
            hintDidYouMean(required, headers) ??
              localized('history.columnsHint', { header: headerText(headers) }),
          );
      }
    },
    (values, line) => {
      size++;
      const cell = (values[column.phone] ?? '').trim();
      const phone = cell === '' ? null : normalizePhone(cell);
      if (!phone) {
        if (cell === '') return; // a row without a number cannot match any recipient
        // Said, not skipped: a history whose numbers do not read (swapped columns) would silently
        // turn the frequency rule off.
        throw inputError(
          display,
          line,
          localized('history.badPhone', { cell: maskCell(cell) }),
          localized('history.badPhoneHint'),
        );
      }
      const sentAt = values[column.sent_at] ?? '';
      const epochMs = timeOf(sentAt.trim());
      if (epochMs === null)
        throw inputError(
          display,
          line,
          localized('history.badSentAt', { value: maskCell(sentAt.slice(0, 40)) }),
          localized('history.badSentAtHint'),
        );
      const channelCell = (values[column.channel] ?? '').trim().toLowerCase();
      if (channelCell && !CHANNELS.includes(channelCell as (typeof CHANNELS)[number])) {
        throw inputError(display, line, localized('history.badChannel', { value: maskCell(channelCell) }));
      }
      if (!COUNTED.has(channelCell || campaign.channel) || epochMs <= reach) return;
      const by = (values[column.advertiser] ?? '').trim();
      if (by !== '' && !sameAdvertiser(by)) return;
      const key = numberKey(phone.e164);
      if (key === null) return; // not an E.164 number of 15 digits or fewer: no recipient has it
      const h = scramble(key);
      let id = numberIds.get(h);
      if (id < 0) numberIds.put(h, (id = numbers++));
      ids.set(kept, id);
      times.set(kept, epochMs);
      kept++;
    },
  );
  // Grouped by number (a counting sort: linear), each number's times in order.
  const starts = new Uint32Array(numbers + 1);
  for (let i = 0; i < kept; i++) starts[ids.get(i) + 1]++;
  for (let n = 0; n < numbers; n++) starts[n + 1] += starts[n];
  const next = starts.slice(0, numbers);
  const sorted = new Float64Array(kept);
  for (let i = 0; i < kept; i++) sorted[next[ids.get(i)]++] = times.get(i);
  for (let n = 0; n < numbers; n++)
    if (starts[n + 1] - starts[n] > 1) sortTimes(sorted.subarray(starts[n], starts[n + 1]));
  return Object.freeze({
    size,
    solicitationsOf: (e164: string): readonly number[] => {
      const key = numberKey(e164);
      const n = key === null ? -1 : numberIds.get(scramble(key));
      // A copy: rules (plugins among them) must not change what the others read.
      return n < 0 ? [] : Object.freeze(Array.from(sorted.subarray(starts[n], starts[n + 1])));
    },
  });
}
