// The words of opting out in a message: the STOP mention, the VMS opt-out instructions, what makes a
// URL an unsubscribe link, and the surcharged numbers an opt-out route may not use. Shared by the
// rules and the HTML report.

// What may stand before a STOP that is a word of the message: not a letter or digit (inside a word),
// nor a URL or e-mail character (`…/stop`, `?action=stop`, `stop@…`).
const NOT_IN_WORD_OR_URL = String.raw`(?<![\p{L}\p{N}/=?&#@._~-])`;

/** The word STOP anywhere in a text (any case), not inside a word or a URL. */
export const STOP_WORD = new RegExp(String.raw`${NOT_IN_WORD_OR_URL}STOP\b(?![./@]\w)`, 'iu');

/**
 * The part of a message that is its closing STOP mention, or null. Only whitespace, punctuation or
 * one short parenthesis (`(gratuit)`, `(SMS non surtaxé)`) may follow it.
 */
export const STOP_MENTION = new RegExp(
  String.raw`${NOT_IN_WORD_OR_URL}STOP\b(?![./@]\w)(?:[\s\u00a0]*(?:SMS|au|à|a|to|par|:|=|-))*[\s\u00a0]*(\+?\d[\d\s\u00a0.]{2,16}\d)?[\s\u00a0\p{P}]*(?:\([^()\n]{1,30}\)[\s\u00a0\p{P}]*)?$`,
  'iu',
);

// Between the digits of a French number as people write it: a space, a no-break space, a dot or a dash.
const SEP = String.raw`[\s.\u00a0-]?`;
const FRENCH_PREFIX = String.raw`(?:\+33${SEP}(?:\(0\)${SEP})?|\b0033${SEP}|\b0${SEP})`;

/**
 * Surcharged numbers of the ARCEP plan in any written form (`0899…`, `0 825…`, `08 99…`,
 * `08.10…`, `08-21…`, `+33 8 99…`, `+33 (0)8 25…`, `0033 8 99…`): 081x and 082x (the call price
 * plus a service price, since the SVA reform of 2015-10-01) and 089x (premium rate). Never a lawful
 * opt-out route (L34-5 CPCE: no cost but the transmission); global: use with matchAll.
 */
export const SURCHARGED_NUMBER = new RegExp(String.raw`${FRENCH_PREFIX}8${SEP}[129](?:${SEP}\d){7}\b`, 'g');

/** The kind of a surcharged number, or null: `service` for 081x/082x, `premium` for 089x. */
export function surchargedKind(number: string): 'service' | 'premium' | null {
  // +33, 0033 and the (0) some write after +33 left out: the national number with its one 0.
  const national = `0${number
    .replace(/\D/g, '')
    .replace(/^(?:0033|33)/, '')
    .replace(/^0+/, '')}`;
  if (national.length !== 10) return null;
  if (/^08[12]/.test(national)) return 'service';
  if (/^089/.test(national)) return 'premium';
  return null;
}

/**
 * The surcharge of a number a message gives as a way to call or text: a surcharged 08 number, or an
 * SMS+ short code outside the free 3xxxx range (4xxxx–8xxxx); null when it costs no more than the
 * transmission.
 */
export function routeSurcharge(number: string): 'service' | 'premium' | 'sms+' | null {
  if (/^[4-8]\d{4}$/.test(number.replace(/[\s\u00a0]/g, ''))) return 'sms+';
  return surchargedKind(number);
}

/** What each kind of surcharged number costs, as messages name it. */
export const SURCHARGE_KINDS = {
  service: {
    en: '081x/082x: the price of the call plus a service price',
    fr: '081x/082x : prix de l’appel plus un prix du service',
  },
  premium: { en: '089x: premium rate', fr: '089x : numéro surtaxé' },
  'sms+': { en: 'SMS+ short code: surtaxed', fr: 'code court SMS+ : surtaxé' },
} as const;

/** Unsubscribe words a whole path segment of a URL may be (`…/stop`, `…/desinscription`). */
const UNSUBSCRIBE_SEGMENTS = new Set([
  'stop',
  'unsubscribe',
  'unsub',
  'desinscription',
  'desinscrire',
  'desabonnement',
  'desabonner',
  'desabo',
  'optout',
  'opt-out',
]);

/**
 * Words that announce an unsubscribe link just before it (`Désinscription : …`, `Se désabonner : …`,
 * `Ne plus recevoir : …`, `Unsubscribe …`, `STOP : …`), as whole words: `stopper`, `autostop` or
 * `nonstop` never announce one.
 */
const ANNOUNCES_UNSUBSCRIBE =
  /(?<![\p{L}\p{N}])(?:d[ée]sinscri\p{L}*|d[ée]sabonn\p{L}*|d[ée]sabo|unsubscrib\p{L}*|ne plus recevoir|vous opposer|opposition|opt[ -]?out|stop\s*[:=]|stop\s+(?:sur|via|ici|on|at)\b)/iu;

/**
 * Whether a URL of a message is an unsubscribe link: the words within 60 characters before it
 * announce one, or one whole segment of its path is an unsubscribe word. A substring never counts
 * (`…/nonstop`, `…/stopper`, `autostop.fr`).
 */
export function isUnsubscribeLink(url: string, before: string): boolean {
  if (ANNOUNCES_UNSUBSCRIBE.test(before.slice(-60))) return true;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[?#].*$/, '');
  return path
    .split('/')
    .slice(1)
    .some((segment) =>
      UNSUBSCRIBE_SEGMENTS.has(
        segment
          .replace(/[.,;:!?)\]}»"']+$/, '')
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase(),
      ),
    );
}

/**
 * 089x premium-rate numbers in any written form (`0899…`, `0 899…`, `08 99…`, `08.99…`,
 * `+33 8 99…`, `+33 (0)8 99…`, `0033 8 99…`); global: use with matchAll.
 */
export const PREMIUM_089 =
  /(?:\+33[\s.\u00a0]?(?:\(0\)[\s.\u00a0]?)?|\b0033[\s.\u00a0]?|\b0[\s.\u00a0]?)8[\s.\u00a0]?9(?:[\s.\u00a0-]?\d){7}\b/g;

// Ways a voicemail script says how to opt out (the bare word "stop" is not one: "Stop aux prix élevés").
export const VMS_INTENT =
  /(d[ée]sinscri\p{L}*|d[ée]sabonn\p{L}*|ne (?:plus|pas|jamais) (?:[êe]tre (?:contact|appel|rappel|sollicit|d[ée]rang)\p{L}*|recevoir|[êe]tre (?:r)?appel\p{L}*)|ne souhaitez plus|vous opposer|opposition|unsubscribe|opt[ -]?out|stop (?:au|par|en|à)\b)/giu;
