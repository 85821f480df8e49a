import {
  carriesMention,
  costText,
  CREDIT_MENTION_CHANGE,
  CREDIT_MENTIONS,
  creditMentionAt,
  creditMentionFix,
  creditSignal,
  defineRule,
  isCreditSector,
  memoize,
  type Location,
} from '../../src/rule-kit';

interface Options {
  maxSegments: number;
}

const MAYBE_REASON = {
  from: {
    en: 'since 20/11/2026 (ordonnance 2025-880) a split or deferred payment granted by a third-party lender is consumer credit, even free and under three months; a shop’s own fee-free split is not, and the text cannot tell which',
    fr: 'depuis le 20/11/2026 (ordonnance 2025-880), un paiement fractionné ou différé accordé par un prêteur tiers est un crédit à la consommation, même gratuit et de moins de trois mois ; le fractionnement sans frais du commerçant lui-même ne l’est pas, et le texte ne dit pas lequel',
  },
  before: {
    en: 'until 19/11/2026 a split payment repaid within three months at no or negligible cost is not consumer credit (C. conso L312-4), financing over a longer term is, and the text cannot tell which',
    fr: 'jusqu’au 19/11/2026, un paiement fractionné remboursé en moins de trois mois sans frais ou à frais négligeables n’est pas un crédit à la consommation (L312-4 C. conso), un financement plus long l’est, et le texte ne dit pas lequel',
  },
};

export default defineRule<Options>({
  meta: {
    id: 'message-credit-mention',
    description: {
      en: 'Require consumer-credit advertising to carry the mention in force at the send date (C. conso L312-5: « Attention ! Un crédit coûte de l’argent et doit être remboursé ! » from 20/11/2026)',
      fr: 'Exige que la publicité pour un crédit à la consommation porte la mention en vigueur à la date d’envoi (L312-5 C. conso : « Attention ! Un crédit coûte de l’argent et doit être remboursé ! » à partir du 20/11/2026)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      missing: {
        en: 'Consumer-credit advertising ({{why}}) without the mention « {{mention}} » required at the send date by {{basis}}; {{cost}}',
        fr: 'Publicité pour un crédit à la consommation ({{why}}) sans la mention « {{mention}} » exigée à la date d’envoi par le {{basis}} ; {{cost}}',
      },
      outdated: {
        en: 'The message carries the credit mention in force until 19/11/2026; sent on {{date}}, it must carry « {{mention}} » ({{basis}}); {{cost}}',
        fr: 'Le message porte la mention de crédit en vigueur jusqu’au 19/11/2026 ; envoyé le {{date}}, il doit porter « {{mention}} » ({{basis}}) ; {{cost}}',
      },
      early: {
        en: 'The message carries the credit mention of ordonnance 2025-880, in force only from 20/11/2026; sent on {{date}}, it must carry « {{mention}} » ({{basis}})',
        fr: 'Le message porte la mention de crédit de l’ordonnance 2025-880, en vigueur seulement à partir du 20/11/2026 ; envoyé le {{date}}, il doit porter « {{mention}} » ({{basis}})',
      },
      maybe: {
        en: 'The message offers to pay in instalments or financing ("{{matched}}"): {{reason}}; if it is credit, it must carry « {{mention}} » ({{basis}}); {{cost}}',
        fr: 'Le message propose un paiement en plusieurs fois ou un financement (« {{matched}} ») : {{reason}} ; si c’est un crédit, il doit porter « {{mention}} » ({{basis}}) ; {{cost}}',
      },
    },
    schema: {
      type: 'object',
      properties: { maxSegments: { type: 'integer', minimum: 1, maximum: 10 } },
      additionalProperties: false,
    },
    defaultOptions: { maxSegments: 3 },
  },
  create(context) {
    const { campaign, options } = context;
    // Consumer credit is advertised to consumers: the rule leaves B2B campaigns alone.
    if (campaign.audience === 'professionals') return {};
    const sectorSays = isCreditSector(campaign.sector);
    const check = memoize((key: string) => {
      const date = key.slice(0, 10);
      const text = key.slice(11);
      const due = creditMentionAt(date);
      if (carriesMention(text, due)) return null;
      const signal = sectorSays ? null : creditSignal(text);
      if (!sectorSays && !signal) return null;
      const other = date < CREDIT_MENTION_CHANGE ? CREDIT_MENTIONS.from : CREDIT_MENTIONS.before;
      const mentionData = { mention: due.text, basis: due.basis, date };
      if (carriesMention(text, other))
        return {
          messageId: date < CREDIT_MENTION_CHANGE ? 'early' : 'outdated',
          data: { ...mentionData, cost: costText(text, due.text, campaign.channel) },
          offset: signal?.match.offset,
        };
      const cost = costText(text, due.text, campaign.channel);
      if (sectorSays || signal?.strength === 'credit') {
        const fits = creditMentionFix(text, { ...campaign, date, maxSegments: options.maxSegments }) !== null;
        const why = sectorSays
          ? { en: `sector: "${campaign.sector}"`, fr: `secteur : « ${campaign.sector} »` }
          : { en: `"${signal?.match.matched}"`, fr: `« ${signal?.match.matched} »` };
        return {
          messageId: 'missing',
          data: { ...mentionData, why, cost },
          offset: signal?.match.offset,
          fix: fits ? { en: `add « ${due.text} »`, fr: `ajouter «\u00a0${due.text}\u00a0»` } : undefined,
        };
      }
      return {
        messageId: 'maybe',
        data: {
          ...mentionData,
          matched: signal?.match.matched ?? '',
          reason: date < CREDIT_MENTION_CHANGE ? MAYBE_REASON.before : MAYBE_REASON.from,
          cost,
        },
        offset: signal?.match.offset,
        severity: 'warning' as const,
      };
    });
    /** Reports what `text` lacks at `date`; whether there was something to report. */
    const judge = (text: string, date: string, at: (offset?: number) => Location): boolean => {
      const finding = check(`${date}|${text}`);
      if (finding)
        context.report({
          messageId: finding.messageId,
          data: finding.data,
          location: at(finding.offset),
          ...('fix' in finding && finding.fix ? { fix: finding.fix } : {}),
          ...('severity' in finding ? { severity: finding.severity } : {}),
        });
      return finding !== null;
    };
    // Which mention is due depends on the send date: a campaign that runs across 20/11/2026 (rate,
    // per-row send_at) is judged once more for the recipients on the other side.
    const campaignRegime = campaign.sendAt.date < CREDIT_MENTION_CHANGE;
    // Each text is reported once (per regime). Only the texts reported are kept: a million distinct
    // per-row messages without a finding cost nothing here (all were kept, with the rows they were
    // cut from: 687 MB at 1M rows); a text without a finding is judged again through `check`'s memo.
    const reported = new Set<string>();
    return {
      campaign() {
        judge(campaign.message, campaign.sendAt.date, (offset) => ({ kind: 'message', offset }));
      },
      recipient(r) {
        const regime = r.sendTime.date < CREDIT_MENTION_CHANGE;
        if (r.message === campaign.message && regime === campaignRegime) return;
        const key = `${regime}|${r.message}`;
        if (reported.has(key)) return;
        const found = judge(r.message, r.sendTime.date, () => ({
          kind: 'recipient',
          recipient: r,
          column: r.message === campaign.message ? undefined : campaign.columns.message,
        }));
        if (found) reported.add(key);
      },
    };
  },
});
