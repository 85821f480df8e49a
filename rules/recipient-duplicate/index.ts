import { defineRule } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'recipient-duplicate',
    description: {
      en: 'Disallow the same number twice in a campaign',
      fr: 'Interdit le même numéro deux fois dans une campagne',
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      duplicate: {
        en: 'Same number as line {{firstLine}}: this person would receive the message twice',
        fr: "Même numéro qu'à la ligne {{firstLine}} : cette personne recevrait le message deux fois",
      },
    },
  },
  create(context) {
    return {
      recipient(r) {
        if (r.firstSeenLine !== null)
          context.report({ messageId: 'duplicate', data: { firstLine: r.firstSeenLine }, location: r });
      },
    };
  },
});
