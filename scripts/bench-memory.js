#!/usr/bin/env node
// `npm run bench:memory`: peak RSS of the memory cases outside the main stream (issue 18): a long
// opt-out list, --write-clean with every row rejected, many distinct per-row messages, and a large
// report read by a slow reader (and, for reference, the same report read at full speed); and those of
// issue 27: the history of earlier sends (VMS, read; SMS, not read), distinct per-row messages with
// an unknown placeholder at 1M, 3M and 5M rows, and the workbook bombs of the broken-input catalogue.
// Each case runs the built executable in its own process.
// Sizes are scaled by `--scale` (1 = the sizes: 5M opt-out lines, 2M rejected rows, 100K
// messages, 1M/3M/5M history rows and per-row messages); the default 0.2 keeps a run short. `--bin <file>` measures another build (before/after);
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
  "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, `\\nmaxRSS=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
);

const BROKEN = path.join(__dirname, '../fixtures/broken');
const BOMBS = [
  '60-xlsx-inflation-bomb',
  '61-xlsx-size-lie',
  '62-xlsx-overlapping-entries',
  '66-xlsx-entity-bomb',
];
// Millions of rows (times --scale) of the history and per-row message cases (issue 27: 1M, 3M, 5M).
const HISTORY_MILLIONS = [1, 3, 5];
const MESSAGE_MILLIONS = [1, 3, 5];

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
  // Issue 27: the history of earlier sends was loaded whole, even for SMS (3M rows: 99 s, 1.1 GB).
  ...Object.fromEntries(
    HISTORY_MILLIONS.map((millions) => [
      `history, vms (${millions}M)`,
      (dir) => historyCase(dir, Math.round(millions * 1e6 * SCALE), 'vms'),
    ]),
  ),
  'history, sms (not read)': (dir) => historyCase(dir, Math.round(3e6 * SCALE), 'sms'),
  // Issue 27: a million distinct per-row messages with an unknown placeholder were all kept (783 MB, 134 s).
  ...Object.fromEntries(
    MESSAGE_MILLIONS.map((millions) => [
      `distinct per-row messages (${millions}M)`,
      (dir, n = Math.round(millions * 1e6 * SCALE)) => {
        fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), MANIFEST());
        writeLines(
          path.join(dir, 'recipients.csv'),
          n,
          (i) =>
            `${mobile(i)};oui;"Boutique Léa : bonjour {prenom}, client ${i}, -30% ce week-end. STOP au 36173"\n`,
          'phone;consent;message\n',
        );
        return {
          label: `${n.toLocaleString('en-US')} texts, unknown placeholder`,
          args: ['c.campaign.yaml', '-f', 'json'],
        };
      },
    ]),
  ),
  // Issue 27: the workbook bombs of the broken-input catalogue (a 409 KB workbook took 53 s and 1.65 GB).
  ...Object.fromEntries(
    BOMBS.map((id) => [
      `workbook bomb ${id.slice(0, 2)}`,
      (dir) => {
        for (const file of ['campaign.campaign.yaml', 'recipients.xlsx'])
          fs.copyFileSync(path.join(BROKEN, id, file), path.join(dir, file));
        const size = fs.statSync(path.join(dir, 'recipients.xlsx')).size;
        return { label: `${id.slice(3)}, ${Math.round(size / 1024)} KB`, args: ['campaign.campaign.yaml'] };
      },
    ]),
  ),
};

/**
 * A VMS campaign (whose frequency rule reads the history) or an SMS one (which never reads it) with
 * `n` earlier sends: 200,000 numbers, 10 calls each by the advertiser in the last 30 days at most.
 */
function historyCase(dir, n, channel) {
  const manifest = MANIFEST(`history: history.csv\n`)
    .replace('channel: sms', `channel: ${channel}`)
    .replace('sender: BOUTIQLEA', channel === 'vms' ? 'sender: "0159000000"' : 'sender: BOUTIQLEA');
  fs.writeFileSync(path.join(dir, 'c.campaign.yaml'), manifest);
  writeLines(path.join(dir, 'recipients.csv'), 10000, (i) => `${mobile(i)};oui\n`, 'phone;consent\n');
  const day = (i) => String(1 + (i % 28)).padStart(2, '0');
  writeLines(
    path.join(dir, 'history.csv'),
    n,
    (i) => `${mobile(i % 200000)};2026-12-${day(i)}T1${i % 8}:00;vms;Boutique Léa\n`,
    'phone;sent_at;channel;advertiser\n',
  );
  return { label: `${n.toLocaleString('en-US')} history rows`, args: ['c.campaign.yaml'] };
}

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
    const cpu = /cpu=(\d+)/.exec(r.stderr);
    results.push({
      case: name,
      size: label,
      exit: r.status,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
      peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
      // CPU time (user + system) of the run: the figure to compare on a shared machine.
      cpuSeconds: cpu ? (Number(cpu[1]) / 1e6).toFixed(1) : null,
    });
    console.error(JSON.stringify(results[results.length - 1]));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`bin: ${BIN}, scale ${SCALE}`);
  console.log(
    'case                            size                                   exit  seconds  CPU s  peak RSS (MB)',
  );
  for (const r of results)
    console.log(
      `${r.case.padEnd(32)}${r.size.padEnd(39)}${String(r.exit).padEnd(6)}${r.seconds.padStart(7)}${String(r.cpuSeconds).padStart(7)}  ${r.peakRssMb}`,
    );
  fs.rmSync(DATA, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
