#!/usr/bin/env node
// The HTML report of a huge campaign with many findings: how big it is, how long it takes to write,
// and how long headless chromium takes to open it. Sizes as arguments (default 1,000,000 rows);
// the recipients come from scripts/bench.js's generator. Needs `npm run build` and chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Usage: node scripts/bench-html.js [rows…]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ensureFile } = require('./bench');

const ROOT = path.join(__dirname, '..');

/** Sends from 19:00 Paris over two hours: about half the recipients are past 20:00 (many findings). */
function lateManifest(csv, count) {
  const manifest = csv.replace(/\.csv$/, '.late.campaign.yaml');
  fs.writeFileSync(
    manifest,
    [
      `name: Bench late ${path.basename(csv)}`,
      'channel: sms',
      'purpose: marketing',
      'advertiser: Boutique Léa',
      'sender: BOUTIQLEA',
      'message: "Boutique Léa : -30% ce soir pour {prenom} ! STOP au 36173"',
      'send_at: 2027-01-13T19:00',
      `rate_per_minute: ${Math.ceil(count / 120)}`,
      'recipients:',
      `  file: ${path.basename(csv)}`,
      '',
    ].join('\n'),
  );
  return manifest;
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const { lint, loadConfig, streamingFormatters } = require(path.join(ROOT, 'dist/src/index.js'));
  const { chromium } = require('playwright-core');
  for (const count of sizes.length ? sizes : [1000000]) {
    const csv = ensureFile(count, '');
    const manifest = lateManifest(csv, count);
    const cwd = path.dirname(manifest);
    let started = Date.now();
    const result = await lint([manifest], { cwd, config: await loadConfig({ cwd }), summary: true });
    const lintSeconds = (Date.now() - started) / 1000;
    const out = path.join(os.tmpdir(), `campaign-lint-bench-${count}.html`);
    started = Date.now();
    const chunks = [];
    streamingFormatters.html(result, { lang: 'fr', showPii: false, color: false }, (s) => chunks.push(s));
    fs.writeFileSync(out, chunks.join(''));
    const formatSeconds = (Date.now() - started) / 1000;
    const bytes = fs.statSync(out).size;
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    const page = await context.newPage();
    started = Date.now();
    await page.goto(`file://${out}`, { waitUntil: 'load' });
    const loadSeconds = (Date.now() - started) / 1000;
    // Layout of the whole page (what printing to PDF needs).
    started = Date.now();
    const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
    const layoutSeconds = (Date.now() - started) / 1000;
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    console.log(
      `${count} rows: ${result.errorCount} errors, ${result.warningCount} warnings; lint ${lintSeconds.toFixed(1)} s; ` +
        `html ${(bytes / 1024).toFixed(0)} KiB written in ${formatSeconds.toFixed(2)} s; ` +
        `chromium load ${loadSeconds.toFixed(2)} s, full layout ${layoutSeconds.toFixed(2)} s (${height} px); ${out}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
