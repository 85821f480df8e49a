#!/usr/bin/env node
// `npm run new-rule -- <id>`: makes rules/<id>/ with its code, README in English and French and its
// test table: a working rule (it reports "lorem ipsum" left in a message, which no fixture has) to
// rewrite. Nothing else is touched here: the engine finds every folder of rules/, and `npm run docs`
// regenerates what derives from the rules (the README's rule table and examples, the JSON schemas).
'use strict';
const fs = require('fs');
const path = require('path');

const id = process.argv[2];
if (!id || !/^(recipient|message|sender|schedule|campaign)-[a-z][a-z0-9-]*$/.test(id)) {
  console.error(
    'usage: npm run new-rule -- <id>\n  the id starts with recipient-, message-, sender-, schedule- or campaign- (e.g. message-emoji)',
  );
  process.exit(2);
}
const folder = path.join(__dirname, '..', 'rules', id);
if (fs.existsSync(folder)) {
  console.error(`rules/${id} exists already`);
  process.exit(2);
}

// French typography written out in the French README (it is shown as written): a no-break space
// before ":" and inside « », a narrow no-break space before ";", "!" and "?".
const NBSP = '\u00a0';
const NNBSP = '\u202f';

const files = {
  'index.ts': `import { defineRule, eachMessage } from '../../src/rule-kit';

const LOREM = /\\blorem ipsum\\b/i;

export default defineRule({
  meta: {
    id: '${id}',
    description: {
      en: 'Disallow … (one line: what the rule requires or forbids)',
      fr: 'Interdit … (une ligne : ce que la règle exige ou interdit)',
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      problem: {
        en: 'What is wrong with {{what}}, which text says so and since when',
        fr: 'Ce qui ne va pas avec {{what}}, quel texte le dit et depuis quand',
      },
    },
  },
  create(context) {
    // The campaign's message and each row's own message (a "message" column), each checked once.
    // A recipient hook sees each normalised recipient: \`recipient(r) { … location: r }\`.
    return eachMessage(context.campaign, (text, at) => {
      const found = LOREM.exec(text);
      if (found)
        context.report({ messageId: 'problem', data: { what: found[0] }, location: at(found.index) });
    });
  },
});
`,
  'README.md': `# ${id}

Disallow … (the rule's description).

Default: **warning** · channels: sms, vms · purposes: all

## What it checks

## Why

## Legal basis

Name the text (article, decree, decision, charter) and the date it took effect, e.g. "L34-5 CPCE
(loi 2004-575 of 21 June 2004)".

## Examples

### Failing

### Passing

## Options

None.
`,
  'README.fr.md': `# ${id}

Interdit … (la description de la règle).

Par défaut${NBSP}: **avertissement** · canaux${NBSP}: sms, vms · finalités${NBSP}: toutes

## Ce qui est vérifié

## Pourquoi

## Base légale

Nommez le texte (article, décret, décision, charte) et la date de son entrée en vigueur, par
exemple «${NBSP}L34-5 CPCE (loi 2004-575 du 21/06/2004)${NBSP}». Les mêmes sections que README.md,
dans le même ordre${NNBSP}; la typographie française s’écrit telle quelle${NBSP}: espace insécable
avant «${NBSP}:${NBSP}», espace fine avant «${NBSP};${NBSP}», «${NBSP}!${NBSP}» et «${NBSP}?${NBSP}».

## Exemples

### En erreur

### Conformes

## Options

Aucune.
`,
  [`${id}.test.ts`]: `import { testRule } from '../../test/helpers/rule-tester';

testRule('${id}', {
  valid: [{ name: 'the base campaign (a compliant marketing SMS)' }],
  invalid: [
    {
      name: 'placeholder text left in the message',
      manifest: { message: 'Boutique Léa : Lorem ipsum dolor sit amet. STOP au 36173' },
      errors: [{ messageId: 'problem', data: { what: 'Lorem ipsum' } }],
    },
  ],
});
`,
};

fs.mkdirSync(folder);
for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
console.log(
  `rules/${id}/ made (${Object.keys(files).join(', ')}). Fill them in, then \`npm run docs\` and \`npm test\`.`,
);
