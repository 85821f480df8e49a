// Jest runs the longest test files first, so that no worker is left alone with a long one at the
// end; it knows how long a file took from its cache of earlier runs, and otherwise guesses from the
// file's size. A fresh clone has no such cache, and size is a poor guess here: the longest files
// start programs (the CLI, npm, git, pre-commit, chromium) and are short. Their seconds, as measured
// on a fresh clone's whole run (docs/performance.md, "The test suite"), stand in for the cache.
'use strict';
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const MEASURED = {
  'test/git-install.test.ts': 95,
  'test/cache.test.ts': 52,
  'test/html-browser.test.ts': 25,
  'test/hostile-kill.test.ts': 19,
  'test/package.test.ts': 16,
  'test/plan-proof.test.ts': 13,
  'test/hostile-plugins.test.ts': 11,
  'test/threads.test.ts': 10,
  'test/add-rule.test.ts': 10,
  'test/hostile-outputs.test.ts': 7,
  'test/csv-lines.test.ts': 7,
  'test/broken-inputs.test.ts': 6,
  'test/ci-snippets.test.ts': 6,
  'test/false-pass.test.ts': 5,
  'test/integration.test.ts': 5,
};
const root = path.join(__dirname, '..', '..');

// What most files take; every file must have a time, or jest runs those with one after the others.
const TYPICAL_MS = 500;

class MeasuredFirst extends Sequencer {
  time(test) {
    const measured = MEASURED[path.relative(root, test.path).split(path.sep).join('/')];
    return super.time(test) ?? (measured === undefined ? TYPICAL_MS : measured * 1000);
  }
}

module.exports = MeasuredFirst;
