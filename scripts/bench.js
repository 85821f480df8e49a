#!/usr/bin/env node
// `npm run bench`: generates deterministic recipient files (100k, 1M, 5M rows by default, plus a
// Windows-1252 and a 20-column variant of the smallest), lints each with the recommended rules, and
// compares with a bare csv-parse pass over the same file, each in its own process so peak RSS is
// measured cleanly. Sizes: `npm run bench -- 100000 1000000`.
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
// Best wall time of several runs (the machine's noise only ever adds time), largest peak RSS. The
// measures of one file take turns (bare, objects, lint, bare, …) so a slow spell of the machine
// weighs on all of them alike.
function measureInTurns(plan, runs) {
  const results = plan.map(() => []);
  for (let run = 0; run < runs; run++)
    plan.forEach(([mode, file], i) => results[i].push(measureOnce(mode, file)));
  return results.map((list) => ({
    rows: list[0].rows,
    seconds: Math.min(...list.map((r) => r.seconds)),
    maxRssMb: Math.max(...list.map((r) => r.maxRssMb)),
  }));
}

function measureOnce(mode, file) {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=4096', __filename, '--child', mode, file],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

async function child(mode, file) {
  const started = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'csv-parse' || mode === 'csv-parse-objects') {
    // The bare pass: parse, nothing else (UTF-8 bytes go straight to csv-parse, as the linter does;
    // Windows-1252 is decoded first); records as arrays, or as objects (columns: true).
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
  console.log(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * The .xlsx variant, on its own line: lint time and peak RSS (no bare parser to compare with).
 * `withCsv`: the same rows as CSV linted in turns with it, for a figure taken in the same conditions.
 */
function benchWorkbook(count, runs = count >= 1000000 ? 2 : 3, withCsv = false) {
  const xlsx = ensureWorkbook(count);
  const manifest = ensureManifest(xlsx, count);
  const plan = [['lint', manifest]];
  if (withCsv) plan.push(['lint', ensureManifest(ensureFile(count, ''), count)]);
  const [linted, csv] = measureInTurns(plan, runs);
  if (csv)
    console.log(
      `${`recipients-v3-${count}.csv (same turns)`.padEnd(34)} ${String(csv.rows).padStart(8)} ${'(csv)'.padStart(12)}   ${csv.seconds.toFixed(2).padStart(22)} s ${Math.round(
        csv.rows / csv.seconds,
      )
        .toString()
        .padStart(10)} ${'—'.padStart(26)} ${csv.maxRssMb.toFixed(0).padStart(14)} MB`,
    );
  console.log(
    `${path.basename(xlsx).padEnd(34)} ${String(linted.rows).padStart(8)} ${'(workbook)'.padStart(12)}   ${linted.seconds.toFixed(2).padStart(22)} s ` +
      `${Math.round(linted.rows / linted.seconds)
        .toString()
        .padStart(10)} ${'—'.padStart(26)} ${linted.maxRssMb.toFixed(0).padStart(14)} MB`,
  );
}

async function main() {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4]);
  // `npm run bench -- --xlsx 1000000`: only the workbook variant, at these sizes.
  // `--runs 1` for one run each; `--with-csv` lints the same rows as CSV in turns with it.
  if (process.argv.includes('--xlsx')) {
    const at = process.argv.indexOf('--runs');
    const runs = at > 0 ? Number(process.argv[at + 1]) : undefined;
    const sizes = process.argv
      .slice(2)
      .filter((a, i, all) => all[i - 1] !== '--runs')
      .map(Number)
      .filter(Boolean);
    for (const n of sizes) benchWorkbook(n, runs, process.argv.includes('--with-csv'));
    return;
  }
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const plan = (sizes.length ? sizes : [100000, 1000000, 5000000]).map((n) => [n, '']);
  plan.splice(1, 0, [plan[0][0], 'latin1'], [plan[0][0], 'wide']); // variants of the smallest size
  console.log(
    'file                                  rows   bare csv-parse (arrays / objects)   lint (recommended)     rows/s   ratio (arrays / objects)   peak RSS (lint / bare)',
  );
  for (const [count, variant] of plan) {
    const csv = ensureFile(count, variant);
    const manifest = ensureManifest(csv, count);
    const runs = count >= 5000000 ? 2 : 5;
    const [bare, objects, linted] = measureInTurns(
      [
        ['csv-parse', csv],
        ['csv-parse-objects', csv],
        ['lint', manifest],
      ],
      runs,
    );
    console.log(
      `${path.basename(csv).padEnd(34)} ${String(linted.rows).padStart(8)} ${bare.seconds.toFixed(2).padStart(12)} s / ${objects.seconds.toFixed(2)} s ${linted.seconds.toFixed(2).padStart(18)} s ` +
        `${Math.round(linted.rows / linted.seconds)
          .toString()
          .padStart(
            10,
          )} ${(linted.seconds / bare.seconds).toFixed(2).padStart(10)}× / ${(linted.seconds / objects.seconds).toFixed(2)}× ${linted.maxRssMb.toFixed(0).padStart(14)} MB / ${bare.maxRssMb.toFixed(0)} MB`,
    );
  }
  // A separate variant: the 1M-row sheet of an Excel workbook (the CSV measurements above are unchanged).
  benchWorkbook(1000000);
}

// The generator is shared with scripts/bench-html.js.
module.exports = { ensureFile, DATA };
if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
