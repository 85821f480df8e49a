// The rules' door: what rules may import, re-exported from base/ and law/, plus the rule API helpers
// (defineRule, cellValue, eachMessage). Rules never touch files, the environment or the clock.
import type {
  Campaign,
  Localized,
  Location,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleListeners,
  RuleMeta,
} from './base/types';
import { shownAsWritten } from './base/mask';
export type * from './base/types';
export { normalizePhone } from './law/phone/normalize-on-demand';
export { FRENCH_PLAN_CODES } from './law/phone/national-form';
export { both, dateText, foldAccents, foldForMatch, formatCount, indexOfFolded, plural } from './base/text';
export { openingEnd, OPENING_CHARACTERS } from './law/vms-script';
export { costText } from './law/mentions';
export {
  carriesMention,
  creditMentionAt,
  creditMentionFix,
  CREDIT_MENTION_CHANGE,
  CREDIT_MENTIONS,
  creditSignal,
  isCreditSector,
} from './law/credit';
export { carriesGamblingWarning, gamblingSignal, gamblingWarningAt, isGamblingSector } from './law/gambling';
export { isSpeculativeSector, speculativeSignal, SPECULATIVE_BAN_FROM } from './law/speculative';
export { aliasesClause, ALIASES_SCHEMA, senderNamesBrand } from './law/advertiser-names';
export { cappedList } from './base/capped';
export { isAlphanumericSender, isPremiumNumber, PHONE_TYPE_NAMES, shortCodeOf } from './law/phone/kinds';
export { DAY_NAMES } from './law/calendar/days';
export { TERRITORIES } from './law/phone/territories';
export {
  addDays,
  electionTerritoryOf,
  freeNumberBan,
  freeNumbersIn,
  isCodeElectoralKind,
  L50_1,
  silenceAt,
  weekdayOf,
  type Silence,
  type SilenceWindow,
} from './law/election';

/** A rule's context whose `report` takes only the rule's own message ids. */
export interface TypedRuleContext<Options, MessageIds extends string>
  extends Omit<RuleContext<Options>, 'report'> {
  report(descriptor: ReportDescriptor & { readonly messageId: MessageIds }): void;
}

/** A rule whose message ids are checked by the compiler: those of `meta.messages`, and no other. */
export interface TypedRule<Options, MessageIds extends string, Id extends string = string> {
  readonly meta: RuleMeta & { readonly id: Id; readonly messages: Readonly<Record<MessageIds, Localized>> };
  create(context: TypedRuleContext<Options, MessageIds>): RuleListeners;
}

/**
 * Typed identity: keeps a rule's shape checked where it is written, and its `context.report`
 * calls to the ids of its `meta.messages` (a typo in a message id does not compile). The message
 * ids are inferred; a rule that names its options type names them too: `defineRule<Options, Ids>`.
 */
export const defineRule = <O = Record<string, unknown>, M extends string = string>(
  rule: TypedRule<O, M>,
): RuleOf<O, M> => rule;

/**
 * `defineRule` for plugin rules: the id carries the plugin's namespace (`acme/no-caps`), so that a
 * plugin rule never reads as a built-in one (built-in ids have no slash).
 */
export const createRule = <O = Record<string, unknown>, M extends string = string>(
  rule: TypedRule<O, M, `${string}/${string}`>,
): RuleOf<O, M> => rule;

/** A rule that still says its message ids (the rule tester checks its tables against them). */
export type RuleOf<O, M extends string> = Omit<Rule<O>, 'meta'> & {
  readonly meta: Omit<RuleMeta, 'messages'> & { readonly messages: Readonly<Record<M, Localized>> };
};

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
export {
  isUnsubscribeLink,
  PREMIUM_089,
  routeSurcharge,
  STOP_MENTION,
  STOP_WORD,
  SURCHARGE_KINDS,
  SURCHARGED_NUMBER,
  surchargedKind,
  VMS_INTENT,
} from './law/opt-out-words';
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
export { FREQUENCY_MAX, FREQUENCY_WINDOW_MS, overFrequencyCap } from './law/frequency';
export { holidayFinding, holidayVerdict, type HolidayVerdict } from './law/calendar/holiday-verdict';
export {
  dateSerial,
  formulaError,
  isScientificNotation,
  lostLeadingZero,
  maskDigitRuns,
  parseDate,
  readCell,
  VOCABULARY,
  YES_NO_COLUMNS,
  type CellReading,
  type YesNoColumn,
} from './law/cells';
export { looksLikeOptOut, namesOtherChannel } from './law/vocabulary';

/**
 * A diagnostic value read from a recipient row (a cell, a per-row message or an excerpt of it):
 * reports mask it unless --show-pii.
 */
export const cellValue = (value: string): { readonly cell: string } => ({ cell: value });

/** Longest value quoted in a message (a longer one is cut, with an ellipsis). */
const NAMED_LENGTH = 40;

/**
 * A cell value a message names (a consent or opt-out value not understood): shown as written when it
 * is a word (no run of 6 or more digits, no `@`), else masked like any row value unless --show-pii.
 */
export const namedValue = (value: string): string | { readonly cell: string } => {
  const trimmed = value.trim();
  const cut = trimmed.length > NAMED_LENGTH ? `${trimmed.slice(0, NAMED_LENGTH - 1)}…` : trimmed;
  return shownAsWritten(trimmed) ? cut : cellValue(cut);
};
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
