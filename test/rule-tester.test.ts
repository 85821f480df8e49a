import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import * as api from '../src';
import { createRule, RuleTester, type Rule } from '../src';
import { ROOT } from './helpers/paths';
import { tempFolder } from './helpers/temp';

// Issue 22, for plugin authors: the exported RuleTester, on the README's plugin example as its author
// would test it, and the compiler's checks of message ids and namespaces.

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The code blocks of the README's "Writing a rule (plugins)": the plugin, then its test. */
const [pluginCode, testCode] = [
  ...readme
    .slice(readme.indexOf('### Writing a rule (plugins)'), readme.indexOf('## How it is built'))
    .matchAll(/```js\n([\s\S]*?)```/g),
].map((m) => m[1]);

/** The README's plugin example, loaded as its users load a .cjs file. */
function readmePlugin(): Rule<never> {
  expect(pluginCode).toContain('module.exports');
  const file = path.join(tempFolder('cl-rule-tester-'), 'no-caps.cjs');
  writeFileSync(file, pluginCode);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Rule<never>;
}

const unexpected = (name: string) => {
  throw new Error(`the README example requires ${name}`);
};

// The README's test of its plugin, as written there ('campaign-lint' is this checkout's API).
describe('the README example', () => {
  expect(testCode).toContain('new RuleTester()');
  const plugin = readmePlugin();
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the README's code, run as its readers run it
  new Function('require', testCode)((name: string) =>
    name === 'campaign-lint' ? api : name === './no-caps.js' ? plugin : unexpected(name),
  );
});

const SHOUTING = 'BOUTIQUE LEA : SOLDES EXCEPTIONNELLES CE WEEK-END ! STOP au 36173';

new RuleTester().run(readmePlugin(), {
  valid: [
    { name: 'a message in ordinary case' },
    {
      name: 'twenty capitals are still not shouting',
      manifest: { message: `${'A'.repeat(16)} STOP au 36173` },
    },
  ],
  invalid: [
    {
      name: 'a message in capitals',
      manifest: { message: SHOUTING },
      errors: [
        {
          messageId: 'caps',
          severity: 'warning',
          data: { n: 45 },
          message: 'The message is in capitals (45 letters)',
          fix: null,
        },
      ],
    },
  ],
});

describe('RuleTester', () => {
  const rule = createRule({
    meta: {
      id: 'acme/no-soldes',
      description: 'Disallow the word soldes',
      defaultSeverity: 'error',
      channels: ['sms'],
      messages: { soldes: 'The message says "soldes"', never: 'Never reported' },
    },
    create(context) {
      return {
        campaign(campaign) {
          if (/soldes/i.test(campaign.message))
            context.report({ messageId: 'soldes', location: { kind: 'message' } });
        },
      };
    },
  });

  /** Runs a table with a tester whose `it` collects the cases, and returns each case's outcome. */
  async function outcomes(tests: Parameters<RuleTester['run']>[1]): Promise<Record<string, string>> {
    const cases: Array<[string, () => Promise<void>]> = [];
    const loose: Rule<never> = rule; // loosely typed: the tester's own checks run, not the compiler's
    const { describe, it } = RuleTester;
    RuleTester.describe = (_name, body) => body();
    RuleTester.it = (name, body) => cases.push([name, body]);
    try {
      new RuleTester().run(loose, tests);
    } finally {
      Object.assign(RuleTester, { describe, it });
    }
    const out: Record<string, string> = {};
    for (const [name, body] of cases)
      out[name] = await body().then(
        () => 'passes',
        (error: Error) => `fails: ${error.message.split('\n')[0]}`,
      );
    return out;
  }

  it('fails a table that does not match the rule, and says why', async () => {
    expect(
      await outcomes({
        valid: [{ name: 'says soldes', manifest: { message: 'Soldes ! STOP au 36173' } }],
        invalid: [
          {
            name: 'wrong line',
            manifest: { message: 'Soldes ! STOP au 36173' },
            errors: [{ messageId: 'soldes', line: 3 }],
          },
          { name: 'nothing to report', errors: [{ messageId: 'soldes' }] },
          { name: 'unknown id', errors: [{ messageId: 'sodles' }] },
        ],
      }),
    ).toEqual({
      'says soldes': 'fails: "says soldes" should report nothing',
      'wrong line': 'fails: "wrong line": diagnostics differ',
      'nothing to report': 'fails: "nothing to report": diagnostics differ',
      'unknown id': 'fails: "unknown id": the rule has no message "sodles" (it has never, soldes)',
      'has an invalid case for every message it declares': expect.stringMatching(/^fails: /) as string,
    });
  });

  it('passes a table that matches, options and files included', async () => {
    expect(
      await outcomes({
        valid: [{ name: 'clean', files: { 'notes.txt': 'x' } }],
        invalid: [
          {
            name: 'soldes',
            manifest: { message: 'Soldes ! STOP au 36173' },
            errors: [{ messageId: 'soldes' }],
          },
        ],
      }),
    ).toMatchObject({ clean: 'passes', soldes: 'passes' });
  });

  it('checks message ids and namespaces at compile time', () => {
    const meta = {
      description: 'x',
      defaultSeverity: 'warning',
      channels: ['sms'],
      messages: { known: 'x' },
    } as const;
    createRule({
      meta: { ...meta, id: 'acme/typed' },
      create(context) {
        // @ts-expect-error -- "unknown" is not one of the rule's message ids
        context.report({ messageId: 'unknown' });
        context.report({ messageId: 'known' });
        return {};
      },
    });
    // A table with a message id the rule does not have (never run: the compiler is the check).
    const table = () =>
      new RuleTester().run(rule, {
        valid: [],
        // @ts-expect-error -- "sodles" is not one of the rule's message ids
        invalid: [{ name: 'unknown id', errors: [{ messageId: 'sodles' }] }],
      });
    expect(typeof table).toBe('function');
    // @ts-expect-error -- a plugin rule's id carries its plugin's namespace
    createRule({ meta: { ...meta, id: 'typed' }, create: () => ({}) });
    expect(true).toBe(true); // the checks above are the compiler's (npm run typecheck)
  });
});
