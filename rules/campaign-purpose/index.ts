import { defineRule, eachMessage, foldAccents, memoize, STOP_WORD } from '../../src/rule-kit';

// Cues of promotion, matched on text folded to lower case without accents.
const CUES: ReadonlyArray<[RegExp, string]> = [
  [/\d+\s?%/, '%'],
  [/-\s?\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b)/, '-€'],
  [/\bcode promo\b/, 'code promo'],
  [/\b(?:avec|grace a) (?:le|votre|ce) code\b/, 'code'],
  [/\bventes? flash\b/, 'vente flash'],
  [/\bprix (?:barres?|casses?|choc)\b/, 'prix choc'],
  [/\bpromo(?:tion)?s?\b/, 'promo'],
  [/\bsoldes?\b/, 'soldes'],
  [/\boffres?\b/, 'offre'],
  [/\bofferts?\b|\boffertes?\b/, 'offert'],
  [/\bprofite[zr]?\b/, 'profitez'],
  [/\breductions?\b/, 'réduction'],
  [/\bremises?\b/, 'remise'],
  [/\bbons? plans?\b/, 'bon plan'],
  [/\bventes? privees?\b/, 'vente privée'],
  [/\bblack friday\b/, 'black friday'],
  [/\bdestockage\b/, 'déstockage'],
  [/\bgratuite?s?\b/, 'gratuit'],
  [/\bcadeaux?\b/, 'cadeau'],
];

function cuesOf(text: string): string[] {
  const folded = foldAccents(text);
  return CUES.filter(([re]) => re.test(folded)).map(([, name]) => name);
}

export default defineRule({
  meta: {
    id: 'campaign-purpose',
    description: {
      en: 'Disallow promotional content or a STOP mention in a campaign declared transactional (L34-5 CPCE al. 3)',
      fr: 'Interdit le contenu promotionnel ou une mention STOP dans une campagne déclarée transactionnelle (L34-5 CPCE al. 3)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['transactional'],
    messages: {
      promotional: {
        en: 'This "transactional" message looks promotional ({{cues}}): any message that promotes goods or services, directly or indirectly, is direct marketing (L34-5 CPCE al. 3, since 22/06/2004), so declaring it transactional skips consent, opt-out and hours; declare purpose: marketing',
        fr: 'Ce message « transactionnel » semble promotionnel ({{cues}}) : tout message qui promeut, directement ou indirectement, des biens ou services est de la prospection directe (L34-5 CPCE al. 3, depuis le 22/06/2004) ; le déclarer transactionnel saute consentement, opposition et horaires : déclarez purpose: marketing',
      },
      stopMention: {
        en: 'This "transactional" message carries a STOP mention: it is treated as direct marketing (L34-5 CPCE al. 3; af2m charter, platforms), so consent, opt-out and hours apply; declare purpose: marketing or remove the mention',
        fr: "Ce message « transactionnel » porte une mention STOP : il est traité comme de la prospection directe (L34-5 CPCE al. 3 ; charte af2m, plateformes), donc consentement, opposition et horaires s'appliquent : déclarez purpose: marketing ou retirez la mention",
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const judge = memoize((text: string) => ({ cues: cuesOf(text), stop: STOP_WORD.test(text) }));
    return eachMessage(campaign, (text, at) => {
      const { cues, stop } = judge(text);
      if (cues.length > 0)
        context.report({
          messageId: 'promotional',
          data: { cues: cues.map((c) => `"${c}"`).join(', ') },
          location: at(),
        });
      if (stop) context.report({ messageId: 'stopMention', location: at() });
    });
  },
});
