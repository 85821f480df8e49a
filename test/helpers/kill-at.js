'use strict';
// Preloaded with `node --require` by the kill tests. Counts the calls to the fs functions that
// write, rename or remove files (and the folder syncs), and:
// - KILL_AT=n: ends this process with SIGKILL just before call n (a kill at an exact point of a
//   write, where no handler runs);
// - KILL_SNAPSHOTS=folder: copies the working folder to <folder>/<n> just before each call n: the
//   files as a SIGKILL there would leave them (every call is synchronous, so nothing else is in
//   flight), for the price of one run instead of one run a call;
// - KILL_COUNT_FILE=file: at exit, writes the calls made there, one a line, `<function> <path>`
//   (for writeSync/fsyncSync/closeSync, the path the descriptor was opened on): the points a run
//   offers, and what each one is.
// Opening a file to read it (and closing it) is not counted: a run reads hundreds of files (its
// own code, fingerprinted by --cache), and kills there would test nothing.
const fs = require('fs');
const path = require('path');
const at = Number(process.env.KILL_AT || 0);
const countFile = process.env.KILL_COUNT_FILE;
const snapshots = process.env.KILL_SNAPSHOTS;
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
const trace = [];
let calls = 0;
// The snapshot's own copying goes through the same functions: not counted.
let copying = false;
/** Files of the descriptors open now (opened to write, or folders opened to be synced). */
const opened = new Map();
/** Copies a folder's files and folders (a snapshot: fs.cpSync costs twice as much). */
const copyFolder = (from, to) => {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyFolder(path.join(from, entry.name), path.join(to, entry.name));
    else fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
  }
};
const count = (name, target) => {
  if (copying) return;
  calls++;
  if (calls === at) process.kill(process.pid, 'SIGKILL');
  if (snapshots) {
    copying = true;
    try {
      copyFolder(process.cwd(), path.join(snapshots, String(calls)));
    } finally {
      copying = false;
    }
  }
  if (countFile)
    trace.push(`${name} ${typeof target === 'number' ? (opened.get(target) ?? target) : target}`);
};
for (const name of NAMES) {
  const original = fs[name];
  fs[name] = function (target, ...rest) {
    count(name, target);
    return original.call(this, target, ...rest);
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
  if (opensToWrite) count('openSync', file);
  const fd = openSync.call(this, file, flags, ...rest);
  if (opensToWrite) writable.add(fd);
  if (countFile && !copying) opened.set(fd, String(file));
  return fd;
};
const closeSync = fs.closeSync;
fs.closeSync = function (fd, ...rest) {
  if (writable.delete(fd)) count('closeSync', fd);
  opened.delete(fd);
  return closeSync.call(this, fd, ...rest);
};
if (countFile)
  process.on('exit', () => {
    copying = true;
    fs.appendFileSync(countFile, trace.map((line) => `${line}\n`).join(''));
  });
