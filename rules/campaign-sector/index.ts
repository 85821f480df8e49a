import {
  dateText,
  defineRule,
  foldAccents,
  isSpeculativeSector,
  memoize,
  SPECULATIVE_BAN_FROM,
  speculativeSignal,
  type Channel,
  type Location,
} from '../../src/rule-kit';

interface Ban {
  readonly id: 'energy' | 'homeAdaptation' | 'cpf';
  /** Message keywords, on text folded to lower case without accents. */
  readonly keywords: RegExp;
  /** `sector` words. */
  readonly sectors: RegExp;
  /** First day of the ban per channel (the send date decides). */
  readonly from: Readonly<Record<Channel, string>>;
  readonly basis: { en: string; fr: string };
}

const BANS: readonly Ban[] = [
  {
    id: 'energy',
    keywords:
      /\b(isolation|isoler|isolez|pompes? a chaleur|panneaux? solaires?|photovoltaique|maprimerenov|ma prime renov|renovation energetique|renovation globale|audit energetique|climatisations? reversibles?|bornes? de recharge|pac air.?(?:eau|air)|economies? d.energie|chaudieres?|poeles? a granules|ballons? thermodynamiques?|cee|certificats? d.economies d.energie|energies? renouvelables?)\b/,
    sectors:
      /\b(energ\w*|renovation\w*|isolation|solar|solaire|photovolta\w*|heat.?pump|pompe.?a.?chaleur|insulation|renewable\w*)\b/,
    // By phone (VMS) since loi 2020-901 (26 July 2020); by message (SMS) since L223-8 (2 July 2025).
    from: { vms: '2020-07-26', sms: '2025-07-02' },
    basis: { en: 'C. conso L223-1 and L223-8', fr: 'C. conso L223-1 et L223-8' },
  },
  {
    id: 'homeAdaptation',
    keywords:
      /\b(monte.?escaliers?|adaptation du logement|logement adapte|douches? (?:senior|securisee|a l.italienne)|baignoires? a porte|perte d.autonomie|maintien a domicile)\b/,
    sectors: /\b(home.?adaptation|adaptation.?(?:du.?)?logement|accessibilit\w*|monte.?escalier\w*)\b/,
    // Added to the phone ban and the message ban by loi 2025-594 (in force 2 July 2025).
    from: { vms: '2025-07-02', sms: '2025-07-02' },
    basis: {
      en: 'C. conso L223-1 and L223-8 (loi 2025-594)',
      fr: 'C. conso L223-1 et L223-8 (loi 2025-594)',
    },
  },
  {
    id: 'cpf',
    keywords: /\b(cpf|compte personnel de formation|mon ?compte ?formation|moncompteformation)\b/,
    sectors: /\b(cpf)\b/,
    // Loi 2022-1587 of 19 December 2022 (JO 20 December), in force the next day.
    from: { vms: '2022-12-21', sms: '2022-12-21' },
    basis: { en: 'C. trav. L6323-8-1', fr: 'C. trav. L6323-8-1' },
  },
];

const NAMES = {
  energy: {
    en: 'Energy-saving and renewable-energy work',
    fr: "Les travaux d'économies d'énergie et d'énergies renouvelables",
  },
  homeAdaptation: {
    en: 'Home adaptation for ageing or disability',
    fr: "L'adaptation du logement au vieillissement ou au handicap",
  },
  cpf: {
    en: 'Training paid with the CPF (compte personnel de formation)',
    fr: 'La formation financée par le CPF (compte personnel de formation)',
  },
};

const SPECULATIVE = {
  'options binaires': { en: 'binary options', fr: 'des options binaires' },
  forex: { en: 'forex (currency trading)', fr: 'du forex (trading sur devises)' },
  cfd: { en: 'CFDs with a leverage above 5', fr: 'des CFD avec un effet de levier supérieur à 5' },
} as const;
const SAPIN_2 = {
  en: 'C. mon. fin. L533-12-7, loi 2016-1691 "Sapin 2"; contracts listed by the AMF general regulation',
  fr: 'L533-12-7 C. mon. fin., loi 2016-1691 dite Sapin 2 ; contrats listés par le règlement général de l’AMF',
};

export default defineRule({
  meta: {
    id: 'campaign-sector',
    description: {
      en: 'Disallow marketing in banned sectors (energy renovation, home adaptation, CPF training, speculative investments)',
      fr: 'Interdit la prospection des secteurs interdits (rénovation énergétique, adaptation du logement, formation CPF, placements spéculatifs)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      banned: {
        en: '{{sector}} may not be canvassed by {{channel}} since {{from}} ({{basis}}), even with consent, except under a contract in progress (matched: {{matched}})',
        // The sector names are plural or singular: the sentence does not agree with them.
        fr: 'Prospection par {{channel}} interdite depuis le {{from}} ({{basis}}) pour ce secteur : {{sector}}, même avec consentement, sauf contrat en cours (repéré : {{matched}})',
      },
      speculative: {
        en: 'Electronic promotion of {{product}} to clients who may not be professionals is banned since {{from}} ({{basis}}), whatever the consent (matched: {{matched}})',
        fr: 'La promotion par voie électronique {{product}} auprès de clients susceptibles d’être non professionnels est interdite depuis le {{from}} ({{basis}}), quel que soit le consentement (repéré : {{matched}})',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const channelName =
      campaign.channel === 'sms'
        ? { en: 'SMS', fr: 'SMS' }
        : { en: 'telephone (voicemail drop)', fr: 'téléphone (dépôt vocal)' };
    const inForce = BANS.filter((ban) => campaign.sendAt.date >= ban.from[campaign.channel]);
    const report = (ban: Ban, matched: string, location: Location) =>
      context.report({
        messageId: 'banned',
        data: {
          sector: NAMES[ban.id],
          channel: channelName,
          from: dateText(ban.from[campaign.channel]),
          basis: ban.basis,
          matched: `"${matched}"`,
        },
        location,
      });
    const keywordHits = memoize((text: string) =>
      inForce.flatMap((ban) => {
        const m = ban.keywords.exec(foldAccents(text));
        return m ? [{ ban, matched: m[0], offset: m.index }] : [];
      }),
    );
    const reported = new Set<Ban>();
    // Speculative investments: one report per campaign, on the sector field or the first product named.
    const speculativeBanned = campaign.sendAt.date >= SPECULATIVE_BAN_FROM;
    let speculativeReported = false;
    const speculativeHit = memoize((text: string) => (speculativeBanned ? speculativeSignal(text) : null));
    const reportSpeculative = (id: keyof typeof SPECULATIVE, matched: string, location: Location) => {
      speculativeReported = true;
      context.report({
        messageId: 'speculative',
        data: {
          product: SPECULATIVE[id],
          from: dateText(SPECULATIVE_BAN_FROM),
          basis: SAPIN_2,
          matched: `"${matched}"`,
        },
        location,
      });
    };
    const checkSpeculative = (text: string, location: (offset: number) => Location) => {
      if (speculativeReported) return;
      const hit = speculativeHit(text);
      if (hit) reportSpeculative(hit.id as keyof typeof SPECULATIVE, hit.matched, location(hit.offset));
    };
    return {
      campaign() {
        if (speculativeBanned && isSpeculativeSector(campaign.sector)) {
          const id = /binai|binary/i.test(campaign.sector ?? '') ? 'options binaires' : 'forex';
          reportSpeculative(id, campaign.sector as string, { kind: 'manifest', field: 'sector' });
        }
        checkSpeculative(campaign.message, (offset) => ({ kind: 'message', offset }));
        const sector = campaign.sector ? foldAccents(campaign.sector) : '';
        for (const ban of inForce) {
          const m = ban.sectors.exec(sector);
          if (m) {
            reported.add(ban);
            report(ban, campaign.sector as string, { kind: 'manifest', field: 'sector' });
          }
        }
        for (const hit of keywordHits(campaign.message)) {
          if (reported.has(hit.ban)) continue;
          reported.add(hit.ban);
          report(hit.ban, hit.matched, { kind: 'message', offset: hit.offset });
        }
      },
      recipient(r) {
        if (r.message === campaign.message) return;
        checkSpeculative(r.message, () => ({
          kind: 'recipient',
          recipient: r,
          column: campaign.columns.message,
        }));
        for (const hit of keywordHits(r.message))
          if (!reported.has(hit.ban))
            report(hit.ban, hit.matched, {
              kind: 'recipient',
              recipient: r,
              column: campaign.columns.message,
            });
      },
    };
  },
});
