#!/usr/bin/env node
// Long texts, timed here rather than in unit tests (a loaded machine made those fail): the grapheme
// walk, a 300,000-character message and five per-row messages just under the record bound must
// take linear time. CPU time is the verdict (wall time is shown beside it). Run by `npm run bench`.
const { mkdtempSync, rmSync, writeFileSync } = require('fs');
const os = require('os');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist', 'src');
const { graphemes } = require(path.join(dist, 'law/sms/graphemes'));
const { lint, loadConfig } = require(path.join(dist, 'index'));

const MANIFEST = [
  'channel: sms',
  'purpose: marketing',
  'advertiser: Boutique Léa',
  'sender: BOUTIQLEA',
  'send_at: 2027-01-13T10:00',
  'recipients:',
  '  file: recipients.csv',
  '',
].join('\n');

/** CPU and wall seconds of `work`. */
async function timed(work) {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  await work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: Number(process.hrtime.bigint() - wall) / 1e9 };
}

/** Lints a campaign of these files in a temporary folder; returns its diagnostics. */
async function lintFiles(files) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-bench-texts-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const result = await lint(['campaign.campaign.yaml'], {
      cwd: dir,
      config: await loadConfig({ cwd: dir }),
    });
    if (result.failures.length > 0) throw new Error(result.failures[0].message);
    return result.campaigns[0].diagnostics;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CASES = [
  {
    name: 'graphemes of 1,000,000 characters',
    limit: 2, // seconds of CPU (quadratic walks took minutes)
    run() {
      const text = 'Boutique Léa : c’est -30% ! '.repeat(36_000);
      let count = 0;
      for (const g of graphemes(text)) if (g.segment.length > 0) count++;
      if (count !== text.length) throw new Error(`${count} graphemes for ${text.length} characters`);
    },
  },
  {
    name: 'a 300,000-character message (88 s before)',
    limit: 5,
    async run() {
      const diagnostics = await lintFiles({
        'campaign.campaign.yaml': `${MANIFEST}message_file: message.txt\n`,
        'message.txt': `${'Boutique Léa : c’est -30% ! '.repeat(10_800)}STOP au 36173`,
        'recipients.csv': 'phone;consent\n0612345678;oui\n',
      });
      if (!diagnostics.some((d) => d.ruleId === 'message-encoding'))
        throw new Error('message-encoding said nothing');
    },
  },
  {
    name: 'five per-row messages of 85,000 characters (2.8 s each before)',
    limit: 5,
    async run() {
      let csv = 'phone;consent;message\n';
      for (let i = 0; i < 5; i++)
        csv += `061234560${i};oui;"${`Boutique Léa : c’est -30% ! ${i} `.repeat(3_000).slice(0, 85_000)} STOP au 36173"\n`;
      const diagnostics = await lintFiles({
        'campaign.campaign.yaml': `${MANIFEST}message: "Boutique Léa : -30% ce week-end ! STOP au 36173"\n`,
        'recipients.csv': csv,
      });
      if (diagnostics.filter((d) => d.ruleId === 'message-encoding').length !== 5)
        throw new Error('each row’s message should be judged');
    },
  },
];

async function main() {
  console.log(
    `long texts (CPU seconds, the verdict; wall seconds), load average ${os.loadavg()[0].toFixed(1)}`,
  );
  let failed = 0;
  for (const c of CASES) {
    const t = await timed(() => c.run());
    const pass = t.cpu <= c.limit;
    if (!pass) failed++;
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  ${c.name}: ${t.cpu.toFixed(2)} s CPU (target ≤ ${c.limit} s), ${t.wall.toFixed(2)} s wall`,
    );
  }
  if (failed && process.argv.includes('--strict')) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
