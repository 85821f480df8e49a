#!/usr/bin/env node
// Rewrites the README's examples of output from fresh runs of the tool (run `npm run build` first;
// `npm run docs` does both). --write updates README.md; without it, exits 1 when one is out of date.
'use strict';
const fs = require('fs');
const path = require('path');
const { withExamples } = require('../dist/tools/readme-examples');

const root = path.join(__dirname, '..');
const file = path.join(root, 'README.md');
const current = fs.readFileSync(file, 'utf8');
withExamples(current, root).then(
  (next) => {
    if (process.argv.includes('--write')) {
      fs.writeFileSync(file, next);
      console.log(current === next ? 'README.md examples already up to date' : 'README.md examples updated');
    } else if (current !== next) {
      console.error('README.md examples are out of date: run `npm run docs`');
      process.exitCode = 1;
    }
  },
  (error) => {
    console.error(String(error.message ?? error));
    process.exitCode = 1;
  },
);
