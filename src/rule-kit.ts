// The rules' door: what rules may import, re-exported from base/ and law/, plus the rule API helpers
// (defineRule, cellValue, eachMessage). Rules never touch files, the environment or the clock.
import type { Campaign, Localized, Location, Rule, RuleListeners } from './base/types';
export type * from './base/types';
export { normalizePhone } from './law/phone/normalize-on-demand';
export { FRENCH_PLAN_CODES } from './law/phone/national-form';
export { both, dateText, foldAccents, foldForMatch, formatCount, plural } from './base/text';
export { isAlphanumericSender, isPremiumNumber, PHONE_TYPE_NAMES, shortCodeOf } from './law/phone/kinds';
export { DAY_NAMES } from './law/calendar/days';

/** Typed identity: keeps a rule's shape checked where it is written. */
export const defineRule = <O = Record<string, unknown>>(rule: Rule<O>): Rule<O> => rule;

export type { Localized };

export {
  analyzeSms,
  detectEncoding,
  isGsm7,
  safeReplacement,
  type Encoding,
  type SmsAnalysis,
} from './law/sms/gsm7';
export { placeholdersOf, Template } from './base/template';
export { graphemes } from './law/sms/graphemes';

export { memoize } from './base/memoize';
export { PREMIUM_089, STOP_MENTION, STOP_WORD, VMS_INTENT } from './law/opt-out-words';
export {
  CHARTER_2026_FROM,
  compileTier,
  customTier,
  describeWindows,
  HOURS_DAY_KEYS,
  hoursJudge,
  outerTier,
  profileOf,
  PROFILE_NAMES,
  PROFILES,
  scheduleFor,
  type HoursFinding,
  type HoursJudge,
  type HoursOptions,
  type Tier,
  type Window,
} from './law/hours';
export { flaggedHoliday } from './law/calendar/holidays';
export { placeName } from './law/postal-code';
export { countedSends, FREQUENCY_WINDOW_MS, overFrequencyCap, sameAdvertiserAs } from './law/frequency';
export { holidayFinding, holidayVerdict, type HolidayVerdict } from './law/calendar/holiday-verdict';
export {
  isScientificNotation,
  lostLeadingZero,
  maskDigitRuns,
  parseBoolean,
  parseConsent,
  parseDate,
  parseOptOut,
} from './law/cells';

/**
 * A diagnostic value read from a recipient row (a cell, a per-row message or an excerpt of it):
 * reports mask it unless --show-pii.
 */
export const cellValue = (value: string): { readonly cell: string } => ({ cell: value });
export { filledCost, septetsOfCode, textCost, type TextCost } from './law/sms/gsm7';

/**
 * Listeners for rules that judge message texts: the campaign's message once, then each per-row
 * `message` that differs from it. `check` reports through `at(offset)`: the message's own location
 * for the campaign text, the recipient's row for a per-row text. (Pair with `memoize` so each
 * distinct text is analysed once.)
 */
export function eachMessage(
  campaign: Campaign,
  check: (text: string, at: (offset?: number) => Location) => void,
): RuleListeners {
  return {
    campaign() {
      check(campaign.message, (offset) => ({ kind: 'message', offset }));
    },
    recipient(r) {
      if (r.message !== campaign.message)
        check(r.message, () => ({ kind: 'recipient', recipient: r, column: campaign.columns.message }));
    },
  };
}
