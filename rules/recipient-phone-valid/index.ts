import { defineRule } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'recipient-phone-valid',
    description: { en: 'Require every recipient number to be a valid phone number', fr: 'Exige un numéro de téléphone valide pour chaque destinataire' },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    messages: {
      missing: { en: 'No phone number (the cell is empty)', fr: 'Aucun numéro (la cellule est vide)' },
      notANumber: { en: '"{{raw}}" is not a phone number', fr: '« {{raw}} » n\'est pas un numéro de téléphone' },
      invalid: {
        en: 'Invalid number for {{territory}}: "{{raw}}" has no valid length or range in its numbering plan',
        fr: 'Numéro invalide pour {{territory}} : « {{raw}} » n\'a pas une longueur ou une tranche valide dans son plan de numérotation',
      },
    },
  },
  create(context) {
    return {
      recipient(r) {
        if (r.phoneRaw.trim() === '') return context.report({ messageId: 'missing', location: r });
        if (!r.phone) return context.report({ messageId: 'notANumber', data: { raw: r.phoneRaw.slice(0, 40) }, location: r });
        if (!r.phone.valid) context.report({ messageId: 'invalid', data: { raw: r.phoneRaw.slice(0, 40), territory: r.territory.name }, location: r });
      },
    };
  },
});
