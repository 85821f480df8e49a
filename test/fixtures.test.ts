import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { lint } from '../src/engine/lint';
import { resolveConfig } from '../src/engine/config';
import { formatters } from '../src/report';
import { ROOT } from './helpers/paths';

// Every fixture campaign with an expected.json must produce exactly that JSON report (English, masked):
// fixtures/<name>/ and the real export shapes of fixtures/exports/<crm>/. After a deliberate change of
// the rules, `UPDATE_FIXTURES=1 npx jest test/fixtures` rewrites them: review the diff before committing.
const fixtures = [
  ...readdirSync(path.join(ROOT, 'fixtures')),
  ...readdirSync(path.join(ROOT, 'fixtures', 'exports')).map((crm) => `exports/${crm}`),
].filter((name) => existsSync(path.join(ROOT, 'fixtures', name, 'expected.json')));

describe('fixture campaigns produce their expected JSON report', () => {
  it('ships at least six example campaigns with expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it.each(fixtures)('%s', async (name) => {
    const config = await resolveConfig({}, { cwd: ROOT });
    const result = await lint([`fixtures/${name}`], { cwd: ROOT, config });
    // Only a refused format (a Numbers file) is a failure; it is part of its expected report.
    if (name !== 'exports/numbers') expect(result.failures).toEqual([]);
    const report = formatters.json(result, { lang: 'en', showPii: false, color: false });
    const expected = path.join(ROOT, 'fixtures', name, 'expected.json');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expected, report);
    expect(report).toBe(readFileSync(path.join(ROOT, 'fixtures', name, 'expected.json'), 'utf8'));
  });

  it('every diagnostic about a recipient carries the line on which its record starts', async () => {
    const config = await resolveConfig({}, { cwd: ROOT });
    const result = await lint(['fixtures/latin1-excel'], { cwd: ROOT, config });
    const lines = result.campaigns[0].diagnostics.filter((d) => d.recipient).map((d) => d.line);
    // destinataires.csv: record 2 spans lines 3–4 (quoted newline), so the duplicate is on line 6, pointing at line 5.
    expect(lines).toEqual([3, 6]);
  });
});
