// A send plan for people and programs: the JSON document (also written as `<campaign>.plan.json`,
// its schema in schemas/plan.schema.json), a table, and a self-contained HTML page whose timeline
// draws each batch per territory. Phone numbers appear only masked (unless --show-pii), and only in
// the table and the page: the JSON names lines.
import { DateTime } from 'luxon';
import { interpolate, localize } from '../base/text';
import { maskPhone, showPhone, visible } from '../base/mask';
import { VERSION } from '../base/package-root';
import type { Diagnostic, Failure, Lang } from '../base/types';
import { say as sayText, type MessageKey, type MessageValue } from '../base/messages';
import type { PlaceName, PlanResult, Reason } from '../plan';
import { CSS } from './html-assets';
import { capitalised } from './html';
import { esc, num } from './html-text';
import { SVG_DEFS, territoryTimeline, timelineLegend } from './html-timeline';
import type { FormatOptions } from './types';

export { PLAN_FORMATS, type PlanFormat } from './formats';

/** What a plan run has to show: its plan (null when the campaign could not be linted) and its failures. */
export interface PlanOutput {
  readonly plan: PlanResult | null;
  readonly failures: readonly Failure[];
}

const utcText = (ms: number) => new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z');
const isoIn = (ms: number, zone: string) =>
  DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mmZZ");
/** "Thu 27/05 03:00" / "jeu. 27/05 03:00": short, for the lines of moved recipients. */
const shortIn = (ms: number, zone: string, lang: Lang) =>
  DateTime.fromMillis(ms, { zone })
    .setLocale(lang === 'fr' ? 'fr' : 'en-GB')
    .toFormat('ccc dd/MM HH:mm');
/** "Thu 2027-05-27 09:00" / "jeu. 27/05/2027 09:00": the batches' times. */
const longIn = (ms: number, zone: string, lang: Lang) =>
  DateTime.fromMillis(ms, { zone })
    .setLocale(lang === 'fr' ? 'fr' : 'en-GB')
    .toFormat(lang === 'fr' ? 'ccc dd/MM/yyyy HH:mm' : 'ccc yyyy-MM-dd HH:mm');

/** A catalogue text whose key is chosen at run time (a reason, a tier): its data are checked by the tests. */
const sayAny = sayText as (
  key: MessageKey,
  lang: Lang,
  data?: Readonly<Record<string, MessageValue>>,
) => string;
const reasonText = (r: Reason, lang: Lang) => sayAny(r.key, lang, r.data);
const whyText = (reasons: readonly Reason[], lang: Lang) =>
  reasons.map((r) => reasonText(r, lang)).join(lang === 'fr' ? ' ; ' : '; ');
const placeText = (p: PlaceName, lang: Lang) => capitalised(p.name[lang]);
const recipients = (n: number, lang: Lang) => sayText('count.recipient', lang, { n });
const firstText = (first: ReadonlyArray<{ line: number; recipient: string }>, showPii: boolean) =>
  first
    .map((f) => `${f.line} (${showPii ? visible(showPhone(f.recipient)) : maskPhone(f.recipient)})`)
    .join(', ');
const diagnosticJson = (d: Diagnostic, lang: Lang) => ({
  ruleId: d.ruleId,
  severity: d.severity,
  message: interpolate(d.template, d.data, lang),
  file: d.file,
  ...(d.line !== undefined ? { line: d.line } : {}),
  ...(d.column !== undefined ? { column: d.column } : {}),
});

/** The plan as JSON: what `<campaign>.plan.json` holds and `-f json` prints (schemas/plan.schema.json). */
export function planDocument(output: PlanOutput, lang: Lang): object {
  const p = output.plan;
  const failures = output.failures.map((f) => ({
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    message: localize(f.text, lang),
    ...(f.hintText !== undefined ? { hint: localize(f.hintText, lang) } : {}),
  }));
  if (!p) return { version: 1, status: 'failed', campaign: null, failures };
  const reasons = (list: readonly Reason[]) =>
    list.map((r) => ({ rule: r.rule, message: reasonText(r, lang) }));
  return {
    version: 1,
    status: p.status,
    campaign: {
      file: p.campaign.file,
      name: p.campaign.name,
      channel: p.campaign.channel,
      purpose: p.campaign.purpose,
      recipients: p.campaign.recipients,
    },
    timeZone: p.timeZone,
    requested: { sendAt: isoIn(p.requestedMs, p.timeZone), utc: utcText(p.requestedMs) },
    tier: p.tier,
    withinDays: p.withinDays,
    ratePerMinute: p.ratePerMinute,
    dir: p.dir,
    batches: p.batches.map((b) => ({
      batch: b.number,
      sendAt: isoIn(b.epochMs, p.timeZone),
      utc: utcText(b.epochMs),
      lastSendAt: isoIn(b.lastMs, p.timeZone),
      territories: [...new Set(b.territories.map((t) => t.code))],
      count: b.count,
      file: b.file,
      manifest: b.manifest,
    })),
    moved: p.moves.map((m) => ({
      territory: m.territory.code,
      timeZone: m.territory.timeZone,
      count: m.count,
      from: isoIn(m.fromMs, m.territory.timeZone),
      to: isoIn(m.toMs, m.territory.timeZone),
      batch: m.batch,
      reasons: reasons(m.reasons),
    })),
    movedNotListed: p.movesLeftOut,
    unplaced: {
      count: p.unplaced.count,
      file: p.unplaced.file,
      groups: p.unplaced.groups.map((g) => ({
        territory: g.territory.code,
        count: g.count,
        lines: g.first.map((f) => f.line),
        reasons: reasons(g.reasons),
      })),
    },
    rejected: {
      count: p.rejected.count,
      file: p.rejected.file,
      reasons: p.rejected.reasons.map((r) => ({
        rule: r.rule,
        count: r.count,
        lines: r.first.map((f) => f.line),
      })),
    },
    totals: p.totals,
    blockers: p.blockers.map((d) => diagnosticJson(d, lang)),
    failures,
  };
}

export const planJson = (output: PlanOutput, options: FormatOptions): string =>
  `${JSON.stringify(planDocument(output, options.lang), null, 2)}\n`;

/** Columns padded to their widest cell (counted in characters: territory names are short). */
function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...cell].length);
        return i === r.length - 1 ? cell : rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The plan as a table, then what moved, what could not be placed and what was rejected. */
export function planStylish(output: PlanOutput, options: FormatOptions): string {
  const p = output.plan;
  if (!p) return '';
  const { lang, showPii } = options;
  const text = (key: MessageKey, data: Readonly<Record<string, MessageValue>> = {}) =>
    sayAny(key, lang, data);
  const lines: string[] = [];
  lines.push(`${p.campaign.file}  ${text('plan.title', { name: p.campaign.name })}`);
  const facts = [
    text('plan.requested', { when: longIn(p.requestedMs, p.timeZone, lang), zone: p.timeZone }),
    text(p.tier === 'warning' ? 'plan.tier.warning' : 'plan.tier.error'),
    text('plan.within', { n: p.withinDays }),
  ];
  if (p.ratePerMinute) facts.push(text('plan.rate', { rate: num(p.ratePerMinute, lang) }));
  lines.push(`  ${facts.join(' · ')}`);
  if (p.status === 'blocked') {
    lines.push('', text('plan.blocked'));
    for (const d of p.blockers)
      lines.push(
        `  ${d.file}${d.line !== undefined ? `:${d.line}` : ''}  ${d.ruleId}  ${interpolate(d.template, d.data, lang, showPii)}`,
      );
    if (p.lateRules.length > 0) lines.push(`  ${text('plan.lateErrors', { rules: p.lateRules.join(', ') })}`);
    lines.push(text('plan.blockedHint', { manifest: p.campaign.file }));
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  if (p.batches.length === 0) lines.push(text('plan.noBatch'));
  else {
    lines.push(text('plan.batches', { n: p.batches.length }));
    const rows = [
      [
        text('plan.head.batch'),
        text('plan.head.sendAt', { zone: p.timeZone }),
        text('plan.head.utc'),
        text('plan.head.recipients'),
        text('plan.head.territories'),
        text('plan.head.file'),
      ],
      ...p.batches.map((b) => [
        String(b.number).padStart(2, '0'),
        longIn(b.epochMs, p.timeZone, lang) +
          (b.lastMs > b.epochMs
            ? ` → ${DateTime.fromMillis(b.lastMs, { zone: p.timeZone }).toFormat('HH:mm')}`
            : ''),
        utcText(b.epochMs).replace('T', ' '),
        num(b.count, lang),
        b.territories.map((x) => `${placeText(x, lang)} ${num(x.count, lang)}`).join(', '),
        b.file,
      ]),
    ];
    lines.push(...table(rows, new Set([3])).map((l) => `  ${l}`));
  }
  const moved = p.moves.reduce((n, m) => n + m.count, 0) + p.movesLeftOut;
  if (moved > 0) {
    lines.push('', text('plan.moved', { n: moved }));
    for (const m of p.moves) {
      const zone = m.territory.timeZone;
      const data = {
        territory: placeText(m.territory, lang),
        from: shortIn(m.fromMs, zone, lang),
        to: shortIn(m.toMs, zone, lang),
        paris: shortIn(m.toMs, p.timeZone, lang),
        zone: p.timeZone,
        batch: String(m.batch).padStart(2, '0'),
        count: recipients(m.count, lang),
        why: whyText(m.reasons, lang),
      };
      lines.push(`  ${text(zone === p.timeZone ? 'plan.moveHere' : 'plan.move', data)}`);
    }
    if (p.movesLeftOut > 0) lines.push(`  ${text('plan.movesLeftOut', { n: p.movesLeftOut })}`);
  }
  if (p.unplaced.count > 0) {
    lines.push('', text('plan.unplaced', { n: p.unplaced.count }));
    for (const g of p.unplaced.groups)
      lines.push(
        `  ${text('plan.unplacedReason', { territory: placeText(g.territory, lang), count: recipients(g.count, lang), why: whyText(g.reasons, lang) })}`,
        `    ${text('plan.firstLines', { lines: firstText(g.first, showPii) })}`,
      );
  } else if (p.totals.sendable > 0) lines.push('', text('plan.allPlaced'));
  if (p.rejected.count > 0) {
    lines.push('', text('plan.rejected', { n: p.rejected.count }));
    for (const r of p.rejected.reasons)
      lines.push(
        `  ${text('plan.rejectedReason', { rule: r.rule, count: recipients(r.count, lang) })} · ${text('plan.firstLines', { lines: firstText(r.first, showPii) })}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** A page for people: the batches, then per territory its send days with each batch drawn, then what moved or waits. */
export function planHtml(output: PlanOutput, options: FormatOptions): string {
  const { lang, showPii } = options;
  const p = output.plan;
  const text = (key: MessageKey, data: Readonly<Record<string, MessageValue>> = {}) =>
    esc(sayAny(key, lang, data));
  const title = p ? text('plan.title', { name: p.campaign.name }) : esc(sayText('html.title', lang));
  let body = '';
  if (output.failures.length > 0)
    body += `<section class="failures"><h2>✖ ${esc(sayText('html.failuresTitle', lang))}</h2><ul>${output.failures
      .map((f) => `<li><pre>${esc(f.describe(lang))}</pre></li>`)
      .join('')}</ul></section>\n`;
  if (p) {
    const facts: Array<[string, string]> = [
      [esc(sayText('html.manifest', lang)), `<code>${esc(p.campaign.file)}</code>`],
      [text('plan.head.sendAt', { zone: p.timeZone }), esc(longIn(p.requestedMs, p.timeZone, lang))],
      [esc(sayText('html.recipients', lang)), esc(num(p.totals.recipients, lang))],
    ];
    body += `<p>${text(p.tier === 'warning' ? 'plan.tier.warning' : 'plan.tier.error')} · ${text('plan.within', { n: p.withinDays })}${
      p.ratePerMinute ? ` · ${text('plan.rate', { rate: num(p.ratePerMinute, lang) })}` : ''
    }</p><dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>\n`;
    if (p.status === 'blocked') {
      body += `<section class="verdict blocked"><span class="badge">✖ ${text('plan.blocked')}</span></section><ul>${p.blockers
        .map(
          (d) =>
            `<li><code>${esc(d.ruleId)}</code> ${esc(interpolate(d.template, d.data, lang, showPii))}</li>`,
        )
        .join('')}</ul><p>${text('plan.blockedHint', { manifest: p.campaign.file })}</p>\n`;
    } else {
      body += batchTable(p, lang, text) + timeline(p, lang, text) + lists(p, lang, showPii, text);
    }
  }
  return (
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="campaign-lint ${esc(VERSION)}">\n` +
    `<title>${title}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${SVG_DEFS}\n<header class="page"><h1>${title}</h1></header>\n<main>\n${body}</main>\n` +
    `<footer class="page">${esc(sayText('html.generatedBy', lang, { version: VERSION }))}</footer>\n</body>\n</html>\n`
  );
}

type Say = (key: MessageKey, data?: Readonly<Record<string, MessageValue>>) => string;

function batchTable(p: PlanResult, lang: Lang, text: Say): string {
  if (p.batches.length === 0) return `<p>${text('plan.noBatch')}</p>\n`;
  const head = [
    'plan.head.batch',
    'plan.head.sendAt',
    'plan.head.utc',
    'plan.head.recipients',
    'plan.head.territories',
    'plan.head.file',
  ] as const;
  return (
    `<section aria-labelledby="batches"><h3 id="batches">${text('plan.batches', { n: p.batches.length })}</h3><table class="timeline"><thead><tr>${head
      .map((k) => `<th scope="col">${text(k, { zone: p.timeZone })}</th>`)
      .join('')}</tr></thead><tbody>` +
    p.batches
      .map(
        (b) =>
          `<tr data-batch="${b.number}"><th scope="row">${String(b.number).padStart(2, '0')}</th><td>${esc(longIn(b.epochMs, p.timeZone, lang))}${
            b.lastMs > b.epochMs
              ? ` → ${esc(DateTime.fromMillis(b.lastMs, { zone: p.timeZone }).toFormat('HH:mm'))}`
              : ''
          }</td><td>${esc(utcText(b.epochMs))}</td><td class="num">${esc(num(b.count, lang))}</td><td>${esc(
            b.territories.map((x) => `${placeText(x, lang)} ${num(x.count, lang)}`).join(', '),
          )}</td><td><code>${esc(b.file)}</code><br><code>${esc(b.manifest)}</code></td></tr>`,
      )
      .join('') +
    '</tbody></table></section>\n'
  );
}

function timeline(p: PlanResult, lang: Lang, text: Say): string {
  const judged = p.schedule !== null;
  const rows = p.timeline
    .map((terr) => {
      const own = p.batches.filter((b) =>
        b.territories.some(
          (x) => x.code === terr.code && x.holidayZone === terr.holidayZone && x.timeZone === terr.timeZone,
        ),
      );
      const place = {
        code: terr.code,
        name: terr.name,
        holidayZone: terr.holidayZone,
        timeZone: terr.timeZone,
      };
      const list = own
        .map((b) => {
          const n =
            b.territories.find((x) => x.code === terr.code && x.holidayZone === terr.holidayZone)?.count ?? 0;
          return `<li data-batch="${b.number}">${text('plan.head.batch')} ${String(b.number).padStart(2, '0')} · ${esc(
            longIn(b.epochMs, terr.timeZone, lang),
          )} · ${esc(recipients(n, lang))}</li>`;
        })
        .join('');
      return (
        `<tr data-territory="${esc(terr.code)}"><th scope="row">${esc(placeText(place, lang))}<br><small class="muted">${esc(terr.timeZone)}</small></th>` +
        `<td class="num">${esc(num(terr.count, lang))}</td><td>${territoryTimeline(terr, p.schedule, lang)}<ul class="batches">${list}</ul></td></tr>`
      );
    })
    .join('\n');
  if (!rows) return '';
  return (
    `<section class="timeline" aria-labelledby="tl"><h3 id="tl">${esc(sayText('html.timeline', lang))}</h3>${timelineLegend(lang, judged)}` +
    `<table class="timeline"><thead><tr><th scope="col">${esc(sayText('html.territory', lang))}</th><th scope="col">${esc(sayText('html.recipients', lang))}</th><th scope="col">${esc(sayText('html.sendDay', lang))}</th></tr></thead><tbody>\n${rows}\n</tbody></table></section>\n`
  );
}

function lists(p: PlanResult, lang: Lang, showPii: boolean, text: Say): string {
  let html = '';
  const moved = p.moves.reduce((n, m) => n + m.count, 0) + p.movesLeftOut;
  if (moved > 0)
    html += `<section><h3>${text('plan.moved', { n: moved })}</h3><ul>${p.moves
      .map((m) => {
        const zone = m.territory.timeZone;
        return `<li>${text(zone === p.timeZone ? 'plan.moveHere' : 'plan.move', {
          territory: placeText(m.territory, lang),
          from: shortIn(m.fromMs, zone, lang),
          to: shortIn(m.toMs, zone, lang),
          paris: shortIn(m.toMs, p.timeZone, lang),
          zone: p.timeZone,
          batch: String(m.batch).padStart(2, '0'),
          count: recipients(m.count, lang),
          why: whyText(m.reasons, lang),
        })}</li>`;
      })
      .join(
        '',
      )}${p.movesLeftOut > 0 ? `<li>${text('plan.movesLeftOut', { n: p.movesLeftOut })}</li>` : ''}</ul></section>\n`;
  if (p.unplaced.count > 0)
    html += `<section><h3 class="out-count">${text('plan.unplaced', { n: p.unplaced.count })}</h3><ul>${p.unplaced.groups
      .map(
        (g) =>
          `<li>${text('plan.unplacedReason', { territory: placeText(g.territory, lang), count: recipients(g.count, lang), why: whyText(g.reasons, lang) })} · ${text('plan.firstLines', { lines: firstText(g.first, showPii) })}</li>`,
      )
      .join('')}</ul></section>\n`;
  if (p.rejected.count > 0)
    html += `<section><h3>${text('plan.rejected', { n: p.rejected.count })}</h3><ul>${p.rejected.reasons
      .map(
        (r) =>
          `<li><code>${esc(r.rule)}</code> ${esc(recipients(r.count, lang))} · ${text('plan.firstLines', { lines: firstText(r.first, showPii) })}</li>`,
      )
      .join('')}</ul></section>\n`;
  return html;
}
