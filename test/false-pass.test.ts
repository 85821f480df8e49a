// The false-pass hunt (issue 23): for every rule whose silence lets a recipient or a message through,
// near misses that must fail. Each case runs the real pipeline (files on disk, column detection,
// facts, the rule). A case that passes here would send to someone who refused, or send a message
// with no way to object.
import { resolveColumns, columnProblem } from '../src/read/columns';
import { CONSENT_HEADERS, OPT_OUT_HEADERS, PHONE_HEADERS } from '../src/law/vocabulary';
import { interpolate } from '../src/base/text';
import { runCase } from './helpers/rule-tester';
import { CONTRACT } from './helpers/contract-vocabulary';

/** 06 12 34 56 00, 06 12 34 56 01…: one valid mobile number per row. */
const mobile = (i: number) => `06123${String(45600 + i).padStart(5, '0')}`;
/** The lines (2, 3…) of a CSV's rows whose diagnostics are expected. */
const lines = (n: number) => Array.from({ length: n }, (_, i) => i + 2);
const rowsOf = (header: string, cells: readonly string[], pad = '') =>
  `${header}\n${cells.map((cell, i) => `${mobile(i)};${pad}${cell}`).join('\n')}\n`;

/** Every spelling an opt-out yes takes in exports: the contract's words, cases, and dates. */
const OPTED_OUT_VALUES = [
  ...CONTRACT.opt_out.yes,
  ...CONTRACT.opt_out.yes.map((w) => w.toUpperCase()),
  'Opted Out',
  'OPT_OUT',
  'Désinscrite',
  'desabonnee',
  'Liste Noire',
  'Do Not Contact',
  'TRUE',
  'VRAI',
  '2026-11-02',
  '02/11/2026',
  '2026-11-02 08:15:00',
];

describe('recipient-opt-out: an opt-out column under every recognised header, every opt-out spelling', () => {
  it.each(OPT_OUT_HEADERS.map((h) => [h]))(
    'header %j: every opted-out person is an error',
    async (header) => {
      const csv = rowsOf(`phone;consent;${header}`, OPTED_OUT_VALUES, 'oui;');
      const found = await runCase('recipient-opt-out', { name: header, csv });
      expect(found.map((d) => [d.line, d.messageId])).toEqual(
        lines(OPTED_OUT_VALUES.length).map((line) => [line, 'optedOutColumn']),
      );
    },
  );

  it.each([
    ['a word not in the vocabulary', 'peut-être'],
    ['a formula error', '#N/A'],
    ['a status of another tool', 'Cleaned'],
    ['a date after the send date (2027-01-13)', '2027-02-01'],
    ['a question mark', '?'],
    ['a negative number', '-1'],
  ])('%s (%j) is an error naming it, never a pass', async (_what, value) => {
    const found = await runCase('recipient-opt-out', {
      name: value,
      csv: rowsOf('phone;consent;opt_out', [value], 'oui;'),
    });
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(interpolate(found[0].template, found[0].data, 'en', true)).toContain(`"${value}"`);
  });

  it('a header that looks like an opt-out column and is not read is named (warning), under many spellings', async () => {
    const headers = [
      'NE PAS CONTACTER',
      'Opposition SMS',
      'Bloctel',
      'Unsubscribed date',
      'STOP reçu',
      'Blocklist',
    ];
    const csv = `phone;consent;${headers.join(';')}\n${mobile(0)};oui;${headers.map(() => 'x').join(';')}\n`;
    const found = await runCase('recipient-opt-out', { name: 'unused', csv });
    expect(found.map((d) => [d.messageId, d.severity, d.column])).toEqual(
      headers.map((h) => ['unusedColumn', 'warning', h]),
    );
  });
});

describe('recipient-consent: every value that is not a yes is an error', () => {
  const refused = [
    ...CONTRACT.consent.no,
    ...CONTRACT.consent.no.map((w) => w.toUpperCase()),
    'NEVER_SUBSCRIBED',
    'Non-subscribed',
    'NOT_SUBSCRIBED',
    'Refusée',
    'Ne pas autoriser',
    'STOP',
    'peut-être',
    'inconnu',
    '#N/A',
    '#VALUE!',
    'ok',
    'Oui ?',
    'yes no',
  ];
  it.each(CONSENT_HEADERS.map((h) => [h]))('header %j', async (header) => {
    const found = await runCase('recipient-consent', {
      name: header,
      csv: rowsOf(`phone;${header}`, refused),
    });
    expect(found.map((d) => [d.line, d.severity])).toEqual(
      lines(refused.length).map((line) => [line, 'error']),
    );
  });

  it('a value not understood names it as written (a word), and masks a number or an e-mail address', async () => {
    const found = await runCase('recipient-consent', {
      name: 'named',
      csv: rowsOf('phone;consent', ['peut-être', '06 12 34 56 78', 'lea@exemple.fr']),
    });
    const text = (lang: 'en' | 'fr') => found.map((d) => interpolate(d.template, d.data, lang));
    expect(text('en')[0]).toContain('consent = "peut-être"');
    expect(text('fr')[0]).toContain('consent = «\u00a0peut-être\u00a0»');
    for (const t of [...text('en'), ...text('fr')]) {
      expect(t).not.toContain('12 34 56');
      expect(t).not.toContain('lea@');
    }
  });

  it.each([
    ['customer', 'VIP', {}],
    ['customer', 'peut-être', {}],
    ['customer', '#REF!', {}],
    ['contract', 'client', { channel: 'vms', sender: '0162123456', send_at: '2026-09-01T11:00' }],
    ['contract', 'signé ?', { channel: 'vms', sender: '0162123456', send_at: '2026-09-01T11:00' }],
  ] as Array<[string, string, Record<string, string>]>)(
    'a %s value not understood (%j) keeps the exception closed',
    async (column, value, extra) => {
      const message =
        extra.channel === 'vms'
          ? 'Boutique Léa : nouvelle collection. Pour ne plus être contacté, appelez le 0800 12 34 56.'
          : undefined;
      const found = await runCase('recipient-consent', {
        name: value,
        csv: rowsOf(`phone;consent;${column}`, [value], 'non;'),
        manifest: { analogous_offer: true, ...extra, ...(message ? { message } : {}) },
      });
      expect(found.map((d) => [d.messageId, d.severity])).toEqual([
        ['exceptionNotUnderstood', 'warning'],
        ['noConsent', 'error'],
      ]);
    },
  );
});

describe('formula errors and date serials are named, in both languages, and never let a recipient through', () => {
  it.each([
    ['recipient-phone-valid', 'phone;consent', '#N/A;oui', '"#N/A"', '«\u00a0#N/A\u00a0»'],
    ['recipient-consent', 'phone;consent', `${mobile(0)};45123`, '2023-07-16', '16/07/2023'],
    ['recipient-opt-out', 'phone;consent;opt_out', `${mobile(0)};oui;45123`, '2023-07-16', '16/07/2023'],
    [
      'recipient-consent-age',
      'phone;consent;consent_date',
      `${mobile(0)};oui;45123`,
      '2023-07-16',
      '16/07/2023',
    ],
  ])('%s: %j / %j names %s', async (rule, header, row, en, fr) => {
    const found = await runCase(rule, { name: row, csv: `${header}\n${row}\n` });
    expect(found).toHaveLength(1);
    expect(interpolate(found[0].template, found[0].data, 'en')).toContain(en);
    expect(interpolate(found[0].template, found[0].data, 'fr')).toContain(fr);
    if (rule !== 'recipient-consent-age') expect(found[0].severity).toBe('error');
  });
});

describe('phone column: a landline header is never read, a mobile one wins', () => {
  const LANDLINES = [
    'Phone (work)',
    'Work Phone',
    'Home Phone',
    'Business Phone',
    'Téléphone (bureau)',
    'Téléphone (domicile)',
    'Téléphone fixe',
    'Tél. fixe',
    'Person - Phone - Work',
    'Person - Phone - Home',
    'Fax',
    'Télécopie (bureau)',
    'Phonetic First Name',
    'HomePhone',
    'Asst Phone',
  ];
  const GENERIC = PHONE_HEADERS.generic;
  const MOBILES = PHONE_HEADERS.mobile;

  it.each(LANDLINES.flatMap((landline) => MOBILES.map((m) => [landline, m])))(
    '%j beside %j: the mobile header is read',
    (landline, mobileHeader) => {
      const r = resolveColumns([landline, mobileHeader], {});
      expect(r.chosen.phone?.header).toBe(mobileHeader);
    },
  );
  it.each(GENERIC.flatMap((generic) => MOBILES.map((m) => [generic, m])))(
    '%j beside %j: the mobile header wins, and says it passed the generic one over',
    (generic, mobileHeader) => {
      const r = resolveColumns([generic, mobileHeader], {});
      expect(r.chosen.phone).toMatchObject({
        header: mobileHeader,
        passedOver: [{ header: generic, why: 'generic' }],
      });
    },
  );
  it.each(LANDLINES.map((h) => [h]))('%j alone: no phone column, and it is never suggested', (landline) => {
    const headers = [landline, 'Email'];
    const problem = columnProblem(resolveColumns(headers, {}), headers);
    expect(interpolate(problem!.message, {}, 'en')).toBe('no phone column in the header');
    expect(interpolate(problem!.hint, {}, 'en')).not.toMatch(/Is it/);
  });

  it('Zoho: the landline "Phone" holds a mobile of an opted-out person, "Mobile" the right number', async () => {
    // Read from Phone, the opted-out row would pass the opt-out list (its number is not listed).
    const found = await runCase('recipient-opt-out', {
      name: 'zoho',
      csv: `Phone;Mobile;consent\n0611111111;0622222222;oui\n`,
      manifest: { opt_out_lists: ['stop.txt'] },
      files: { 'stop.txt': '0622222222\n' },
    });
    expect(found.map((d) => d.messageId)).toEqual(['optedOut']);
  });
});

describe('opt-out lists: a first line is a header only by the stated rule', () => {
  it.each([
    ['a mistyped number', '06 12 34 56 7x'],
    ['a number with a note', '0612345678 (client)'],
    ['a number and a date', '0612345678;2026-01-02'],
  ])(
    '%s on line 1 is a line of the list: counted as unreadable or matched, never taken for a header',
    async (_what, first) => {
      const found = await runCase('recipient-opt-out', {
        name: first,
        csv: `phone;consent\n0612345678;oui\n`,
        manifest: { opt_out_lists: ['stop.csv'] },
        files: { 'stop.csv': `${first}\n0699999999\n` },
      });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((d) => d.line === 1 || d.messageId === 'optedOut')).toBe(true);
    },
  );
});

describe('message-opt-out: no false unsubscribe link, no surcharged route', () => {
  const sms = (message: string) => ({ name: message, manifest: { message } });
  it.each([
    'https://boutique-lea.fr/nonstop',
    'https://boutique-lea.fr/promo/stopper-le-gaspi',
    'https://autostop.fr/lea',
    'boutique-lea.fr/offres?stop=1',
    'https://boutique-lea.fr/#stop',
    'www.stop-lea.fr/promo',
    'https://boutique-lea.fr/STOPPEZ',
  ])('a message whose only "link" is %s has no opt-out: error', async (url) => {
    const found = await runCase('message-opt-out', sms(`Boutique Léa : -30% ! Voir ${url}`));
    expect(found.map((d) => [d.messageId, d.severity])).toEqual([['missing', 'error']]);
  });
  it.each(['Soldes nonstop : ', 'Autostop : ', 'Stopper le gaspillage : '])(
    '%j before a URL does not announce an unsubscribe link',
    async (before) => {
      const found = await runCase('message-opt-out', sms(`Boutique Léa : -30% ! ${before}https://lea.fr/p`));
      expect(found.map((d) => d.messageId)).toEqual(['missing']);
    },
  );

  const SURCHARGED = [
    ...['10', '11', '20', '21', '25', '26', '90', '92', '97', '99'].flatMap((p) => [
      `08${p}123456`,
      `08 ${p} 12 34 56`,
      `0 8${p} 12 34 56`,
      `08.${p}.12.34.56`,
      `08-${p}-12-34-56`,
      `+33 8 ${p} 12 34 56`,
      `+33 (0)8 ${p} 12 34 56`,
      `0033 8${p} 12 34 56`,
    ]),
  ];
  it.each(SURCHARGED.map((n) => [n]))('VMS: %j is never a free opt-out route', async (number) => {
    const found = await runCase('message-opt-out', {
      name: number,
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        message: `Ici Boutique Léa. Pour ne plus être contacté, appelez le ${number}.`,
      },
    });
    expect(found.map((d) => d.messageId)).toEqual(['premium']);
    const kind = number.replace(/\D/g, '').match(/8(\d)/)![1] === '9' ? '089x' : '081x/082x';
    expect(interpolate(found[0].template, found[0].data, 'en')).toContain(kind);
  });
  it.each(SURCHARGED.map((n) => [n]))('message-premium-number names %j with its kind', async (number) => {
    const found = await runCase('message-premium-number', {
      name: number,
      manifest: { message: `Boutique Léa : infos au ${number} ! STOP au 36173` },
    });
    expect(found.map((d) => d.messageId)).toEqual(['premium']);
    expect(interpolate(found[0].template, found[0].data, 'fr')).toMatch(/08[129]x/);
  });
});
