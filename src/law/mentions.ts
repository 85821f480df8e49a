// Legal mentions added to a message (the credit mention, the gambling warning): where they go and
// what they cost. Shared by the rules that ask for them and by `--fix`.
import type { Channel } from '../base/types';
import { formatCount, plural } from '../base/text';
import { STOP_MENTION } from './opt-out-words';
import { analyzeSms } from './sms/gsm7';

/**
 * The message with a mention added: before its closing STOP mention (which must stay last, see
 * message-opt-out), else at its end; nothing else changes.
 */
export function withMention(text: string, mention: string): string {
  const tail = STOP_MENTION.exec(text);
  if (!tail) return `${text.replace(/\s+$/, '')} ${mention}`;
  const head = text.slice(0, tail.index);
  const gap = head === '' || /\s$/.test(head) ? '' : ' ';
  return `${head}${gap}${mention} ${text.slice(tail.index)}`;
}

/** What adding a mention costs: characters added, and for an SMS the segments before and after. */
export function mentionCost(text: string, mention: string) {
  const next = withMention(text, mention);
  const before = analyzeSms(text);
  const after = analyzeSms(next);
  return {
    characters: next.length - text.length,
    before: { segments: before.segments, encoding: before.encoding },
    after: { segments: after.segments, encoding: after.encoding },
  };
}

const segmentsText = (n: number) =>
  plural(n, {
    en: { one: '{{n}} SMS segment', other: '{{n}} SMS segments' },
    fr: { one: '{{n}} segment SMS', other: '{{n}} segments SMS' },
  });

/** "it adds 64 characters: 2 SMS segments instead of 1 (…UCS-2…)", in both languages. */
export function costText(text: string, mention: string, channel: Channel): { en: string; fr: string } {
  const cost = mentionCost(text, mention);
  const chars = plural(cost.characters, {
    en: { one: '{{n}} character', other: '{{n}} characters' },
    fr: { one: '{{n}} caractère', other: '{{n}} caractères' },
  });
  if (channel === 'vms')
    return {
      en: `it adds ${chars.en} to the script`,
      fr: `elle ajoute ${chars.fr} au script`,
    };
  const ucs2 = cost.before.encoding === 'GSM-7' && cost.after.encoding === 'UCS-2';
  const after = segmentsText(cost.after.segments);
  const segments =
    cost.after.segments === cost.before.segments
      ? { en: `still ${after.en}`, fr: `toujours ${after.fr}` }
      : {
          en: `${after.en} instead of ${formatCount(cost.before.segments, 'en')}`,
          fr: `${after.fr} au lieu de ${formatCount(cost.before.segments, 'fr')}`,
        };
  return {
    en: `it adds ${chars.en}: ${segments.en}${ucs2 ? ' (some of its characters are not GSM-7: the message switches to UCS-2, 70 characters per segment)' : ''}`,
    fr: `elle ajoute ${chars.fr} : ${segments.fr}${ucs2 ? ' (certains de ses caractères ne sont pas GSM-7 : le message passe en UCS-2, 70 caractères par segment)' : ''}`,
  };
}
