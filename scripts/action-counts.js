#!/usr/bin/env node
// The GitHub Action's counts (action.yml): reads the end of the JSON report the lint step wrote and
// prints the step outputs `errors`, `warnings` and `failures` (one `name=value` line each).
//
// The report can be hundreds of megabytes (every diagnostic of a million rows): only its end is read.
// The JSON formatter writes `failures`, `noCampaign`, `errorCount` and `warningCount` last, at the
// top level, indented by two spaces; a diagnostic's text can never hold that line (a quote inside a
// string is escaped), so the last such line starts the part that holds the counts.
//
// No report (the run stopped before it could write one: a usage mistake in `args`), or one that
// cannot be read: no diagnostics counted. Exit 2 always counts at least one failure.
// Usage: action-counts.js <report.json> <exit code>
'use strict';
const { closeSync, fstatSync, openSync, readSync } = require('fs');

const [file, exitCode] = process.argv.slice(2);
const START = '\n  "failures": ';

function tail() {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    let chunk = 1 << 16;
    for (;;) {
      const length = Math.min(size, chunk);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      const text = buffer.toString('utf8');
      const at = text.lastIndexOf(START);
      if (at >= 0) return JSON.parse(`{${text.slice(at + 1)}`);
      if (length === size) return null;
      chunk *= 4;
    }
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

const report = tail();
// Exit 2 is always at least one failure, even one the report could not hold (a report file that
// could not be written is said on stderr only).
const atLeast = exitCode === '2' ? 1 : 0;
const counts = report
  ? {
      errors: report.errorCount,
      warnings: report.warningCount,
      failures: Math.max(report.failures.length, atLeast),
    }
  : { errors: 0, warnings: 0, failures: atLeast };
for (const [name, value] of Object.entries(counts)) process.stdout.write(`${name}=${value}\n`);
