// ESLint flat config: typescript-eslint's recommended type-checked rules over the TypeScript
// sources, the recommended JavaScript rules over the scripts. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The stages of the data path, lowest first (docs/architecture.md): a file may import its own stage
// and the stages before it, never one after it; the pipeline (src/recipients/) only through its door
// (index.ts); core code never imports a rule folder, and rules only the rule kit.
const STAGES = ['base', 'law', 'read', 'inputs', 'recipients', 'engine', 'plan', 'report', 'cli'];
const stageBlocks = STAGES.map((stage, i) => {
  const later = STAGES.slice(i + 1);
  const patterns = [
    {
      regex: String.raw`^(\.\./)+rules(/|$)`,
      message: 'Core code never imports a rule folder: put shared legal facts in src/law/.',
    },
  ];
  patterns.push({
    regex: String.raw`^(\.\./)+(rule-kit|index)$`,
    message:
      "Core code imports src/base/ and src/law/ directly: the rule kit is the rules' door, index.ts the API.",
  });
  if (later.length > 0)
    patterns.push({
      regex: String.raw`^(\.\./)+(${later.join('|')})(/|$)`,
      message: `src/${stage}/ comes before ${later.join(', ')} in the data path: it may not import them.`,
    });
  if (stage !== 'recipients')
    patterns.push({
      regex: String.raw`^(\.\./)+recipients/`,
      message: 'The pipeline has one door: import from src/recipients (its index.ts), not its files.',
    });
  return {
    name: `stages/${stage}`,
    files: [`src/${stage}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'fixtures/**',
      'test/oracles/**',
      'test/output/**',
      '.tools/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests read reports back with JSON.parse (typed `any`) and poke at them: the unsafe-any rules
    // would only add casts there, not catch bugs.
    files: ['test/**/*.ts', 'rules/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  ...stageBlocks,
  {
    name: 'stages/rule-kit',
    files: ['src/rule-kit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\./(?!base/|law/)`,
              message: 'The rule kit re-exports only from src/base/ and src/law/.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'stages/rules',
    files: ['rules/*/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./(?!\.\./src/rule-kit$)`,
              message:
                'A rule imports only the rule kit (../../src/rule-kit), never core code or another rule.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
