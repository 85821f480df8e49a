import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { promises as fs } from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import { configError, didYouMean, hintDidYouMean, LintFailure } from '../base/failure';
import { isPlainObject, readStructuredFile, type StructuredFile } from '../read/structured';
import { displayPath } from '../read/paths';
import type { Lang, Localized, Rule, Severity, SeveritySetting } from '../base/types';
import { BUILTIN_RULES } from './registry';
import { BUILTIN_FAMILY, pluginNamespace } from './plugin-namespace';
import { describeThrown, guardRun, runGuarded, withTimeout } from './guard';
import { localized } from '../base/messages';
import type { ConfigIgnores } from '../inputs/ignore';

export interface RuleSetting {
  readonly severity: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ResolvedConfig {
  /** The config file used, when there was one. */
  readonly file: string | null;
  readonly preset: 'recommended' | 'strict';
  /** Every known rule (built-in and plugin) by id. */
  readonly registry: ReadonlyMap<string, Rule>;
  readonly rules: ReadonlyMap<string, RuleSetting>;
  /** The config's `ignores` (globs relative to the config's folder), when it has some. */
  readonly ignores?: ConfigIgnores;
  /**
   * The files plugin rules were loaded from (their modules and what CommonJS loaded for them): what
   * --cache hashes, and what no output or --fix may ever replace.
   */
  readonly pluginFiles?: readonly string[];
}

/** What a config file (or the `campaign-lint` key of package.json) may hold. */
export interface ConfigInput {
  extends?: string;
  rules?: Record<string, unknown>;
  plugins?: string[];
  ignores?: string[];
}

const CONFIG_KEYS = ['extends', 'rules', 'plugins', 'ignores'];
const CONFIG_FILES = ['campaign-lint.config.json', 'campaign-lint.config.yaml', 'campaign-lint.config.yml'];
// A Map, not an object: a word typed by the user must never find "constructor" or "toString".
export const SEVERITY_WORDS: ReadonlyMap<string, SeveritySetting> = new Map([
  ['error', 'error'],
  ['warning', 'warning'],
  ['warn', 'warning'],
  ['off', 'off'],
]);
const SEVERITY_HINT = localized('config.severityHint');
export const PRESETS = ['recommended', 'strict'] as const;

/** Searches upward from `cwd` for a config file, unless one is named. */
export async function findConfigFile(cwd: string): Promise<{ file: string; packageKey: boolean } | null> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(dir, name);
      // A config that is a pipe, a device or a dangling link is still the config: reading it fails
      // with a message, where passing it over would lint with other settings and say nothing.
      if (await isPresent(candidate)) return { file: candidate, packageKey: false };
    }
    const pkg = path.join(dir, 'package.json');
    if (await isFile(pkg)) {
      try {
        const json = JSON.parse(await fs.readFile(pkg, 'utf8')) as unknown;
        if (isPlainObject(json) && json['campaign-lint'] !== undefined)
          return { file: pkg, packageKey: true };
      } catch {
        // an unreadable package.json is not ours to judge
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

const isPresent = (file: string) =>
  fs.lstat(file).then(
    () =>
      fs.stat(file).then(
        (s) => !s.isDirectory(),
        () => true,
      ),
    () => false,
  );

const isFile = (file: string) =>
  fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

export interface LoadConfigOptions {
  cwd?: string;
  /** A config file to use instead of searching. */
  configFile?: string;
  /** `id:severity` overrides, as given to `--rule`. */
  ruleOverrides?: readonly string[];
}

/** Finds (or reads the named) config, loads its plugins and validates every rule setting up front. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  let found: { file: string; packageKey: boolean } | null;
  if (options.configFile) {
    const file = path.resolve(cwd, options.configFile);
    if (!(await isFile(file)))
      throw configError(
        displayPath(file, cwd),
        undefined,
        localized('config.notFound'),
        localized('config.notFoundHint'),
      );
    found = { file, packageKey: path.basename(file) === 'package.json' };
  } else {
    found = await findConfigFile(cwd);
  }
  if (!found) return resolveConfig({}, { cwd, ruleOverrides: options.ruleOverrides });
  const display = displayPath(found.file, cwd);
  let source: StructuredFile;
  try {
    source = await readStructuredFile(found.file, display, 'config file');
  } catch (error) {
    throw error instanceof LintFailure
      ? new LintFailure('config', error.text, error.file, error.line, error.hintText)
      : error;
  }
  let data = source.data;
  let prefix = '';
  if (found.packageKey) {
    data = isPlainObject(data) ? data['campaign-lint'] : undefined;
    prefix = 'campaign-lint.';
  }
  return resolveConfig(data ?? {}, {
    cwd,
    file: found.file,
    source,
    prefix,
    ruleOverrides: options.ruleOverrides,
  });
}

interface ResolveContext {
  cwd: string;
  file?: string;
  source?: StructuredFile;
  prefix?: string;
  ruleOverrides?: readonly string[];
  /** Rule objects registered as a plugin's are (checked alike): the rule tester's, or a host's own. */
  pluginRules?: readonly Rule[];
}

/** Validates a config object (as read from a file, or built in code) into rule settings. */
export async function resolveConfig(input: unknown, context: ResolveContext): Promise<ResolvedConfig> {
  const display = context.file ? displayPath(context.file, context.cwd) : '<config>';
  const lineOf = (field: string) => context.source?.fieldLine(`${context.prefix ?? ''}${field}`);
  const fail = (field: string, message: Localized, hint?: Localized): never => {
    throw configError(display, lineOf(field), message, hint);
  };
  if (!isPlainObject(input)) return fail('', localized('config.notMapping'));
  for (const key of Object.keys(input)) {
    // "$schema" points editors at schemas/config.schema.json (JSON config files).
    if (key === '$schema') continue;
    if (!CONFIG_KEYS.includes(key))
      fail(key, localized('config.unknownKey', { key }), hintDidYouMean(key, CONFIG_KEYS));
  }
  const preset =
    input.extends === undefined || input.extends === null
      ? 'recommended'
      : typeof input.extends === 'string'
        ? input.extends
        : JSON.stringify(input.extends);
  if (!PRESETS.includes(preset as (typeof PRESETS)[number]))
    fail(
      'extends',
      localized('config.unknownPreset', { preset }),
      hintDidYouMean(preset, PRESETS) ?? localized('config.unknownPresetHint'),
    );

  const registry = new Map<string, Rule>(BUILTIN_RULES.map((rule) => [rule.meta.id, rule]));
  const pluginFiles: string[] = [];
  const baseDir = context.file ? path.dirname(context.file) : context.cwd;
  const plugins = input.plugins ?? [];
  if (!Array.isArray(plugins) || !plugins.every((p) => typeof p === 'string'))
    fail('plugins', localized('config.pluginsNotList'));
  const ignores = input.ignores ?? [];
  if (!Array.isArray(ignores) || !ignores.every((p) => typeof p === 'string' && p !== ''))
    fail('ignores', localized('ignore.notList'));
  for (const pattern of ignores as string[])
    if (pattern.startsWith('!'))
      fail('ignores', localized('ignore.negated', { pattern }), localized('ignore.negatedHint'));
  const given = (context.pluginRules ?? []).map((rule) =>
    checkPluginRule(rule, undefined, '(given)', display, undefined, undefined),
  );
  const loaded = [{ spec: '(given)', rules: given }];
  for (const spec of plugins as string[]) {
    const before = new Set(Object.keys(requireCache()));
    const plugin = await loadPlugin(spec, baseDir, display, lineOf('plugins'));
    pluginFiles.push(plugin.file, ...filesLoadedFor(plugin.file, before));
    loaded.push({ spec, rules: plugin.rules });
  }
  for (const { spec, rules: pluginRules } of loaded) {
    for (const rule of pluginRules) {
      if (registry.has(rule.meta.id))
        fail(
          'plugins',
          localized('config.pluginRuleExists', { spec, id: rule.meta.id }),
          localized('config.pluginRuleExistsHint'),
        );
      registry.set(rule.meta.id, rule);
    }
  }

  const rules = new Map<string, RuleSetting>();
  for (const [id, rule] of registry)
    rules.set(id, { severity: rule.meta.defaultSeverity, options: defaults(rule) });
  const entries = input.rules ?? {};
  if (!isPlainObject(entries)) fail('rules', localized('config.rulesNotMapping'));
  for (const [id, entry] of Object.entries(entries as Record<string, unknown>)) {
    const rule = registry.get(id);
    if (!rule)
      fail(`rules.${id}`, localized('config.unknownRule', { id }), unknownRuleHint(id, registry.keys()));
    const [severityWord, options] = (Array.isArray(entry) ? entry : [entry, undefined]) as unknown[];
    if (Array.isArray(entry) && (entry.length < 1 || entry.length > 2))
      fail(`rules.${id}`, localized('config.ruleNotSeverity', { id }));
    const severity = SEVERITY_WORDS.get(String(severityWord));
    if (typeof severityWord !== 'string' || !severity)
      fail(
        `rules.${id}`,
        localized('config.unknownSeverity', { id, severity: JSON.stringify(severityWord) }),
        hintDidYouMean(String(severityWord), SEVERITY_WORDS.keys()) ?? SEVERITY_HINT,
      );
    rules.set(id, {
      severity: severity as SeveritySetting,
      options: validateOptions(rule as Rule, options, (message, hint) => fail(`rules.${id}`, message, hint)),
    });
  }
  for (const override of context.ruleOverrides ?? []) {
    const match = /^([^:]+):(.+)$/.exec(override.trim());
    if (!match) {
      const id = override.trim();
      throw new LintFailure(
        'usage',
        localized('config.badOverride', { override }),
        undefined,
        undefined,
        localized('rules.ruleExample', { id: registry.has(id) ? id : 'message-segments' }),
      );
    }
    const [, id, word] = match;
    const rule = registry.get(id);
    if (!rule)
      throw new LintFailure(
        'usage',
        localized('config.overrideUnknownRule', { id }),
        undefined,
        undefined,
        unknownRuleHint(id, registry.keys()),
      );
    const severity = SEVERITY_WORDS.get(word);
    if (!severity)
      throw new LintFailure(
        'usage',
        localized('config.overrideUnknownSeverity', { id, word }),
        undefined,
        undefined,
        hintDidYouMean(word, SEVERITY_WORDS.keys()) ?? SEVERITY_HINT,
      );
    rules.set(id, { severity, options: rules.get(id)?.options ?? defaults(rule) });
  }
  return {
    file: context.file ?? null,
    preset: preset as ResolvedConfig['preset'],
    registry,
    rules,
    ...((ignores as string[]).length > 0
      ? { ignores: { patterns: ignores as string[], base: baseDir } }
      : {}),
    ...(pluginFiles.length > 0 ? { pluginFiles: [...new Set(pluginFiles)].sort() } : {}),
  };
}

/** The plugins' files on disk (a package's ES module is known by its name only): never an output, never fixed. */
export const pluginPaths = (config: ResolvedConfig): string[] =>
  (config.pluginFiles ?? []).filter((file) => path.isAbsolute(file));

/**
 * What CommonJS loaded while a plugin loaded (its own files and what they require), kept for the
 * process: loaded again (a host program's second run, or a CLI server's), a plugin loads nothing new
 * from Node's module cache, yet its files stay what its first load brought, never an output either.
 */
const loadedForPlugin = new Map<string, readonly string[]>();
function filesLoadedFor(plugin: string, before: ReadonlySet<string>): readonly string[] {
  const loaded = Object.keys(requireCache()).filter((file) => !before.has(file));
  if (loaded.length > 0) loadedForPlugin.set(plugin, [...(loadedForPlugin.get(plugin) ?? []), ...loaded]);
  return loadedForPlugin.get(plugin) ?? [];
}

/** The CommonJS module cache (absent under some test runners: then nothing is seen there). */
const requireCache = (): Record<string, unknown> => (typeof require === 'function' && require.cache) || {};

/**
 * What to say about a rule id that is not one (in the config, `--rule`, `explain`): the closest id
 * ("recipient-duplicat" → "recipient-duplicate"), else the ids that contain it ("consent" →
 * "recipient-consent", "recipient-consent-age"), else how to list them.
 */
export function unknownRuleHint(id: string, known: Iterable<string>): Localized {
  const ids = [...known];
  const near = didYouMean(id, ids);
  const containing = near ? [] : ids.filter((k) => id.length >= 3 && k.includes(id.toLowerCase()));
  const names = near ? [near] : containing.slice(0, 5);
  if (names.length === 0) return localized('rules.listThem');
  return localized('rules.didYouMean', {
    names: { en: quotedList(names, 'en'), fr: quotedList(names, 'fr') },
  });
}

/** `"a" or "b"`, `« a » ou « b »`. */
function quotedList(names: readonly string[], lang: Lang): string {
  const quoted = names.map((n) => (lang === 'fr' ? `«\u00a0${n}\u00a0»` : `"${n}"`));
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(quoted);
}

/** Effective severity: `strict` turns every warning into an error. */
export function effectiveSeverity(config: ResolvedConfig, severity: Severity): Severity {
  return config.preset === 'strict' ? 'error' : severity;
}

// Loaded when a rule is given options (~35 ms to load: most runs give none).
let ajv: Ajv | undefined;
const compileSchema = (schema: object) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (ajv ??= new (require('ajv') as { default: typeof Ajv }).default({
    allErrors: false,
    strict: false,
    useDefaults: false,
  })).compile(schema);
const validators = new WeakMap<Rule, ValidateFunction>();

function defaults(rule: Rule): Record<string, unknown> {
  return { ...(rule.meta.defaultOptions ?? {}) };
}

function validateOptions(
  rule: Rule,
  options: unknown,
  fail: (message: Localized, hint?: Localized) => never,
): Record<string, unknown> {
  const id = rule.meta.id;
  if (options === undefined) return defaults(rule);
  if (!isPlainObject(options)) return fail(localized('config.optionsNotMapping', { id }));
  const schema = rule.meta.schema ?? { type: 'object', properties: {}, additionalProperties: false };
  const known = Object.keys((schema.properties as Record<string, unknown>) ?? {});
  for (const key of Object.keys(options)) {
    if (!known.includes(key) && schema.additionalProperties === false) {
      fail(
        localized('config.unknownOption', { id, key }),
        hintDidYouMean(key, known) ??
          (known.length
            ? localized('config.optionsKnown', { options: known.join(', ') })
            : localized('config.noOptions')),
      );
    }
  }
  let validate = validators.get(rule);
  if (!validate) {
    validate = compileSchema(schema);
    validators.set(rule, validate);
  }
  const merged = { ...defaults(rule), ...options };
  if (!validate(merged)) {
    const why = describeAjvError((validate.errors as ErrorObject[])[0]);
    fail(localized('config.ruleOptions', { id, why }));
  }
  return merged;
}

function describeAjvError(error: ErrorObject): { en: string; fr: string } {
  const name = error.instancePath.slice(1).replace(/\//g, '.');
  const where = name ? localized('config.optionNamed', { name }) : localized('config.options');
  if (error.keyword === 'enum') {
    const values = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return localized('config.optionNotOneOf', { values, option: where });
  }
  // Ajv's own words (English); the French names the constraint it breaks, in JSON Schema terms.
  return localized('config.optionBroken', {
    option: where,
    broken: {
      en: error.message ?? error.keyword,
      fr: `« ${error.keyword} » (${JSON.stringify(error.params)})`,
    },
  });
}

/** How long a plugin may take to load (CAMPAIGN_LINT_PLUGIN_TIMEOUT, in seconds; 30 by default). */
function pluginTimeoutMs(): number {
  const seconds = Number(process.env.CAMPAIGN_LINT_PLUGIN_TIMEOUT);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 30) * 1000;
}

/** A plugin module exports one rule or { rules: { id: rule } } (as default export or not). */
async function loadPlugin(
  spec: string,
  baseDir: string,
  display: string,
  line: number | undefined,
): Promise<{ file: string; rules: Rule[] }> {
  const file = spec.startsWith('.') || path.isAbsolute(spec) ? path.resolve(baseDir, spec) : spec;
  let loaded: Record<string, unknown>;
  // The module's own code runs guarded (no process.exit, late failures caught) and its import is
  // bounded in time: a module that never finishes loading must not leave the run hanging or passing.
  const late: unknown[] = [];
  const unguard = guardRun((failure) => late.push(failure.cause ?? failure));
  try {
    const url = file.startsWith('/') || /^[a-z]:\\/i.test(file) ? pathToFileURL(file).href : file;
    loaded = await withTimeout(
      runGuarded(spec, 'import', () => import(url) as Promise<Record<string, unknown>>),
      pluginTimeoutMs(),
      () => new Error(`it did not finish loading within ${pluginTimeoutMs() / 1000} s`),
    );
    await new Promise((resolve) => setImmediate(resolve));
    if (late.length > 0) throw late[0];
  } catch (error) {
    throw configError(
      display,
      line,
      localized('config.pluginLoad', { spec, why: describeThrown(error) }),
      localized('config.pluginLoadHint'),
    );
  } finally {
    unguard();
  }
  const exported = (
    isPlainObject(loaded.default) || typeof loaded.default === 'object' ? loaded.default : loaded
  ) as Record<string, unknown>;
  const candidates = isPlainObject(exported?.rules)
    ? Object.entries(exported.rules)
    : [[undefined, exported] as const];
  const namespace = pluginNamespace(spec);
  return {
    file,
    rules: candidates.map(([key, rule]) => checkPluginRule(rule, key, spec, display, line, namespace)),
  };
}

function checkPluginRule(
  rule: unknown,
  key: string | undefined,
  spec: string,
  display: string,
  line: number | undefined,
  namespace: string | undefined,
): Rule {
  const r = rule as Rule;
  const bad = (what: { en: string; fr: string }, hint = localized('config.ruleShape')): never => {
    throw configError(
      display,
      line,
      key
        ? localized('config.pluginRuleProblem', { spec, rule: key, problem: what })
        : localized('config.pluginProblem', { spec, problem: what }),
      hint,
    );
  };
  if (!isPlainObject(r) || !isPlainObject(r.meta) || typeof r.create !== 'function')
    bad(localized('config.notRule'));
  if (typeof r.meta.id !== 'string' || !/^[a-z0-9][a-z0-9-/]*$/.test(r.meta.id))
    bad(localized('config.badId'));
  if (key && key !== r.meta.id) bad(localized('config.idMismatch', { key, id: r.meta.id }));
  if (!['error', 'warning'].includes(r.meta.defaultSeverity)) bad(localized('config.badDefaultSeverity'));
  if (!Array.isArray(r.meta.channels) || !r.meta.channels.every((c) => c === 'sms' || c === 'vms'))
    bad(localized('config.badChannels'));
  if (!isPlainObject(r.meta.messages)) bad(localized('config.badMessages'));
  // A bare id is accepted as written (the contract's minimal rule), unless it reads as a built-in
  // rule's: then the hint gives it its plugin's namespace (`acme` for a rule given in code).
  const id = r.meta.id;
  if (!id.includes('/') && BUILTIN_FAMILY.test(id))
    bad(
      localized('config.bareId', { id }),
      localized('config.bareIdHint', { suggestion: `${namespace ?? 'acme'}/${id}` }),
    );
  return r;
}
