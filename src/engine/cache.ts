import { createHash } from 'crypto';
import { existsSync, promises as fs, readFileSync, realpathSync, statSync } from 'fs';
import path from 'path';
import { maskCell, maskPhone } from '../base/mask';
import { PACKAGE_ROOT, VERSION } from '../base/package-root';
import { fileStamp } from '../read/files';
import type { CampaignResult, DataValue, Diagnostic, Localized, Severity } from '../base/types';
import type { ResolvedConfig } from './config';
import { campaignResult, type CampaignCache } from './lint';

// --cache: the result of a campaign whose inputs are all unchanged is taken from the cache file
// instead of linting it again (ESLint's --cache, which matters most to a pre-commit hook over large
// recipient files). Rules of the cache:
// - "Unchanged" is proven by content: every input (manifest, message file, recipients, opt-out
//   lists, history) is hashed whole (SHA-256, streamed), never judged by its size and modification
//   time, which a copy, a checkout or an export can keep while the content changes. The run's own
//   part — campaign-lint's version and code, its dependencies, Node and its time-zone data, the
//   resolved rule settings, every plugin file — is in the same fingerprint.
// - Fail closed: a cache that cannot be read, is not JSON or not of this format is ignored (every
//   campaign is linted); an entry is only used when its fingerprint matches exactly; a campaign that
//   failed is never stored; an input that changed while it was linted is not stored.
// - No phone number in clear: recipients and cell values are stored as reports show them by default
//   (masked); a run that shows them (--show-pii) lints again. The HTML page's summary (personalised
//   texts) is not stored either: a run that draws it lints again.

const FORMAT = 1;
/** The default cache file, in the current folder (ESLint's is .eslintcache). */
export const CACHE_FILE = '.campaignlintcache';
/** Campaigns with more diagnostics than this are not stored (the cache would outgrow the run it saves). */
const MAX_STORED_DIAGNOSTICS = 200_000;
/** A plugin folder with more files than this makes the run uncacheable rather than slow to fingerprint. */
const MAX_PLUGIN_FILES = 2_000;
const SOURCE = /\.(?:[cm]?js|json|[cm]?ts)$/;

type DiagnosticKind = [
  ruleId: string,
  severity: Severity,
  messageId: string,
  template: Localized,
  fix: Localized | null,
];
/**
 * The diagnostics of a result, stored by columns of numbers (quick to read back: a hundred
 * thousand diagnostics are a few flat arrays, not a hundred thousand objects): per diagnostic its
 * kind, file and column (indexes into `kinds` and `strings`; -1 for no column), line (-1 for none),
 * recipient (masked; null for none). `data` holds, one diagnostic after the other, the index of its
 * names in `shapes` (-1 for no data) then one index into `values` per name: the texts many
 * diagnostics repeat are stored once.
 */
interface StoredDiagnostics {
  readonly kind: number[];
  readonly file: number[];
  readonly line: number[];
  readonly column: number[];
  readonly recipient: Array<string | null>;
  readonly data: number[];
}
interface StoredResult {
  readonly fields: Record<string, unknown>;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly kinds: DiagnosticKind[];
  readonly strings: string[];
  readonly shapes: string[][];
  readonly values: DataValue[];
  readonly diagnostics: StoredDiagnostics;
}
interface Entry {
  readonly fingerprint: string;
  readonly result: StoredResult;
}

/** The cache of a run, as the CLI holds it: read once, written once (by the CLI, atomically). */
export interface CacheFile extends CampaignCache {
  /** The cache's new content, or null when nothing changed. */
  serialize(): string | null;
  /** How many campaigns were taken from the cache. */
  readonly hits: number;
}

export interface CacheOptions {
  readonly cwd: string;
  readonly config: ResolvedConfig;
  readonly allowOutside?: boolean;
  /** Results are not taken from the cache (--show-pii, the HTML page): they are still stored. */
  readonly storeOnly?: boolean;
}

/** Opens the cache file of a run (a missing, unreadable or foreign file is an empty cache). */
export async function openCache(file: string, options: CacheOptions): Promise<CacheFile> {
  const entries = readEntries(file);
  const before = entries.size;
  const run = await runFingerprint(options);
  let changed = false;
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    async slot(manifest, manifestStamp, inputs) {
      if (run === null || manifestStamp === null) return undefined;
      const files = [...new Set([manifest, ...inputs].map((f) => path.resolve(options.cwd, f)))];
      const stamps = [manifestStamp, ...files.slice(1).map(fileStamp)];
      if (stamps.includes(null)) return undefined;
      const digests = await Promise.all(files.map(digestFile));
      if (digests.includes(null)) return undefined;
      // Where each file really is counts too: a link moved outside the project must be refused again.
      const fingerprint = sha256(
        JSON.stringify({ run, files: files.map((f, i) => [f, realPath(f), digests[i]]) }),
      );
      const key = files[0];
      return {
        hit() {
          const entry = entries.get(key);
          if (options.storeOnly || entry?.fingerprint !== fingerprint) return undefined;
          const result = revive(entry.result, options.cwd);
          if (result) hits++;
          return result;
        },
        store(result) {
          if (files.some((f, i) => fileStamp(f) !== stamps[i])) return;
          const stored = storedResult(result);
          if (stored) {
            entries.set(key, { fingerprint, result: stored });
            changed = true;
          }
        },
      };
    },
    serialize() {
      // Campaigns whose manifest is gone are dropped.
      for (const key of [...entries.keys()])
        if (!existsSync(key)) {
          entries.delete(key);
          changed = true;
        }
      if (!changed && entries.size === before) return null;
      return `${JSON.stringify({ campaignLintCache: FORMAT, entries: Object.fromEntries(entries) })}\n`;
    },
  };
}

function readEntries(file: string): Map<string, Entry> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!isObject(data) || data.campaignLintCache !== FORMAT || !isObject(data.entries)) return new Map();
    return new Map(
      Object.entries(data.entries).filter(
        (pair): pair is [string, Entry] =>
          isObject(pair[1]) && typeof pair[1].fingerprint === 'string' && isObject(pair[1].result),
      ),
    );
  } catch {
    return new Map();
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's content digest, streamed (a million-row CSV is never held whole); null when it cannot be read. */
async function digestFile(file: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    const handle = await fs.open(file, 'r');
    try {
      const size = (await handle.stat()).size;
      const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(size + 1, 1 << 20)));
      for (let read = -1; read !== 0; ) {
        read = (await handle.read(buffer, 0, buffer.length, null)).bytesRead;
        hash.update(buffer.subarray(0, read));
      }
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  return hash.digest('hex');
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * What every campaign's result depends on besides its own files: this campaign-lint (version and
 * the digest of its code and of its dependencies' package files), Node (its ICU and time-zone data
 * place send times), the folder paths are reported from, the confinement, the resolved settings of
 * every rule, and every plugin file. Null when a plugin cannot be fingerprinted (then nothing is cached).
 */
async function runFingerprint(options: CacheOptions): Promise<string | null> {
  const { config } = options;
  const plugins = await pluginDigests(config.pluginFiles ?? []);
  if (plugins === null) return null;
  return sha256(
    JSON.stringify({
      format: FORMAT,
      version: VERSION,
      code: await toolDigest(),
      node: [process.versions.node, process.versions.icu, process.versions.tz, process.versions.unicode],
      cwd: realPath(options.cwd),
      allowOutside: !!options.allowOutside,
      preset: config.preset,
      rules: [...config.rules]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, setting]) => [id, setting.severity, setting.options]),
      plugins,
    }),
  );
}

/** Files under a folder (sources only), sorted; node_modules and dot-folders skipped; null past the bound. */
async function sourceFiles(dir: string, found: string[] = []): Promise<string[] | null> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if ((await sourceFiles(full, found)) === null) return null;
    } else if (SOURCE.test(entry.name)) found.push(full);
    if (found.length > MAX_PLUGIN_FILES) return null;
  }
  return found;
}

/** Digests of small files (code, package files), read whole one after the other: quicker than streams. */
const digestAll = (files: readonly string[]) =>
  files.map((f) => {
    try {
      return [f, createHash('sha256').update(readFileSync(f)).digest('hex')] as const;
    } catch {
      return [f, null] as const;
    }
  });

/** campaign-lint's own code (the compiled rules and engine it runs) and its dependencies' package.json files. */
const toolDigest = (() => {
  let digest: Promise<string> | undefined;
  return () =>
    (digest ??= (async () => {
      const code = (await sourceFiles(path.join(PACKAGE_ROOT, 'dist'))) ?? [];
      const own = path.dirname(__dirname);
      const running = code.length > 0 ? code : ((await sourceFiles(own)) ?? []);
      const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      const dependencies = Object.keys(pkg.dependencies ?? {})
        .sort()
        .map((name) => dependencyPackage(name))
        .filter((f): f is string => f !== null);
      return sha256(JSON.stringify(digestAll([...running, ...dependencies])));
    })());
})();

/** A dependency's package.json, where Node would find it from campaign-lint's folder. */
function dependencyPackage(name: string): string | null {
  for (let dir = PACKAGE_ROOT; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * Every plugin's files: the folder of its module (all its sources: an ES module's imports cannot be
 * listed, its neighbours can) and whatever CommonJS loaded for it. A plugin named by package is
 * found as Node finds it. Null when a plugin cannot be found or its folder is too large.
 */
async function pluginDigests(
  pluginFiles: readonly string[],
): Promise<ReadonlyArray<readonly [string, string | null]> | null> {
  const files = new Set<string>();
  for (const spec of pluginFiles) {
    let file = spec;
    if (!path.isAbsolute(spec)) {
      try {
        file = require.resolve(spec);
      } catch {
        return null;
      }
    }
    files.add(file);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
    const neighbours = await sourceFiles(path.dirname(file));
    if (neighbours === null) return null;
    neighbours.forEach((f) => files.add(f));
  }
  const digests = digestAll([...files].sort());
  return digests.some(([, d]) => d === null) ? null : digests;
}

/** Indexes of distinct values in a table (by a key), for the stored result's tables. */
class Table<T> {
  readonly list: T[] = [];
  private readonly index = new Map<string, number>();
  of(key: string, value: T): number {
    let at = this.index.get(key);
    if (at === undefined) this.index.set(key, (at = this.list.push(value) - 1));
    return at;
  }
}

/** A result as stored: diagnostics in compact tables, recipients and cell values masked. */
function storedResult(result: CampaignResult): StoredResult | null {
  if (result.errorCount + result.warningCount > MAX_STORED_DIAGNOSTICS) return null;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(result))
    if (!NOT_FIELDS.has(key)) fields[key] = (result as unknown as Record<string, unknown>)[key];
  // The file's identity is taken again when the result is read back.
  const recipients: Record<string, unknown> = { ...result.recipients };
  delete recipients.stamp;
  fields.recipients = recipients;
  const kinds = new Table<DiagnosticKind>();
  const strings = new Table<string>();
  const shapes = new Table<string[]>();
  const values = new Table<DataValue>();
  const diagnostics: StoredDiagnostics = {
    kind: [],
    file: [],
    line: [],
    column: [],
    recipient: [],
    data: [],
  };
  for (const d of result.eachDiagnostic()) {
    if (diagnostics.kind.length >= MAX_STORED_DIAGNOSTICS) return null;
    const kind: DiagnosticKind = [d.ruleId, d.severity, d.messageId, d.template, d.fix ?? null];
    diagnostics.kind.push(kinds.of(JSON.stringify(kind), kind));
    diagnostics.file.push(strings.of(d.file, d.file));
    diagnostics.line.push(d.line ?? -1);
    diagnostics.column.push(d.column === undefined ? -1 : strings.of(d.column, d.column));
    diagnostics.recipient.push(d.recipient === undefined ? null : maskPhone(d.recipient));
    const names = Object.keys(d.data);
    diagnostics.data.push(names.length > 0 ? shapes.of(names.join('\0'), names) : -1);
    for (const name of names) {
      const value = d.data[name];
      const stored = typeof value === 'object' && 'cell' in value ? { cell: maskCell(value.cell) } : value;
      diagnostics.data.push(values.of(JSON.stringify(stored), stored));
    }
  }
  return {
    fields,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    kinds: kinds.list,
    strings: strings.list,
    shapes: shapes.list,
    values: values.list,
    diagnostics,
  };
}

/** The result's own fields: the diagnostics are stored apart, the summary not at all. */
const NOT_FIELDS = new Set(['diagnostics', 'eachDiagnostic', 'errorCount', 'warningCount', 'summary']);

/** A stored result as a CampaignResult again; undefined when the entry is not of the shape stored. */
function revive(stored: StoredResult, cwd: string): CampaignResult | undefined {
  const { fields, kinds, strings, shapes, values, diagnostics: columns } = stored;
  if (!isObject(fields) || !isObject(fields.recipients) || typeof fields.recipients.file !== 'string')
    return undefined;
  if (!['file', 'name', 'channel', 'purpose'].every((key) => typeof fields[key] === 'string'))
    return undefined;
  if (!isIndex(fields.recipientCount, Infinity)) return undefined;
  if (!Array.isArray(fields.rules) || !fields.rules.every((id) => typeof id === 'string')) return undefined;
  if (![kinds, strings, shapes, values].every(Array.isArray) || !isObject(columns)) return undefined;
  if (typeof stored.errorCount !== 'number' || typeof stored.warningCount !== 'number') return undefined;
  if (!kinds.every(validKind) || !strings.every((s) => typeof s === 'string')) return undefined;
  if (!shapes.every((names) => Array.isArray(names) && names.every((n) => typeof n === 'string')))
    return undefined;
  if (!values.every(validValue)) return undefined;
  const { kind, file, line, column, recipient, data } = columns;
  const count = Array.isArray(kind) ? kind.length : -1;
  if (![file, line, column, recipient].every((c) => Array.isArray(c) && c.length === count)) return undefined;
  if (!Array.isArray(data)) return undefined;
  // Every index in range, every data run the length of its shape: checked before a report reads it.
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (!isIndex(kind[i], kinds.length) || !isIndex(file[i], strings.length)) return undefined;
    if (!(line[i] === -1 || isIndex(line[i], Infinity))) return undefined;
    if (!(column[i] === -1 || isIndex(column[i], strings.length))) return undefined;
    if (!(recipient[i] === null || typeof recipient[i] === 'string')) return undefined;
    const shape = data[at++];
    if (shape === -1) continue;
    if (!isIndex(shape, shapes.length)) return undefined;
    for (let n = shapes[shape].length; n > 0; n--) if (!isIndex(data[at++], values.length)) return undefined;
  }
  if (at !== data.length) return undefined;
  const recipients = fields.recipients as unknown as CampaignResult['recipients'];
  // The recipients file's identity now (--write-clean proves with it that it reads the same file).
  const stamp = fileStamp(path.resolve(cwd, recipients.file));
  const each = function* (): Generator<Diagnostic> {
    let at = 0;
    for (let i = 0; i < count; i++) {
      const [ruleId, severity, messageId, template, fix] = kinds[kind[i]];
      const filled: Record<string, DataValue> = {};
      const shape = data[at++];
      if (shape !== -1) for (const name of shapes[shape]) filled[name] = values[data[at++]];
      const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
        ruleId,
        severity,
        messageId,
        template,
        data: filled,
        file: strings[file[i]],
      };
      if (line[i] !== -1) d.line = line[i];
      if (column[i] !== -1) d.column = strings[column[i]];
      if (recipient[i] !== null) d.recipient = recipient[i] as string;
      if (fix !== null) d.fix = fix;
      yield d;
    }
  };
  return campaignResult(
    {
      ...(fields as unknown as Parameters<typeof campaignResult>[0]),
      recipients: { ...recipients, ...(stamp ? { stamp } : {}) },
    },
    each,
    stored.errorCount,
    stored.warningCount,
  );
}

const isBoth = (value: unknown): value is { en: string; fr: string } =>
  isObject(value) && typeof value.en === 'string' && typeof value.fr === 'string';
const isLocalized = (value: unknown): value is Localized => typeof value === 'string' || isBoth(value);

const validKind = (kind: unknown): kind is DiagnosticKind =>
  Array.isArray(kind) &&
  kind.length === 5 &&
  typeof kind[0] === 'string' &&
  (kind[1] === 'error' || kind[1] === 'warning') &&
  typeof kind[2] === 'string' &&
  isLocalized(kind[3]) &&
  (kind[4] === null || isLocalized(kind[4]));

const isIndex = (value: unknown, length: number) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

const validValue = (value: unknown): value is DataValue =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  isBoth(value) ||
  (isObject(value) && typeof value.cell === 'string');
