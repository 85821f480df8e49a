// Built-in rules, sorted by id. A meta-test keeps this list, the folders and the docs in step.
import type { Rule } from '../src/types';
import messageAdvertiser from './message-advertiser';
import messageOptOut from './message-opt-out';
import recipientConsent from './recipient-consent';
import recipientDuplicate from './recipient-duplicate';
import recipientOptOut from './recipient-opt-out';
import recipientPhoneType from './recipient-phone-type';
import recipientPhoneValid from './recipient-phone-valid';
import scheduleHolidays from './schedule-holidays';
import scheduleHours from './schedule-hours';
import senderCallerId from './sender-caller-id';
import senderId from './sender-id';

export const BUILTIN_RULES: readonly Rule[] = [
  messageAdvertiser,
  messageOptOut,
  recipientConsent,
  recipientDuplicate,
  recipientOptOut,
  recipientPhoneType,
  recipientPhoneValid,
  scheduleHolidays,
  scheduleHours,
  senderCallerId,
  senderId,
];
