import { STOP_MENTION, VMS_INTENT } from '../law/opt-out-words';
import { foldAccents, foldForMatch } from '../base/text';
import { analyzeSms, isGsm7, type SmsAnalysis } from '../law/sms/gsm7';
import { placeholdersOf } from '../base/template';
import type { Channel, Lang } from '../base/types';
import { esc } from './html-text';
import { say } from '../base/messages';

/** What the message section says about a text. */
export interface MessageFacts {
  readonly analysis: SmsAnalysis;
  /** The first distinct characters that are not GSM-7 (they force UCS-2), in order of appearance. */
  readonly ucs2: readonly string[];
  /** How many distinct such characters there are (the list stops at UCS2_LISTED). */
  readonly ucs2Count: number;
  readonly placeholders: readonly string[];
  /** [start, end) of the STOP mention, of the advertiser's name; null when absent. */
  readonly optOut: readonly [number, number] | null;
  readonly advertiser: readonly [number, number] | null;
}

/** Where the advertiser's name appears, ignoring case, accents and punctuation (as message-advertiser does). */
function findAdvertiser(text: string, advertiser: string): [number, number] | null {
  const wanted = foldForMatch(advertiser);
  if (wanted === '') return null;
  let folded = '';
  const at: number[] = []; // index in `text` of each folded character
  for (let i = 0; i < text.length; i++) {
    for (const c of foldAccents(text[i]).replace(/[^a-z0-9]/g, '')) {
      folded += c;
      at.push(i);
    }
  }
  const start = folded.indexOf(wanted);
  return start < 0 ? null : [at[start], at[start + wanted.length - 1] + 1];
}

/** The opt-out mention as message-opt-out finds it: the closing STOP of an SMS, the sentence of a voicemail that says how to opt out. */
function findOptOut(text: string, channel: Channel): [number, number] | null {
  if (channel === 'sms') {
    const stop = STOP_MENTION.exec(text);
    return stop ? [stop.index, stop.index + stop[0].trimEnd().length] : null;
  }
  // The rule's own pattern (global): a fresh copy, so no lastIndex is shared.
  const hit = new RegExp(VMS_INTENT.source, 'iu').exec(text);
  if (!hit) return null;
  const before = text.slice(0, hit.index).search(/[^.!?\n]*$/);
  const after = /[.!?\n]|$/.exec(text.slice(hit.index)) as RegExpExecArray;
  const start = before + (/^\s*/.exec(text.slice(before))?.[0].length ?? 0);
  return [start, hit.index + after.index + (after[0] === '\n' ? 0 : after[0].length)];
}

/** Characters listed by name in the message section; the rest are counted. */
export const UCS2_LISTED = 30;

export function messageFacts(text: string, advertiser: string, channel: Channel): MessageFacts {
  const ucs2 = new Set<string>();
  for (const char of text) if (!isGsm7(char)) ucs2.add(char);
  return {
    analysis: analyzeSms(text),
    ucs2: [...ucs2].slice(0, UCS2_LISTED),
    ucs2Count: ucs2.size,
    placeholders: [...new Set(placeholdersOf(text).map((p) => p.name))],
    optOut: findOptOut(text, channel),
    advertiser: findAdvertiser(text, advertiser),
  };
}

/** U+2019 ’ */
export const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The text as HTML with the opt-out mention, the advertiser's name, placeholders and UCS-2
 * characters marked (each mark also has a title and a non-colour cue: underline, outline, dots).
 */
export function highlighted(text: string, facts: MessageFacts, lang: Lang): string {
  const kinds: string[] = new Array<string>(text.length).fill('');
  const mark = (range: readonly [number, number] | null, kind: string) => {
    if (range) for (let i = range[0]; i < Math.min(range[1], text.length); i++) kinds[i] = kind;
  };
  mark(facts.advertiser, 'adv');
  mark(facts.optOut, 'stop');
  for (const p of placeholdersOf(text)) {
    const end = text.indexOf('}', p.offset) + (text[p.offset + 1] === '{' ? 2 : 1);
    mark([p.offset, end], 'ph');
  }
  const titles: Record<string, string> = {
    adv: say('html.advertiserName', lang),
    stop: say('html.optOut', lang),
    ph: say('html.placeholders', lang),
  };
  let out = '';
  let i = 0;
  while (i < text.length) {
    const kind = kinds[i];
    let j = i;
    while (j < text.length && kinds[j] === kind) j++;
    const body = ucs2Marked(text.slice(i, j), facts, lang);
    out += kind ? `<mark class="m-${kind}" title="${esc(titles[kind])}">${body}</mark>` : body;
    i = j;
  }
  return out;
}

function ucs2Marked(text: string, facts: MessageFacts, lang: Lang): string {
  if (facts.ucs2Count === 0) return esc(text);
  let out = '';
  for (const char of text) {
    out += !isGsm7(char)
      ? `<span class="m-ucs2" title="${esc(`${say('html.ucs2Chars', lang)}: ${codePoint(char)}`)}">${esc(char)}</span>`
      : esc(char);
  }
  return out;
}

/** Whether the channel's text is measured in SMS segments. */
export const hasSegments = (channel: Channel) => channel === 'sms';
