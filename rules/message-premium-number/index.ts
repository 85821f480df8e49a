import {
  defineRule,
  eachMessage,
  memoize,
  STOP_MENTION,
  SURCHARGE_KINDS,
  SURCHARGED_NUMBER,
  surchargedKind,
} from '../../src/rule-kit';

// SMS+ short codes of the surtaxed ranges (4xxxx–8xxxx) when the text asks to text or call them;
// 081x, 082x and 089x numbers in any written form come from the rule kit (SURCHARGED_NUMBER).
const SURTAXED_SHORT_CODE =
  /(?:sms|texto|envoy\p{L}*|tape\p{L}*|r[ée]pond\p{L}*|appel\p{L}*|compose\p{L}*|text\p{L}*|send|call)\b[^\d\n]{0,25}?\b([4-8]\d\s?\d{3})\b/giu;

type Hit = { number: string; offset: number; kind: keyof typeof SURCHARGE_KINDS };

function findPremium(text: string): Hit[] {
  // The STOP mention's own number is judged by message-opt-out.
  const stop = STOP_MENTION.exec(text);
  const body = stop ? text.slice(0, stop.index) : text;
  const found: Hit[] = [...body.matchAll(SURCHARGED_NUMBER)].map((m) => ({
    number: m[0].trim(),
    offset: m.index,
    kind: surchargedKind(m[0]) ?? 'premium',
  }));
  for (const m of body.matchAll(SURTAXED_SHORT_CODE))
    found.push({ number: m[1], offset: m.index + m[0].lastIndexOf(m[1]), kind: 'sms+' });
  return found.sort((a, b) => a.offset - b.offset);
}

export default defineRule({
  meta: {
    id: 'message-premium-number',
    description: {
      en: 'Disallow inviting recipients to call or text a surcharged number (081x, 082x, 089x, SMS+)',
      fr: "Interdit d'inviter à appeler ou écrire à un numéro surtaxé (081x, 082x, 089x, SMS+)",
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      premium: {
        en: 'The message invites to call or text the surcharged number {{number}} ({{kind}}): lawful, but this makes it direct marketing in itself (L34-5 CPCE al. 3, since loi 2014-344 of 17/03/2014), and it must never be the way to opt out',
        fr: "Le message invite à appeler ou écrire au numéro surtaxé {{number}} ({{kind}}) : c'est licite, mais cela en fait de la prospection directe (L34-5 CPCE al. 3, depuis la loi 2014-344 du 17/03/2014), et ce ne peut jamais être le moyen de s'opposer",
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const find = memoize(findPremium);
    return eachMessage(campaign, (text, at) => {
      for (const hit of find(text))
        context.report({
          messageId: 'premium',
          data: { number: hit.number, kind: SURCHARGE_KINDS[hit.kind] },
          location: at(hit.offset),
        });
    });
  },
});
