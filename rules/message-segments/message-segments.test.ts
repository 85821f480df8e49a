import { runCase, testRule } from '../../test/helpers/rule-tester';

const text = (n: number, ch = 'a') => `Boutique Léa ${ch.repeat(n)} STOP au 36173`; // 13 + n + 14 characters

testRule('message-segments', {
  valid: [
    { name: '3 GSM-7 segments (459 septets)', manifest: { message: text(459 - 27) } },
    { name: 'max raised to 4 (587 septets)', manifest: { message: text(560) }, options: { max: 4 } },
    { name: '3 UCS-2 segments (201 units)', manifest: { message: text(201 - 27, 'ê') } },
    {
      name: 'short placeholder values',
      manifest: { message: 'Boutique Léa {first_name} STOP au 36173' },
      csv: 'phone;consent;first_name\n0612345678;oui;Léa\n',
    },
  ],
  invalid: [
    {
      name: '4 GSM-7 segments (460 septets)',
      manifest: { message: text(460 - 27) },
      errors: [{ messageId: 'tooMany', severity: 'warning' }],
    },
    {
      name: '€ costs 2 septets',
      manifest: { message: `Boutique Léa ${'€'.repeat(217)} STOP au 36173` },
      errors: [{ messageId: 'tooMany' }],
    },
    {
      name: 'one ê makes the message UCS-2: 4 segments',
      manifest: { message: text(202 - 28) + 'ê' },
      errors: [{ messageId: 'tooMany' }],
    },
    {
      name: 'the longest personalised text counts, on its row',
      manifest: { message: `Boutique Léa ${'a'.repeat(420)} {note} STOP au 36173` },
      csv: 'phone;consent;note\n0612345678;oui;ok\n0612345679;oui;un commentaire assez long pour tout faire deborder\n',
      errors: [{ messageId: 'tooMany', line: 3 }],
    },
    {
      name: 'a missing STOP mention is counted as it will be added',
      manifest: { message: `Boutique Léa ${'a'.repeat(446)}` },
      errors: [{ messageId: 'tooMany' }],
    },
  ],
});

it('says how many segments, units and the encoding', async () => {
  const [d] = await runCase('message-segments', { name: '', manifest: { message: text(460 - 27) } });
  expect(d.data).toMatchObject({ segments: 4, units: 460, encoding: 'GSM-7', perSegment: 153, max: 3 });
});
