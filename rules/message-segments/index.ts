import {
  analyzeSms,
  defineRule,
  filledCost,
  memoize,
  STOP_MENTION,
  Template,
  textCost,
  type Recipient,
  type SmsAnalysis,
} from '../../src/rule-kit';

interface Options {
  max: number;
}

// A marketing text without its STOP mention will get one; count it as it will be sent.
const TYPICAL_MENTION = ' STOP au 36xxx';

export default defineRule<Options>({
  meta: {
    id: 'message-segments',
    description: {
      en: 'Limit the number of SMS segments of the longest personalised message',
      fr: 'Limite le nombre de segments SMS du plus long message personnalisé',
    },
    defaultSeverity: 'warning',
    channels: ['sms'],
    messages: {
      tooMany: {
        en: 'The longest message{{who}} needs {{segments}} SMS segments ({{units}} {{unit}} in {{encoding}}, {{perSegment}} per segment); at most {{max}} allowed, and each segment is billed',
        fr: 'Le plus long message{{who}} occupe {{segments}} segments SMS ({{units}} {{unit}} en {{encoding}}, {{perSegment}} par segment) ; {{max}} au plus, et chaque segment est facturé',
      },
    },
    schema: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 1, maximum: 255 } },
      additionalProperties: false,
    },
    defaultOptions: { max: 3 },
  },
  create(context) {
    const { campaign, options } = context;
    const needsMention = campaign.purpose !== 'transactional';
    // Per distinct message: the text as it will be sent, its literal cost, and its placeholders.
    const planOf = memoize((text: string) => {
      const template = new Template(needsMention && !STOP_MENTION.test(text) ? text + TYPICAL_MENTION : text);
      return { template, literal: textCost(template.fill(() => '')) };
    });
    let worst: { analysis: SmsAnalysis; recipient: Recipient | null } | null = null;
    const consider = (text: string, recipient: Recipient | null) => {
      const analysis = analyzeSms(text);
      if (analysis.segments <= options.max) return;
      if (
        !worst ||
        analysis.segments > worst.analysis.segments ||
        (analysis.segments === worst.analysis.segments && analysis.units > worst.analysis.units)
      ) {
        worst = { analysis, recipient };
      }
    };
    const campaignPlan = planOf(campaign.message);
    return {
      campaign() {
        if (campaignPlan.template.names.length === 0) consider(campaignPlan.template.text, null);
      },
      recipient(r) {
        const plan = r.message === campaign.message ? campaignPlan : planOf(r.message);
        if (plan === campaignPlan && plan.template.names.length === 0) return; // judged once in campaign()
        // Cheap bound first: each part holds at least (per-part capacity − 1) units, since an escape
        // pair or a surrogate pair is never split. Only texts that might exceed `max` are built.
        const { septets, utf16, gsm } = filledCost(plan.literal, plan.template.names, (name) => r.get(name));
        const units = gsm ? septets : utf16;
        const upper = units <= (gsm ? 160 : 70) ? 1 : Math.ceil(units / ((gsm ? 153 : 67) - 1));
        if (upper > options.max)
          consider(
            plan.template.fill((name) => r.get(name)),
            r,
          );
      },
      end() {
        const found = worst;
        if (!found || found.analysis.segments <= options.max) return;
        const { analysis, recipient } = found;
        const gsm = analysis.encoding === 'GSM-7';
        context.report({
          messageId: 'tooMany',
          data: {
            who: recipient ? { en: ` (this recipient's)`, fr: ` (celui de ce destinataire)` } : '',
            segments: analysis.segments,
            units: analysis.units,
            encoding: analysis.encoding,
            perSegment: analysis.perSegment,
            max: options.max,
            unit: gsm ? { en: 'septets', fr: 'septets' } : { en: 'UTF-16 units', fr: 'unités UTF-16' },
          },
          location: recipient
            ? { kind: 'recipient', recipient, column: campaign.columns.message }
            : { kind: 'message' },
        });
      },
    };
  },
});
