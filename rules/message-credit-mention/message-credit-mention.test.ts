import { runCase, testRule } from '../../test/helpers/rule-tester';
import { interpolate } from '../../src/base/text';

// C. conso L312-5: « Un crédit vous engage… » until 19/11/2026, « Attention ! Un crédit coûte de
// l'argent et doit être remboursé ! » from 20/11/2026 (ordonnance 2025-880).
const NEW = "Attention ! Un crédit coûte de l'argent et doit être remboursé !";
const OLD =
  'Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.';
const OFFER = "Banque Léa : prêt personnel jusqu'à 20 000 euros, TAEG fixe 5,9 %.";
const sms = (message: string, send_at: string, extra: Record<string, unknown> = {}) => ({
  manifest: { advertiser: 'Banque Léa', sender: 'BANQUELEA', message, send_at, ...extra },
});
const withStop = (text: string) => `${text} STOP au 36173`;

testRule('message-credit-mention', {
  valid: [
    { name: 'from 2026-11-20 with the new mention', ...sms(withStop(`${OFFER} ${NEW}`), '2026-11-20T10:00') },
    {
      name: 'the new mention in capitals, without accents, with a typographic apostrophe',
      ...sms(
        withStop(`${OFFER} ATTENTION ! UN CREDIT COUTE DE L’ARGENT ET DOIT ETRE REMBOURSE !`),
        '2027-01-13T10:00',
      ),
    },
    {
      name: 'the new mention ending with a full stop, as one law firm quotes it (punctuation is not compared)',
      ...sms(
        withStop(`${OFFER} Attention ! Un crédit coûte de l’argent et doit être remboursé.`),
        '2026-11-20T10:00',
      ),
    },
    { name: 'on 2026-11-19 with the old mention', ...sms(withStop(`${OFFER} ${OLD}`), '2026-11-19T10:00') },
    {
      name: 'near miss: "crédit photo" is no credit offer',
      ...sms(withStop('Studio Léa : vos portraits, crédit photo offert.'), '2027-01-13T10:00'),
    },
    {
      name: 'near miss: "prêt-à-porter" is no loan',
      ...sms(withStop('Boutique Léa : le prêt-à-porter à -30 %.'), '2027-01-13T10:00'),
    },
    {
      name: 'near miss: "Bonjour !" opens an ordinary message',
      ...sms(withStop('Bonjour ! Boutique Léa : -30% ce week-end.'), '2027-01-13T10:00'),
    },
    {
      name: 'a credit offer to professionals is not consumer credit',
      ...sms(withStop(OFFER), '2027-01-13T10:00', { audience: 'professionals' }),
    },
    {
      name: 'an instalment offer that carries the mention',
      ...sms(withStop(`Boutique Léa : canapé payable en 4x sans frais. ${NEW}`), '2027-01-13T10:00'),
    },
  ],
  invalid: [
    {
      name: 'a personal loan on 2026-11-20 without the mention',
      ...sms(withStop(OFFER), '2026-11-20T10:00'),
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'a personal loan on 2026-11-19 without the mention (the old one is due)',
      ...sms(withStop(OFFER), '2026-11-19T10:00'),
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'from 2026-11-20, the old mention is outdated',
      ...sms(withStop(`${OFFER} ${OLD}`), '2026-11-20T08:00'),
      errors: [{ messageId: 'outdated', severity: 'error' }],
    },
    {
      name: 'on 2026-11-19, the new mention is not yet the one due',
      ...sms(withStop(`${OFFER} ${NEW}`), '2026-11-19T10:00'),
      errors: [{ messageId: 'early', severity: 'error' }],
    },
    {
      name: 'sector: crédit, whatever the words',
      ...sms(withStop('Banque Léa : votre projet, notre réponse en 24 h.'), '2027-01-13T10:00', {
        sector: 'crédit',
      }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: '"rachat de crédits"',
      ...sms(withStop('Banque Léa : rachat de crédits, une seule mensualité.'), '2027-01-13T10:00'),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: '"4x sans frais" from 2026-11-20: a warning (a third-party lender makes it credit)',
      ...sms(withStop('Boutique Léa : canapé payable en 4x sans frais.'), '2026-11-20T10:00'),
      errors: [{ messageId: 'maybe', severity: 'warning' }],
    },
    {
      name: '"paiement en 10 fois" before 2026-11-20: a warning too (credit over three months)',
      ...sms(withStop('Boutique Léa : cuisine équipée, paiement en 10 fois.'), '2026-11-19T10:00'),
      errors: [{ messageId: 'maybe', severity: 'warning' }],
    },
    {
      name: 'a voicemail drop for a loan',
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        advertiser: 'Banque Léa',
        message:
          'Bonjour, ici Banque Léa. Prêt personnel jusqu’à 20 000 euros. Pour ne plus être appelé, appelez le 01 62 12 34 56.',
        send_at: '2027-01-12T11:00',
      },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a per-row message, on its row',
      ...sms(withStop(`Banque Léa : votre épargne. ${NEW}`), '2027-01-13T10:00'),
      csv: `phone;consent;message\n0612345678;oui;\n0612345679;oui;${withStop(OFFER)}\n`,
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a campaign that runs past midnight into 2026-11-20: the later recipients need the new mention',
      ...sms(withStop(`${OFFER} ${OLD}`), '2026-11-19T23:59', { rate_per_minute: 1 }),
      csv: 'phone;consent\n0612345678;oui\n0612345679;oui\n',
      errors: [{ messageId: 'outdated', line: 3 }],
    },
  ],
});

describe('message-credit-mention messages', () => {
  const first = async (message: string, send_at: string) =>
    (await runCase('message-credit-mention', { name: 'x', ...sms(message, send_at) }))[0];
  it('name the wording due, the text, and what it costs in characters and segments, in both languages', async () => {
    // All GSM-7 (é is, ê is not): the mention's û and ê switch it to UCS-2.
    const d = await first(
      withStop('Banque Léa : crédit renouvelable de 3 000 euros, TAEG 19,9 %.'),
      '2026-11-20T10:00',
    );
    expect(interpolate(d.template, d.data, 'en')).toBe(
      'Consumer-credit advertising ("crédit renouvelable") without the mention « Attention ! Un crédit coûte de l\'argent et doit être remboursé ! » required at the send date by C. conso L312-5 as rewritten by ordonnance 2025-880, in force since 20/11/2026; it adds 65 characters: 3 SMS segments instead of 1 (some of its characters are not GSM-7: the message switches to UCS-2, 70 characters per segment)',
    );
    expect(interpolate(d.template, d.data, 'fr')).toBe(
      "Publicité pour un crédit à la consommation («\u00a0crédit renouvelable\u00a0») sans la mention «\u00a0Attention ! Un crédit coûte de l'argent et doit être remboursé !\u00a0» exigée à la date d’envoi par le L312-5 C. conso réécrit par l'ordonnance 2025-880, en vigueur depuis le 20/11/2026\u202f; elle ajoute 65 caractères\u00a0: 3 segments SMS au lieu de 1 (certains de ses caractères ne sont pas GSM-7\u00a0: le message passe en UCS-2, 70 caractères par segment)",
    );
    expect(d.fix).toEqual({
      en: `add « ${NEW} »`,
      fr: `ajouter «\u00a0${NEW}\u00a0»`,
    });
  });
  it('offer no fix when the message with the mention would exceed maxSegments', async () => {
    const long = withStop(`${OFFER} ${'Sans engagement, réponse de principe immédiate. '.repeat(3)}`);
    const d = await first(long, '2026-11-20T10:00');
    expect(d.messageId).toBe('missing');
    expect(d.fix).toBeUndefined();
  });
});
