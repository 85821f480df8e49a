import { defineRule, eachMessage, foldAccents, memoize, STOP_WORD } from '../../src/rule-kit';

// Cues of promotion, matched on text folded to lower case without accents.
const CUES: ReadonlyArray<[RegExp, string]> = [
  [/\d+\s?%/, '%'],
  [/-\s?\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b)/, '-€'],
  [/\bcode promo\b/, 'code promo'],
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
      en: 'Disallow promotional content in a campaign declared transactional',
      fr: 'Interdit le contenu promotionnel dans une campagne déclarée transactionnelle',
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    purposes: ['transactional'],
    messages: {
      promotional: {
        en: 'This "transactional" message looks promotional ({{cues}}): any promotion makes it marketing, with consent, STOP, hours and holiday rules',
        fr: 'Ce message « transactionnel » semble promotionnel ({{cues}}) : toute promotion en fait de la prospection, avec consentement, STOP, horaires et jours fériés',
      },
      stopMention: {
        en: 'This "transactional" message carries a STOP mention: platforms classify it as marketing',
        fr: 'Ce message « transactionnel » porte une mention STOP : les plateformes le classent en prospection',
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
