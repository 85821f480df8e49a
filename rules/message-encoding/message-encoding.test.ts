import { runCase, testRule } from '../../test/helpers/rule-tester';

testRule('message-encoding', {
  valid: [
    {
      name: 'GSM-7 French: é è ù à É Ç €',
      manifest: { message: 'Boutique Léa : été à -30% où ça ? Ç€ STOP au 36173'.replace('ça', 'Ça') },
    },
    {
      name: 'straight quotes and three dots',
      manifest: { message: `Boutique Léa : l'offre "hiver"... STOP au 36173` },
    },
    {
      name: 'VMS scripts are spoken, not encoded',
      manifest: {
        channel: 'vms',
        sender: '0162123456',
        message: 'Boutique Léa vous présente l’offre. Pour ne plus être contacté, tapez 1.',
      },
    },
  ],
  invalid: [
    {
      name: 'typographic apostrophe, with a replacement',
      manifest: { message: 'Boutique Léa : l’offre ! STOP au 36173' },
      errors: [{ messageId: 'replaceable', severity: 'warning' }],
    },
    {
      name: 'each distinct character once: « » and NBSP',
      manifest: { message: 'Boutique Léa\u00a0: «\u00a0soldes\u00a0» STOP au 36173' },
      errors: [{ messageId: 'replaceable' }, { messageId: 'replaceable' }, { messageId: 'replaceable' }],
    },
    {
      name: 'ê has no GSM-7 equivalent',
      manifest: { message: 'Boutique Léa : fête des mères ! STOP au 36173' },
      errors: [{ messageId: 'notGsm' }],
    },
    {
      name: 'lowercase ç is not GSM-7',
      manifest: { message: 'Boutique Léa : leçon offerte ! STOP au 36173' },
      errors: [{ messageId: 'notGsm' }],
    },
    {
      name: 'decomposed é is recomposed',
      manifest: { message: 'Boutique Le\u0301a : offre ! STOP au 36173' },
      errors: [{ messageId: 'replaceable' }],
    },
    {
      name: 'emoji',
      manifest: { message: 'Boutique Léa 🎉 STOP au 36173' },
      errors: [{ messageId: 'notGsm' }],
    },
    {
      name: 'per-row message',
      csv: 'phone;consent;message\n0612345678;oui;Boutique Léa : l’offre STOP au 36173\n',
      errors: [{ messageId: 'replaceable', line: 2 }],
    },
  ],
});

it('names the character, every position and the replacement', async () => {
  const [d] = await runCase('message-encoding', {
    name: '',
    manifest: { message: 'Boutique Léa : l’offre, l’été ! STOP au 36173' },
  });
  expect(d.data).toMatchObject({ char: '"’" (U+2019)', positions: '17, 26', replacement: `"'"` });
  expect(d.fix).toEqual({ en: `replace "’" (U+2019) with "'"`, fr: `remplacer "’" (U+2019) par « ' »` });
});
