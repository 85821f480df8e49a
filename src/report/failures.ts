import { interpolate, localize } from '../base/text';
import { say } from '../base/messages';
import type { Lang, LintResult } from '../base/types';

/**
 * Failures (a campaign that could not be linted) and "no campaign checked", as every format shows
 * them: a CI system that reads only the report must still see that the run went wrong.
 */

/** The rule id under which failures appear in SARIF, GitLab, JUnit and compact reports. */
export const FAILURE_RULE_ID = 'campaign-lint/input';

export interface FailureRecord {
  readonly kind: string;
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
  readonly hint?: string;
}

/** The failures of a run as plain data (what the JSON report lists), in the report's language. */
export function failureRecords(result: LintResult, lang: Lang): FailureRecord[] {
  return result.failures.map((f) => ({
    kind: f.kind,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    message: localize(f.text, lang),
    ...(f.hintText !== undefined ? { hint: localize(f.hintText, lang) } : {}),
  }));
}

/** `message` then the hint on the same line (for one-line formats). */
export const failureText = (f: FailureRecord) => (f.hint ? `${f.message}. ${f.hint}` : f.message);

export const T = {
  failed: { en: 'could not lint', fr: 'analyse impossible' },
  ruleName: { en: 'Input failure', fr: 'Échec de lecture' },
  ruleDescription: {
    en: 'A campaign, a file or the configuration could not be read or checked: the run exits 2.',
    fr: 'Une campagne, un fichier ou la configuration n’a pas pu être lu ou vérifié\u202f: l’analyse sort avec le code 2.',
  },
  ruleHelp: {
    en: 'campaign-lint could not lint a campaign: a malformed or missing input file, an invalid manifest or configuration, or a rule that crashed. The message names the file (and line where known) and says what to do. Fix the input and run again; nothing about the campaign was checked until then.',
    fr: 'campaign-lint n’a pas pu analyser une campagne\u202f: fichier d’entrée absent ou mal formé, manifeste ou configuration invalide, ou règle en échec. Le message nomme le fichier (et la ligne si elle est connue) et dit quoi faire. Corrigez l’entrée et relancez\u202f: rien n’a été vérifié sur la campagne d’ici là.',
  },
  noManifest: {
    en: 'no campaign checked: no campaign manifest found in {{paths}}',
    fr: 'aucune campagne vérifiée\u202f: aucun manifeste de campagne trouvé dans {{paths}}',
  },
  unusedData: {
    en: 'no campaign checked: no campaign uses {{paths}}',
    fr: 'aucune campagne vérifiée\u202f: aucune campagne n’utilise {{paths}}',
  },
};

/** "no campaign checked: …, and why", or undefined when some campaign was checked. */
export function noCampaignText(result: LintResult, lang: Lang): string | undefined {
  const none = result.noCampaign;
  if (!none) return undefined;
  const paths = none.paths.length > 0 ? none.paths.join(', ') : '.';
  if (none.reason === 'ignored') return say('ignore.allIgnored', lang, { paths });
  return interpolate(none.reason === 'unused-data' ? T.unusedData : T.noManifest, { paths }, lang);
}
