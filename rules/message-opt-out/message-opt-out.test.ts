import { runCase, testRule } from '../../test/helpers/rule-tester';
import { interpolate } from '../../src/base/text';

const vms = (message: string) => ({ channel: 'vms', sender: '0162123456', message });
// Political voicemail drops: the way to object at the start (CNIL, 2017); inside the L50-1 window
// (first ballot 2027-04-11 → from 2026-10-01) the advice never suggests a free number.
const PRESIDENTIAL = { kind: 'presidential', ballots: ['2027-04-11', '2027-04-25'] };
const politicalVms = (message: string, extra: Record<string, unknown> = {}) => ({
  channel: 'vms',
  sender: '0162123456',
  purpose: 'political',
  advertiser: 'Marie Durand',
  election: PRESIDENTIAL,
  send_at: '2027-03-02T11:00',
  message,
  ...extra,
});
const SPEECH =
  'Marie Durand vous invite à sa réunion publique de jeudi soir, salle municipale, pour parler des transports, des écoles et du logement dans notre circonscription.';
const sms = (message: string, extra: Record<string, unknown> = {}) => ({ manifest: { message, ...extra } });

testRule('message-opt-out', {
  valid: [
    { name: 'STOP au short code at the end', ...sms('Boutique Léa : -30% ! STOP au 36173') },
    { name: 'trailing punctuation and spaces', ...sms('Boutique Léa : -30% ! (STOP au 36 173).  ') },
    {
      name: 'a short parenthesis may follow: "(gratuit)"',
      ...sms('Boutique Léa : -30% ! STOP au 36173 (gratuit)'),
    },
    {
      name: 'a short parenthesis may follow: "(SMS non surtaxé)"',
      ...sms('Boutique Léa : -30% ! STOP au 36173 (SMS non surtaxé).'),
    },
    {
      name: 'STOP SMS with a short-code sender that can receive replies',
      manifest: { sender: '36173', message: 'Boutique Léa : -30% ! STOP SMS' },
    },
    {
      name: 'bare STOP with a short-code sender',
      manifest: { sender: '36173', message: 'Boutique Léa : -30% ! Stop' },
    },
    {
      name: 'STOP and an unsubscribe link',
      ...sms('Boutique Léa : -30% ! Désinscription : lea.fr/d STOP au 36173'),
    },
    {
      name: 'transactional messages need no STOP',
      manifest: { purpose: 'transactional', message: 'Votre code est 123456' },
    },
    {
      name: 'political messages with STOP',
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand ! STOP au 36173',
      },
    },
    // VMS: an instruction with real contact details
    {
      name: 'VMS: a free number',
      manifest: vms('Ici Boutique Léa. Pour ne plus recevoir nos messages, appelez le 0800 12 34 56.'),
    },
    {
      name: 'VMS: a free number written "0 800 …"',
      manifest: vms('Ici Boutique Léa. Pour vous désinscrire, appelez gratuitement le 0 800 12 34 56.'),
    },
    {
      name: 'VMS: a short code',
      manifest: vms('Ici Boutique Léa. Pour ne plus être contacté, envoyez STOP au 36173.'),
    },
    {
      name: 'VMS: a web address',
      manifest: vms(
        'Ici Boutique Léa. Pour vous opposer à ces messages, rendez-vous sur boutique-lea.fr/stop.',
      ),
    },
    {
      name: 'VMS: 0806–0809 numbers are normal rate',
      manifest: vms('Ici Boutique Léa. Pour vous désinscrire, appelez le 0806 12 34 56.'),
    },
    {
      name: 'VMS: an ordinary geographic number (costs only the call)',
      manifest: vms('Ici Boutique Léa. Si vous ne souhaitez plus être appelé, dites-le au 01 23 45 67 89.'),
    },
    {
      name: 'political VMS: the opt-out in the first sentence after the greeting',
      manifest: politicalVms(
        `Bonjour ! Pour ne plus être appelé par l'équipe de Marie Durand, envoyez STOP au 36173. ${SPEECH}`,
      ),
    },
    {
      name: 'political VMS: the opt-out in the second sentence, within the first 150 characters',
      manifest: politicalVms(
        `Bonjour, ici l'équipe de Marie Durand. Pour ne plus être appelé, envoyez STOP au 36173. ${SPEECH}`,
      ),
    },
    {
      name: 'marketing VMS: the opt-out may close the script',
      manifest: vms(
        `Ici Boutique Léa. ${SPEECH} Pour ne plus recevoir nos messages, appelez le 01 62 12 34 56.`,
      ),
    },
  ],
  invalid: [
    { name: 'no mention', ...sms('Boutique Léa : -30% ce week-end !'), errors: [{ messageId: 'missing' }] },
    {
      name: 'STOP in the middle',
      ...sms('Boutique Léa : STOP au 36173. -30% ce week-end !'),
      errors: [{ messageId: 'notAtEnd' }],
    },
    {
      name: 'a long text after STOP is not a short parenthesis',
      ...sms('Boutique Léa : -30% STOP au 36173 (offre valable dans tous nos magasins de France)'),
      errors: [{ messageId: 'notAtEnd' }],
    },
    {
      name: 'a URL ending in /stop is not a STOP mention (link only, 2027: warning)',
      ...sms('Boutique Léa : -30% ! Infos : https://lea.fr/stop'),
      errors: [{ messageId: 'linkOnly', severity: 'warning' }],
    },
    {
      name: 'unsubscribe link without STOP on 2026-03-01: warning (af2m 2026)',
      ...sms('Boutique Léa : -30% ! Se désinscrire : https://lea.fr/d', { send_at: '2026-03-01T10:00' }),
      errors: [{ messageId: 'linkOnly', severity: 'warning' }],
    },
    {
      name: 'unsubscribe link without STOP on 2026-02-27: error (af2m 2024)',
      ...sms('Boutique Léa : -30% ! Se désinscrire : https://lea.fr/d', { send_at: '2026-02-27T10:00' }),
      errors: [{ messageId: 'linkOnlyBefore2026', severity: 'error' }],
    },
    {
      name: 'STOP inside a word is not a mention',
      ...sms('Boutique Léa : -30% chez STOPMARKET'),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'alphanumeric sender with a bare STOP',
      ...sms('Boutique Léa : -30% ! STOP SMS'),
      errors: [{ messageId: 'needShortCode' }],
    },
    {
      name: 'alphanumeric sender with a phone number instead of a short code',
      ...sms('Boutique Léa : -30% ! STOP au 06 12 34 56 78'),
      errors: [{ messageId: 'notShortCode' }],
    },
    {
      name: 'premium SMS+ short code',
      ...sms('Boutique Léa : -30% ! STOP au 81212'),
      errors: [{ messageId: 'premium' }],
    },
    {
      name: 'premium 089 written "0 899 …" in the STOP mention',
      ...sms('Boutique Léa : -30% ! STOP au 0 899 12 34 56'),
      errors: [{ messageId: 'premium' }],
    },
    {
      name: 'non-commercial campaigns need the mention too',
      manifest: { purpose: 'non-commercial', message: 'Boutique Léa soutient la collecte de jouets.' },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'political campaigns need the mention too',
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand dimanche !',
      },
      errors: [{ messageId: 'missing' }],
    },
    // VMS
    {
      name: 'VMS: no opt-out at all',
      manifest: vms('Ici Boutique Léa : -30% ce week-end, rappelez-nous au 0162123456.'),
      errors: [{ messageId: 'vmsMissing' }],
    },
    {
      name: 'VMS: the bare word "stop" is not an opt-out (the audit case)',
      manifest: vms('Ici Boutique Léa. Stop aux prix élevés ! Rappelez-nous au 01 62 12 34 56.'),
      errors: [{ messageId: 'vmsMissing' }],
    },
    {
      name: 'VMS: "dites-le nous" gives no contact details',
      manifest: vms('Ici Boutique Léa : -30%. Pour ne plus recevoir nos messages, dites-le nous.'),
      errors: [{ messageId: 'vmsNoContact' }],
    },
    {
      name: 'VMS: a key press cannot work from a voicemail box',
      manifest: vms('Ici Boutique Léa. Pour vous désinscrire, tapez 9.'),
      errors: [{ messageId: 'vmsKeyPress' }],
    },
    {
      name: 'VMS: opt-out through a premium 089 number',
      manifest: vms('Ici Boutique Léa. Pour ne plus être contacté, appelez le 0899 12 34 56.'),
      errors: [{ messageId: 'premium' }],
    },
    ...['0 899 12 34 56', '08 99 12 34 56', '08.99.12.34.56', '+33 8 99 12 34 56'].map((number) => ({
      name: `VMS: premium opt-out written "${number}"`,
      manifest: vms(`Ici Boutique Léa. Pour ne plus être contacté, appelez le ${number}.`),
      errors: [{ messageId: 'premium' as const }],
    })),
    ...[
      '0810 12 34 56',
      '0 825 12 34 56',
      '08 21 12 34 56',
      '08.20.12.34.56',
      '+33 8 25 12 34 56',
      '+33 (0)8 10 12 34 56',
      '0033 8 21 12 34 56',
    ].map((number) => ({
      name: `VMS: 081x/082x opt-out written "${number}" (call price plus a service price)`,
      manifest: vms(`Ici Boutique Léa. Pour ne plus être contacté, appelez le ${number}.`),
      errors: [{ messageId: 'premium' as const }],
    })),
    {
      name: 'SMS: a STOP mention whose route is an 082x number',
      ...sms('Boutique Léa : -30% ! STOP au 0 825 12 34 56'),
      errors: [{ messageId: 'premium' }],
    },
    ...[
      'https://lea.fr/nonstop',
      'https://lea.fr/stopper',
      'https://autostop.fr/promo',
      'lea.fr/offres/stop-aux-prix',
      'https://lea.fr/x?stop=1',
    ].map((url) => ({
      name: `a URL with "stop" inside a word or a query is no unsubscribe link: ${url} (no opt-out, error)`,
      ...sms(`Boutique Léa : -30% ! Infos : ${url}`),
      errors: [{ messageId: 'missing' as const }],
    })),
    {
      name: '"nonstop" before a URL does not announce an unsubscribe link',
      ...sms('Boutique Léa : soldes nonstop : https://lea.fr/soldes'),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'political VMS: the opt-out only in the last sentence of a long script (CNIL 2017: a warning)',
      manifest: politicalVms(
        `Bonjour, ici l'équipe de Marie Durand. ${SPEECH} Pour ne plus être appelé, envoyez STOP au 36173.`,
      ),
      errors: [{ messageId: 'vmsLate', severity: 'warning' }],
    },
    {
      name: 'political VMS inside the L50-1 window without contact details: the advice names no free number',
      manifest: politicalVms('Bonjour, ici Marie Durand. Pour ne plus être appelé, dites-le nous.'),
      errors: [{ messageId: 'vmsNoContact', severity: 'error' }],
    },
    {
      name: 'a per-row message without STOP',
      csv: 'phone;consent;message\n0612345678;oui;Boutique Léa : -10% pour vous\n',
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
});

describe('message-opt-out advice for political campaigns (L50-1)', () => {
  const advice = async (send_at: string) => {
    const [d] = await runCase('message-opt-out', {
      name: 'advice',
      manifest: politicalVms('Bonjour, ici Marie Durand. Pour ne plus être appelé, dites-le nous.', {
        send_at,
      }),
    });
    return { en: interpolate(d.template, d.data, 'en'), fr: interpolate(d.template, d.data, 'fr') };
  };
  it('inside the window (from 2026-10-01): a normal-rate number, a short code or a web address, never a free number', async () => {
    const { en, fr } = await advice('2026-10-01T11:00');
    expect(en).toContain(
      'name a normal-rate number (01–05, 09, 0806–0809), a short code or a web address — not a free number: C. électoral L50-1 forbids them until 2027-04-25',
    );
    expect(fr).toContain(
      "pas de numéro gratuit\u00a0: le L50-1 du Code électoral les interdit jusqu'au 25/04/2027",
    );
  });
  it('the day before the window opens, and for a campaign without election, a free number is still advised', async () => {
    expect((await advice('2026-09-30T11:00')).en).toContain(
      'name a free number, a short code or a web address',
    );
    const [d] = await runCase('message-opt-out', {
      name: 'no election',
      manifest: politicalVms('Bonjour, ici Marie Durand. Pour ne plus être appelé, dites-le nous.', {
        election: undefined,
      }),
    });
    expect(interpolate(d.template, d.data, 'en')).toContain('name a free number');
  });
});
