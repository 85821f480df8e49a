import { defineRule, eachMessage, memoize, PREMIUM_089, STOP_MENTION } from '../../src/rule-kit';

// SMS+ short codes of the surtaxed ranges (4xxxx–8xxxx) when the text asks to text or call them;
// 089x numbers in any written form come from the rule kit (PREMIUM_089).
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
        en: 'The message invites to call or text the premium-rate number {{number}}: lawful, but this makes it direct marketing in itself (L34-5 CPCE al. 3, since loi 2014-344 of 17/03/2014), and it must never be the way to opt out',
        fr: "Le message invite à appeler ou écrire au numéro surtaxé {{number}} : c'est licite, mais cela en fait de la prospection directe (L34-5 CPCE al. 3, depuis la loi 2014-344 du 17/03/2014), et ce ne peut jamais être le moyen de s'opposer",
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
