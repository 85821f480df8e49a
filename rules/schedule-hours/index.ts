import {
  DAY_NAMES,
  cellValue,
  defineRule,
  hoursJudge,
  PROFILE_NAMES,
  HOURS_DAY_KEYS,
  type HoursOptions as Options,
} from '../../src/rule-kit';

export type { Options };

export default defineRule<Options>({
  meta: {
    id: 'schedule-hours',
    description: {
      en: 'Require marketing and political messages to reach each recipient inside the allowed local hours (af2m charter for SMS, D223-9 C. conso for VMS to consumers)',
      fr: "Exige que chaque message de prospection ou politique arrive aux heures autorisées, à l'heure locale du destinataire (charte af2m pour les SMS, D223-9 C. conso pour les VMS aux consommateurs)",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing', 'political'],
    messages: {
      outside: {
        en: 'Sent at {{time}} local time ({{zone}}) on {{day}}; allowed {{windows}} ({{basis}})',
        fr: 'Envoyé à {{time}} heure locale ({{zone}}) un {{day}} ; autorisé {{windows}} ({{basis}})',
      },
      outsideAdvised: {
        en: 'Sent at {{time}} local time ({{zone}}) on {{day}}, outside {{windows}}: {{basis}}',
        fr: 'Envoyé à {{time}} heure locale ({{zone}}) un {{day}}, hors de la plage {{windows}} : {{basis}}',
      },
      tolerated: {
        en: 'Sent on {{day}} at {{time}} local time ({{zone}}): tolerated but not recommended ({{basis}}); many platforms hold messages on Sundays',
        fr: 'Envoyé un {{day}} à {{time}} heure locale ({{zone}}) : toléré mais déconseillé ({{basis}}) ; beaucoup de plateformes retiennent les messages le dimanche',
      },
      platformWindow: {
        en: 'Sent at {{time}} local time ({{zone}}) on {{day}}: allowed ({{basis}}), but outside the window many platforms apply ({{windows}}; platform practice): they may hold the message',
        fr: 'Envoyé à {{time}} heure locale ({{zone}}) un {{day}} : autorisé ({{basis}}), mais hors de la plage que beaucoup de plateformes appliquent ({{windows}} ; pratique) : elles peuvent retenir le message',
      },
      badSendAt: {
        en: 'send_at "{{value}}" is not a date and time; the campaign\'s send_at was used',
        fr: "send_at « {{value}} » n'est pas une date et heure ; le send_at de la campagne a été utilisé",
      },
    },
    schema: {
      type: 'object',
      properties: {
        profile: { enum: [...PROFILE_NAMES] },
        windows: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['days', 'from', 'to'],
            additionalProperties: false,
            properties: {
              days: { type: 'array', minItems: 1, items: { enum: HOURS_DAY_KEYS } },
              from: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
              to: { type: 'string', pattern: '^([01]\\d|2[0-4]):[0-5]\\d$' },
            },
          },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
  },
  create(context) {
    const { campaign, options } = context;
    // The judgement lives in src/law/hours.ts: the send planner avoids exactly what this rule reports.
    const hours = hoursJudge(options, campaign);
    return {
      recipient(r) {
        if (r.sendAtInvalid !== null)
          context.report({
            messageId: 'badSendAt',
            data: { value: cellValue(r.sendAtInvalid.slice(0, 40)) },
            location: { kind: 'recipient', recipient: r, column: campaign.columns.send_at },
          });
        if (!r.phone?.valid) return; // an unusable number is reported by recipient-phone-valid
        const found = hours.judge(r.sendTime);
        if (!found) return;
        const { weekday, time, timeZone } = r.sendTime;
        context.report({
          // A window no binding text sets (political voicemail drops): its own message, citing the CNIL.
          messageId: found.advisory ? 'outsideAdvised' : found.kind,
          data: {
            time,
            zone: timeZone,
            day: DAY_NAMES[weekday - 1],
            windows: found.windows,
            basis: found.basis,
          },
          location: r,
          ...(found.warning ? { severity: 'warning' as const } : {}),
        });
      },
    };
  },
});
