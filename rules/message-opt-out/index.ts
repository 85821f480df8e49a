import {
  dateText,
  defineRule,
  eachMessage,
  freeNumberBan,
  openingEnd,
  isAlphanumericSender,
  isUnsubscribeLink,
  memoize,
  routeSurcharge,
  shortCodeOf,
  STOP_MENTION,
  STOP_WORD,
  SURCHARGE_KINDS,
  SURCHARGED_NUMBER,
  VMS_INTENT,
  type Campaign,
} from '../../src/rule-kit';

interface Options {
  mention?: string;
}

type Finding = {
  messageId: string;
  data?: Record<string, string | { en: string; fr: string }>;
  offset?: number;
  fix?: { en: string; fr: string };
  severity?: 'warning';
};

/** The af2m Business Messaging charter 2026 lists an unsubscribe URL among the opt-out devices. */
const CHARTER_2026 = '2026-03-01';
const L34_5 = {
  en: 'L34-5 CPCE, since 22/06/2004',
  fr: 'L34-5 CPCE, depuis le 22/06/2004',
};

/** Where a voicemail listener may send an opt-out: a free or normal-rate number, a short code, a web address. */
const ROUTES = {
  en: 'a free number, a short code or a web address',
  fr: 'un numéro gratuit, un code court ou une adresse web',
};
/** Political campaigns inside the L50-1 window: no free number may be given (campaign-election). */
const routesWithoutFreeNumber = (until: string) => ({
  en: `a normal-rate number (01–05, 09, 0806–0809), a short code or a web address — not a free number: C. électoral L50-1 forbids them until ${until}`,
  fr: `un numéro au tarif normal (01–05, 09, 0806–0809), un code court ou une adresse web — pas de numéro gratuit : le L50-1 du Code électoral les interdit jusqu'au ${dateText(until).fr}`,
});
const CNIL_POLITICAL_CALLS = {
  en: 'the CNIL (21/04/2017, political calls by automated system) asks that the way to object be given "dès le début du message"',
  fr: "la CNIL (21/04/2017, prospection politique par automate d'appel) demande que les modalités d'opposition soient précisées « dès le début du message »",
};

// A web address (with a scheme, www., or a domain with a common TLD), or an e-mail address.
const URL =
  /\b(?:https?:\/\/[^\s]+|www\.[^\s]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|net|org|eu|info|io|co|biz|shop|re|gp|mq|gf|yt|pm|app|link|me|ly|gl|site)\b(?:\/[^\s]*)?)/gi;
const ONE_URL = new RegExp(URL.source, 'i');
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

// French phone numbers as written: 0X XX XX XX XX, 0 800 …, +33 …, +33 (0)…, 0033 ….
const FRENCH_NUMBER =
  /(?:\+33[\s.\u00a0]?(?:\(0\)[\s.\u00a0]?)?|\b0033[\s.\u00a0]?|\b0[\s.\u00a0]?)[1-9](?:[\s.\u00a0-]?\d){8}\b/g;
const SHORT_CODE = /\b([3-8]\d)[\s\u00a0]?(\d{3})\b/g;
const KEY_PRESS = /\b(tape[rz]?|appuye[rz]|appuie[rz]?|touche|press)\b/i;

/**
 * The unsubscribe link of a message, if any: a URL the words just before it announce, or one a whole
 * path segment of which is an unsubscribe word (`…/stop`); `…/nonstop` is no such link.
 */
function unsubscribeLink(text: string): RegExpMatchArray | null {
  for (const match of text.matchAll(URL))
    if (isUnsubscribeLink(match[0], text.slice(0, match.index))) return match;
  return null;
}

/** A surcharged opt-out route as the `premium` message names it. */
const surcharged = (number: string, kind: keyof typeof SURCHARGE_KINDS): Finding => ({
  messageId: 'premium',
  data: { number: number.trim(), kind: SURCHARGE_KINDS[kind], basis: L34_5 },
});

function checkSms(text: string, campaign: Campaign, mention: string | undefined): Finding | null {
  const fixText = mention ?? (shortCodeOf(campaign.sender) ? 'STOP SMS' : undefined);
  const fix = fixText ? { en: `append "${fixText}"`, fr: `ajouter «\u202f${fixText}\u202f»` } : undefined;
  const tail = STOP_MENTION.exec(text);
  if (!tail) {
    const link = unsubscribeLink(text);
    if (link) {
      const charter = campaign.sendAt.date >= CHARTER_2026;
      return {
        messageId: charter ? 'linkOnly' : 'linkOnlyBefore2026',
        data: { since: dateText(CHARTER_2026) },
        offset: link.index,
        fix,
        severity: charter ? 'warning' : undefined,
      };
    }
    const anywhere = STOP_WORD.exec(text);
    if (anywhere) return { messageId: 'notAtEnd', offset: anywhere.index, fix };
    return { messageId: 'missing', offset: text.length, fix };
  }
  const digits = tail[1]?.replace(/\D/g, '') ?? '';
  const surcharge = digits ? routeSurcharge(tail[1]) : null;
  if (surcharge) return { ...surcharged(tail[1], surcharge), offset: tail.index };
  if (isAlphanumericSender(campaign.sender)) {
    if (!digits)
      return { messageId: 'needShortCode', data: { sender: campaign.sender }, offset: tail.index, fix };
    if (!/^3\d{4}$/.test(digits))
      return { messageId: 'notShortCode', data: { number: digits }, offset: tail.index };
  }
  return null;
}

type Contact =
  | { kind: 'free' }
  | { kind: 'premium'; number: string; at: number; surcharge: keyof typeof SURCHARGE_KINDS };

/** Contact details in a part of a voicemail script: 'free', 'premium' (a surcharged route), or null. */
function contactIn(part: string): Contact | null {
  // 081x, 082x and 089x in any spelling are never a free route.
  for (const m of part.matchAll(SURCHARGED_NUMBER))
    return {
      kind: 'premium',
      number: m[0].trim(),
      at: m.index,
      surcharge: routeSurcharge(m[0]) ?? 'premium',
    };
  let free = false;
  for (const m of part.matchAll(FRENCH_NUMBER)) {
    const surcharge = routeSurcharge(m[0]);
    if (surcharge) return { kind: 'premium', number: m[0].trim(), at: m.index, surcharge };
    free = true;
  }
  for (const m of part.matchAll(SHORT_CODE)) {
    if (m[1].startsWith('3')) free = true;
    else if (/\b(?:au|le|to)[\s\u00a0]*$/i.test(part.slice(0, m.index)))
      return { kind: 'premium', number: `${m[1]}${m[2]}`, at: m.index, surcharge: 'sms+' };
  }
  return free || ONE_URL.test(part) || EMAIL.test(part) ? { kind: 'free' } : null;
}

function checkVms(text: string, routes: { en: string; fr: string }, political: boolean): Finding | null {
  const intents = [...text.matchAll(VMS_INTENT)];
  if (intents.length === 0) return { messageId: 'vmsMissing', offset: 0, data: { basis: L34_5, routes } };
  for (const intent of intents) {
    // The contact details go with the instruction: in the same stretch of the script.
    const from = Math.max(0, intent.index - 80);
    const contact = contactIn(text.slice(from, intent.index + intent[0].length + 160));
    if (contact?.kind === 'premium')
      return { ...surcharged(contact.number, contact.surcharge), offset: from + contact.at };
    if (!contact) continue;
    // Political calls: the way to object is given at the start of the message (CNIL, 2017).
    if (political && intent.index >= openingEnd(text))
      return {
        messageId: 'vmsLate',
        offset: intent.index,
        data: { at: String(intent.index + 1), basis: CNIL_POLITICAL_CALLS },
        severity: 'warning',
      };
    return null;
  }
  const first = intents[0].index;
  if (KEY_PRESS.test(text))
    return { messageId: 'vmsKeyPress', offset: first, data: { basis: L34_5, routes } };
  return { messageId: 'vmsNoContact', offset: first, data: { phrase: intents[0][0], basis: L34_5, routes } };
}

export default defineRule<Options>({
  meta: {
    id: 'message-opt-out',
    description: {
      en: 'Require a free opt-out in every marketing, political or charity message: a closing STOP mention (SMS), valid contact details (VMS)',
      fr: "Exige un moyen d'opposition gratuit dans chaque message de prospection, politique ou associatif : une mention STOP finale (SMS), des coordonnées valables (VMS)",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political', 'non-commercial'],
    messages: {
      missing: {
        en: 'No opt-out mention: end the message with "STOP au 36xxx" (or "STOP SMS" with a short-code sender); a free opt-out is required by L34-5 CPCE (since 22/06/2004)',
        fr: "Aucune mention d'opposition : terminez le message par « STOP au 36xxx » (ou « STOP SMS » avec un code court) ; un moyen d'opposition gratuit est exigé par le L34-5 CPCE (depuis le 22/06/2004)",
      },
      notAtEnd: {
        en: 'The STOP mention must close the message: only spaces, punctuation or a short parenthesis such as "(gratuit)" may follow it',
        fr: 'La mention STOP doit clore le message : seuls des espaces, une ponctuation ou une courte parenthèse comme « (gratuit) » peuvent la suivre',
      },
      needShortCode: {
        en: 'Nobody can reply to the alphanumeric sender "{{sender}}": the mention must name a short code ("STOP au 36xxx")',
        fr: "Impossible de répondre à l'émetteur alphanumérique « {{sender}} » : la mention doit donner un code court (« STOP au 36xxx »)",
      },
      notShortCode: {
        en: 'The opt-out number {{number}} is not an SMS short code (3xxxx): replies to it may not be free or may not work',
        fr: "Le numéro d'opposition {{number}} n'est pas un code court SMS (3xxxx) : la réponse peut ne pas être gratuite ou ne pas fonctionner",
      },
      premium: {
        en: 'The opt-out route {{number}} is surcharged ({{kind}}): opting out must cost nothing but the transmission ({{basis}})',
        fr: "Le moyen d'opposition {{number}} est surtaxé ({{kind}}) : s'opposer ne doit rien coûter d'autre que la transmission ({{basis}})",
      },
      linkOnly: {
        en: 'Only an unsubscribe link, no STOP mention: allowed by the af2m Business Messaging charter since {{since}}, but STOP is what platforms and recipients expect (add "STOP au 36xxx")',
        fr: 'Seulement un lien de désinscription, pas de mention STOP : admis par la charte Business Messaging af2m depuis le {{since}}, mais STOP est ce que plateformes et destinataires attendent (ajoutez « STOP au 36xxx »)',
      },
      linkOnlyBefore2026: {
        en: 'Only an unsubscribe link, no STOP mention: the af2m charter in force at the send date (2024 charter, before {{since}}) requires the STOP keyword (add "STOP au 36xxx")',
        fr: "Seulement un lien de désinscription, pas de mention STOP : la charte af2m en vigueur à la date d'envoi (charte 2024, avant le {{since}}) exige le mot-clé STOP (ajoutez « STOP au 36xxx »)",
      },
      vmsMissing: {
        en: 'The voicemail script gives no way to opt out: say how to stop these messages, with valid contact details ({{routes}}) ({{basis}})',
        fr: "Le script vocal n'indique aucun moyen de s'opposer : dites comment ne plus recevoir ces messages, avec des coordonnées valables ({{routes}}) ({{basis}})",
      },
      vmsNoContact: {
        en: 'The voicemail script says "{{phrase}}" but gives no valid contact details to opt out: name {{routes}} ({{basis}})',
        fr: "Le script vocal dit « {{phrase}} » mais ne donne aucune coordonnée valable pour s'opposer : indiquez {{routes}} ({{basis}})",
      },
      vmsLate: {
        en: 'The political voicemail script says how to opt out only after its opening (at character {{at}}; the opening is the first sentence after a greeting, or the first 150 characters): {{basis}}',
        fr: "Le script vocal politique n'indique le moyen de s'opposer qu'après son ouverture (au caractère {{at}} ; l'ouverture est la première phrase après une salutation, ou les 150 premiers caractères) : {{basis}}",
      },
      vmsKeyPress: {
        en: 'A key press cannot reach you from a voicemail box: give {{routes}} to opt out ({{basis}})',
        fr: "Une touche ne vous joint pas depuis une messagerie vocale : donnez {{routes}} pour s'opposer ({{basis}})",
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
    const ban =
      campaign.purpose === 'political' && typeof campaign.election === 'object' && campaign.election
        ? freeNumberBan(campaign.election)
        : null;
    const routes =
      ban && campaign.sendAt.date >= ban.from && campaign.sendAt.date <= ban.to
        ? routesWithoutFreeNumber(ban.to)
        : ROUTES;
    const political = campaign.purpose === 'political';
    const check = (text: string) =>
      campaign.channel === 'sms'
        ? checkSms(text, campaign, context.options.mention)
        : checkVms(text, routes, political);
    const judge = memoize(check);
    return eachMessage(campaign, (text, at) => {
      const finding = judge(text);
      if (finding)
        context.report({
          messageId: finding.messageId,
          data: finding.data,
          location: at(finding.offset),
          fix: finding.fix,
          severity: finding.severity,
        });
    });
  },
});
