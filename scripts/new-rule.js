#!/usr/bin/env node
// `npm run new-rule -- <id>`: makes rules/<id>/ with its code, README and test table, ready to fill
// in. Nothing else is touched: the engine finds every folder of rules/, and `npm run docs`
// regenerates the README's rule table from the rules' metadata.
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

const files = {
  'index.ts': `import { defineRule } from '../../src/rule-kit';

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
    return {
      recipient(r) {
        if (r.phone === null) context.report({ messageId: 'problem', data: { what: r.phoneRaw }, location: r });
      },
    };
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
  [`${id}.test.ts`]: `import { testRule } from '../../test/helpers/rule-tester';

testRule('${id}', {
  valid: [{ name: 'a readable number', csv: 'phone;consent\\n0612345678;oui\\n' }],
  invalid: [
    {
      name: 'an empty phone cell',
      csv: 'phone;consent\\n;oui\\n',
      errors: [{ messageId: 'problem', line: 2 }],
    },
  ],
});
`,
};

fs.mkdirSync(folder);
for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
console.log(
  `rules/${id}/ made (index.ts, README.md, ${id}.test.ts). Fill them in, then \`npm run docs\` and \`npm test\`.`,
);
