#!/usr/bin/env node
// Regenerates the rule table of README.md from rule metadata (run `npm run build` first).
// --write updates README.md; without it, exits 1 when the table is out of date.
const fs = require('fs');
const path = require('path');
const { withRuleTable } = require('../dist/tools/rule-table');

const file = path.join(__dirname, '..', 'README.md');
const current = fs.readFileSync(file, 'utf8');
const next = withRuleTable(current);
if (process.argv.includes('--write')) {
  fs.writeFileSync(file, next);
  console.log(current === next ? 'README.md rule table already up to date' : 'README.md rule table updated');
} else if (current !== next) {
  console.error('README.md rule table is out of date: run `npm run docs`');
  process.exit(1);
}
