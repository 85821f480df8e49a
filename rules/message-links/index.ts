import { defineRule, eachMessage, memoize } from '../../src/rule-kit';

interface Options {
  shorteners: string[];
  allow: string[];
}

// Public shorteners that operators filter as a smishing vector (smsmode, Bird, af2m practice).
export const SHORTENERS = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  't.ly',
  's.id',
  'bl.ink',
  'lnkd.in',
  'soo.gd',
  'shorte.st',
  'adf.ly',
  'qrco.de',
  'urlz.fr',
  'lstu.fr',
  'frama.link',
  'x.co',
  'su.pr',
  'mcaf.ee',
  'po.st',
  'db.tt',
  'cli.gs',
  'tiny.one',
  'short.io',
];

const URL = /\b(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d+)?(?:\/[^\s]*)?/gi;

export default defineRule<Options>({
  meta: {
    id: 'message-links',
    description: {
      en: 'Disallow public URL shorteners, which operators filter',
      fr: "Interdit les raccourcisseurs d'URL publics, filtrés par les opérateurs",
    },
    defaultSeverity: 'warning',
    channels: ['sms'],
    messages: {
      shortener: {
        en: 'Link {{url}} uses the public shortener {{host}}: operators filter such links (smishing); use a link on your own domain',
        fr: 'Le lien {{url}} utilise le raccourcisseur public {{host}} : les opérateurs filtrent ces liens (hameçonnage) ; utilisez un lien sur votre propre domaine',
      },
    },
    schema: {
      type: 'object',
      properties: {
        shorteners: { type: 'array', items: { type: 'string', minLength: 3 } },
        allow: { type: 'array', items: { type: 'string', minLength: 3 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { shorteners: [], allow: [] },
  },
  create(context) {
    const { campaign, options } = context;
    const blocked = new Set([...SHORTENERS, ...options.shorteners.map((h) => h.toLowerCase())]);
    const allowed = new Set(options.allow.map((h) => h.toLowerCase()));
    const isShortener = (host: string) => {
      const h = host.toLowerCase().replace(/^www\./, '');
      return !allowed.has(h) && blocked.has(h);
    };
    const find = memoize((text: string) =>
      [...text.matchAll(URL)]
        .filter((m) => isShortener(m[1]))
        .map((m) => ({ url: m[0], host: m[1].toLowerCase(), offset: m.index })),
    );
    return eachMessage(campaign, (text, at) => {
      for (const link of find(text))
        context.report({
          messageId: 'shortener',
          data: { url: link.url, host: link.host },
          location: at(link.offset),
        });
    });
  },
});
