#!/usr/bin/env node
// Writes schemas/manifest.schema.json, config.schema.json and plan.schema.json from the built sources
// (npm run schemas; npm run docs does it too). --check writes nothing and exits 1 when one is out
// of date, as test/schemas.test.ts fails then (a new rule or option needs its schema regenerated).
const { mkdirSync, readFileSync, writeFileSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const { manifestSchema, configSchema, planSchema } = require(path.join(root, 'dist/tools/schemas.js'));
const { BUILTIN_RULES } = require(path.join(root, 'dist/src/engine/registry.js'));
const check = process.argv.includes('--check');
mkdirSync(path.join(root, 'schemas'), { recursive: true });
for (const [name, schema] of [
  ['manifest.schema.json', manifestSchema()],
  ['config.schema.json', configSchema(BUILTIN_RULES)],
  ['plan.schema.json', planSchema()],
]) {
  const file = path.join(root, 'schemas', name);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    console.error(`schemas/${name} is out of date: run \`npm run docs\``);
    process.exitCode = 1;
  } else {
    writeFileSync(file, text);
    console.log(`schemas/${name} updated`);
  }
}
