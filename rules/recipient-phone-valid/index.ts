import { defineRule } from '../../src/rule-kit';

function describeCell(cell: string): { en: string; fr: string } {
  if (/\p{L}/u.test(cell)) return { en: 'letters', fr: 'des lettres' };
  const digits = cell.replace(/\D/g, '').length;
  if (digits < 4)
    return {
      en: `only ${digits} digit${digits === 1 ? '' : 's'}`,
      fr: `seulement ${digits} chiffre${digits > 1 ? 's' : ''}`,
    };
  if (digits > 17)
    return {
      en: `${digits} digits, more than any phone number`,
      fr: `${digits} chiffres, plus qu'aucun numéro`,
    };
  return { en: 'characters that are not part of a phone number', fr: 'des caractères étrangers à un numéro' };
}

export default defineRule({
  meta: {
    id: 'recipient-phone-valid',
    description: {
      en: 'Require every recipient number to be a valid phone number',
      fr: 'Exige un numéro de téléphone valide pour chaque destinataire',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    messages: {
      missing: { en: 'No phone number (the cell is empty)', fr: 'Aucun numéro (la cellule est vide)' },
      notANumber: {
        en: 'Not a phone number: the cell holds {{what}}',
        fr: 'Pas un numéro de téléphone : la cellule contient {{what}}',
      },
      invalid: {
        en: 'Invalid number for {{territory}}: {{digits}} digits with no valid length or range in its numbering plan',
        fr: 'Numéro invalide pour {{territory}} : {{digits}} chiffres sans longueur ni tranche valide dans son plan de numérotation',
      },
    },
  },
  create(context) {
    return {
      recipient(r) {
        if (!r.phone) {
          // The raw cell is read only here (a number was found in every other row). Messages never
          // repeat it: it is personal data, shown (masked) only as the recipient.
          if (r.phoneRaw === '') return context.report({ messageId: 'missing', location: r });
          return context.report({
            messageId: 'notANumber',
            data: { what: describeCell(r.phoneRaw) },
            location: r,
          });
        }
        if (!r.phone.valid)
          context.report({
            messageId: 'invalid',
            data: { digits: r.phone.nationalNumber.length, territory: r.territory.name },
            location: r,
          });
      },
    };
  },
});
