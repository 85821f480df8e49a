// Built-in rules, sorted by id. A meta-test keeps this list, the folders and the docs in step.
import type { Rule } from '../src/types';
import campaignPurpose from './campaign-purpose';
import campaignSector from './campaign-sector';
import messageAdvertiser from './message-advertiser';
import messageEncoding from './message-encoding';
import messageLinks from './message-links';
import messageOptOut from './message-opt-out';
import messagePlaceholders from './message-placeholders';
import messagePremiumNumber from './message-premium-number';
import messageSegments from './message-segments';
import recipientConsent from './recipient-consent';
import recipientConsentAge from './recipient-consent-age';
import recipientDuplicate from './recipient-duplicate';
import recipientFrequency from './recipient-frequency';
import recipientOptOut from './recipient-opt-out';
import recipientPhoneType from './recipient-phone-type';
import recipientPhoneValid from './recipient-phone-valid';
import recipientTerritory from './recipient-territory';
import scheduleHolidays from './schedule-holidays';
import scheduleHours from './schedule-hours';
import senderCallerId from './sender-caller-id';
import senderId from './sender-id';

export const BUILTIN_RULES: readonly Rule[] = [
  campaignPurpose,
  campaignSector,
  messageAdvertiser,
  messageEncoding,
  messageLinks,
  messageOptOut,
  messagePlaceholders,
  messagePremiumNumber,
  messageSegments,
  recipientConsent,
  recipientConsentAge,
  recipientDuplicate,
  recipientFrequency,
  recipientOptOut,
  recipientPhoneType,
  recipientPhoneValid,
  recipientTerritory,
  scheduleHolidays,
  scheduleHours,
  senderCallerId,
  senderId,
];
