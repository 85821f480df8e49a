import type { StreamingFormatter } from './types';

// The report formats by name, each loaded when a run first writes it: a JSON report does not load
// the HTML page, chalk or the SARIF writer, and `--help` loads none. A new format is one line here.
/* eslint-disable @typescript-eslint/no-require-imports */
const LOADERS = {
  stylish: () => (require('./stylish') as typeof import('./stylish')).stylish,
  json: () => (require('./json') as typeof import('./json')).json,
  sarif: () => (require('./sarif') as typeof import('./sarif')).sarif,
  junit: () => (require('./junit') as typeof import('./junit')).junit,
  github: () => (require('./github') as typeof import('./github')).github,
  compact: () => (require('./compact') as typeof import('./compact')).compact,
  gitlab: () => (require('./gitlab') as typeof import('./gitlab')).gitlab,
  html: () => (require('./html') as typeof import('./html')).html,
} satisfies Record<string, () => StreamingFormatter>;

/** The GitHub job summary, written beside a `github` report inside GitHub Actions. */
export const loadGithubSummary = (): StreamingFormatter =>
  (require('./github') as typeof import('./github')).githubSummary;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The names `-f` accepts, in the order the help lists them. */
export const FORMAT_NAMES: readonly string[] = Object.freeze(Object.keys(LOADERS));

export const isFormatName = (name: string): name is keyof typeof LOADERS =>
  Object.prototype.hasOwnProperty.call(LOADERS, name);

/** The format of that name (one of FORMAT_NAMES), loaded on first use. */
export function loadFormatter(name: string): StreamingFormatter {
  if (!isFormatName(name)) throw new Error(`unknown format ${name}`);
  return LOADERS[name]();
}

/** The formats of `campaign-lint plan -f`. */
export const PLAN_FORMATS = ['stylish', 'json', 'html'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];
