import { defineRule, foldForMatch, memoize } from '../../src/rule-kit';

interface Options {
  max: number;
}

const DAY = 24 * 3600 * 1000;
const WINDOW = 30 * DAY;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Largest number of sends in any 30-day window that contains `at`. */
function busiestWindow(times: number[], at: number): { count: number; from: number; to: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let best = { count: 0, from: at, to: at };
  for (const start of sorted) {
    if (start > at || start <= at - WINDOW) continue;
    const inside = sorted.filter((t) => t >= start && t < start + WINDOW);
    if (inside.length > best.count)
      best = { count: inside.length, from: inside[0], to: inside[inside.length - 1] };
  }
  return best;
}

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
    defaultOptions: { max: 4 },
  },
  create(context) {
    const { campaign, options } = context;
    const { history } = campaign;
    const advertiser = foldForMatch(campaign.advertiser);
    const sameAdvertiser = memoize((name: string) => foldForMatch(name) === advertiser);
    // This campaign's sends so far, for the numbers that need counting: those with earlier sends by
    // this advertiser, and those the file lists more than once (a number listed twice is solicited
    // twice). The first row of a repeated number is known only once it repeats: its send counts from
    // the campaign's start (its exact time matters only for campaigns spread over more than 30 days).
    const sentHere = new Map<string, number[]>();
    return {
      recipient(r) {
        if (history.size === 0 || !r.phone) return;
        const at = r.sendTime.epochMs;
        const earlier = history
          .sendsTo(r.phone.e164)
          .filter(
            (s) => s.channel !== 'sms' && sameAdvertiser(s.advertiser) && Math.abs(s.epochMs - at) < WINDOW,
          )
          .map((s) => s.epochMs);
        let here = sentHere.get(r.phone.e164);
        if (!here && (earlier.length > 0 || r.firstSeenLine !== null)) {
          here = r.firstSeenLine !== null ? [campaign.sendAt.epochMs] : [];
          sentHere.set(r.phone.e164, here);
        }
        if (!here) return;
        here.push(at);
        if (earlier.length + here.length <= options.max) return;
        const window = busiestWindow([...earlier, ...here], at);
        if (window.count <= options.max) return;
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
