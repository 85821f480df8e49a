'use strict';
// Forked by runBuilt (test/helpers/campaign-files.ts): runs the built CLI's `run` in this one
// process for each message { id, cwd, args, env } and answers { id, status, stdout, stderr }.
// Plugins load there by Node's own import() (which jest's VM cannot do) for one node start a test
// file instead of one a run. Runs whose verdict is the process's own (exit codes set by signals,
// process.exit, exit listeners, uncaught errors) are spawned instead.
// The pipeline reads CAMPAIGN_LINT_THREADS from the process's environment, not from the CLI's: a
// run's env sets it for that run, so runs go one at a time.
const { run } = require('../../dist/src/cli/cli.js');

let queue = Promise.resolve();

async function runOne({ id, cwd, args, env }) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env },
    cwd,
    isTTY: false,
  };
  if (env.CAMPAIGN_LINT_THREADS === undefined) delete process.env.CAMPAIGN_LINT_THREADS;
  else process.env.CAMPAIGN_LINT_THREADS = env.CAMPAIGN_LINT_THREADS;
  try {
    process.send({ id, status: await run(args, io), stdout, stderr });
  } catch (error) {
    process.send({ id, status: null, stdout, stderr: `${stderr}${String(error)}\n` });
  }
}

process.on('message', (message) => {
  queue = queue.then(() => runOne(message));
});
