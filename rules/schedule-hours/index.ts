import {
  DAY_NAMES,
  cellValue,
  compileTier,
  customTier,
  defineRule,
  outerTier,
  profileOf,
  PROFILE_NAMES,
  PROFILES,
  HOURS_DAY_KEYS,
  type HoursOptions as Options,
  type Tier,
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
    const profile = profileOf(options, campaign);
    const custom = customTier(options);
    const compiled = new Map<Tier, ReturnType<typeof compileTier>>();
    const compiledOf = (tier: Tier) => {
      let c = compiled.get(tier);
      if (!c) compiled.set(tier, (c = compileTier(tier)));
      return c;
    };
    // The error line: the profile's windows, or for `charter` the af2m charter in force on the local send date.
    const outerOf = (date: string): Tier => outerTier(profile, custom, date, campaign);
    // `charter` only: inside the charter, the platforms' usual window is a warning line.
    const inner = profile === 'charter' ? compiledOf(PROFILES.conservative) : null;
    return {
      recipient(r) {
        if (r.sendAtInvalid !== null)
          context.report({
            messageId: 'badSendAt',
            data: { value: cellValue(r.sendAtInvalid.slice(0, 40)) },
            location: { kind: 'recipient', recipient: r, column: campaign.columns.send_at },
          });
        if (!r.phone?.valid) return; // an unusable number is reported by recipient-phone-valid
        const { weekday, minutes, time, timeZone, date } = r.sendTime;
        const outer = compiledOf(outerOf(date));
        const data = (tier: ReturnType<typeof compileTier>) => ({
          time,
          zone: timeZone,
          day: DAY_NAMES[weekday - 1],
          windows: tier.text,
          basis: outer.tier.basis,
        });
        if (!outer.allows(weekday, minutes))
          return outer.tier.advisory
            ? context.report({
                messageId: 'outsideAdvised',
                data: data(outer),
                location: r,
                severity: 'warning',
              })
            : context.report({ messageId: 'outside', data: data(outer), location: r });
        if (outer.tier.toleratedDays?.includes(weekday))
          return context.report({
            messageId: 'tolerated',
            data: data(outer),
            location: r,
            severity: 'warning',
          });
        if (inner && !inner.allows(weekday, minutes))
          context.report({
            messageId: 'platformWindow',
            data: data(inner),
            location: r,
            severity: 'warning',
          });
      },
    };
  },
});
