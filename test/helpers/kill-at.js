'use strict';
// Preloaded with `node --require` by the kill tests: counts the calls to the fs functions that
// write, rename or remove files (and the folder syncs), and ends this process with SIGKILL just
// before call number KILL_AT: a kill at an exact point of a write, where no handler runs. With
// KILL_COUNT_FILE, the number of calls made is written there at exit (the points a run offers).
// Opening a file to read it (and closing it) is not counted: a run reads hundreds of files (its
// own code, fingerprinted by --cache), and kills there would test nothing.
const fs = require('fs');
const at = Number(process.env.KILL_AT || 0);
const countFile = process.env.KILL_COUNT_FILE;
const { O_WRONLY, O_RDWR, O_CREAT, O_APPEND, O_TRUNC } = fs.constants;
const NAMES = [
  'writeSync',
  'fsyncSync',
  'renameSync',
  'linkSync',
  'unlinkSync',
  'chmodSync',
  'mkdirSync',
  'rmdirSync',
  'writeFileSync',
];
let calls = 0;
const count = () => {
  calls++;
  if (calls === at) process.kill(process.pid, 'SIGKILL');
};
for (const name of NAMES) {
  const original = fs[name];
  fs[name] = function (...args) {
    count();
    return original.apply(this, args);
  };
}
/** Whether open flags (a string such as 'wx' or a number) allow writing. */
const writes = (flags) =>
  typeof flags === 'number'
    ? (flags & (O_WRONLY | O_RDWR | O_CREAT | O_APPEND | O_TRUNC)) !== 0
    : typeof flags === 'string' && /[wa+]/.test(flags);
const writable = new Set();
const openSync = fs.openSync;
fs.openSync = function (file, flags, ...rest) {
  const opensToWrite = writes(flags);
  if (opensToWrite) count();
  const fd = openSync.call(this, file, flags, ...rest);
  if (opensToWrite) writable.add(fd);
  return fd;
};
const closeSync = fs.closeSync;
fs.closeSync = function (fd, ...rest) {
  if (writable.delete(fd)) count();
  return closeSync.call(this, fd, ...rest);
};
if (countFile) process.on('exit', () => fs.appendFileSync(countFile, `${calls}\n`));
