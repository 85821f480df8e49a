'use strict';
// Preloaded with `node --require` by the kill tests: counts the calls to the fs functions that
// write, rename or remove files (and the folder syncs), and ends this process with SIGKILL just
// before call number KILL_AT: a kill at an exact point of a write, where no handler runs. With
// KILL_COUNT_FILE, the number of calls made is written there at exit (the points a run offers).
const fs = require('fs');
const at = Number(process.env.KILL_AT || 0);
const countFile = process.env.KILL_COUNT_FILE;
const NAMES = [
  'openSync',
  'writeSync',
  'fsyncSync',
  'closeSync',
  'renameSync',
  'linkSync',
  'unlinkSync',
  'chmodSync',
  'mkdirSync',
  'rmdirSync',
  'writeFileSync',
];
let calls = 0;
for (const name of NAMES) {
  const original = fs[name];
  fs[name] = function (...args) {
    calls++;
    if (calls === at) process.kill(process.pid, 'SIGKILL');
    return original.apply(this, args);
  };
}
if (countFile) process.on('exit', () => fs.appendFileSync(countFile, `${calls}\n`));
