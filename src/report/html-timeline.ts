import type { CampaignSummary, Lang, ScheduleWindow, SendDay, TerritorySummary } from '../base/types';
import { count, dateText, esc, hhmm } from './html-text';
import { say, type PlainKey } from '../base/messages';

// The send timeline, drawn as inline SVG by hand (a charting library would weigh more than the
// whole report). One lane per send day over the 24 hours of local time, and, when the sends
// last under three hours, a detail lane at minute scale so a crossing of a window's edge shows.

const WIDTH = 640;
const LANE = 22;
const AXIS = 16;
const DAY = 1440;
const DETAIL_UNDER = 180;

interface Range {
  readonly from: number;
  readonly to: number;
}

interface Segment extends Range {
  readonly status: 'in' | 'tolerated' | 'out';
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The windows of a weekday as minute ranges, error tier and warning tier apart. */
export function windowsOn(windows: readonly ScheduleWindow[], weekday: number) {
  const of = (warning: boolean) =>
    windows
      .filter((w) => w.days.includes(weekday) && !!w.warning === warning)
      .map((w) => ({ from: minutesOf(w.from), to: minutesOf(w.to) }))
      .sort((a, b) => a.from - b.from);
  return { allowed: of(false), tolerated: of(true) };
}

/** Runs closer than `gap` minutes drawn as one bar (thousands of per-row times stay a few shapes). */
function merged(runs: SendDay['runs'], gap: number): Range[] {
  const out: Array<{ from: number; to: number }> = [];
  for (const [from, to] of runs) {
    const last = out[out.length - 1];
    if (last && from - last.to <= gap) last.to = to;
    else out.push({ from, to });
  }
  return out;
}

/** A send bar cut where it enters or leaves a window, each piece inside, tolerated or outside. */
function segmentsOf(run: Range, allowed: readonly Range[], tolerated: readonly Range[], judged: boolean) {
  if (!judged) return [{ ...run, status: 'in' as const }];
  const cuts = new Set([run.from, run.to]);
  for (const w of [...allowed, ...tolerated])
    for (const edge of [w.from, w.to]) if (edge > run.from && edge < run.to) cuts.add(edge);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const inside = (list: readonly Range[]) => list.some((w) => from >= w.from && from < w.to);
    out.push({
      from,
      to: points[i + 1],
      status: inside(allowed) ? 'in' : inside(tolerated) ? 'tolerated' : 'out',
    });
  }
  return out;
}

/** One lane over `range` of local minutes, at `y`, with its time axis under it. */
function lane(
  y: number,
  range: Range,
  day: SendDay,
  windows: ReturnType<typeof windowsOn>,
  judged: boolean,
  label: string | null,
): string {
  const span = range.to - range.from;
  const x = (m: number) => ((Math.min(Math.max(m, range.from), range.to) - range.from) / span) * WIDTH;
  const rect = (r: Range, cls: string, top = y, height = LANE) =>
    r.to <= range.from || r.from >= range.to
      ? ''
      : `<rect class="${cls}" x="${x(r.from).toFixed(1)}" y="${top}" width="${Math.max(x(r.to) - x(r.from), 0).toFixed(1)}" height="${height}"/>`;
  let svg = `<rect class="t-closed" x="0" y="${y}" width="${WIDTH}" height="${LANE}"/>`;
  for (const w of windows.allowed) svg += rect(w, 't-allowed');
  for (const w of windows.tolerated) svg += rect(w, 't-tolerated');
  if (day.holiday) svg += `<rect class="t-holiday" x="0" y="${y}" width="${WIDTH}" height="${LANE}"/>`;
  // Window edges as lines, so the end of the hours stays visible under a send bar.
  for (const w of [...windows.allowed, ...windows.tolerated])
    for (const edge of [w.from, w.to])
      if (edge > range.from && edge < range.to)
        svg += `<line class="t-edge" x1="${x(edge).toFixed(1)}" x2="${x(edge).toFixed(1)}" y1="${y - 2}" y2="${y + LANE + 2}"/>`;
  const gap = Math.max(1, Math.round(span / 320));
  for (const run of merged(day.runs, gap)) {
    for (const s of segmentsOf(run, windows.allowed, windows.tolerated, judged)) {
      // At least 3 px wide: a one-minute send over 24 hours would be a hairline.
      const left = x(s.from);
      const width = Math.max(x(s.to) - left, 3);
      if (s.to <= range.from || s.from >= range.to) continue;
      svg += `<rect class="t-send t-${s.status}" x="${left.toFixed(1)}" y="${y + 6}" width="${width.toFixed(1)}" height="${LANE - 12}"/>`;
    }
  }
  // Axis: a tick every 3 hours over a day, every 5, 15 or 30 minutes in a detail lane.
  const step = span >= 720 ? 180 : span > 120 ? 30 : span > 60 ? 15 : 5;
  for (let m = Math.ceil(range.from / step) * step; m <= range.to; m += step) {
    const px = x(m);
    const anchor = m === range.from ? 'start' : m === range.to ? 'end' : 'middle';
    svg += `<line class="t-tick" x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${y + LANE}" y2="${y + LANE + 3}"/><text x="${px.toFixed(1)}" y="${y + LANE + AXIS - 3}" text-anchor="${anchor}">${hhmm(m)}</text>`;
  }
  if (label) svg += `<text class="t-label" x="0" y="${y - 4}">${esc(label)}</text>`;
  return svg;
}

/** A detail lane around short sends: a margin of a quarter of an hour (five minutes for sends of minutes), on round times. */
function detailRange(from: number, to: number): Range {
  const unit = to - from <= 30 ? 5 : 15;
  const margin = to - from <= 30 ? 15 : 30;
  return {
    from: Math.max(0, Math.floor((from - margin) / unit) * unit),
    to: Math.min(DAY, Math.ceil((to + margin) / unit) * unit),
  };
}

/** The first and last minute with sends on a day. */
const firstLast = (day: SendDay): Range => ({
  from: day.runs[0][0],
  to: day.runs[day.runs.length - 1][1],
});

/** Everything a reader needs in words (the SVG is decoration for it): windows, sends, holiday. */
function dayText(day: SendDay, windows: ReturnType<typeof windowsOn>, judged: boolean, lang: Lang): string {
  const ranges = (list: readonly Range[]) => list.map((w) => `${hhmm(w.from)}–${hhmm(w.to)}`).join(', ');
  const parts: string[] = [];
  if (judged) {
    if (windows.allowed.length) parts.push(`${say('html.allowed', lang)} ${ranges(windows.allowed)}`);
    if (windows.tolerated.length) parts.push(`${say('html.tolerated', lang)} ${ranges(windows.tolerated)}`);
    if (!windows.allowed.length && !windows.tolerated.length) parts.push(say('html.noWindow', lang));
  }
  const { from, to } = firstLast(day);
  const span = to - from <= 1 ? hhmm(from) : `${hhmm(from)}–${hhmm(to - 1)}`;
  parts.push(`${say('html.sendsAt', lang, { span })} (${count(day.count, 'recipient', lang)})`);
  if (day.holiday) parts.push(say('html.holiday', lang, { name: day.holiday[lang] }));
  return parts.join(' · ');
}

/** One territory's cell: a figure per send day (SVG + words), the later days counted. */
export function territoryTimeline(
  t: TerritorySummary,
  schedule: CampaignSummary['schedule'],
  lang: Lang,
): string {
  let html = '';
  const judged = schedule !== null;
  for (const day of t.days) {
    const windows = judged ? windowsOn(schedule.windows, day.weekday) : { allowed: [], tolerated: [] };
    const { from, to } = firstLast(day);
    const detail = to - from <= DETAIL_UNDER ? detailRange(from, to) : null;
    const lanes = detail ? 2 : 1;
    const laneHeight = LANE + AXIS + 18;
    const height = lanes * laneHeight + 12;
    const words = `${dateText(day.date, lang)}: ${dayText(day, windows, judged, lang)}`;
    let svg = lane(14, { from: 0, to: DAY }, day, windows, judged, null);
    if (detail)
      svg += lane(
        14 + laneHeight,
        detail,
        day,
        windows,
        judged,
        say('html.detail', lang, { from: hhmm(detail.from), to: hhmm(detail.to) }),
      );
    html +=
      `<figure class="t-day${day.holiday ? ' t-is-holiday' : ''}" data-date="${day.date}">` +
      `<svg class="t-svg" viewBox="-8 0 ${WIDTH + 16} ${height}" width="100%" role="img" aria-label="${esc(words)}">` +
      `<text class="t-label" x="0" y="10">${esc(dateText(day.date, lang))}</text>${svg}</svg>` +
      `<figcaption>${esc(dayText(day, windows, judged, lang))}</figcaption></figure>`;
  }
  if (t.laterDays > 0)
    html += `<p class="t-later">${esc(say('html.laterDays', lang, { recipients: count(t.laterDays, 'recipient', lang) }))}</p>`;
  return html;
}

/** The legend of the timeline: each shape with its colour and its pattern (colour is never alone). */
export function timelineLegend(lang: Lang, judged: boolean): string {
  const item = (cls: string, key: PlainKey) =>
    `<li><svg width="28" height="14" aria-hidden="true"><rect class="${cls}" x="0" y="0" width="28" height="14"/></svg> ${esc(say(key, lang))}</li>`;
  return `<ul class="t-legend" aria-label="${esc(say('html.legend', lang))}">${
    judged ? item('t-allowed', 'html.legendAllowed') + item('t-tolerated', 'html.legendTolerated') : ''
  }${item('t-send t-in', 'html.legendSend')}${judged ? item('t-send t-out', 'html.legendOutside') : ''}${item(
    't-holiday',
    'html.legendHoliday',
  )}</ul>`;
}

/** The shared SVG patterns (hatching), defined once per page. */
export const SVG_DEFS =
  '<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>' +
  '<pattern id="p-tolerated" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fdf0c8"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b7791f" stroke-width="2"/></pattern>' +
  '<pattern id="p-holiday" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#6b21a8" stroke-width="1.5" stroke-opacity="0.55"/></pattern>' +
  '<pattern id="p-out" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#b3261e"/><line x1="0" y1="0" x2="0" y2="5" stroke="#fff" stroke-width="1.5"/></pattern>' +
  '</defs></svg>';
