import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { BUILTIN_RULES } from '../src/engine/registry';
import { withRuleTable } from '../tools/rule-table';
import { ROOT } from './helpers/paths';
import { plainSpaces, sectionDifferences, SECTIONS } from './helpers/rule-docs';

// Conventions over every rule: code, folder, README, test table and the README's rule table agree.
const folders = readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const ids = BUILTIN_RULES.map((r) => r.meta.id);
const REQUIRED_HEADINGS = SECTIONS.map(([en]) => en);

describe('rules meta', () => {
  it('registers exactly the rule folders, sorted by id', () => {
    expect(ids).toEqual(folders);
  });

  it.each(BUILTIN_RULES.map((r) => [r.meta.id, r] as const))(
    '%s: metadata, README and test table',
    (id, rule) => {
      const { meta } = rule;
      expect(meta.id).toMatch(/^(recipient|message|sender|schedule|campaign)-[a-z-]+$/);
      expect(['error', 'warning']).toContain(meta.defaultSeverity);
      expect(meta.channels.length).toBeGreaterThan(0);
      for (const text of [meta.description, ...Object.values(meta.messages)]) {
        expect(typeof text === 'string' ? text : text.en).toBeTruthy();
        expect(typeof text === 'string' ? text : text.fr).toBeTruthy();
      }
      expect(typeof meta.description === 'string' ? meta.description : meta.description.en).toMatch(
        /^(Require|Disallow|Limit|Specify)\b/,
      );

      const readme = readFileSync(path.join(ROOT, 'rules', id, 'README.md'), 'utf8');
      expect(readme.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of REQUIRED_HEADINGS)
        expect({ id, heading, present: readme.includes(`\n${heading}\n`) }).toEqual({
          id,
          heading,
          present: true,
        });
      expect(readme).toContain(`Default: **${meta.defaultSeverity}**`);
      // The legal basis names a text and a date it took effect.
      const legal = readme.slice(readme.indexOf('## Legal basis'), readme.indexOf('## Examples'));
      expect(legal).toMatch(/\b(19|20)\d\d\b/);
      for (const option of Object.keys((meta.schema?.properties as object) ?? {}))
        expect(readme).toContain(`\`${option}\``);

      const test = path.join(ROOT, 'rules', id, `${id}.test.ts`);
      expect(existsSync(test)).toBe(true);
      expect(readFileSync(test, 'utf8')).toContain(`testRule('${id}'`);
    },
  );

  it.each(ids)('%s: README.fr.md has the sections of README.md, in French, with French typography', (id) => {
    const readme = (name: string) => readFileSync(path.join(ROOT, 'rules', id, name), 'utf8');
    expect(sectionDifferences(readme('README.md'), readme('README.fr.md'))).toEqual([]);
    expect(plainSpaces(readme('README.fr.md'))).toEqual([]);
  });

  it('the section check sees a missing, an extra and an untranslated section, not code', () => {
    const en = '# r\n\n## What it checks\n\n```yaml\n# a comment\n```\n\n### More\n\n## Why\n';
    expect(sectionDifferences(en, '# r\n\n## Ce qui est vérifié\n\n### Plus\n\n## Pourquoi\n')).toEqual([]);
    expect(sectionDifferences(en, '# r\n\n## Ce qui est vérifié\n\n## Pourquoi\n')).toEqual([
      '### More ≠ ## Pourquoi',
      '## Why ≠ (none)',
    ]);
    expect(sectionDifferences(en, '# r\n\n## What it checks\n\n### Plus\n\n## Pourquoi\n')).toEqual([
      '## What it checks ≠ ## What it checks',
    ]);
  });

  it('the typography check sees a plain space before : ; ! ? and inside « », not in code', () => {
    expect(
      plainSpaces(
        'Par défaut : oui ; « non » ! Vraiment ?\n`a : b`\n```yaml\nx: « y »\n```\nhttps://x.fr/?a=1',
      ),
    ).toEqual(['Par défaut : oui ; « non » ! Vraiment ?']);
    expect(plainSpaces('Par défaut\u00a0: oui\u202f; «\u00a0non\u00a0»\u202f! Vraiment\u202f?')).toEqual([]);
  });

  it("the README's rule table is generated from the metadata", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(withRuleTable(readme)).toBe(readme);
  });
});
