import { defineRule, NumberIndex, numberKey } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'recipient-duplicate',
    description: { en: 'Disallow the same number twice in a campaign', fr: 'Interdit le même numéro deux fois dans une campagne' },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      duplicate: {
        en: 'Same number as line {{firstLine}}: this person would receive the message twice',
        fr: 'Même numéro qu\'à la ligne {{firstLine}} : cette personne recevrait le message deux fois',
      },
    },
  },
  create(context) {
    // About 10 bytes per distinct number: millions of recipients fit in a few tens of megabytes.
    // Sized once from the file (growing a table of millions of numbers costs more than finding them).
    const firstLines = new NumberIndex(context.campaign.expectedRecipients);
    const longNumbers = new Map<string, number>(); // invalid numbers too long for an exact numeric key
    return {
      recipient(r) {
        if (!r.phone) return;
        const key = numberKey(r.phone.e164);
        let first: number;
        if (key !== null) first = firstLines.firstLineOr(key, r.line);
        else {
          first = longNumbers.get(r.phone.e164) ?? -1;
          if (first < 0) longNumbers.set(r.phone.e164, r.line);
        }
        if (first >= 0) context.report({ messageId: 'duplicate', data: { firstLine: first }, location: r });
      },
    };
  },
});
