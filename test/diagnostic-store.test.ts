import { DiagnosticStore, reportOrder } from '../src/recipients/diagnostic-store';
import type { Diagnostic } from '../src/base/types';

const template = { en: 'x {{a}}', fr: 'x {{a}}' };
const base = { severity: 'error' as const, template, file: 'r.csv' };

describe('DiagnosticStore', () => {
  it('gives back exactly what it was given, in report order', () => {
    const compare = reportOrder('m.yaml');
    const store = new DiagnosticStore('m.yaml', 'r.csv');
    const given: Diagnostic[] = [];
    const add = (d: Diagnostic) => {
      given.push(d);
      store.add(d);
    };
    for (let line = 2; line < 3000; line++) {
      // Every kind of data value, shapes that change within one message, and every kind of recipient.
      add({
        ...base,
        ruleId: 'a-rule',
        messageId: 'm',
        line,
        column: 'phone',
        data: { firstLine: line - 1, name: `n${line % 7}` },
        recipient: '+33612345678',
      });
      if (line % 3 === 0)
        add({
          ...base,
          ruleId: 'b-rule',
          messageId: 'm',
          severity: 'warning',
          line,
          data:
            line % 2
              ? { territory: { en: 'Réunion', fr: 'La Réunion' } }
              : {
                  other: 2.5,
                  again: 'é',
                  big: 2 ** 40 + line,
                  negative: -line,
                  zero: line % 4 ? -0 : 0,
                  huge: 1e300,
                },
          recipient: 'not a number',
        });
      if (line % 5 === 0)
        add({
          ...base,
          ruleId: 'c-rule',
          messageId: 'n',
          line,
          column: 'consent',
          data: {},
          fix: { en: 'do', fr: 'fais' },
          recipient: ['+00', '+000', '0612345678', '+999999999999999'][line % 4],
        });
    }
    // Late ones (a rule reporting recipients it kept, at its end): ties with earlier ones on line and rule keep report order.
    for (const [line, ruleId] of [
      [10, 'a-rule'],
      [2500, 'b-rule'],
      [10, 'a-rule'],
      [3, 'c-rule'],
      [2999, 'a-rule'],
      [2, 'd-rule'],
      [1500, 'a-rule'],
      [10, '0-rule'],
    ] as const) {
      add({
        ...base,
        ruleId,
        messageId: 'late',
        line,
        column: 'phone',
        data: { firstLine: line - 1, note: line % 2 ? 'odd' : { en: 'even', fr: 'pair' }, x: line / 2 },
        recipient: line % 3 ? `+3361234${line}` : 'n/a',
      });
    }
    add({ ...base, ruleId: 'a-rule', messageId: 'file', file: 'r.csv', data: {} }); // the file as a whole: no line
    add({ ...base, ruleId: 'z-rule', messageId: 'manifest', file: 'm.yaml', line: 4, data: {} });
    const back = [...store];
    expect(back).toEqual([...given].sort(compare));
    expect(store.length).toBe(given.length);
    expect(store.errorCount + store.warningCount).toBe(given.length);
  });

  it('sorts 100,000 late diagnostics back into file order, merged with the ones that came in order', () => {
    const store = new DiagnosticStore('m.yaml', 'r.csv');
    for (let line = 2; line < 100_002; line++) {
      store.add({ ...base, ruleId: 'b-rule', messageId: 'm', line, data: { n: line } });
      // From line 50,002 on, a rule reports each of the first 50,000 lines, last first.
      if (line > 50_001)
        store.add({
          ...base,
          ruleId: 'a-rule',
          messageId: 'm',
          line: 100_003 - line,
          data: { n: -line },
          recipient: `+336${String(line).padStart(8, '0')}`,
        });
    }
    const back = [...store];
    expect(back).toHaveLength(150_000);
    let wrong = 0;
    let i = 0;
    for (let line = 2; line < 100_002; line++) {
      if (line <= 50_001) {
        const late = back[i++];
        if (
          late.ruleId !== 'a-rule' ||
          late.line !== line ||
          late.data.n !== -(100_003 - line) ||
          late.recipient !== `+336${String(100_003 - line).padStart(8, '0')}`
        )
          wrong++;
      }
      const d = back[i++];
      if (d.ruleId !== 'b-rule' || d.line !== line || d.data.n !== line) wrong++;
    }
    expect(wrong).toBe(0);
  });

  // 70,000 rows fill a column's first chunk (65,536 values) and go on into the next (140,000 until
  // December 2026: the third chunk took the same path as the second).
  it('keeps 70,000 diagnostics exactly (past the 65,536 of one chunk)', () => {
    const store = new DiagnosticStore('m.yaml', 'r.csv');
    for (let line = 2; line < 70_002; line++) {
      store.add({
        ...base,
        ruleId: 'a-rule',
        messageId: 'm',
        line,
        data: { firstLine: line - 1, date: `2025-01-${line % 28}` },
        recipient: `+336${String(line).padStart(8, '0')}`,
      });
    }
    let wrong = 0;
    let line = 2;
    for (const d of store) {
      if (
        d.line !== line ||
        d.data.firstLine !== line - 1 ||
        d.data.date !== `2025-01-${line % 28}` ||
        d.recipient !== `+336${String(line).padStart(8, '0')}`
      )
        wrong++;
      line++;
    }
    expect(line).toBe(70_002);
    expect(wrong).toBe(0);
  });
});
