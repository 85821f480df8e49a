import { defineRule } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'recipient-opt-out',
    description: {
      en: "Disallow recipients listed in the campaign's opt-out lists",
      fr: "Interdit les destinataires inscrits sur les listes d'opposition de la campagne",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'non-commercial'],
    messages: {
      optedOut: {
        en: 'This person opted out ({{file}}, line {{line}}): they must not be contacted again',
        fr: "Cette personne s'est opposée ({{file}}, ligne {{line}}) : elle ne doit plus être sollicitée",
      },
    },
  },
  create(context) {
    const { optOut } = context.campaign;
    return {
      recipient(r) {
        if (optOut.size === 0 || !r.phone) return;
        const entry = optOut.find(r.phone.e164);
        if (entry)
          context.report({
            messageId: 'optedOut',
            data: { file: entry.file, line: entry.line },
            location: r,
          });
      },
    };
  },
});
