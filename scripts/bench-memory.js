#!/usr/bin/env node
// `npm run bench:memory`: peak RSS of the memory cases outside the main stream (issue 18): a long
// opt-out list, --write-clean with every row rejected, many distinct per-row messages, and a large
// report read by a slow reader (and, for reference, the same report read at full speed). Each case
// runs the built executable in its own process.
// Sizes are scaled by `--scale` (1 = the sizes: 5M opt-out lines, 2M rejected rows, 100K
// messages); the default 0.2 keeps a run short. `--bin <file>` measures another build (before/after);
// `--only <text>` runs the cases whose name contains it.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const SCALE = Number(option('--scale', '0.2'));
const BIN = path.resolve(option('--bin', path.join(__dirname, '../bin/campaign-lint.js')));
const DATA = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bench-memory-'));
const RSS_HOOK = path.join(DATA, 'rss.js');
fs.writeFileSync(
  RSS_HOOK,
  "process.on('exit', () => require('fs').writeSync(2, `\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n",
);

const MANIFEST = (extra = '') =>
  `channel: sms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: BOUTIQLEA\nmessage: "Boutique Léa : -30% ce week-end ! STOP au 36173"\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: recipients.csv\n${extra}`;
const mobile = (i) => `06${String(10000000 + ((i * 7919) % 89999999)).padStart(8, '0')}`;

function writeLines(file, count, line, header) {
  const fd = fs.openSync(file, 'w');
  let chunk = header ?? '';
  for (let i = 0; i < count; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

const CASES = {
  'opt-out list': (dir, n = Math.round(5e6 * SCALE)) => {
    fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), MANIFEST('opt_out_lists:\n  - stop.txt\n'));
    fs.writeFileSync(path.join(dir, 'recipients.csv'), 'phone;consent\n0612345678;oui\n');
    writeLines(path.join(dir, 'stop.txt'), n, (i) => `${mobile(i)}\n`);
    return { label: `${n.toLocaleString('en-US')} lines`, args: ['c.campaign.yaml'] };
  },
  '--write-clean, all rejected': (dir, n = Math.round(2e6 * SCALE)) => {
    fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), MANIFEST());
    writeLines(path.join(dir, 'recipients.csv'), n, (i) => `${mobile(i)};non\n`, 'phone;consent\n');
    return {
      label: `${n.toLocaleString('en-US')} rows`,
      args: ['c.campaign.yaml', '--write-clean', 'out'],
    };
  },
  'distinct per-row messages': (dir, n = Math.round(1e5 * SCALE)) => {
    fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), MANIFEST());
    const body = 'Boutique Léa : nos soldes continuent, profitez de remises exceptionnelles. '.repeat(13);
    writeLines(
      path.join(dir, 'recipients.csv'),
      n,
      (i) => `${mobile(i)};oui;"Bonjour client ${i}. ${body}STOP au 36173"\n`,
      'phone;consent;message\n',
    );
    return {
      label: `${n.toLocaleString('en-US')} messages of ~1,000 characters`,
      args: ['c.campaign.yaml'],
    };
  },
  'report to a slow reader': (dir, n = Math.round(1e6 * SCALE)) => {
    fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), MANIFEST());
    writeLines(path.join(dir, 'recipients.csv'), n, (i) => `${mobile(i)};non\n`, 'phone;consent\n');
    return {
      label: `${n.toLocaleString('en-US')} rows, -f json`,
      args: ['c.campaign.yaml', '-f', 'json'],
      slow: true,
    };
  },
  'same report, read at full speed': (dir, n = Math.round(1e6 * SCALE)) => {
    fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), MANIFEST());
    writeLines(path.join(dir, 'recipients.csv'), n, (i) => `${mobile(i)};non\n`, 'phone;consent\n');
    return { label: `${n.toLocaleString('en-US')} rows, -f json`, args: ['c.campaign.yaml', '-f', 'json'] };
  },
};

/**
 * Runs the executable with its standard output read by this process: at full speed, or slowly
 * (64 KB every 5 ms, like a log shipper that keeps up slowly). Node's own pipes to a child are
 * sockets, where an unguarded `process.stdout.write` queues the whole report in memory.
 */
function runCase(dir, caseArgs, slow) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', RSS_HOOK, BIN, ...caseArgs], {
      cwd: dir,
      env: { ...process.env, LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', () => {
      if (!slow) return;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

const ONLY = option('--only', '');
async function main() {
  const results = [];
  for (const [name, make] of Object.entries(CASES)) {
    if (!name.includes(ONLY)) continue;
    const dir = fs.mkdtempSync(path.join(DATA, 'case-'));
    fs.mkdirSync(path.join(dir, '.git')); // the case folder is its own project
    const { label, args: caseArgs, slow = false } = make(dir);
    const started = Date.now();
    const r = await runCase(dir, caseArgs, slow);
    const rss = /maxRSS=(\d+)/.exec(r.stderr);
    results.push({
      case: name,
      size: label,
      exit: r.status,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
      peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
    });
    console.error(JSON.stringify(results[results.length - 1]));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`bin: ${BIN}, scale ${SCALE}`);
  console.log(
    'case                            size                                   exit  seconds  peak RSS (MB)',
  );
  for (const r of results)
    console.log(
      `${r.case.padEnd(32)}${r.size.padEnd(39)}${String(r.exit).padEnd(6)}${r.seconds.padStart(7)}  ${r.peakRssMb}`,
    );
  fs.rmSync(DATA, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
