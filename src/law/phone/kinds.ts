// Kinds of numbers and senders as the French numbering plan and operators know them.
import type { PhoneType } from '../../base/types';

export const PHONE_TYPE_NAMES: Readonly<Record<PhoneType, { en: string; fr: string }>> = {
  MOBILE: { en: 'mobile', fr: 'mobile' },
  FIXED_LINE: { en: 'fixed-line', fr: 'fixe' },
  FIXED_LINE_OR_MOBILE: { en: 'fixed-line or mobile', fr: 'fixe ou mobile' },
  TOLL_FREE: { en: 'toll-free', fr: 'numéro vert' },
  PREMIUM_RATE: { en: 'premium-rate', fr: 'surtaxé' },
  SHARED_COST: { en: 'shared-cost', fr: 'à coût partagé' },
  VOIP: { en: 'VoIP', fr: 'VoIP (09)' },
  PERSONAL_NUMBER: { en: 'personal', fr: 'personnel' },
  PAGER: { en: 'pager', fr: 'radiomessagerie' },
  UAN: { en: 'universal access', fr: 'accès universel' },
  VOICEMAIL: { en: 'voicemail', fr: 'messagerie vocale' },
};

/** Alphanumeric senders cannot receive replies; 5-digit short codes and numbers can. */
export const isAlphanumericSender = (sender: string) => /[A-Za-z]/.test(sender);

/** A French SMS short code (5 digits starting with 3–8), spaces allowed. */
export const shortCodeOf = (text: string): string | null => {
  const digits = text.replace(/\s/g, '');
  return /^[3-8]\d{4}$/.test(digits) ? digits : null;
};

/**
 * Premium-rate numbers that a message may point to: 089x (08 9x) special numbers, and SMS+ short
 * codes outside the free 3xxxx range (4xxxx–8xxxx are surtaxed).
 */
export function isPremiumNumber(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (/^(?:0|\+?33)89\d{7}$/.test(d) || /^089\d{7}$/.test(d)) return true;
  return /^[4-8]\d{4}$/.test(d);
}
