'use strict';
// Forked by runBuilt (test/helpers/campaign-files.ts): runs the built CLI's `run` in this one
// process for each message { id, cwd, args, env } and answers { id, status, stdout, stderr }.
// Plugins load there by Node's own import() (which jest's VM cannot do) for one node start a test
// file instead of one a run. Runs whose verdict is the process's own (exit codes set by signals,
// process.exit, exit listeners, uncaught errors) are spawned instead.
const { run } = require('../../dist/src/cli/cli.js');

process.on('message', ({ id, cwd, args, env }) => {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env },
    cwd,
    isTTY: false,
  };
  run(args, io).then(
    (status) => process.send({ id, status, stdout, stderr }),
    (error) => process.send({ id, status: null, stdout, stderr: `${stderr}${String(error)}\n` }),
  );
});
