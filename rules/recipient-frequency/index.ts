import { defineRule, FREQUENCY_MAX, FREQUENCY_WINDOW_MS, overFrequencyCap } from '../../src/rule-kit';

interface Options {
  max: number;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export default defineRule<Options>({
  meta: {
    id: 'recipient-frequency',
    description: {
      en: 'Limit voicemail drops to 4 per person and advertiser in any rolling 30 days (D223-9 C. conso)',
      fr: 'Limite les dépôts vocaux à 4 par personne et par annonceur sur 30 jours glissants (D223-9 C. conso)',
    },
    defaultSeverity: 'error',
    channels: ['vms'],
    purposes: ['marketing'],
    messages: {
      tooMany: {
        en: '{{count}} solicitations by {{advertiser}} between {{from}} and {{to}}, this one included: at most {{max}} in any 30 days (D223-9 C. conso)',
        fr: '{{count}} sollicitations par {{advertiser}} entre le {{from}} et le {{to}}, celle-ci comprise : {{max}} au plus sur 30 jours (D223-9 C. conso)',
      },
    },
    schema: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 1, maximum: 100 } },
      additionalProperties: false,
    },
    defaultOptions: { max: FREQUENCY_MAX },
    history: true,
  },
  create(context) {
    const { campaign, options } = context;
    const { history } = campaign;
    // This campaign's sends so far, for the numbers that need counting: those with earlier sends by
    // this advertiser, and those the file lists more than once (a number listed twice is solicited
    // twice). The first row of a repeated number is known only once it repeats: its send counts from
    // the campaign's start (its exact time matters only for campaigns spread over more than 30 days).
    const sentHere = new Map<string, number[]>();
    return {
      recipient(r) {
        if (!r.phone) return;
        const at = r.sendTime.epochMs;
        // The counting lives in src/law/frequency.ts: the send planner waits for exactly this cap.
        // Earlier calls and drops by this advertiser (D223-9's count; the history keeps only those).
        const earlier = history.solicitationsOf(r.phone.e164);
        let here = sentHere.get(r.phone.e164);
        if (
          !here &&
          (earlier.some((s) => Math.abs(s - at) < FREQUENCY_WINDOW_MS) || r.firstSeenLine !== null)
        ) {
          here = r.firstSeenLine !== null ? [campaign.sendAt.epochMs] : [];
          sentHere.set(r.phone.e164, here);
        }
        if (!here) return;
        here.push(at);
        const window = overFrequencyCap(earlier, here, at, options.max);
        if (!window) return;
        context.report({
          messageId: 'tooMany',
          data: {
            count: window.count,
            advertiser: campaign.advertiser,
            from: isoDate(window.from),
            to: isoDate(window.to),
            max: options.max,
          },
          location: r,
        });
      },
    };
  },
});
