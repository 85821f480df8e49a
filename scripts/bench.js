#!/usr/bin/env node
// `npm run bench`: generates deterministic recipient files (100k, 1M, 5M rows by default, as CSV
// and as an .xlsx workbook, plus a Windows-1252 and a 20-column variant of the smallest size),
// lints each with the recommended rules, and compares with a bare csv-parse pass and a papaparse
// pass over the same file: best and median of interleaved runs, CPU time and peak RSS, each in its
// own process. Then a small campaign against a bare `node` start. Ends with PASS/FAIL against each
// target of docs/performance.md (`--strict`: exit code 1 when one is missed).
// `npm run bench -- 100000 1000000 --runs 3 --no-xlsx --no-variants`.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const DATA = path.join(ROOT, 'bench-data');

// --- deterministic data -------------------------------------------------------------------------
// Numbers are distinct except for the 1% of rows that repeat a recent one (as real exports do):
// each normalised number space hands out its numbers through a fixed permutation of a counter, so
// two forms of one space (06…, +33 6…, 0033 6…) never collide by chance and duplicates stay at 1% at
// every size instead of growing with the square of the row count.
function* rows(count) {
  let seed = 20270113;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const digits = (n) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');
  const pairs = (s) => s.replace(/(\d\d)(?=\d)/g, '$1 ');
  // A space of `size` numbers: the n-th call gives a distinct one (n·a + c mod size, gcd(a, size) = 1).
  const space = (size) => {
    let n = 0;
    return () => (n++ * 62615533 + 12345) % size;
  };
  const pad = (v, width) => String(v).padStart(width, '0');
  const metroMobile = space(1.5e8); // 6xxxxxxxx and 7[4-8]xxxxxxx, however they are typed
  const mobile = () => {
    const v = metroMobile();
    return v < 1e8 ? `6${pad(v, 8)}` : `7${4 + Math.floor((v - 1e8) / 1e7)}${pad(v % 1e7, 7)}`;
  };
  const firstThen = (next, firsts, rest) => () => {
    const v = next();
    return `${firsts[Math.floor(v / 10 ** rest)]}${pad(v % 10 ** rest, rest)}`;
  };
  const reunion692 = firstThen(space(8e5), '12345678', 5);
  const guadeloupe690 = firstThen(space(1e6), '0123456789', 5);
  const martinique696 = firstThen(space(1e6), '0123456789', 5);
  const guyane694 = firstThen(space(3e5), '012', 5);
  const mayotte639 = firstThen(space(3e5), '267', 5);
  const names = [
    'Léa',
    'Chloé',
    'Hélène',
    'Zoé',
    'Noël',
    'François',
    'Agnès',
    'Jérôme',
    'Inès',
    'Maël',
    'Paul',
    'Marc',
  ];
  const postal = ['75011', '69003', '13001', '67000', '68100', '57000', '33000', '59000', '31000', '44000'];
  // Weights per 1,000 rows: mostly metropolitan mobiles typed every way, overseas mobiles in
  // national and international form, and a few percent of rows a linter exists for.
  const forms = [
    [400, () => pairs(`0${mobile()}`)],
    [120, () => `0${mobile()}`],
    [100, () => mobile().replace(/^(\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '+33 $1 $2 $3 $4 $5')],
    [60, () => `0033${mobile()}`],
    [60, () => `33${mobile()}`],
    [60, () => pairs(`0${mobile()}`).replace(/ /g, '.')],
    [50, () => `0692 ${pairs(reunion692())}`],
    [30, () => `+262 692 ${pairs(reunion692())}`],
    [25, () => `0690 ${pairs(guadeloupe690())}`],
    [25, () => `+596 696 ${pairs(martinique696())}`],
    [20, () => `0694${guyane694()}`],
    [15, () => `+33 6 39 ${pairs(mayotte639())}`], // Mayotte typed as a metropolitan number
    [12, () => `0${pick(['1', '2', '3', '4', '5', '9'])}${digits(8)}`], // fixed lines and VoIP
    [8, () => `+${pick(['32 470', '41 79', '44 7400', '49 151'])}${digits(6)}`], // abroad
    [3, () => `+687 ${pick(['7', '8', '9'])}${digits(5)}`], // New Caledonia
    [12, () => pick(['', 'inconnu', `06${digits(7)}`, '0000'])], // empty or invalid
  ];
  const total = forms.reduce((n, [w]) => n + w, 0);
  const recent = new Array(4096).fill('06 12 34 56 78');
  yield 'phone;prenom;consent;consent_date;customer;postal_code';
  for (let i = 0; i < count; i++) {
    let phone;
    if (random() < 0.01)
      phone = pick(recent); // a repeat of one of the last rows
    else {
      let r = random() * total;
      for (const [w, make] of forms)
        if ((r -= w) < 0) {
          phone = make();
          break;
        }
      recent[i % recent.length] = phone;
    }
    const consent = random() < 0.985 ? pick(['oui', 'Oui', 'yes', '1', 'x']) : pick(['non', '', 'no']);
    const date = `${random() < 0.02 ? '2023' : pick(['2025', '2026'])}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    yield `${phone};${pick(names)};${consent};${random() < 0.5 ? date : date.split('-').reverse().join('/')};${random() < 0.01 ? 'oui' : ''};${pick(postal)}`;
  }
}

// The wide variant: the export of a CRM with 14 more columns (about 225 characters a row).
const WIDE_HEADERS =
  ';adresse;ville;email;segment;magasin;produit;canal;code_promo;date_achat;montant;fidelite;civilite;nom;commentaire';
const wideCells = (n) =>
  `;${12 + (n % 97)} rue de la République;Villeurbanne;client${n}@exemple.fr;premium;Lyon Part-Dieu;` +
  `Chaussures de randonnée;web;PROMO${n % 97};2025-0${1 + (n % 9)}-1${n % 9};${(n % 97) * 3.5};or;Mme;Dupont-Martin;Client fidèle depuis 2019`;

/** variant: '' (UTF-8, LF), 'latin1' (Windows-1252, CRLF) or 'wide' (20 columns). */
function ensureFile(count, variant) {
  const latin1 = variant === 'latin1';
  const file = path.join(DATA, `recipients-v3-${count}${variant ? `-${variant}` : ''}.csv`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(DATA, { recursive: true });
  const iconv = require('iconv-lite');
  const fd = fs.openSync(`${file}.tmp`, 'w');
  let chunk = '';
  const eol = latin1 ? '\r\n' : '\n';
  let n = 0;
  for (const line of rows(count)) {
    chunk += (variant === 'wide' ? line + (n++ === 0 ? WIDE_HEADERS : wideCells(n)) : line) + eol;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, latin1 ? iconv.encode(chunk, 'win1252') : chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, latin1 ? iconv.encode(chunk, 'win1252') : chunk);
  fs.closeSync(fd);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/**
 * The workbook variant: the same rows in an .xlsx sheet (as Excel saves it: every text cell in the
 * shared strings table, the phone column typed as text), written by scripts/xlsx-writer.js.
 */
function ensureWorkbook(count) {
  const file = path.join(DATA, `recipients-v3-${count}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(DATA, { recursive: true });
  const { writeXlsx } = require('./xlsx-writer');
  writeXlsx(`${file}.tmp`, {
    sheets: [
      {
        name: 'Contacts',
        rows: (function* () {
          for (const line of rows(count)) yield line.split(';');
        })(),
      },
    ],
  });
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

function ensureManifest(csv, count) {
  const manifest = csv.replace(/\.csv$/, '.campaign.yaml').replace(/\.xlsx$/, '-xlsx.campaign.yaml');
  fs.writeFileSync(
    manifest,
    [
      `name: Bench ${path.basename(csv)}`,
      'channel: sms',
      'purpose: marketing',
      'advertiser: Boutique Léa',
      'sender: BOUTIQLEA',
      // Two hours of sending from 14:00 Paris: inside every territory's window but the Pacific.
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

// --- measured runs (each in a fresh process) --------------------------------------------------------
// Every measure runs in its own process, so peak RSS is its own. The measures of one size take
// turns (csv-parse, papaparse, lint CSV, lint workbook, csv-parse, …) so a slow spell of the
// machine weighs on all of them alike; each reports its wall time, its CPU time (user + system,
// all threads) and its peak RSS, and the bench keeps the best and the median of each.
const TARGETS = {
  ratioBest: 1.5, // 1M rows: lint ≤ 1.5× the csv-parse pass, best against best
  ratioMedian: 1.7, // … and median against median
  workbook: 1.3, // 1M-row workbook lint ≤ 1.3× the CSV lint
  rssMb: 250, // peak RSS at 1M and 5M
  rssGrowth: 1.3, // 5M peak ≤ 1.3× the 1M peak
  smallStart: 5, // a small campaign ≤ 5× a bare `node` start
};

function measureOnce(mode, file) {
  if (mode === 'node' || mode === 'cli') return measureStart(mode, file);
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=4096', __filename, '--child', mode, file],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(`${mode} ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

// The small campaign, as a user runs it (the CLI, JSON report to standard output, discarded), and
// a bare `node` start: timed from here, spawn included; CPU and RSS from a hook at the child's exit.
const EXIT_HOOK = path.join(DATA, 'exit-hook.js');
function measureStart(mode, file) {
  fs.mkdirSync(DATA, { recursive: true });
  fs.writeFileSync(
    EXIT_HOOK,
    "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, `\\nBENCH ${JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 })}\\n`); });\n",
  );
  const args = mode === 'node' ? ['-e', '0'] : [path.join(ROOT, 'bin/campaign-lint.js'), file, '-f', 'json'];
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', EXIT_HOOK, ...args], {
    encoding: 'utf8',
    cwd: path.dirname(file),
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status === 2 || child.status === null) throw new Error(`${mode} failed: ${child.stderr}`);
  const usage = JSON.parse(/BENCH (.*)/.exec(child.stderr)[1]);
  const rows = mode === 'node' ? 0 : JSON.parse(child.stdout).campaigns[0].recipientCount;
  return { rows, seconds, ...usage };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** plan: [[label, mode, file]]; returns per label { rows, best, median, cpuBest, cpuMedian, rssMb, runs }. */
function measureInTurns(plan, runs) {
  const results = plan.map(() => []);
  for (let run = 0; run < runs; run++)
    plan.forEach(([, mode, file], i) => results[i].push(measureOnce(mode, file)));
  return Object.fromEntries(
    plan.map(([label], i) => {
      const list = results[i];
      return [
        label,
        {
          rows: list[0].rows,
          best: Math.min(...list.map((r) => r.seconds)),
          median: median(list.map((r) => r.seconds)),
          cpuBest: Math.min(...list.map((r) => r.cpu)),
          cpuMedian: median(list.map((r) => r.cpu)),
          rssMb: Math.max(...list.map((r) => r.maxRssMb)),
          runs: list.length,
        },
      ];
    }),
  );
}

async function child(mode, file) {
  const started = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'csv-parse' || mode === 'csv-parse-objects') {
    // The floor: parse, nothing else (UTF-8 bytes go straight to csv-parse, as the linter's
    // csv-parse does; Windows-1252 is decoded first); records as arrays, or as objects.
    const { parse } = require('csv-parse');
    const iconv = require('iconv-lite');
    const input = fs.createReadStream(file);
    const text = file.includes('latin1') ? input.pipe(iconv.decodeStream('win1252')) : input;
    await new Promise((resolve, reject) => {
      text
        .pipe(parse({ delimiter: ';', columns: mode === 'csv-parse-objects' }))
        .on('data', () => rows++)
        .on('end', resolve)
        .on('error', reject);
    });
    if (mode === 'csv-parse') rows--; // header
  } else if (mode === 'papaparse') {
    // Another maintained parser over the same file, for scale: decoded text in, arrays out.
    const Papa = require('papaparse');
    const iconv = require('iconv-lite');
    const input = fs.createReadStream(file);
    const text = input.pipe(iconv.decodeStream(file.includes('latin1') ? 'win1252' : 'utf8'));
    await new Promise((resolve, reject) =>
      Papa.parse(text, {
        delimiter: ';',
        chunk: (results) => (rows += results.data.length),
        complete: resolve,
        error: reject,
      }),
    );
    rows--; // header
  } else {
    const { lint, loadConfig, streamingFormatters } = require(path.join(ROOT, 'dist/src/index.js'));
    const config = await loadConfig({ cwd: path.dirname(file) });
    const result = await lint([file], { cwd: path.dirname(file), config });
    if (result.failures.length) throw result.failures[0];
    rows = result.campaigns[0].recipientCount;
    // Format the report too (JSON to a sink), as the CLI would.
    let bytes = 0;
    streamingFormatters.json(
      result,
      { lang: 'en', showPii: false, color: false },
      (s) => (bytes += s.length),
    );
    process.stderr.write(
      `${result.errorCount} errors, ${result.warningCount} warnings, ${bytes} report chars\n`,
    );
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  console.log(JSON.stringify({ rows, seconds, cpu, maxRssMb: usage.maxRSS / 1024 }));
}

// --- the report ---------------------------------------------------------------------------------------
const os = require('os');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const verdicts = [];
function verdict(name, value, limit, shown) {
  const pass = value <= limit;
  verdicts.push({ name, pass, shown });
  return `${shown} ${pass ? 'PASS' : 'FAIL'}`;
}
const s2 = (x) => `${x.toFixed(2)} s`;
function table(results) {
  console.log(
    `  ${'measure'.padEnd(26)}${'best'.padStart(10)}${'median'.padStart(10)}${'CPU best'.padStart(10)}${'CPU med.'.padStart(10)}${'peak RSS'.padStart(10)}${'rows/s'.padStart(11)}`,
  );
  for (const [label, r] of Object.entries(results))
    console.log(
      `  ${label.padEnd(26)}${s2(r.best).padStart(10)}${s2(r.median).padStart(10)}${s2(r.cpuBest).padStart(10)}${s2(r.cpuMedian).padStart(10)}${`${r.rssMb.toFixed(0)} MB`.padStart(10)}${Math.round(
        r.rows / r.best,
      )
        .toLocaleString('en-US')
        .padStart(11)}`.replace(/ +0$/, ''),
    );
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}

async function main() {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4]);
  // `npm run bench -- 100000 1000000 --runs 3 --no-xlsx --no-variants`
  const runsOption = option('--runs', undefined);
  const sizes = process.argv
    .slice(2)
    .filter((a, i, all) => all[i - 1] !== '--runs')
    .map(Number)
    .filter(Boolean);
  const withXlsx = !process.argv.includes('--no-xlsx');
  const withVariants = !process.argv.includes('--no-variants');
  const cores = os.cpus().length;
  console.log(
    `campaign-lint bench — ${new Date().toISOString()}, ${cores} cores, node ${process.version}, load average at start ${load()}`,
  );
  console.log(
    'Each measure runs in its own process; the measures of a size take turns. best/median: wall time; CPU: user + system of all threads.',
  );
  const peaks = {};
  const EXCEL_LAST_ROW = 1048576;
  for (const count of sizes.length ? sizes : [100000, 1000000, 5000000]) {
    const runs = Number(runsOption ?? (count >= 5000000 ? 3 : 5));
    const csv = ensureFile(count, '');
    const plan = [
      ['csv-parse (floor)', 'csv-parse', csv],
      ['papaparse', 'papaparse', csv],
      ['lint CSV', 'lint', ensureManifest(csv, count)],
    ];
    // Excel's sheets end at row 1,048,576: no workbook holds a header and 5M rows (the reader
    // refuses one as malformed), so that size is measured as CSV only.
    const workbook = withXlsx && count + 1 <= EXCEL_LAST_ROW;
    if (workbook) plan.push(['lint workbook', 'lint', ensureManifest(ensureWorkbook(count), count)]);
    const before = load();
    const results = measureInTurns(plan, runs);
    console.log(
      `\n${count.toLocaleString('en-US')} rows (${path.basename(csv)}), ${runs} runs each, load average ${before} → ${load()}`,
    );
    table(results);
    const floor = results['csv-parse (floor)'];
    const linted = results['lint CSV'];
    const best = linted.best / floor.best;
    const med = linted.median / floor.median;
    const at1M = count === 1000000;
    const line = (name, value, limit) =>
      at1M
        ? verdict(`${name} at 1M`, value, limit, `${value.toFixed(2)}× (target ≤ ${limit}×)`)
        : `${value.toFixed(2)}×`;
    console.log(
      `  lint CSV / csv-parse: best ${line('lint/csv-parse best', best, TARGETS.ratioBest)}, median ${line('lint/csv-parse median', med, TARGETS.ratioMedian)}; papaparse / csv-parse: ${(results.papaparse.best / floor.best).toFixed(2)}×; CPU time lint / csv-parse: ${(linted.cpuBest / floor.cpuBest).toFixed(2)}× (best), ${(linted.cpuMedian / floor.cpuMedian).toFixed(2)}× (median)`,
    );
    if (withXlsx && !workbook)
      console.log(
        `  no workbook at this size: an Excel sheet holds at most ${(EXCEL_LAST_ROW - 1).toLocaleString('en-US')} rows under its header`,
      );
    if (workbook) {
      const wb = results['lint workbook'];
      console.log(
        `  lint workbook / lint CSV: best ${line('workbook/CSV best', wb.best / linted.best, TARGETS.workbook)}, median ${(wb.median / linted.median).toFixed(2)}×; CPU time ${(wb.cpuBest / linted.cpuBest).toFixed(2)}× (best)`,
      );
    }
    peaks[count] = Math.max(linted.rssMb, workbook ? results['lint workbook'].rssMb : 0);
    if (count >= 1000000)
      console.log(
        `  peak RSS of the lint (CSV${workbook ? ', workbook' : ''}): ${verdict(`peak RSS at ${count / 1e6}M`, peaks[count], TARGETS.rssMb, `${peaks[count].toFixed(0)} MB (target < ${TARGETS.rssMb} MB)`)}`,
      );
  }
  if (peaks[1000000] && peaks[5000000])
    console.log(
      `\n5M peak / 1M peak: ${verdict('5M peak / 1M peak', peaks[5000000] / peaks[1000000], TARGETS.rssGrowth, `${(peaks[5000000] / peaks[1000000]).toFixed(2)}× (target ≤ ${TARGETS.rssGrowth}×)`)}`,
    );

  // A small campaign (10 recipients) through the CLI, against a bare `node` start.
  const small = ensureManifest(ensureFile(10, ''), 10);
  const start = measureInTurns(
    [
      ['node (bare start)', 'node', small],
      ['small campaign (CLI)', 'cli', small],
    ],
    Number(runsOption ?? 10),
  );
  console.log(`\nsmall campaign (10 recipients, CLI, JSON report), load average ${load()}`);
  table(start);
  const startRatio = start['small campaign (CLI)'].best / start['node (bare start)'].best;
  console.log(
    `  small campaign / bare node: ${verdict('small campaign / node start', startRatio, TARGETS.smallStart, `${startRatio.toFixed(2)}× (target < ${TARGETS.smallStart}×)`)}`,
  );

  // Variants of the smallest size: Windows-1252 with CRLF, and a 20-column CRM export.
  if (withVariants) {
    const count = sizes.length ? Math.min(...sizes) : 100000;
    for (const variant of ['latin1', 'wide']) {
      const csv = ensureFile(count, variant);
      const results = measureInTurns(
        [
          ['csv-parse (floor)', 'csv-parse', csv],
          ['lint CSV', 'lint', ensureManifest(csv, count)],
        ],
        Number(runsOption ?? 5),
      );
      console.log(`\n${path.basename(csv)}, load average ${load()}`);
      table(results);
      console.log(
        `  lint / csv-parse: best ${(results['lint CSV'].best / results['csv-parse (floor)'].best).toFixed(2)}×`,
      );
    }
  }

  console.log(`\nTargets (issue 28), load average at the end ${load()}:`);
  for (const v of verdicts) console.log(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.name}: ${v.shown}`);
  const failed = verdicts.filter((v) => !v.pass).length;
  console.log(
    failed === 0
      ? 'All targets met.'
      : `${failed} target(s) missed${os.loadavg()[0] > cores ? ` — the machine was loaded (load ${load()} on ${cores} cores): wall-clock ratios are not reliable; compare CPU times` : ''}.`,
  );
  if (failed && process.argv.includes('--strict')) process.exitCode = 1;
}

// The generator is shared with scripts/bench-html.js.
module.exports = { ensureFile, DATA };
if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
