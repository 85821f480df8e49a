'use strict';
// Forked by runBuilt (test/helpers/campaign-files.ts): runs the built CLI's `run` in this one
// process for each message { id, cwd, args, env } and answers { id, status, stdout, stderr }.
// Plugins load there by Node's own import() (which jest's VM cannot do) for one node start a test
// file instead of one a run. Runs whose verdict is the process's own (exit codes set by signals,
// process.exit, exit listeners, uncaught errors) are spawned instead.
// Asked { listen: socket }, it also runs the CLI for test/helpers/cli-client.js, the stand-in
// executable that programs a test starts run (the action's shell steps): one request a connection.
// The pipeline reads CAMPAIGN_LINT_THREADS from the process's environment, not from the CLI's: a
// run's env sets it for that run, so runs go one at a time.
const net = require('net');
const { run } = require('../../dist/src/cli/cli.js');

let queue = Promise.resolve();

async function runOne({ cwd, args, env }) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd,
    isTTY: false,
  };
  if (env.CAMPAIGN_LINT_THREADS === undefined) delete process.env.CAMPAIGN_LINT_THREADS;
  else process.env.CAMPAIGN_LINT_THREADS = env.CAMPAIGN_LINT_THREADS;
  try {
    return { status: await run(args, io), stdout, stderr };
  } catch (error) {
    return { status: null, stdout, stderr: `${stderr}${String(error)}\n` };
  }
}

/** Runs one request after those before it. */
const queued = (request) => {
  const result = queue.then(() => runOne(request));
  queue = result.then(() => undefined);
  return result;
};

/** The client's request (its cwd, arguments and whole environment), answered on the same connection. */
function listen(socket) {
  // Half-open: the client ends its side once it has sent its request, then waits for the answer.
  const server = net.createServer({ allowHalfOpen: true }, (connection) => {
    let request = '';
    connection.setEncoding('utf8');
    connection.on('data', (chunk) => (request += chunk));
    connection.on('end', () =>
      queued(JSON.parse(request)).then((result) => connection.end(JSON.stringify(result))),
    );
  });
  server.listen(socket, () => process.send({ listening: socket }));
  // Not kept alive by it: the server ends when the test file disconnects.
  server.unref();
}

process.on('message', (message) => {
  if (message.listen) listen(message.listen);
  else {
    const { id, cwd, args, env } = message;
    queued({ cwd, args, env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env } }).then((result) =>
      process.send({ id, ...result }),
    );
  }
});
