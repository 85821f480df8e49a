import { defineRule, PHONE_TYPE_NAMES, type PhoneType } from '../../src/rule-kit';

interface Options {
  allow: PhoneType[];
}

export default defineRule<Options>({
  meta: {
    id: 'recipient-phone-type',
    description: {
      en: 'Disallow numbers that cannot receive SMS or voicemail drops (fixed-line, toll-free, premium, VoIP)',
      fr: 'Interdit les numéros qui ne reçoivent ni SMS ni dépôt vocal (fixe, vert, surtaxé, VoIP)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    messages: {
      notMobile: {
        en: 'This is a {{type}} number: SMS and voicemail drops can only reach mobiles',
        fr: "Numéro {{type}} : SMS et dépôts vocaux n'atteignent que les mobiles",
      },
    },
    schema: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { enum: Object.keys(PHONE_TYPE_NAMES) }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: ['MOBILE', 'FIXED_LINE_OR_MOBILE'] },
  },
  create(context) {
    const allowed = new Set(context.options.allow);
    return {
      recipient(r) {
        // Invalid numbers are reported by recipient-phone-valid; an unknown type cannot be judged.
        if (!r.phone?.valid || !r.phone.type || allowed.has(r.phone.type)) return;
        context.report({
          messageId: 'notMobile',
          data: { type: PHONE_TYPE_NAMES[r.phone.type] },
          location: r,
        });
      },
    };
  },
});
