import { defineRule } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'sender-id',
    description: {
      en: 'Require a valid SMS sender: an 11-character alphanumeric ID or a 36xxx/38xxx short code',
      fr: 'Exige un émetteur SMS valide : un identifiant alphanumérique de 11 caractères ou un code court 36xxx/38xxx',
    },
    defaultSeverity: 'error',
    channels: ['sms'],
    messages: {
      tooLong: {
        en: 'Sender "{{sender}}" has {{length}} characters: an alphanumeric sender has at most 11',
        fr: "L'émetteur « {{sender}} » a {{length}} caractères : un émetteur alphanumérique en a 11 au plus",
      },
      badCharacters: {
        en: 'Sender "{{sender}}" contains {{characters}}: only letters A–Z and digits are allowed (no spaces, accents or punctuation)',
        fr: "L'émetteur « {{sender}} » contient {{characters}} : seuls les lettres A–Z et les chiffres sont admis (ni espace, ni accent, ni ponctuation)",
      },
      tooShort: {
        en: 'Sender "{{sender}}" is shorter than 3 characters: several operators and platforms refuse it',
        fr: "L'émetteur « {{sender}} » fait moins de 3 caractères : plusieurs opérateurs et plateformes le refusent",
      },
      shortCodeRange: {
        en: 'Short code {{sender}}: business SMS short codes are 36xxx (marketing) or 38xxx (transactional)',
        fr: 'Code court {{sender}} : les codes courts SMS professionnels sont en 36xxx (promotionnel) ou 38xxx (transactionnel)',
      },
      transactionalCode: {
        en: 'Short code {{sender}} is in the 38xxx range for transactional messages: marketing uses 36xxx',
        fr: 'Le code court {{sender}} est dans la tranche 38xxx des messages transactionnels : la prospection utilise 36xxx',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const sender = campaign.sender.trim();
    const location = { kind: 'manifest', field: 'sender' } as const;
    return {
      campaign() {
        if (/^[+\d\s.()-]+$/.test(sender)) {
          const digits = sender.replace(/\D/g, '');
          if (digits.length >= 6) return; // a phone number: sender-caller-id judges it
          if (digits.length !== 5 || !/^3[68]/.test(digits))
            return context.report({ messageId: 'shortCodeRange', data: { sender }, location });
          if (digits.startsWith('38') && campaign.purpose === 'marketing')
            context.report({
              messageId: 'transactionalCode',
              data: { sender },
              location,
              severity: 'warning',
            });
          return;
        }
        const bad = [...new Set(sender.replace(/[A-Za-z0-9]/g, ''))];
        if (bad.length > 0) {
          const characters = bad.map((c) => (c === ' ' ? '" " (space)' : `"${c}"`)).join(', ');
          context.report({ messageId: 'badCharacters', data: { sender, characters }, location });
        }
        if (sender.length > 11)
          context.report({ messageId: 'tooLong', data: { sender, length: sender.length }, location });
        else if (sender.length < 3)
          context.report({ messageId: 'tooShort', data: { sender }, location, severity: 'warning' });
      },
    };
  },
});
