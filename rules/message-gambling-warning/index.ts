import {
  carriesGamblingWarning,
  costText,
  defineRule,
  gamblingSignal,
  gamblingWarningAt,
  isGamblingSector,
  memoize,
  type Location,
} from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'message-gambling-warning',
    description: {
      en: 'Require every commercial message of a gambling operator to carry the warning of CSI L320-12 with the helpline 09 74 75 13 13',
      fr: 'Exige que chaque message commercial d’un opérateur de jeux d’argent porte le message de mise en garde du L320-12 CSI avec le numéro 09 74 75 13 13',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      missing: {
        en: 'A gambling operator’s commercial message ({{why}}) without the warning « {{warning}} » ({{basis}}); {{cost}}',
        fr: 'Message commercial d’un opérateur de jeux d’argent ({{why}}) sans le message de mise en garde « {{warning}} » ({{basis}}) ; {{cost}}',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const sectorSays = isGamblingSector(campaign.sector);
    const check = memoize((key: string) => {
      const date = key.slice(0, 10);
      const text = key.slice(11);
      if (carriesGamblingWarning(text)) return null;
      const signal = sectorSays ? null : gamblingSignal(text);
      if (!sectorSays && !signal) return null;
      const due = gamblingWarningAt(date);
      const why = sectorSays
        ? { en: `sector: "${campaign.sector}"`, fr: `secteur : « ${campaign.sector} »` }
        : {
            en: `it speaks of betting: "${signal?.matched}"`,
            fr: `il parle de paris : « ${signal?.matched} »`,
          };
      return {
        data: { why, warning: due.text, basis: due.basis, cost: costText(text, due.text, campaign.channel) },
        offset: signal?.offset,
      };
    });
    const judge = (text: string, date: string, at: (offset?: number) => Location) => {
      const finding = check(`${date}|${text}`);
      if (finding) context.report({ messageId: 'missing', data: finding.data, location: at(finding.offset) });
    };
    return {
      campaign() {
        judge(campaign.message, campaign.sendAt.date, (offset) => ({ kind: 'message', offset }));
      },
      recipient(r) {
        if (r.message !== campaign.message)
          judge(r.message, r.sendTime.date, () => ({
            kind: 'recipient',
            recipient: r,
            column: campaign.columns.message,
          }));
      },
    };
  },
});
