import { run, type CliIo } from '../../src/cli/cli';

export * from './campaign-files';

/**
 * Runs the CLI in-process in `cwd` (English unless `env` says otherwise, no terminal) and returns
 * its exit code and output. `io` sets anything else the CLI is given (stderrIsTTY…).
 */
export async function runCli(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = { LANG: 'C' },
  io: Partial<CliIo> = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd,
    isTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}
