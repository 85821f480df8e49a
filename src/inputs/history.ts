import { headerText, hintDidYouMean, inputError } from '../base/failure';
import { maskCell } from '../base/mask';
import { normalizePhone } from '../law/phone/normalize-on-demand';
import type { Channel, HistoryEntry, HistoryLookup } from '../base/types';
import { streamCsv } from '../read/csv';
import { displayPath } from '../read/paths';
import { headerIndexOf } from '../read/columns';
import { parseSendAt } from '../read/values';
import { localized } from '../base/messages';

const CHANNELS = ['sms', 'vms', 'voice'] as const;
const NONE: HistoryLookup = Object.freeze({ size: 0, sendsTo: () => [] });

/**
 * Reads the history of earlier sends (`phone`, `sent_at`, optional `channel` and `advertiser`),
 * indexed by normalised number. Times without an offset are in the campaign's time zone.
 */
export async function loadHistory(
  file: string | null,
  cwd: string,
  defaults: { channel: Channel; advertiser: string; timeZone: string },
): Promise<HistoryLookup> {
  if (!file) return NONE;
  const display = displayPath(file, cwd);
  const byNumber = new Map<string, HistoryEntry[]>();
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
      const cell = (values[column.phone] ?? '').trim();
      const phone = normalizePhone(cell);
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
      const epochMs = parseSendAt(sentAt, defaults.timeZone);
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
      const advertiser = (values[column.advertiser] ?? '').trim();
      const entry: HistoryEntry = Object.freeze({
        epochMs,
        channel: (channelCell || defaults.channel) as HistoryEntry['channel'],
        advertiser: advertiser || defaults.advertiser,
      });
      const list = byNumber.get(phone.e164);
      if (list) list.push(entry);
      else byNumber.set(phone.e164, [entry]);
      size++;
    },
  );
  return Object.freeze({ size, sendsTo: (e164: string) => byNumber.get(e164) ?? [] });
}
