// The words of opting out in a message: the STOP mention, the VMS opt-out instructions, and the
// surcharged numbers an opt-out route may not use. Shared by the rules and the HTML report.

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

/**
 * 089x premium-rate numbers in any written form (`0899…`, `0 899…`, `08 99…`, `08.99…`,
 * `+33 8 99…`, `+33 (0)8 99…`, `0033 8 99…`); global: use with matchAll.
 */
export const PREMIUM_089 =
  /(?:\+33[\s.\u00a0]?(?:\(0\)[\s.\u00a0]?)?|\b0033[\s.\u00a0]?|\b0[\s.\u00a0]?)8[\s.\u00a0]?9(?:[\s.\u00a0-]?\d){7}\b/g;

// Ways a voicemail script says how to opt out (the bare word "stop" is not one: "Stop aux prix élevés").
export const VMS_INTENT =
  /(d[ée]sinscri\p{L}*|d[ée]sabonn\p{L}*|ne (?:plus|pas|jamais) (?:[êe]tre (?:contact|appel|rappel|sollicit|d[ée]rang)\p{L}*|recevoir|[êe]tre (?:r)?appel\p{L}*)|ne souhaitez plus|vous opposer|opposition|unsubscribe|opt[ -]?out|stop (?:au|par|en|à)\b)/giu;
