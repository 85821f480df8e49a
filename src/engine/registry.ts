import { readdirSync } from 'fs';
import path from 'path';
import type { Rule } from '../base/types';

/** Built-in rules live one per folder in rules/ (rules/<id>/index.ts); the folder name is the rule id. */
const RULES_FOLDER = path.join(__dirname, '..', '..', 'rules');

/**
 * The built-in rules, sorted by id: every folder of rules/, so adding a rule touches only its folder.
 * (The compiled package has the same layout: dist/src/engine and dist/rules.)
 */
export const BUILTIN_RULES: readonly Rule[] = Object.freeze(
  readdirSync(RULES_FOLDER, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      // A computed path: the folder list is only known at run time.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(path.join(RULES_FOLDER, id)) as { default?: Rule };
      if (!loaded.default || loaded.default.meta?.id !== id)
        throw new Error(`rules/${id} must export its rule as default, with meta.id "${id}"`);
      return loaded.default;
    }),
);
