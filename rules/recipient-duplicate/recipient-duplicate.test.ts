import { runCase, testRule } from '../../test/helpers/rule-tester';

testRule('recipient-duplicate', {
  valid: [
    { name: 'distinct numbers', csv: 'phone;consent\n0612345678;oui\n0612345679;oui\n' },
    {
      name: 'same digits in different territories are different numbers',
      csv: 'phone;consent\n0692123456;oui\n+33 6 12 34 56 78;oui\n',
    },
    { name: 'empty cells are not duplicates of each other', csv: 'phone;consent\n;oui\n;oui\n' },
    {
      name: 'zeros are not equal as numbers (0000 and 00000 differ)',
      csv: 'phone;consent\n0000;oui\n00000;oui\n',
    },
  ],
  invalid: [
    {
      name: 'the same number written two ways',
      csv: 'phone;consent\n06 12 34 56 78;oui\n+33612345678;oui\n',
      errors: [{ messageId: 'duplicate', line: 3, severity: 'warning' }],
    },
    {
      name: 'each repeat is reported',
      csv: 'phone;consent\n0612345678;oui\n0033612345678;oui\n0612345679;oui\n33 6 12 34 56 78;oui\n',
      errors: [
        { messageId: 'duplicate', line: 3 },
        { messageId: 'duplicate', line: 5 },
      ],
    },
    {
      name: 'a repeated invalid number is a duplicate too',
      csv: 'phone;consent\n0000;oui\n0000;oui\n',
      errors: [{ messageId: 'duplicate', line: 3 }],
    },
    {
      name: 'a +33 Réunion number repeats its +262 form',
      csv: 'phone;consent\n+262 692 12 34 56;oui\n+33 692 12 34 56;oui\n',
      errors: [{ messageId: 'duplicate', line: 3 }],
    },
  ],
});

it('points each repeat at the first occurrence', async () => {
  const [d] = await runCase('recipient-duplicate', {
    name: '',
    csv: 'phone;consent\n0612345678;oui\n0612345679;oui\n0612345678;oui\n',
  });
  expect(d.data.firstLine).toBe(2);
  expect(d.line).toBe(4);
});

it('reports every repeat of a long file, on its own line with its number, in file order', async () => {
  // 2,000 rows, every third one a repeat: most are answered in bursts some rows later, the last at the end.
  const rows = Array.from({ length: 2000 }, (_, i) =>
    i % 3 === 2
      ? `06 00 00 ${String(i - 1)
          .padStart(4, '0')
          .replace(/(\d\d)(\d\d)/, '$1 $2')}`
      : `060000${String(i).padStart(4, '0')}`,
  );
  const diagnostics = await runCase('recipient-duplicate', {
    name: '',
    csv: `phone;consent\n${rows.map((p) => `${p};oui`).join('\n')}\n`,
  });
  expect(diagnostics).toHaveLength(666);
  diagnostics.forEach((d, k) => {
    const i = 3 * k + 2; // row index of the k-th repeat; its line is i + 2
    expect([d.line, d.data.firstLine, d.recipient, d.column]).toEqual([
      i + 2,
      i + 1,
      `+3360000${String(i - 1).padStart(4, '0')}`,
      'phone',
    ]);
  });
});
