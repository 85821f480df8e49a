#!/usr/bin/env node
// `npm run bench:plan`: `campaign-lint plan` against `campaign-lint` (lint) on the same campaign of
// the bench's generated recipients (1M rows by default; sizes as arguments), each in its own process,
// taking turns: best wall time, CPU time and peak RSS of each. Target (issue 26): plan ≤ 1.5× lint,
// peak RSS < 250 MB. The plan's files go to a folder of bench-data/ and are removed after each run.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureFile, DATA } = require('./bench');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 3));

/** The bench's campaign: two hours of sending from 14:00 Paris; the Pacific's numbers wait for their morning. */
function manifestFor(csv, count) {
  const manifest = csv.replace(/\.csv$/, '-plan.campaign.yaml');
  fs.writeFileSync(
    manifest,
    [
      `name: Bench plan ${path.basename(csv)}`,
      'channel: sms',
      'purpose: marketing',
      'advertiser: Boutique Léa',
      'sender: BOUTIQLEA',
      'message: "Boutique Léa : -30% ce week-end pour {prenom} ! STOP au 36173"',
      'send_at: 2027-01-13T14:00',
      `rate_per_minute: ${Math.ceil(count / 120)}`,
      'recipients:',
      `  file: ${path.basename(csv)}`,
      '',
    ].join('\n'),
  );
  return manifest;
}

async function child(mode, manifest) {
  const started = process.hrtime.bigint();
  const cwd = path.dirname(manifest);
  const out = path.join(cwd, `plan-out-${process.pid}`);
  let exit;
  if (mode === 'lint') {
    // As `campaign-lint <manifest> -f json` does: lint, then the JSON report to a sink.
    const { lint, loadConfig, streamingFormatters } = require(path.join(ROOT, 'dist/src/index.js'));
    const result = await lint([manifest], { cwd, config: await loadConfig({ cwd }) });
    if (result.failures.length) throw result.failures[0];
    streamingFormatters.json(result, { lang: 'en', showPii: false, color: false }, () => undefined);
    exit = result.errorCount > 0 ? 1 : 0;
  } else {
    const { planCommand } = require(path.join(ROOT, 'dist/src/cli/plan.js'));
    const flags = { output: out, within: 14, tier: 'warning', format: 'json', rule: [] };
    exit = await planCommand(manifest, flags, 'en', {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd,
    });
    fs.rmSync(out, { recursive: true, force: true });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      exit,
      seconds,
      cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      maxRssMb: usage.maxRSS / 1024,
    }),
  );
}

function measure(mode, manifest) {
  const run = spawnSync(process.execPath, [__filename, '--child', mode, manifest], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

function main() {
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
  console.log('rows        lint best (cpu)      plan best (cpu)      plan/lint   peak RSS lint / plan');
  for (const count of sizes.length ? sizes : [1000000]) {
    const manifest = manifestFor(ensureFile(count, ''), count);
    const results = { lint: [], plan: [] };
    for (let run = 0; run < RUNS; run++)
      for (const mode of ['lint', 'plan']) results[mode].push(measure(mode, manifest));
    const best = (list) => ({
      seconds: Math.min(...list.map((r) => r.seconds)),
      cpu: Math.min(...list.map((r) => r.cpu)),
      maxRssMb: Math.max(...list.map((r) => r.maxRssMb)),
    });
    const lint = best(results.lint);
    const plan = best(results.plan);
    const ratio = plan.seconds / lint.seconds;
    console.log(
      `${String(count).padEnd(10)} ${lint.seconds.toFixed(2).padStart(7)} s (${lint.cpu.toFixed(2)} s) ` +
        `${plan.seconds.toFixed(2).padStart(8)} s (${plan.cpu.toFixed(2)} s) ${ratio.toFixed(2).padStart(10)}× ` +
        `${lint.maxRssMb.toFixed(0).padStart(10)} MB / ${plan.maxRssMb.toFixed(0)} MB` +
        `   ${ratio <= 1.5 && plan.maxRssMb < 250 ? 'PASS' : 'FAIL'} (≤ 1.5×, < 250 MB)`,
    );
  }
  fs.mkdirSync(DATA, { recursive: true });
}

if (args[0] === '--child')
  child(args[1], args[2]).catch((error) => {
    console.error(error);
    process.exit(3);
  });
else main();
