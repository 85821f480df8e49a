#!/usr/bin/env node
// Writes schemas/manifest.schema.json, config.schema.json and plan.schema.json from the built sources
// (npm run schemas). test/schemas.test.ts fails when they are out of date.
const { mkdirSync, writeFileSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const { manifestSchema, configSchema, planSchema } = require(path.join(root, 'dist/tools/schemas.js'));
const { BUILTIN_RULES } = require(path.join(root, 'dist/src/engine/registry.js'));
mkdirSync(path.join(root, 'schemas'), { recursive: true });
for (const [name, schema] of [
  ['manifest.schema.json', manifestSchema()],
  ['config.schema.json', configSchema(BUILTIN_RULES)],
  ['plan.schema.json', planSchema()],
]) {
  writeFileSync(path.join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${name}`);
}
