import {
  dateText,
  defineRule,
  holidayFinding,
  placeName,
  type HolidayVerdict,
  type Recipient,
} from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'schedule-holidays',
    description: {
      en: "Disallow marketing and political messages on a public holiday of the recipient's territory (D223-9 C. conso, af2m charter)",
      fr: 'Interdit la prospection et la communication politique un jour férié du territoire du destinataire (D223-9 C. conso, charte af2m)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political'],
    messages: {
      holiday: {
        en: 'Sent on {{date}}, {{holiday}}: a public holiday in {{territory}}; {{basis}}',
        fr: 'Envoyé le {{date}}, {{holiday}} : jour férié ({{territory}}) ; {{basis}}',
      },
      holidayRisky: {
        en: 'Sent on {{date}}, {{holiday}}: a public holiday in {{territory}}; lawful, but {{reason}}',
        fr: 'Envoyé le {{date}}, {{holiday}} : jour férié ({{territory}}) ; licite, mais {{reason}}',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    // The judgement lives in src/law/calendar/holiday-verdict.ts: the send planner avoids exactly what this rule reports.
    const report = (r: Recipient, holiday: { en: string; fr: string }, v: HolidayVerdict) => {
      const territory = placeName(r.territory, r.holidayZone);
      const data = {
        date: dateText(r.sendTime.date),
        holiday: { en: holiday.en, fr: holiday.fr },
        territory,
      };
      if ('basis' in v)
        context.report({ messageId: 'holiday', data: { ...data, basis: v.basis }, location: r });
      else
        context.report({
          messageId: 'holidayRisky',
          data: { ...data, reason: v.reason },
          location: r,
          severity: 'warning',
        });
    };
    return {
      recipient(r) {
        if (!r.phone?.valid || !r.holidayZone) return;
        const found = holidayFinding(context.holidays, campaign, r.holidayZone, r.sendTime.date);
        if (found) report(r, found.holiday, found.verdict);
      },
    };
  },
});
