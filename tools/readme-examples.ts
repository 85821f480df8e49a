import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/cli';

// The README's examples of output are the tool's own: each is a fenced block after a marker
//
//   <!-- example exit=1: campaign-lint fixtures/bad-recipients -->
//
// that says the command (run in the repository, in English, on no terminal, 80 columns), the exit
// code it must have, and optionally `stream=stderr` (the block is what stderr says), `cwd=empty` (run
// in an empty folder), `filter=<name>` (a cut of the output, see FILTERS). `npm run docs` rewrites
// every block from a fresh run; test/readme.test.ts fails when one is out of date or exits otherwise.

export interface Example {
  readonly marker: string;
  readonly args: string[];
  readonly exit: number;
  readonly stream: 'stdout' | 'stderr';
  readonly cwd: 'repository' | 'empty';
  readonly filter?: string;
  /** The code block's text (without its fences), as the README has it. */
  readonly shown: string;
  /** Where the block's text starts and ends in the README. */
  readonly start: number;
  readonly end: number;
}

const MARKER = /<!-- example((?: [a-z]+=[^\s:]+)*): campaign-lint(.*?) -->\n+```[a-z]*\n([\s\S]*?)```/g;

/** The README's examples, in order. */
export function findExamples(readme: string): Example[] {
  return [...readme.matchAll(MARKER)].map((match) => {
    const settings = Object.fromEntries(
      match[1]
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    const unknown = Object.keys(settings).filter((k) => !['exit', 'stream', 'cwd', 'filter'].includes(k));
    if (unknown.length > 0)
      throw new Error(`README example "${match[0].split('\n')[0]}": unknown ${unknown.join(', ')}`);
    if (settings.filter !== undefined && !(settings.filter in FILTERS))
      throw new Error(`README example: unknown filter "${settings.filter}"`);
    const start = (match.index ?? 0) + match[0].length - 3 - match[3].length;
    return {
      marker: match[0].split('\n')[0],
      args: match[2].trim().split(/\s+/).filter(Boolean),
      exit: Number(settings.exit ?? 0),
      stream: settings.stream === 'stderr' ? 'stderr' : 'stdout',
      cwd: settings.cwd === 'empty' ? 'empty' : 'repository',
      filter: settings.filter,
      shown: match[3],
      start,
      end: start + match[3].length,
    };
  });
}

/** Cuts of an output that the README shows instead of the whole. */
const FILTERS: Record<string, (text: string) => string> = {
  // A JSON report with each campaign's diagnostics cut to the first.
  'first-diagnostic': (text) => {
    const report = JSON.parse(text) as { campaigns: Array<{ diagnostics: unknown[] }> };
    for (const campaign of report.campaigns) campaign.diagnostics = campaign.diagnostics.slice(0, 1);
    return `${JSON.stringify(report, null, 2)}\n`;
  },
  // The help's list of commands.
  commands: (text) => {
    const at = text.indexOf('\nCommands:\n');
    return at < 0 ? text : text.slice(at + 1);
  },
};

/** What the example's command prints now, and its exit code. */
export async function runExample(
  example: Example,
  repository: string,
): Promise<{ text: string; code: number }> {
  const folder = example.cwd === 'empty' ? mkdtempSync(path.join(os.tmpdir(), 'cl-readme-')) : repository;
  try {
    let stdout = '';
    let stderr = '';
    const code = await run(example.args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: { LANG: 'C' },
      cwd: folder,
      isTTY: false,
      stderrIsTTY: false,
      columns: 80,
    });
    const text = example.stream === 'stderr' ? stderr : stdout;
    const shown = example.filter ? FILTERS[example.filter](text) : text;
    return { text: shown.endsWith('\n') ? shown : `${shown}\n`, code };
  } finally {
    if (folder !== repository) rmSync(folder, { recursive: true, force: true });
  }
}

/** The README with every example block rewritten from a fresh run; throws when an exit code differs. */
export async function withExamples(readme: string, repository: string): Promise<string> {
  let out = '';
  let at = 0;
  for (const example of findExamples(readme)) {
    const { text, code } = await runExample(example, repository);
    if (code !== example.exit)
      throw new Error(`${example.marker}: exits ${code}, the README says ${example.exit}`);
    out += readme.slice(at, example.start) + text;
    at = example.end;
  }
  return out + readme.slice(at);
}
