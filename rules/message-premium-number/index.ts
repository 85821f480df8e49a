import { defineRule, eachMessage, memoize, STOP_MENTION } from '../../src/rule-kit';

// 089x numbers in any written form, and SMS+ short codes of the surtaxed ranges (4xxxx–8xxxx)
// when the text asks to text or call them.
const PREMIUM_089 = /(?:\+33[\s.]?|0033[\s.]?|\b0)8[\s.]?9(?:[\s.]?\d){7}\b/g;
const SURTAXED_SHORT_CODE =
  /(?:sms|texto|envoy\p{L}*|tape\p{L}*|r[ée]pond\p{L}*|appel\p{L}*|compose\p{L}*|text\p{L}*|send|call)\b[^\d\n]{0,25}?\b([4-8]\d\s?\d{3})\b/giu;

function findPremium(text: string): Array<{ number: string; offset: number }> {
  // The STOP mention's own number is judged by message-opt-out.
  const stop = STOP_MENTION.exec(text);
  const body = stop ? text.slice(0, stop.index) : text;
  const found = [...body.matchAll(PREMIUM_089)].map((m) => ({
    number: m[0].trim(),
    offset: m.index,
  }));
  for (const m of body.matchAll(SURTAXED_SHORT_CODE))
    found.push({ number: m[1], offset: m.index + m[0].lastIndexOf(m[1]) });
  return found.sort((a, b) => a.offset - b.offset);
}

export default defineRule({
  meta: {
    id: 'message-premium-number',
    description: {
      en: 'Disallow inviting recipients to call or text a premium-rate number',
      fr: "Interdit d'inviter à appeler ou écrire à un numéro surtaxé",
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      premium: {
        en: 'The message invites to call or text the premium-rate number {{number}}: this is direct marketing in itself (L34-5 CPCE) and must never be the way to reach you or to opt out',
        fr: "Le message invite à appeler ou écrire au numéro surtaxé {{number}} : c'est de la prospection en soi (L34-5 CPCE), et ce ne peut être ni le moyen de vous joindre ni celui de s'opposer",
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const find = memoize(findPremium);
    return eachMessage(campaign, (text, at) => {
      for (const hit of find(text))
        context.report({ messageId: 'premium', data: { number: hit.number }, location: at(hit.offset) });
    });
  },
});
