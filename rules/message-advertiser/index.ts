import {
  aliasesClause,
  ALIASES_SCHEMA,
  defineRule,
  eachMessage,
  foldForMatch,
  indexOfFolded,
  memoize,
  openingEnd,
} from '../../src/rule-kit';

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
const L221_16 = {
  en: 'C. conso L221-16 (since 01/07/2016): a professional calling a consumer states who they are at the start of the call; applied to voicemail drops by prudence',
  fr: 'L221-16 C. conso (depuis le 01/07/2016) : le professionnel qui appelle un consommateur indique son identité au début de la conversation ; appliqué aux dépôts vocaux par prudence',
};

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
      notInOpening: {
        en: 'The voicemail script names "{{advertiser}}" only after its opening (first named at character {{at}}; the opening is the first sentence after a greeting, or the first 150 characters): say who calls at the start ({{basis}})',
        fr: "Le script vocal ne nomme « {{advertiser}} » qu'après son ouverture (première mention au caractère {{at}} ; l'ouverture est la première phrase après une salutation, ou les 150 premiers caractères) : dites qui appelle dès le début ({{basis}})",
      },
    },
    schema: ALIASES_SCHEMA,
    defaultOptions: { aliases: [] },
  },
  create(context) {
    const { campaign, options } = context;
    const wanted = [campaign.advertiser, ...options.aliases].map(foldForMatch).filter((w) => w !== '');
    // Where the advertiser (or an alias) is first named: an offset, -1 when nowhere, 0 when nothing is wanted.
    // VMS marketing to consumers: the caller says who they are at the start (L221-16, by prudence).
    const opening =
      campaign.channel === 'vms' && campaign.purpose === 'marketing' && campaign.audience !== 'professionals';
    const firstNamed = memoize((text: string) => {
      if (wanted.length === 0) return 0;
      const folded = foldForMatch(text);
      const present = wanted.filter((w) => folded.includes(w));
      if (present.length === 0) return -1;
      if (!opening) return 0; // where it is named matters only for the opening of a VMS script
      return Math.min(...present.map((w) => indexOfFolded(text, w)));
    });
    const aliases = aliasesClause(options.aliases);
    const basis = BASIS[campaign.purpose as keyof typeof BASIS] ?? BASIS.marketing;
    return eachMessage(campaign, (text, at) => {
      const named = firstNamed(text);
      if (named < 0)
        context.report({
          messageId: 'missing',
          data: { advertiser: campaign.advertiser, aliases, basis },
          location: at(),
        });
      else if (opening && named >= openingEnd(text))
        context.report({
          messageId: 'notInOpening',
          data: { advertiser: campaign.advertiser, at: named + 1, basis: L221_16 },
          location: at(named),
          severity: 'warning',
        });
    });
  },
});
