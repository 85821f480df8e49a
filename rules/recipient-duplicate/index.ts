import { defineRule } from '../../src/rule-kit';

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
    // E.164 digits fit in a double exactly (at most 15 digits): a numeric key keeps the map compact.
    const firstLine = new Map<number, number>();
    return {
      recipient(r) {
        if (!r.phone) return;
        const key = Number(r.phone.e164.slice(1));
        const first = firstLine.get(key);
        if (first === undefined) firstLine.set(key, r.line);
        else context.report({ messageId: 'duplicate', data: { firstLine: first }, location: r });
      },
    };
  },
});
