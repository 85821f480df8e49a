import { defineRule, eachMessage, foldForMatch, memoize } from '../../src/rule-kit';

interface Options {
  aliases: string[];
}

const BASIS = {
  marketing: {
    en: 'L34-5 CPCE, since 22/06/2004: the identity of the advertiser may not be hidden',
    fr: "L34-5 CPCE, depuis le 22/06/2004 : l'identité de l'annonceur ne peut être dissimulée",
  },
  political: {
    en: 'CNIL recommendation 2012-020 of 26/01/2012: each political message names the party or candidate',
    fr: 'recommandation CNIL 2012-020 du 26/01/2012 : chaque message politique nomme le parti ou le candidat',
  },
  'non-commercial': {
    en: 'L34-5 CPCE since 22/06/2004, and the CNIL on SMS prospecting: every message identifies who sends it',
    fr: "L34-5 CPCE depuis le 22/06/2004, et la CNIL sur la prospection par SMS : chaque message identifie l'émetteur",
  },
} as const;

export default defineRule<Options>({
  meta: {
    id: 'message-advertiser',
    description: {
      en: 'Require the advertiser (brand, party or candidate, association) to be named in every message',
      fr: "Exige que l'annonceur (marque, parti ou candidat, association) soit nommé dans chaque message",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political', 'non-commercial'],
    messages: {
      missing: {
        en: 'The message does not name the advertiser "{{advertiser}}"{{aliases}} ({{basis}})',
        fr: "Le message ne nomme pas l'annonceur « {{advertiser}} »{{aliases}} ({{basis}})",
      },
    },
    schema: {
      type: 'object',
      properties: {
        aliases: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    defaultOptions: { aliases: [] },
  },
  create(context) {
    const { campaign, options } = context;
    const wanted = [campaign.advertiser, ...options.aliases].map(foldForMatch).filter((w) => w !== '');
    const names = memoize((text: string) => {
      if (wanted.length === 0) return true;
      const folded = foldForMatch(text);
      return wanted.some((w) => folded.includes(w));
    });
    const aliases =
      options.aliases.length === 0
        ? ''
        : {
            en: ` nor any of its aliases (${options.aliases.map((a) => `"${a}"`).join(', ')})`,
            fr: ` ni aucun de ses autres noms (${options.aliases.map((a) => `«\u202f${a}\u202f»`).join(', ')})`,
          };
    const basis = BASIS[campaign.purpose as keyof typeof BASIS] ?? BASIS.marketing;
    return eachMessage(campaign, (text, at) => {
      if (!names(text))
        context.report({
          messageId: 'missing',
          data: { advertiser: campaign.advertiser, aliases, basis },
          location: at(),
        });
    });
  },
});
