import { writeFileSync } from 'fs';
import path from 'path';
import { tempFolder } from './helpers/temp';
import { loadOptOutLists } from '../src/recipients/opt-out';

// Issue 18: opt-out lists are held in a compact number table (5M lines took 877 MB as a Map of
// strings, 638 MB as a Map of numbers); each number still names the list and line it was first seen on.
function lists(files: Record<string, string>): { dir: string; paths: string[] } {
  const dir = tempFolder('cl-optout-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, paths: Object.keys(files).map((name) => path.join(dir, name)) };
}

describe('opt-out lists', () => {
  it('name the list and line where each number was first seen, across lists', async () => {
    const { dir, paths } = lists({
      'stop.txt': '06 12 34 56 78\n\n+33612345679\n',
      'crm.csv': 'nom;phone\nLéa;0612345679\nMax;0033 6 12 34 56 70\n',
      'header-only.csv': 'phone\n',
      'last.txt': '0612345671\n0612345678\n',
    });
    const optOut = await loadOptOutLists(paths, dir);
    expect(optOut.size).toBe(4);
    expect(optOut.find('+33612345678')).toEqual({ file: 'stop.txt', line: 1 });
    expect(optOut.find('+33612345679')).toEqual({ file: 'stop.txt', line: 3 });
    expect(optOut.find('+33612345670')).toEqual({ file: 'crm.csv', line: 3 });
    expect(optOut.find('+33612345671')).toEqual({ file: 'last.txt', line: 1 });
    expect(optOut.find('+33612345672')).toBeNull();
    expect(optOut.find('not a number')).toBeNull();
    expect(optOut.unreadable).toEqual([]);
  });

  it('count the lines that are not phone numbers, per list, with the first one', async () => {
    const { dir, paths } = lists({
      'stop.txt': '0612345678\nMme Durand\n\n0612345679\nvoir fichier joint\n',
      'crm.csv': 'nom;phone\nLéa;0612345670\nMax;\n',
    });
    const optOut = await loadOptOutLists(paths, dir);
    expect(optOut.size).toBe(3);
    expect(optOut.unreadable).toEqual([{ file: 'stop.txt', line: 2, count: 2 }]);
  });

  it('hold 200,000 numbers exactly, lines and all', async () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => `+336${String(i * 37).padStart(8, '0')}`);
    const { dir, paths } = lists({ 'a.txt': numbers.join('\n'), 'b.txt': numbers.reverse().join('\n') });
    numbers.reverse();
    const optOut = await loadOptOutLists(paths, dir);
    expect(optOut.size).toBe(200_000);
    for (let i = 0; i < numbers.length; i += 997)
      expect(optOut.find(numbers[i])).toEqual({ file: 'a.txt', line: i + 1 });
    expect(optOut.find('+33600000001')).toBeNull();
  });
});
