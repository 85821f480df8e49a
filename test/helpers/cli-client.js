'use strict';
// A stand-in for bin/campaign-lint.js in programs a test starts (see builtExecutable in
// test/helpers/campaign-files.ts): hands its working folder, arguments and environment to the test
// file's CLI server, which runs the built CLI's `run` with them, then prints what the run printed
// and exits with its code. A node start, not a load of the CLI's modules, a run.
const net = require('net');

module.exports = (socket) => {
  let answer = '';
  const connection = net.connect(socket, () =>
    connection.end(JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2), env: process.env })),
  );
  connection.setEncoding('utf8');
  connection.on('data', (chunk) => (answer += chunk));
  connection.on('end', () => {
    let result;
    try {
      result = JSON.parse(answer);
    } catch {
      // No exit code the CLI has (0, 1, 2): a test expecting one of them fails.
      process.stderr.write(
        `campaign-lint stand-in: no answer from the CLI server (${answer.length} characters)\n`,
      );
      process.exitCode = 70;
      return;
    }
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.status ?? 70;
  });
};
