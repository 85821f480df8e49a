#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in dist/src/cli/cli.js (built by `npm install` / `npm run build`).
try {
  require('../dist/src/cli/cli.js').main();
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write(
      'campaign-lint: not built yet. Run "npm install" (or "npm run build") in the campaign-lint folder.\n',
    );
    process.exitCode = 2;
  } else {
    throw error;
  }
}
