import { analyzeSms, defineRule, STOP_MENTION, Template, type Recipient, type SmsAnalysis } from '../../src/rule-kit';

interface Options { max: number }

// A marketing text without its STOP mention will get one; count it as it will be sent.
const TYPICAL_MENTION = ' STOP au 36xxx';

export default defineRule<Options>({
  meta: {
    id: 'message-segments',
    description: { en: 'Limit the number of SMS segments of the longest personalised message', fr: 'Limite le nombre de segments SMS du plus long message personnalisé' },
    defaultSeverity: 'warning',
    channels: ['sms'],
    messages: {
      tooMany: {
        en: 'The longest message{{who}} needs {{segments}} SMS segments ({{units}} {{unit}} in {{encoding}}, {{perSegment}} per segment); at most {{max}} allowed, and each segment is billed',
        fr: 'Le plus long message{{who}} occupe {{segments}} segments SMS ({{units}} {{unit}} en {{encoding}}, {{perSegment}} par segment) ; {{max}} au plus, et chaque segment est facturé',
      },
    },
    schema: { type: 'object', properties: { max: { type: 'integer', minimum: 1, maximum: 255 } }, additionalProperties: false },
    defaultOptions: { max: 3 },
  },
  create(context) {
    const { campaign, options } = context;
    const needsMention = campaign.purpose !== 'transactional';
    const templates = new Map<string, Template>();
    const templateOf = (text: string) => {
      let t = templates.get(text);
      if (!t) {
        t = new Template(text);
        if (templates.size < 10000) templates.set(text, t);
      }
      return t;
    };
    const asSent = (text: string) => (needsMention && !STOP_MENTION.test(text) ? text + TYPICAL_MENTION : text);
    let worst: { analysis: SmsAnalysis; recipient: Recipient | null } | null = null;
    const consider = (text: string, recipient: Recipient | null) => {
      const analysis = analyzeSms(asSent(text));
      if (!worst || analysis.segments > worst.analysis.segments || (analysis.segments === worst.analysis.segments && analysis.units > worst.analysis.units)) {
        worst = { analysis, recipient };
      }
    };
    const campaignTemplate = templateOf(campaign.message);
    return {
      campaign() {
        if (campaignTemplate.names.length === 0) consider(campaign.message, null);
      },
      recipient(r) {
        const template = r.message === campaign.message ? campaignTemplate : templateOf(r.message);
        if (template.names.length === 0 && template === campaignTemplate) return; // judged once in campaign()
        consider(template.fill((name) => r.get(name)), r);
      },
      end() {
        const found = worst as { analysis: SmsAnalysis; recipient: Recipient | null } | null;
        if (!found || found.analysis.segments <= options.max) return;
        const { analysis, recipient } = found;
        const gsm = analysis.encoding === 'GSM-7';
        context.report({
          messageId: 'tooMany',
          data: {
            who: recipient ? { en: ` (this recipient's)`, fr: ` (celui de ce destinataire)` } : '',
            segments: analysis.segments, units: analysis.units, encoding: analysis.encoding, perSegment: analysis.perSegment, max: options.max,
            unit: gsm ? { en: 'septets', fr: 'septets' } : { en: 'UTF-16 units', fr: 'unités UTF-16' },
          },
          location: recipient ? { kind: 'recipient', recipient, column: campaign.columns.message } : { kind: 'message' },
        });
      },
    };
  },
});
