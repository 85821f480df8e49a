import Ajv from 'ajv';
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { loadManifest } from '../src/inputs/manifest';
import { resolveConfig } from '../src/engine/config';
import { BUILTIN_RULES } from '../src/engine/registry';
import { configSchema, manifestSchema, planSchema } from '../tools/schemas';
import { init } from '../src/cli/init';
import { ROOT } from './helpers/paths';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';

// The JSON schemas shipped in schemas/ for editors: generated from the loaders' own lists, and
// checked against the loaders on every fixture so the two cannot drift apart.
const read = (name: string) => readFileSync(path.join(ROOT, 'schemas', name), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: false });
const validManifest = ajv.compile(manifestSchema());
const validConfig = ajv.compile(configSchema(BUILTIN_RULES));

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}
const parsed = (file: string): unknown => {
  const source = readFileSync(file, 'utf8');
  // As the loader reads YAML: always 1.2, core schema, whatever a `%YAML 1.1` directive says.
  return file.endsWith('.json') ? JSON.parse(source) : parse(source, { version: '1.2', schema: 'core' });
};

it('schemas/*.json are the generated ones (run "npm run schemas" after changing fields or rules)', () => {
  expect(read('manifest.schema.json')).toBe(`${JSON.stringify(manifestSchema(), null, 2)}\n`);
  expect(read('config.schema.json')).toBe(`${JSON.stringify(configSchema(BUILTIN_RULES), null, 2)}\n`);
  expect(read('plan.schema.json')).toBe(`${JSON.stringify(planSchema(), null, 2)}\n`);
});

describe('manifest schema', () => {
  const manifests = filesUnder(path.join(ROOT, 'fixtures'), /\.campaign\.(ya?ml|json)$/);
  it('accepts every fixture manifest the loader accepts', async () => {
    let accepted = 0;
    for (const file of manifests) {
      let data: unknown;
      try {
        data = parsed(file);
      } catch {
        continue; // a syntax error is the editor's YAML/JSON parser's business
      }
      const loaded = await loadManifest(file, ROOT).then(
        () => true,
        () => false,
      );
      if (!loaded) continue;
      accepted++;
      expect({ file, errors: validManifest(data) ? null : validManifest.errors }).toEqual({
        file,
        errors: null,
      });
    }
    expect(accepted).toBeGreaterThanOrEqual(15);
  });
  it.each([
    '15-manifest-unknown-field',
    '16-manifest-wrong-type',
    '26-manifest-empty',
    '28-message-and-message-file',
    '29-missing-required-field',
    '34-manifest-is-a-list',
    '37-delimiter-property-name',
  ])('rejects what the loader rejects for its shape: %s', async (name) => {
    const file = path.join(ROOT, 'fixtures/broken', name, 'campaign.campaign.yaml');
    await expect(loadManifest(file, ROOT)).rejects.toThrow();
    expect(validManifest(parsed(file))).toBe(false);
  });
  it('lists every channel, purpose, delimiter and column the loader knows', () => {
    const schema = manifestSchema() as {
      properties: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
    };
    expect(schema.properties.channel.enum).toEqual(['sms', 'vms']);
    expect(schema.properties.purpose.enum).toContain('marketing');
    expect(schema.properties.recipients.properties?.delimiter.enum).toContain(';');
  });
});

describe('config schema', () => {
  it('accepts the configs the loader accepts, including every rule option in use', async () => {
    const configs = filesUnder(path.join(ROOT, 'fixtures'), /^campaign-lint\.config\.(ya?ml|json)$/);
    const examples: unknown[] = [
      {},
      {
        extends: 'strict',
        rules: { 'message-segments': ['warning', { max: 2 }], 'recipient-duplicate': 'off' },
      },
      { rules: { 'schedule-hours': ['error', { profile: 'af2m-2026' }], 'sender-id': ['warn'] } },
      parse(
        readFileSync(
          path.join(ROOT, 'fixtures/broken/22-config-unknown-option/campaign-lint.config.yaml'),
          'utf8',
        ),
      ),
      ...configs.map(parsed),
    ];
    for (const example of examples) {
      const loaded = await resolveConfig(example, {
        cwd: path.join(ROOT, 'fixtures/broken/23-plugin-fails-to-load'),
      }).then(
        () => true,
        () => false,
      );
      if (loaded)
        expect({ example, errors: validConfig(example) ? null : validConfig.errors }).toEqual({
          example,
          errors: null,
        });
    }
  });
  it.each([
    { rules: { 'message-segments': 'of' } },
    { rules: { 'message-segments': ['error', { maxx: 2 }] } },
    { rules: { 'message-segments': ['error', { max: 'two' }] } },
    { extend: 'strict' },
    { extends: 'lax' },
    { plugins: 'my-rule.js' },
  ])('rejects what the loader rejects: %j', async (config) => {
    await expect(resolveConfig(config, { cwd: ROOT })).rejects.toThrow();
    expect(validConfig(config)).toBe(false);
  });
  it('takes an unknown rule id as a plugin rule (the loader knows the plugins, the editor does not)', () => {
    expect(validConfig({ rules: { 'my-plugin-rule': ['error', { any: 1 }] } })).toBe(true);
  });
});

it("init's files point editors at the schemas the package ships", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-init-schema-'));
  try {
    init(dir);
    for (const [file, schema] of [
      ['campaign-lint.config.yaml', 'config.schema.json'],
      ['campaigns/exemple/exemple.campaign.yaml', 'manifest.schema.json'],
    ]) {
      const first = readFileSync(path.join(dir, file), 'utf8').split('\n')[0];
      const target = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1] as string;
      // Resolved as an editor does (from the file's folder), it lands in the installed package.
      expect(path.resolve(path.dirname(path.join(dir, file)), target)).toBe(
        path.join(dir, 'node_modules/campaign-lint/schemas', schema),
      );
      expect(validFor(schema)(parse(readFileSync(path.join(dir, file), 'utf8')) ?? {})).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
const validFor = (schema: string) => (schema === 'config.schema.json' ? validConfig : validManifest);
