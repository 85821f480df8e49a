import { defineRule, FRENCH_PLAN_CODES, isAlphanumericSender, normalizePhone } from '../../src/rule-kit';

// ARCEP decision 2022-1583 (in force 2023-01-01): verified polyvalent numbers (NPV) for automated systems.
const NPV_PREFIXES = [
  '0162',
  '0163',
  '0270',
  '0271',
  '0377',
  '0378',
  '0424',
  '0425',
  '0568',
  '0569',
  '0948',
  '0949',
  '09475',
  '09476',
  '09477',
  '09478',
  '09479',
];
const PLATFORM_PREFIXES = ['0937', '0938', '0939'];
const IN_FORCE_FROM = '2023-01-01';
const EXEMPT_MAX_RECIPIENTS = 5;

type Verdict = {
  messageId: 'notANumber' | 'foreign' | 'mobile' | 'platform' | 'premium' | 'notVerified';
  warning?: boolean;
} | null;

/** Judges a caller ID once; null when allowed. */
function judge(sender: string, purpose: string): Verdict {
  const digits = sender.replace(/[\s.()-]/g, '');
  if (/^\d{3,5}$/.test(digits)) return null; // short numbers (3BPQ, 10XY, SMS short codes) are allowed
  const phone = normalizePhone(sender);
  if (!phone) return { messageId: 'notANumber' };
  if (!FRENCH_PLAN_CODES.has(phone.countryCode)) return { messageId: 'foreign' };
  const national = phone.nationalForm;
  if (/^0[67]/.test(national)) return { messageId: 'mobile' };
  if (NPV_PREFIXES.some((p) => national.startsWith(p))) return null;
  if (PLATFORM_PREFIXES.some((p) => national.startsWith(p)))
    return purpose === 'marketing' ? { messageId: 'platform', warning: true } : null;
  if (national.startsWith('089')) return { messageId: 'premium' };
  if (national.startsWith('08')) return null;
  return { messageId: 'notVerified' };
}

export default defineRule({
  meta: {
    id: 'sender-caller-id',
    description: {
      en: 'Require an automated caller ID allowed by ARCEP (verified polyvalent number, 08 number or short number)',
      fr: "Exige un numéro présenté autorisé par l'ARCEP pour un système automatisé (NPV, 08 ou numéro court)",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    messages: {
      alphanumeric: {
        en: 'A voicemail drop presents a phone number: the alphanumeric caller ID "{{sender}}" is impossible',
        fr: "Un dépôt vocal présente un numéro : l'identifiant alphanumérique « {{sender}} » est impossible",
      },
      notANumber: {
        en: 'Caller ID "{{sender}}" is not a phone number',
        fr: "Le numéro présenté « {{sender}} » n'est pas un numéro de téléphone",
      },
      foreign: {
        en: 'Caller ID {{sender}} is not a French number: automated systems must present a verified polyvalent number (ARCEP decision 2022-1583, in force since 01/01/2023)',
        fr: "Le numéro présenté {{sender}} n'est pas français : un système automatisé doit présenter un numéro polyvalent vérifié (décision ARCEP 2022-1583, en vigueur depuis le 01/01/2023)",
      },
      mobile: {
        en: 'Caller ID {{sender}} is a mobile number: since 01/01/2023 automated systems may not present 06/07 numbers (ARCEP decision 2022-1583)',
        fr: 'Le numéro présenté {{sender}} est un mobile : depuis le 01/01/2023 un système automatisé ne peut pas présenter un 06/07 (ARCEP decision 2022-1583, in force since 01/01/2023)',
      },
      notVerified: {
        en: 'Caller ID {{sender}} is an ordinary geographic/09 number: automated systems must use a verified polyvalent number (0162, 0270, 0377, 0424, 0568, 0948…), an 08 number or a short number (ARCEP decision 2022-1583, in force since 01/01/2023)',
        fr: 'Le numéro présenté {{sender}} est un numéro géographique/09 ordinaire : un système automatisé doit utiliser un numéro polyvalent vérifié (0162, 0270, 0377, 0424, 0568, 0948…), un 08 ou un numéro court (ARCEP decision 2022-1583, in force since 01/01/2023)',
      },
      premium: {
        en: 'Caller ID {{sender}} is a premium-rate 089 number, which automated systems may not present (ARCEP decision 2022-1583, in force since 01/01/2023)',
        fr: 'Le numéro présenté {{sender}} est un 089 surtaxé, interdit aux systèmes automatisés (ARCEP decision 2022-1583, in force since 01/01/2023)',
      },
      platform: {
        en: 'Caller ID {{sender}} is a 0937–0939 technical-platform number, not meant for canvassing (prudent reading of ARCEP decision 2022-1583, in force since 01/01/2023)',
        fr: 'Le numéro présenté {{sender}} est un numéro de plateforme technique 0937–0939, non destiné à la prospection (lecture prudente de la décision ARCEP 2022-1583, en vigueur depuis le 01/01/2023)',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const sender = campaign.sender.trim();
    const location = { kind: 'manifest', field: 'sender' } as const;
    // SMS: only a numeric long sender is a caller ID; alphanumeric IDs and short codes are for sender-id.
    const numericLong = !isAlphanumericSender(sender) && sender.replace(/\D/g, '').length >= 6;
    const applies = campaign.sendAt.date >= IN_FORCE_FROM && (campaign.channel === 'vms' || numericLong);
    const distinct = new Set<string>();
    return {
      recipient(r) {
        if (applies && r.phone && distinct.size <= EXEMPT_MAX_RECIPIENTS) distinct.add(r.phone.e164);
      },
      end() {
        if (!applies) return;
        if (campaign.channel === 'vms' && isAlphanumericSender(sender))
          return context.report({ messageId: 'alphanumeric', data: { sender }, location });
        // ARCEP exempts systems that reach at most 5 different numbers.
        if (distinct.size <= EXEMPT_MAX_RECIPIENTS) return;
        const verdict = judge(sender, campaign.purpose);
        if (verdict)
          context.report({
            messageId: verdict.messageId,
            data: { sender },
            location,
            severity: verdict.warning ? 'warning' : undefined,
          });
      },
    };
  },
});
