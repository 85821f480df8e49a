import { testRule } from '../../test/helpers/rule-tester';

const tx = (message: string) => ({ manifest: { purpose: 'transactional', message } });

testRule('campaign-purpose', {
  valid: [
    { name: 'a delivery notice', ...tx('Boutique Léa : votre colis arrive demain entre 9h et 12h.') },
    { name: 'an OTP', ...tx('Votre code de connexion : 482913') },
    {
      name: 'marketing campaigns are out of scope',
      manifest: { message: 'Boutique Léa -30% STOP au 36173' },
    },
  ],
  invalid: [
    {
      name: 'a percentage and a promo code',
      ...tx('Votre colis arrive ! -20% avec le code promo COLIS'),
      errors: [{ messageId: 'promotional', severity: 'warning' }],
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
      errors: [{ messageId: 'stopMention' }],
    },
  ],
});
