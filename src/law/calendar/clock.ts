import { DateTime } from 'luxon';
import type { LocalTime } from '../../base/types';

const pad = (n: number) => String(n).padStart(2, '0');

/** Converts instants to local times, once per (zone, minute): a campaign has few of each, not one per row. */
export class LocalClock {
  private readonly cache = new Map<string, Map<number, LocalTime>>();
  private last: LocalTime | null = null; // consecutive rows usually share zone and minute

  at(epochMs: number, timeZone: string): LocalTime {
    const last = this.last;
    if (last !== null && last.timeZone === timeZone && last.epochMs === epochMs - (epochMs % 60000))
      return last;
    return (this.last = this.lookUp(epochMs, timeZone));
  }

  private lookUp(epochMs: number, timeZone: string): LocalTime {
    let byMinute = this.cache.get(timeZone);
    if (!byMinute) {
      byMinute = new Map();
      this.cache.set(timeZone, byMinute);
    }
    const minute = Math.floor(epochMs / 60000);
    let local = byMinute.get(minute);
    if (!local) {
      if (byMinute.size > 50000) byMinute.clear(); // bound memory for per-row send times
      local = toLocal(minute * 60000, timeZone);
      byMinute.set(minute, local);
    }
    return local;
  }
}

export function toLocal(epochMs: number, timeZone: string): LocalTime {
  const dt = DateTime.fromMillis(epochMs, { zone: timeZone });
  return Object.freeze({
    epochMs,
    timeZone,
    date: dt.toISODate() as string,
    weekday: dt.weekday,
    minutes: dt.hour * 60 + dt.minute,
    time: `${pad(dt.hour)}:${pad(dt.minute)}`,
  });
}
