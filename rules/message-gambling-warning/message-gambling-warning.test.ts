import { runCase, testRule } from '../../test/helpers/rule-tester';
import { interpolate } from '../../src/base/text';

// CSI L320-12, arrêté of 29 July 2022: one warning with the helpline 09 74 75 13 13.
const WARNING =
  "Les jeux d'argent et de hasard peuvent être dangereux : pertes d'argent, conflits familiaux, addiction… Retrouvez nos conseils sur joueurs-info-service.fr (09 74 75 13 13 - appel non surtaxé)";
const sms = (message: string, extra: Record<string, unknown> = {}) => ({
  manifest: { advertiser: 'ParisLéa', sender: 'PARISLEA', message, ...extra },
});
const withStop = (text: string) => `${text} STOP au 36173`;

testRule('message-gambling-warning', {
  valid: [
    {
      name: 'a betting offer with the warning',
      ...sms(withStop(`ParisLéa : cote boostée sur la finale ! ${WARNING}`)),
    },
    {
      name: 'the helpline alone, in another spelling, counts',
      ...sms(
        withStop('ParisLéa : 1er pari remboursé. Jouer comporte des risques, appelez le 09-74-75-13-13.'),
      ),
    },
    {
      name: 'the web address alone counts',
      ...sms(withStop('ParisLéa : freebet de 10 €. Conseils sur joueurs-info-service.fr')),
    },
    {
      name: 'near miss: Casino, the supermarket',
      ...sms(withStop('Casino : -20% sur les fruits et légumes ce week-end.'), { advertiser: 'Casino' }),
    },
    {
      name: 'near miss: the village loto',
      ...sms(withStop('Comité des fêtes : grand loto du village samedi 20h, salle des fêtes.'), {
        advertiser: 'Comité des fêtes',
      }),
    },
    {
      name: 'near miss: "côte" folded to "cote"',
      ...sms(withStop('Agence Léa : villas sur la côte, vue mer, à partir de 450 000 €.'), {
        advertiser: 'Agence Léa',
      }),
    },
    {
      name: 'near miss: "bonus de bienvenue" and sector: jeux (a toy shop)',
      ...sms(withStop('Jouets Léa : bonus de bienvenue de 10 € sur les jeux de société.'), {
        advertiser: 'Jouets Léa',
        sector: 'jeux',
      }),
    },
    {
      name: 'near miss: "Bonjour !" as a first sentence',
      ...sms(withStop('Bonjour ! Boutique Léa : -30% ce week-end.'), { advertiser: 'Boutique Léa' }),
    },
  ],
  invalid: [
    {
      name: 'paris sportifs without the warning',
      ...sms(withStop('ParisLéa : paris sportifs, 100 € offerts sur votre premier pari.')),
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'sector: paris sportifs, whatever the words',
      ...sms(withStop('ParisLéa : la finale, c’est ce soir !'), { sector: 'paris sportifs' }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'casino en ligne',
      ...sms(withStop('ParisLéa : casino en ligne, 200 tours gratuits.')),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a cote boostée',
      ...sms(withStop('ParisLéa : cote boostée à 3,5 sur le PSG.')),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a wrong helpline number is no warning',
      ...sms(withStop('ParisLéa : freebet de 10 €. Aide : 09 74 75 13 14.')),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a voicemail drop',
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        advertiser: 'ParisLéa',
        message:
          'Bonjour, ici ParisLéa. Pariez sur la finale ! Pour ne plus être appelé, appelez le 01 62 12 34 56.',
        send_at: '2027-01-12T11:00',
      },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a per-row message',
      ...sms(withStop(`ParisLéa : votre compte. ${WARNING}`)),
      csv: `phone;consent;message\n0612345678;oui;${withStop('ParisLéa : mise remboursée ce soir.')}\n`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
});

describe('message-gambling-warning message', () => {
  it('prints the warning due and what it costs, in both languages', async () => {
    const [d] = await runCase('message-gambling-warning', {
      name: 'x',
      ...sms(withStop('ParisLea : freebet de 10 euros ce soir.')),
    });
    const en = interpolate(d.template, d.data, 'en');
    expect(en).toContain('(it speaks of betting: "freebet")');
    expect(en).toContain(`« ${WARNING} »`);
    expect(en).toContain('CSI L320-12 and D320-2, arrêté of 29/07/2022 (in force since 02/10/2022)');
    expect(en).toMatch(
      /it adds 1\d\d characters: \d SMS segments instead of 1 \(some of its characters are not GSM-7/,
    );
    expect(interpolate(d.template, d.data, 'fr')).toContain(
      '(il parle de paris\u00a0: «\u00a0freebet\u00a0»)',
    );
  });
  it.each([
    ['2022-10-01T10:00', 'Jouer comporte des risques', 'until 01/10/2022'],
    [
      '2022-10-02T10:00',
      "Les jeux d'argent et de hasard peuvent être dangereux",
      'in force since 02/10/2022',
    ],
  ])('sent %s: the wording of that day', async (send_at, wording, basis) => {
    const [d] = await runCase('message-gambling-warning', {
      name: 'x',
      ...sms(withStop('ParisLea : paris sportifs, 1er pari remboursé.'), { send_at }),
    });
    const en = interpolate(d.template, d.data, 'en');
    expect(en).toContain(`« ${wording}`);
    expect(en).toContain(basis);
  });
});
