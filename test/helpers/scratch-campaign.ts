import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../../src/cli';
import { ROOT } from './paths';

export const MANIFEST = `channel: sms
purpose: marketing
advertiser: Boutique Léa
sender: BOUTIQLEA
message: "Boutique Léa : -30% ce week-end ! STOP au 36173"
send_at: 2027-01-13T10:00
recipients:
  file: recipients.csv
`;
export const RECIPIENTS = 'phone;consent\n0612345678;oui\n0612345679;oui\n';

/** A fresh folder holding a campaign (campaign.campaign.yaml + recipients.csv) and `files`. */
export function campaignFolder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-hostile-'));
  const all = { 'campaign.campaign.yaml': MANIFEST, 'recipients.csv': RECIPIENTS, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A config loading one plugin rule whose `create` body is `body` (CommonJS). */
export function pluginFiles(body: string, top = ''): Record<string, string> {
  return {
    'campaign-lint.config.yaml': 'plugins:\n  - ./plugin.cjs\n',
    'plugin.cjs': `'use strict';\n${top}
module.exports = { meta: { id: 'local/p', description: 'x', defaultSeverity: 'error', channels: ['sms'], messages: { x: 'x {{v}}' } },
  create(context) { ${body} } };\n`,
  };
}

/** Runs the built executable in `cwd`, as users do. */
export function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeout = 60_000) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/campaign-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env },
    timeout,
    maxBuffer: 1 << 26,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** Runs the CLI in-process in `cwd` (English, no terminal) and returns its exit code and output. */
export async function runCli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { LANG: 'C' },
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}
