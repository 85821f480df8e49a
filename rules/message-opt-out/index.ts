import {
  defineRule,
  eachMessage,
  isAlphanumericSender,
  isPremiumNumber,
  memoize,
  shortCodeOf,
  STOP_MENTION,
  STOP_WORD,
  type Campaign,
} from '../../src/rule-kit';

interface Options {
  mention?: string;
}

type Finding = {
  messageId: string;
  data?: Record<string, string>;
  offset?: number;
  fix?: { en: string; fr: string };
};

// Ways a voicemail script tells the listener how to opt out.
export const VMS_OPT_OUT =
  /(d[ée]sinscri|d[ée]sabonn|ne plus (?:[êe]tre (?:contact|appel|rappel|sollicit)|recevoir)|vous opposer|opposition|\bstop\b|unsubscribe|opt out)/i;
const FRENCH_NUMBER = /(?:\+33[\s.]*|0)[1-9](?:[\s.]?\d){8}/g;

function checkSms(text: string, campaign: Campaign, mention: string | undefined): Finding | null {
  const fixText = mention ?? (shortCodeOf(campaign.sender) ? 'STOP SMS' : undefined);
  const fix = fixText ? { en: `append "${fixText}"`, fr: `ajouter « ${fixText} »` } : undefined;
  const tail = STOP_MENTION.exec(text);
  if (!tail) {
    const anywhere = STOP_WORD.exec(text);
    if (anywhere) return { messageId: 'notAtEnd', offset: anywhere.index, fix };
    return { messageId: 'missing', offset: text.length, fix };
  }
  const digits = tail[1]?.replace(/\D/g, '') ?? '';
  if (digits && isPremiumNumber(digits))
    return { messageId: 'premium', data: { number: digits }, offset: tail.index };
  if (isAlphanumericSender(campaign.sender)) {
    if (!digits)
      return { messageId: 'needShortCode', data: { sender: campaign.sender }, offset: tail.index, fix };
    if (!/^3\d{4}$/.test(digits))
      return { messageId: 'notShortCode', data: { number: digits }, offset: tail.index };
  }
  return null;
}

function checkVms(text: string): Finding | null {
  for (const match of text.matchAll(FRENCH_NUMBER)) {
    if (isPremiumNumber(match[0]))
      return { messageId: 'premium', data: { number: match[0].replace(/\D/g, '') }, offset: match.index };
  }
  return VMS_OPT_OUT.test(text) ? null : { messageId: 'vmsMissing', offset: 0 };
}

export default defineRule<Options>({
  meta: {
    id: 'message-opt-out',
    description: {
      en: 'Require a free opt-out mention at the end of every marketing message',
      fr: "Exige une mention d'opposition gratuite à la fin de chaque message de prospection",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'non-commercial'],
    messages: {
      missing: {
        en: 'No opt-out mention: end the message with "STOP au 36xxx" (or "STOP SMS" with a short-code sender)',
        fr: "Aucune mention d'opposition : terminez le message par « STOP au 36xxx » (ou « STOP SMS » avec un code court)",
      },
      notAtEnd: {
        en: 'The STOP mention must close the message: only spaces or punctuation may follow it',
        fr: 'La mention STOP doit clore le message : seuls des espaces ou une ponctuation peuvent la suivre',
      },
      needShortCode: {
        en: 'Nobody can reply to the alphanumeric sender "{{sender}}": the mention must name a short code ("STOP au 36xxx")',
        fr: "Impossible de répondre à l'émetteur alphanumérique « {{sender}} » : la mention doit donner un code court (« STOP au 36xxx »)",
      },
      notShortCode: {
        en: 'The opt-out number {{number}} is not an SMS short code (3xxxx): replies to it may not be free or may not work',
        fr: "Le numéro d'opposition {{number}} n'est pas un code court SMS (3xxxx) : la réponse peut ne pas être gratuite ou ne pas fonctionner",
      },
      premium: {
        en: 'The opt-out route {{number}} is premium-rate: opting out must be free (L34-5 CPCE)',
        fr: "Le moyen d'opposition {{number}} est surtaxé : l'opposition doit être gratuite (L34-5 CPCE)",
      },
      vmsMissing: {
        en: 'The voicemail script gives no free way to opt out (say how to stop these messages, e.g. a free number to call)',
        fr: "Le script vocal n'indique aucun moyen gratuit de s'opposer (dites comment ne plus recevoir ces messages, par ex. un numéro gratuit)",
      },
    },
    schema: {
      type: 'object',
      properties: { mention: { type: 'string', minLength: 4, pattern: 'STOP|stop|Stop' } },
      additionalProperties: false,
    },
    defaultOptions: {},
  },
  create(context) {
    const { campaign } = context;
    const check = (text: string) =>
      campaign.channel === 'sms' ? checkSms(text, campaign, context.options.mention) : checkVms(text);
    const judge = memoize(check);
    return eachMessage(campaign, (text, at) => {
      const finding = judge(text);
      if (finding)
        context.report({
          messageId: finding.messageId,
          data: finding.data,
          location: at(finding.offset),
          fix: finding.fix,
        });
    });
  },
});
