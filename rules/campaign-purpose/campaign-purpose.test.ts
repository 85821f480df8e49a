import { testRule } from '../../test/helpers/rule-tester';

const tx = (message: string) => ({ manifest: { purpose: 'transactional', message } });

testRule('campaign-purpose', {
  valid: [
    { name: 'a delivery notice', ...tx('Boutique Léa : votre colis arrive demain entre 9h et 12h.') },
    { name: 'an OTP', ...tx('Votre code de connexion : 482913') },
    {
      name: 'an unsubscribe URL ending in /stop is not a STOP mention',
      ...tx('Votre colis arrive demain. Suivi : https://lea.fr/suivi/stop'),
    },
    {
      name: 'marketing campaigns are out of scope',
      manifest: { message: 'Boutique Léa -30% STOP au 36173' },
    },
  ],
  invalid: [
    {
      name: 'a percentage and a promo code',
      ...tx('Votre colis arrive ! -20% avec le code promo COLIS'),
      errors: [{ messageId: 'promotional', severity: 'error' }],
    },
    {
      name: 'the audit case: "-20 % avec le code COLIS"',
      ...tx('Votre colis arrive ! -20 % avec le code COLIS sur votre prochaine commande'),
      errors: [{ messageId: 'promotional', severity: 'error' }],
    },
    {
      name: 'a promotion and a STOP mention: two errors',
      ...tx('Votre colis arrive. Profitez de -10% ! STOP au 36173'),
      errors: [
        { messageId: 'promotional', severity: 'error' },
        { messageId: 'stopMention', severity: 'error' },
      ],
    },
    {
      name: 'soldes',
      ...tx('Rappel RDV demain 10h. Les soldes commencent !'),
      errors: [{ messageId: 'promotional' }],
    },
    {
      name: '-10 €',
      ...tx('Votre commande est prête, -10 € sur la prochaine'),
      errors: [{ messageId: 'promotional' }],
    },
    {
      name: 'a STOP mention',
      ...tx('Votre colis arrive demain. STOP au 36173'),
      errors: [{ messageId: 'stopMention', severity: 'error' }],
    },
  ],
});
