import { DateTime, IANAZone } from 'luxon';

export const isValidTimeZone = (zone: string) => IANAZone.isValidZone(zone);

/**
 * Send times: ISO local `2027-01-13T10:00` / `2027-01-13 10:00`, ISO with an offset (the zone is then
 * ignored), or French `13/01/2027 10:00`. Returns epoch milliseconds, or null when unreadable.
 */
export function parseSendAt(value: string, timeZone: string): number | null {
  const s = value.trim();
  const isoMatch =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  let dt: DateTime | null = null;
  if (isoMatch) {
    const time = isoMatch[2].length === 4 ? `0${isoMatch[2]}` : isoMatch[2];
    const text = `${isoMatch[1]}T${time}${isoMatch[3] ?? ''}`;
    dt = isoMatch[3] ? DateTime.fromISO(text, { setZone: true }) : DateTime.fromISO(text, { zone: timeZone });
  } else {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?$/.exec(s);
    if (fr) {
      dt = DateTime.fromObject(
        {
          day: +fr[1],
          month: +fr[2],
          year: +fr[3],
          hour: +fr[4],
          minute: +fr[5],
          second: fr[6] ? +fr[6] : 0,
        },
        { zone: timeZone },
      );
    }
  }
  return dt && dt.isValid ? dt.toMillis() : null;
}
