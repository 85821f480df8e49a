import { defineRule } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'schedule-holidays',
    description: {
      en: "Disallow marketing messages on a public holiday of the recipient's territory",
      fr: 'Interdit la prospection un jour férié du territoire du destinataire',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      holiday: {
        en: 'Sent on {{date}}, {{holiday}}: a public holiday in {{territory}}',
        fr: 'Envoyé le {{date}}, {{holiday}} : jour férié ({{territory}})',
      },
    },
  },
  create(context) {
    return {
      recipient(r) {
        if (!r.phone?.valid || !r.holidayZone) return;
        const holiday = context.holidays.holidayOn(r.holidayZone, r.sendTime.date);
        if (!holiday) return;
        const territory =
          r.holidayZone === 'alsace-moselle'
            ? { en: 'Alsace-Moselle', fr: 'Alsace-Moselle' }
            : r.territory.name;
        context.report({
          messageId: 'holiday',
          data: { date: r.sendTime.date, holiday, territory },
          location: r,
        });
      },
    };
  },
});
