import { interpolate, pick } from '../base/text';
import { VERSION } from '../base/package-root';
import type {
  CampaignResult,
  CampaignSummary,
  Diagnostic,
  Lang,
  RuleDescriptor,
  Severity,
} from '../base/types';
import { CSS, SCRIPT } from './html-assets';
import { codePoint, hasSegments, highlighted, messageFacts } from './html-message';
import { count, dateTimeText, esc, num } from './html-text';
import { say, type PlainKey } from '../base/messages';
import { SVG_DEFS, territoryTimeline, timelineLegend } from './html-timeline';
import { maskPhone, placeText, showPhone } from '../base/mask';
import { httpsUrl } from './sinks';
import { failureBlock, outcome } from './outcome';
import type { FormatOptions, StreamingFormatter } from './types';
import { readingLines } from './reading';
import { say as sayCatalogue } from '../base/messages';

/**
 * Characters of the message shown: more than any SMS a platform sends (10 segments: 1,530 GSM-7
 * characters) or any voicemail script of a few minutes.
 */
const MESSAGE_SHOWN = 4_000;

/** The first `max` characters of a text, never half a surrogate pair. */
function upTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

/** Findings shown per rule and campaign; the JSON report stays the complete list. */
export const HTML_ROWS_PER_RULE = 20;

/**
 * A page for people (issue 17): one self-contained HTML file per run, no network request (a
 * Content-Security-Policy forbids any), per campaign the verdict, the message, the send timeline
 * per territory and the findings by rule. Its size does not grow with the file: counts and the
 * first rows only.
 */
export const html: StreamingFormatter = (result, options, write) => {
  const { lang } = options;
  const rules = new Map(result.rules.map((r) => [r.id, r]));
  const blocked = result.campaigns.filter((c) => c.errorCount > 0).length;
  write(
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="campaign-lint ${esc(VERSION)}">\n` +
      `<title>${esc(say('html.title', lang))}${result.campaigns.length === 1 ? ` — ${esc(result.campaigns[0].name)}` : ''}</title>\n` +
      `<style>${CSS}</style>\n</head>\n<body>\n${SVG_DEFS}\n<header class="page"><h1>${esc(say('html.title', lang))}</h1>` +
      `<p>${esc(
        say('html.summaryLine', lang, {
          campaigns: count(result.campaigns.length, 'campaign', lang),
          blocked: count(blocked, 'blocked', lang),
          ready: count(result.campaigns.length - blocked, 'ready', lang),
        }),
      )} ${esc(count(result.errorCount, 'error', lang))}, ${esc(count(result.warningCount, 'warning', lang))}.${
        result.failures.length
          ? ` <strong class="out-count">✖ ${esc(count(result.failures.length, 'notLinted', lang))}.</strong>`
          : ''
      }</p></header>\n<main>\n`,
  );
  const run = outcome(result, lang);
  if (run.noCampaign) {
    // Said as every format says it: a page with no campaign must not read as a clean run.
    const failed = run.failures.length > 0;
    write(
      `<section class="verdict no-campaign${failed ? ' blocked' : ''}" role="status"><span class="badge">${failed ? '✖' : 'ℹ'}</span><span>${esc(capitalised(run.noCampaign.text))}</span></section>\n`,
    );
  }
  if (run.failures.length > 0) {
    write(
      `<section class="failures" aria-labelledby="failures-title"><h2 id="failures-title">✖ ${esc(say('html.failuresTitle', lang))}</h2><p>${esc(say('html.failuresIntro', lang))}</p><ul>` +
        run.failures.map((f) => `<li><pre>${esc(failureBlock(f, lang))}</pre></li>`).join('') +
        '</ul></section>\n',
    );
  }
  if (result.campaigns.length > 1) {
    write(
      `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${esc(say('html.contents', lang))}</h2><ul>` +
        result.campaigns
          .map(
            (c, i) =>
              `<li><a href="#c${i + 1}">${esc(c.name)}</a> — ${esc(say(c.errorCount > 0 ? 'html.blocked' : 'html.ready', lang))} (${esc(count(c.errorCount, 'error', lang))}, ${esc(count(c.warningCount, 'warning', lang))})</li>`,
          )
          .join('') +
        '</ul></nav>\n',
    );
  }
  result.campaigns.forEach((campaign, index) => writeCampaign(campaign, index + 1, rules, options, write));
  write(
    `</main>\n<footer class="page">${esc(say('html.generatedBy', lang, { version: VERSION }))}</footer>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`,
  );
};

function writeCampaign(
  c: CampaignResult,
  n: number,
  rules: ReadonlyMap<string, RuleDescriptor>,
  options: FormatOptions,
  write: (chunk: string) => void,
): void {
  const { lang } = options;
  const s = c.summary;
  const isBlocked = c.errorCount > 0;
  const verdictText = isBlocked
    ? say('html.blockedLong', lang)
    : say(c.warningCount > 0 ? 'html.readyWarnings' : 'html.readyLong', lang);
  const fact = (key: PlainKey, value: string) => `<dt>${esc(say(key, lang))}</dt><dd>${value}</dd>`;
  const missing = `<span class="muted">${esc(say('html.notSet', lang))}</span>`;
  write(
    `<article class="campaign" id="c${n}" aria-labelledby="c${n}-title">\n<h2 id="c${n}-title">${esc(c.name)}</h2>\n` +
      `<section class="verdict ${isBlocked ? 'blocked' : 'ready'}" aria-label="${esc(say(isBlocked ? 'html.blocked' : 'html.ready', lang))}">` +
      `<span class="badge">${isBlocked ? '✖' : '✔'} ${esc(say(isBlocked ? 'html.blocked' : 'html.ready', lang))}</span>` +
      `<span>${esc(verdictText)}</span><span class="counts">${esc(count(c.errorCount, 'error', lang))} · ${esc(count(c.warningCount, 'warning', lang))}</span></section>\n` +
      `<dl class="facts">` +
      fact('html.channel', c.channel.toUpperCase()) +
      fact('html.purpose', esc(c.purpose)) +
      (s ? fact('html.audience', s.audience ? esc(s.audience) : missing) : '') +
      (s ? fact('html.advertiser', s.advertiser ? esc(s.advertiser) : missing) : '') +
      (s ? fact('html.sender', s.sender ? esc(s.sender) : missing) : '') +
      (s
        ? fact(
            'html.sendDate',
            `${esc(dateTimeText(s.sendAt.epochMs, s.sendAt.timeZone, lang))} <span class="muted">(${esc(s.sendAt.timeZone)})</span>`,
          )
        : '') +
      (s?.ratePerMinute ? fact('html.rate', esc(say('html.perMinute', lang, { n: s.ratePerMinute }))) : '') +
      fact('html.recipients', esc(num(c.recipientCount, lang))) +
      fact('html.manifest', `<code>${esc(c.file)}</code>`) +
      `</dl>\n`,
  );
  const read = readingLines(c, lang);
  if (read.length > 0)
    write(
      `<section class="reading" aria-labelledby="c${n}-read"><h3 id="c${n}-read">${esc(sayCatalogue('reading.heading', lang))}</h3><p>${esc(sayCatalogue('reading.intro', lang))}</p><ul>` +
        read.map((line) => `<li>${esc(line)}</li>`).join('') +
        '</ul></section>\n',
    );
  if (s) {
    writeMessage(c, n, s, options, write);
    writeTimeline(c, n, s, lang, write);
  }
  writeFindings(c, n, rules, options, write);
  write('</article>\n');
}

function writeMessage(
  c: CampaignResult,
  n: number,
  s: CampaignSummary,
  options: FormatOptions,
  write: (chunk: string) => void,
): void {
  const { lang } = options;
  const facts = messageFacts(s.message, s.advertiser, c.channel);
  // A message is shown up to what any SMS or voicemail could be; past that, the file it came from
  // is not a message (message_file naming another file): its bytes stay out of the page.
  const shownText = upTo(s.message, MESSAGE_SHOWN);
  const cut = s.message.length - shownText.length;
  const body =
    highlighted(shownText, facts, lang) +
    (cut > 0 ? ` <span class="muted">${esc(say('html.messageCut', lang, { count: cut }))}</span>` : '');
  const sms = hasSegments(c.channel);
  const shown = sms
    ? `<div class="phone" role="figure" aria-label="${esc(say('html.message', lang))}"><div class="from">${esc(s.sender)}</div><div class="bubble">${body}</div></div>`
    : `<blockquote class="script" aria-label="${esc(say('html.script', lang))}">${body}</blockquote>`;
  const yesNo = (found: boolean) =>
    found
      ? `✔ ${esc(say('html.found', lang))}`
      : `<strong class="out-count">✖ ${esc(say('html.missing', lang))}</strong>`;
  const a = facts.analysis;
  const rows = [
    sms ? `<dt>${esc(say('html.encoding', lang))}</dt><dd>${a.encoding}</dd>` : '',
    sms
      ? `<dt>${esc(say('html.segments', lang))}</dt><dd>${esc(
          say('html.segmentsValue', lang, {
            segments: a.segments,
            units: a.units,
            unit: say(a.encoding === 'GSM-7' ? 'html.septets' : 'html.utf16', lang),
            perSegment: a.perSegment,
          }),
        )}</dd>`
      : '',
    sms
      ? `<dt>${esc(say('html.ucs2Chars', lang))}</dt><dd>${
          facts.ucs2.length
            ? facts.ucs2
                .map((ch) => `<span class="m-ucs2">${esc(ch)}</span>&nbsp;<small>${codePoint(ch)}</small>`)
                .join(', ') +
              (facts.ucs2Count > facts.ucs2.length
                ? ` ${esc(say('html.andMore', lang, { count: facts.ucs2Count - facts.ucs2.length }))}`
                : '')
            : esc(say('html.none', lang))
        }</dd>`
      : '',
    `<dt>${esc(say('html.placeholders', lang))}</dt><dd>${
      facts.placeholders.length
        ? facts.placeholders.map((p) => `<mark class="m-ph">{${esc(p)}}</mark>`).join(' ')
        : esc(say('html.none', lang))
    }</dd>`,
    `<dt>${esc(say('html.optOut', lang))}</dt><dd>${yesNo(facts.optOut !== null)}</dd>`,
    `<dt>${esc(say('html.advertiserName', lang))}</dt><dd>${yesNo(facts.advertiser !== null)}</dd>`,
  ].join('');
  let variant = '';
  if (s.longestVariant) {
    // A row's own message is that recipient's data, like a filled value: hidden (same length) too.
    const { own } = s.longestVariant;
    const hide = (t: string) => (options.showPii ? t : '•'.repeat([...t].length));
    const text = s.longestVariant.pieces
      .map((p) =>
        p.placeholder === undefined
          ? esc(own ? hide(p.text) : p.text)
          : `<mark class="m-val" title="{${esc(p.placeholder)}}">${esc(hide(p.text))}</mark>`,
      )
      .join('');
    const full = s.longestVariant.pieces.map((p) => p.text).join('');
    const v = messageFacts(full, s.advertiser, c.channel).analysis;
    variant =
      `<h4>${esc(say('html.longestVariant', lang, { line: s.longestVariant.line }))}</h4>` +
      (sms
        ? `<div class="bubble variant">${text}</div>`
        : `<blockquote class="script">${text}</blockquote>`) +
      (sms
        ? `<p>${v.encoding} · ${esc(
            say('html.segmentsValue', lang, {
              segments: v.segments,
              units: v.units,
              unit: say(v.encoding === 'GSM-7' ? 'html.septets' : 'html.utf16', lang),
              perSegment: v.perSegment,
            }),
          )}</p>`
        : '') +
      (s.ownMessages ? `<p>${esc(count(s.ownMessages, 'ownMessage', lang))}.</p>` : '') +
      (options.showPii
        ? ''
        : `<p class="muted">${esc(say(own ? 'html.ownMessageHidden' : 'html.valuesHidden', lang))}</p>`);
  }
  write(
    `<section class="message" aria-labelledby="c${n}-msg"><h3 id="c${n}-msg">${esc(say(sms ? 'html.message' : 'html.script', lang))}</h3>` +
      `<div class="message-layout">${shown}<dl class="facts">${rows}</dl></div>${variant}</section>\n`,
  );
}

function writeTimeline(
  c: CampaignResult,
  n: number,
  s: CampaignSummary,
  lang: Lang,
  write: (chunk: string) => void,
) {
  const judged = s.schedule !== null;
  const intro = s.schedule
    ? say('html.timelineIntro', lang, { profile: s.schedule.profile })
    : say('html.noSchedule', lang);
  const rows = s.territories
    .map((t) => {
      const counts: string[] = [];
      if (t.inSilence)
        counts.push(
          `<span class="out-count">✖ ${esc(say('html.inSilence', lang, { n: t.inSilence }))}</span>`,
        );
      if (judged && t.outside)
        counts.push(
          s.schedule?.advisory
            ? `<span class="tol-count">⚠ ${esc(say('html.outsideAdvised', lang, { n: t.outside }))}</span>`
            : `<span class="out-count">✖ ${esc(say('html.outsideCount', lang, { n: t.outside }))}</span>`,
        );
      if (judged && t.tolerated)
        counts.push(
          `<span class="tol-count">⚠ ${esc(say('html.toleratedCount', lang, { n: t.tolerated }))}</span>`,
        );
      if (t.onHoliday)
        counts.push(
          `<span class="out-count">✖ ${esc(say('html.holidayCount', lang, { n: t.onHoliday }))}</span>`,
        );
      if (counts.length === 0)
        counts.push(`<span class="ok-count">✔ ${esc(say('html.allInside', lang))}</span>`);
      return (
        `<tr data-territory="${esc(t.code)}" data-outside="${judged ? t.outside : 0}">` +
        `<th scope="row">${esc(capitalised(t.name[lang]))}${t.holidayZone === 'alsace-moselle' ? ' (Alsace-Moselle)' : ''}<br><small class="muted">${esc(t.timeZone)}</small></th>` +
        `<td class="num">${esc(num(t.count, lang))}</td><td>${territoryTimeline(t, s.schedule, lang)}</td>` +
        `<td>${counts.join('<br>')}</td></tr>`
      );
    })
    .join('\n');
  write(
    `<section class="timeline" aria-labelledby="c${n}-tl"><h3 id="c${n}-tl">${esc(say('html.timeline', lang))}</h3><p>${esc(intro)}</p>${timelineLegend(lang, judged)}` +
      `<table class="timeline"><thead><tr><th scope="col">${esc(say('html.territory', lang))}</th><th scope="col">${esc(say('html.recipients', lang))}</th><th scope="col">${esc(say('html.sendDay', lang))}</th><th scope="col">${esc(say('html.outsideHead', lang))}</th></tr></thead><tbody>\n${rows}\n</tbody></table>` +
      (s.unusable
        ? `<p class="muted">${esc(say('html.unusable', lang, { recipients: count(s.unusable, 'recipient', lang) }))}</p>`
        : '') +
      '</section>\n',
  );
}

/** "metropolitan France" heads a table row as "Metropolitan France". */
export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

// A bold text that names a source (a code and its article, a decree, a regulator's decision, the
// charter); the section also stresses words ("warning", "B2B", "not applied") that cite nothing.
const CITATION =
  /\b(?:CPCE|CNIL|ARCEP|af2m|RGPD|GDPR|CSI|Code|C\. ?(?:conso|électoral|trav|mon)|[Ll]oi|[Dd]écret|[Aa]rrêté|[Oo]rdonnance|[Dd]élibération|[Dd]eliberation|[Dd]écision|[Dd]ecision|[LRD]\d{2,})/u;

/**
 * The legal references of a rule's README ("## Legal basis", or "## Base légale" in French, up to
 * its first subsection): its bold citations.
 */
export function legalBasis(help: string | undefined): string | null {
  if (!help) return null;
  const section =
    /^## (?:Legal basis|Base légale)\s*\n([\s\S]*?)(?=^###? |(?![\s\S]))/m.exec(help)?.[1] ?? '';
  const cited = [...section.matchAll(/\*\*([^*]+)\*\*/g)]
    .map((m) => m[1].trim())
    .filter((t) => CITATION.test(t));
  if (cited.length) return [...new Set(cited)].join(' · ');
  const first = section
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .trim()
    .split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, ' ')
    .replace(/^- /, '');
  return first ? (first.length > 200 ? `${first.slice(0, 199)}…` : first) : null;
}

interface Group {
  readonly ruleId: string;
  readonly shown: Diagnostic[];
  count: number;
  errors: number;
}

function writeFindings(
  c: CampaignResult,
  n: number,
  rules: ReadonlyMap<string, RuleDescriptor>,
  options: FormatOptions,
  write: (chunk: string) => void,
): void {
  const { lang } = options;
  const groups = new Map<string, Group>();
  for (const d of c.eachDiagnostic()) {
    let group = groups.get(d.ruleId);
    if (!group) groups.set(d.ruleId, (group = { ruleId: d.ruleId, shown: [], count: 0, errors: 0 }));
    group.count++;
    if (d.severity === 'error') group.errors++;
    if (group.shown.length < HTML_ROWS_PER_RULE) group.shown.push(d);
  }
  // Rules with errors first, then by count.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(b.errors > 0) - Number(a.errors > 0) || b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1),
  );
  const id = `c${n}-findings`;
  let out = `<section class="findings" aria-labelledby="${id}"><h3 id="${id}">${esc(say('html.findings', lang))}</h3>`;
  if (ordered.length === 0) {
    write(`${out}<p class="ok-count">✔ ${esc(say('html.noFindings', lang))}</p></section>\n`);
    return;
  }
  const sevLabel = (sev: Severity) =>
    `<span class="sev sev-${sev}">${sev === 'error' ? '✖' : '⚠'} ${esc(say(`severity.${sev}`, lang))}</span>`;
  out +=
    `<form class="filters" hidden aria-label="${esc(say('html.filter', lang))}"><strong>${esc(say('html.filter', lang))}</strong>` +
    `<label><input type="checkbox" value="error" checked> ${esc(say('html.errors', lang))}</label>` +
    `<label><input type="checkbox" value="warning" checked> ${esc(say('html.warnings', lang))}</label>` +
    `<label>${esc(say('html.rule', lang))} <select><option value="">${esc(say('html.allRules', lang))}</option>${ordered
      .map((g) => `<option value="${esc(g.ruleId)}">${esc(g.ruleId)} (${num(g.count, lang)})</option>`)
      .join('')}</select></label></form>`;
  write(out);
  for (const g of ordered) {
    const rule = rules.get(g.ruleId);
    const basis = legalBasis((lang === 'fr' ? rule?.helpFr : undefined) ?? rule?.help);
    const docs = httpsUrl(rule?.docsUrl);
    const worst: Severity = g.errors > 0 ? 'error' : 'warning';
    const warnings = g.count - g.errors;
    const tally = [
      g.errors ? count(g.errors, 'error', lang) : '',
      warnings ? count(warnings, 'warning', lang) : '',
    ]
      .filter(Boolean)
      .join(', ');
    let section =
      `<section class="rule" data-rule="${esc(g.ruleId)}" data-severity="${worst}"><header><h4>${sevLabel(worst)} <code>${esc(g.ruleId)}</code></h4><span>${esc(tally)}</span></header>` +
      (rule ? `<p>${esc(pick(rule.description, lang))}</p>` : '') +
      (basis
        ? `<p><strong>${esc(say('html.legalBasis', lang))}</strong>${say('html.colon', lang)} ${esc(basis)}</p>`
        : '') +
      (docs ? `<p class="muted"><a href="${esc(docs)}">${esc(say('html.ruleDoc', lang))}</a></p>` : '') +
      `<table><thead><tr><th scope="col">${esc(say('html.where', lang))}</th><th scope="col">${esc(say('html.recipient', lang))}</th><th scope="col">${esc(say('html.severity', lang))}</th><th scope="col">${esc(say('html.what', lang))}</th></tr></thead><tbody>`;
    for (const d of g.shown) {
      const who =
        d.recipient === undefined ? '' : options.showPii ? showPhone(d.recipient) : maskPhone(d.recipient);
      section +=
        `<tr data-severity="${d.severity}"><td class="where">${esc(placeText(d))}</td><td class="who">${esc(who)}</td><td>${sevLabel(d.severity)}</td>` +
        `<td>${esc(interpolate(d.template, d.data, lang, options.showPii))}${d.fix ? `<br><small>${esc(say('html.fix', lang))}${say('html.colon', lang)} ${esc(pick(d.fix, lang))}</small>` : ''}</td></tr>`;
    }
    section += '</tbody></table>';
    if (g.count > g.shown.length)
      section += `<p class="more">${esc(say('html.more', lang, { n: g.count - g.shown.length }))}</p>`;
    write(`${section}</section>\n`);
  }
  write('</section>\n');
}
