import { testRule } from '../../test/helpers/rule-tester';

const sms = (message: string, extra: Record<string, unknown> = {}) => ({
  manifest: { message: `Boutique Léa : ${message} STOP au 36173`, ...extra },
});
const vms = { channel: 'vms', sender: '0162123456' };

testRule('campaign-sector', {
  valid: [
    { name: 'ordinary retail', ...sms('-30% sur les manteaux', { sector: 'retail' }) },
    {
      name: 'energy renovation by SMS before 2025-07-02',
      ...sms('isolation à 1 €', { send_at: '2025-06-30T10:00' }),
    },
    {
      name: 'transactional messages are out of scope',
      manifest: { purpose: 'transactional', message: 'RDV pompe à chaleur confirmé demain 10h' },
    },
    { name: 'a word that only looks close', ...sms('profitez de notre offre isotherme') },
    // Speculative investments (C. mon. fin. L533-12-7): near misses
    {
      name: '"effet de levier" in a property advert is no CFD',
      ...sms("investissement locatif : profitez de l'effet de levier du crédit, rendement x10 en 20 ans"),
    },
    { name: 'a CFD without leverage is not matched', ...sms('CFD sur indices, sans effet de levier') },
    { name: 'a CFD with a leverage of 5 is allowed', ...sms('CFD sur indices, levier x5 maximum') },
    { name: 'buying currency for a trip is no forex', ...sms('achetez vos devises avant le voyage') },
    {
      name: 'sector: trading alone is not a banned product',
      ...sms('nos analyses de marché', { sector: 'trading' }),
    },
  ],
  invalid: [
    {
      name: 'binary options by SMS',
      ...sms('options binaires : 85 % de gain en 60 secondes'),
      errors: [{ messageId: 'speculative', severity: 'error' }],
    },
    { name: 'forex', ...sms('tradez le Forex dès 100 €'), errors: [{ messageId: 'speculative' }] },
    {
      name: 'a CFD with a leverage of 1:30',
      ...sms('CFD sur devises avec un levier 1:30'),
      errors: [{ messageId: 'speculative' }],
    },
    {
      name: 'a CFD next to "effet de levier x10"',
      ...sms('CFD sur indices, effet de levier x10'),
      errors: [{ messageId: 'speculative' }],
    },
    {
      name: 'sector: forex, by voicemail drop',
      manifest: {
        ...vms,
        sector: 'forex',
        message: 'Bonjour, ici Boutique Léa. Pour ne plus être appelé, appelez le 01 62 12 34 56.',
        send_at: '2027-01-12T11:00',
      },
      errors: [{ messageId: 'speculative' }],
    },
    {
      name: 'sector says energy',
      ...sms('nouveaux produits', { sector: 'rénovation énergétique' }),
      errors: [{ messageId: 'banned', line: 10 }],
    },
    ...[
      'climatisation réversible',
      'bornes de recharge',
      'rénovation globale',
      'isolation à 1 €',
      'chaudière',
      'ballon thermodynamique',
    ].map((words) => ({
      name: `"${words}" in the message (after 2025-07-02)`,
      ...sms(`${words} à prix réduit`, { send_at: '2025-07-02T10:00' }),
      errors: [{ messageId: 'banned' as const, severity: 'error' as const }],
    })),
    {
      name: 'heat pump in the message',
      ...sms('pompe à chaleur offerte'),
      errors: [{ messageId: 'banned' }],
    },
    { name: 'MaPrimeRénov’', ...sms("dossier MaPrimeRénov' gratuit"), errors: [{ messageId: 'banned' }] },
    {
      name: 'energy by voicemail drop since 2020',
      manifest: {
        ...vms,
        send_at: '2024-03-05T11:00',
        message: 'Boutique Léa : panneaux solaires. Pour ne plus être contacté, tapez 1.',
      },
      errors: [{ messageId: 'banned' }],
    },
    { name: 'home adaptation', ...sms('monte-escalier installé en 48h'), errors: [{ messageId: 'banned' }] },
    { name: 'CPF training', ...sms('formez-vous avec votre CPF'), errors: [{ messageId: 'banned' }] },
    {
      name: 'sector and keyword of one ban: reported once',
      ...sms('isolation', { sector: 'energy' }),
      errors: [{ messageId: 'banned' }],
    },
  ],
});
