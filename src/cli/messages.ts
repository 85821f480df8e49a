// The message catalogue of the command line: every text the CLI shows, in English and French.
// Placeholders are {{name}}; French typography (spaces before : ; ! ?, « ») is applied when the
// French text is picked (i18n.localize), so entries may be written with plain spaces.
// test/messages.test.ts checks that every entry has both languages with the same placeholders, and
// that no user-visible string in src/ is left untranslated.
import { interpolate, localize } from '../base/text';
import type { DataValue, Lang } from '../base/types';

const t = (en: string, fr: string) => ({ en, fr }) as const;

export const CLI = {
  programDescription: t(
    'Lint French SMS and voicemail-drop campaigns before you press "send".',
    'Vérifie les campagnes françaises de SMS et de dépôt de message vocal avant l’envoi.',
  ),
  version: t('print the version', 'afficher la version'),
  help: t('show this help', 'afficher cette aide'),
  helpCommand: t('show the help of a command', 'afficher l’aide d’une commande'),
  lintDescription: t(
    'lint campaigns (the default command): manifests, folders of manifests, or recipient files',
    'vérifier des campagnes (la commande par défaut) : manifestes, dossiers de manifestes ou fichiers de destinataires',
  ),
  pathsArgument: t(
    'manifests (*.campaign.yaml|yml|json), folders, or recipient files (.csv, .xlsx)',
    'manifestes (*.campaign.yaml|yml|json), dossiers ou fichiers de destinataires (.csv, .xlsx)',
  ),
  format: t('report format', 'format du rapport'),
  output: t(
    'write the report to a file instead of stdout',
    'écrit le rapport dans un fichier au lieu de la sortie standard',
  ),
  config: t(
    'use this config file instead of searching',
    'utiliser ce fichier de configuration au lieu de le chercher',
  ),
  rule: t(
    "set one rule's severity (repeatable), e.g. --rule message-opt-out:off",
    'changer la sévérité d’une règle (répétable), par exemple --rule message-opt-out:off',
  ),
  maxWarnings: t(
    'exit 1 when there are more than n warnings',
    'sortir avec le code 1 au-delà de n avertissements',
  ),
  quiet: t('report errors only', 'ne signaler que les erreurs'),
  showPii: t(
    'print full phone numbers (masked by default)',
    'afficher les numéros en entier (masqués par défaut)',
  ),
  lang: t(
    'message language (default from LC_ALL/LANG)',
    'langue des messages (par défaut selon LC_ALL/LANG)',
  ),
  fix: t(
    'apply safe fixes to messages (typographic characters, missing opt-out mention), then lint',
    'appliquer les corrections sûres aux messages (caractères typographiques, mention STOP manquante), puis vérifier',
  ),
  writeClean: t(
    'write <campaign>.accepted.csv and <campaign>.rejected.csv (with a reasons column) in <dir>',
    'écrire <campagne>.accepted.csv et <campagne>.rejected.csv (avec une colonne reasons) dans <dossier>',
  ),
  debug: t('print stack traces of internal errors', 'afficher la pile d’appels des erreurs internes'),
  initDescription: t(
    'write a commented starter config and an example campaign in the current folder',
    'écrire une configuration commentée et une campagne d’exemple dans le dossier courant',
  ),
  created: t('created {{file}}', 'créé {{file}}'),
  kept: t('kept    {{file}} (already there)', 'conservé {{file}} (déjà présent)'),
  rulesDescription: t(
    'list every rule: id, default severity, channels, summary',
    'lister les règles : identifiant, sévérité par défaut, canaux, résumé',
  ),
  rulesConfig: t(
    'include the plugin rules of this config',
    'inclure les règles des extensions de cette configuration',
  ),
  language: t('language', 'langue'),
  ruleHeader: t('rule', 'règle'),
  defaultHeader: t('default', 'défaut'),
  channelsHeader: t('channels', 'canaux'),
  summaryHeader: t('summary', 'résumé'),
  explainDescription: t(
    "show a rule's documentation: what it checks, why, legal basis, examples, options",
    'afficher la documentation d’une règle : ce qu’elle vérifie, pourquoi, base légale, exemples, options',
  ),
  explainConfig: t(
    'also look among the plugin rules of this config',
    'chercher aussi parmi les règles des extensions de cette configuration',
  ),
  ruleIdArgument: t(
    'the rule id, e.g. recipient-consent',
    'l’identifiant de la règle, par exemple recipient-consent',
  ),
  fixed: t('fixed {{file}} ({{what}})', 'corrigé {{file}} ({{what}})'),
  notFixed: t('not fixed {{file}}: {{reason}}', 'non corrigé {{file}} : {{reason}}'),
  appended: t('"{{mention}}" appended', '« {{mention}} » ajouté'),
  cleanWritten: t(
    '{{accepted}} ({{acceptedRows}}), {{rejected}} ({{rejectedRows}})',
    '{{accepted}} ({{acceptedRows}}), {{rejected}} ({{rejectedRows}})',
  ),
  workbookAsCsv: t(
    '{{file}} is a workbook: the accepted and rejected lists are written as CSV (UTF-8, comma)',
    '{{file}} est un classeur : les listes acceptée et refusée sont écrites en CSV (UTF-8, virgule)',
  ),
  maxWarningsExceeded: t(
    'too many warnings ({{count}}, at most {{max}} allowed by --max-warnings)',
    'trop d’avertissements ({{count}}, --max-warnings en permet au plus {{max}})',
  ),
  maxWarningsNotANumber: t(
    '--max-warnings expects a whole number (got "{{value}}")',
    '--max-warnings attend un nombre entier (reçu « {{value}} »)',
  ),
  internalError: t('internal error: {{message}}', 'erreur interne : {{message}}'),
  runWithDebug: t('Run again with --debug for details.', 'Relancez avec --debug pour les détails.'),
  unknownRule: t('unknown rule "{{id}}"', 'règle inconnue « {{id}} »'),
  didYouMean: t('Did you mean {{names}}?', 'Vouliez-vous dire {{names}} ?'),
  pluginDefaults: t(
    'Default severity: {{severity}}; channels: {{channels}}',
    'Sévérité par défaut : {{severity}} ; canaux : {{channels}}',
  ),
  messagesTitle: t('Messages:', 'Messages :'),
  // Commander's own words (help headings, option details, usage errors).
  usageTitle: t('Usage:', 'Utilisation :'),
  argumentsTitle: t('Arguments:', 'Arguments :'),
  optionsTitle: t('Options:', 'Options :'),
  commandsTitle: t('Commands:', 'Commandes :'),
  globalOptionsTitle: t('Global Options:', 'Options globales :'),
  defaultValue: t('default: {{value}}', 'par défaut : {{value}}'),
  choices: t('choices: {{values}}', 'choix : {{values}}'),
  unknownOption: t("error: unknown option '{{option}}'", 'erreur : option inconnue « {{option}} »'),
  missingArgument: t(
    "error: missing required argument '{{name}}'",
    'erreur : argument obligatoire manquant « {{name}} »',
  ),
  optionMissingArgument: t(
    "error: option '{{option}}' argument missing",
    'erreur : l’option « {{option}} » attend une valeur',
  ),
  invalidChoice: t(
    "error: option '{{option}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
    'erreur : la valeur « {{value}} » de l’option « {{option}} » n’est pas valide. Valeurs permises : {{choices}}.',
  ),
  unknownCommand: t("error: unknown command '{{command}}'", 'erreur : commande inconnue « {{command}} »'),
  tooManyArguments: t('error: too many arguments', 'erreur : trop d’arguments'),
  usageError: t('error: {{message}}', 'erreur : {{message}}'),
} as const;

export type CliMessage = keyof typeof CLI;

/** A catalogue text in the language, placeholders filled. */
export function say(key: CliMessage, lang: Lang, data: Readonly<Record<string, DataValue>> = {}): string {
  const entry = CLI[key];
  return Object.keys(data).length === 0 ? localize(entry, lang) : interpolate(entry, data, lang);
}

/** Commander's English error line in the language (its errors are the only text it writes itself). */
export function translateCommanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const patterns: Array<[RegExp, CliMessage, string[]]> = [
    [/^error: unknown option '([^']*)'/, 'unknownOption', ['option']],
    [/^error: missing required argument '([^']*)'/, 'missingArgument', ['name']],
    [/^error: option '([^']*)' argument missing/, 'optionMissingArgument', ['option']],
    [
      /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
      'invalidChoice',
      ['option', 'value', 'choices'],
    ],
    [/^error: unknown command '([^']*)'/, 'unknownCommand', ['command']],
    [/^error: too many arguments/, 'tooManyArguments', []],
  ];
  const lines = text.split('\n');
  for (const [pattern, key, names] of patterns) {
    const match = pattern.exec(lines[0]);
    if (!match) continue;
    const data = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
    // "(Did you mean --format?)" and the like: Commander's suggestion, said again in French.
    const rest = lines
      .slice(1)
      .map((line) =>
        line.replace(
          /^\(Did you mean (.*)\?\)$/,
          (_all, what: string) => `(${say('didYouMean', lang, { names: what })})`,
        ),
      );
    return [say(key, lang, data), ...rest].join('\n');
  }
  return text.replace(/^error: /, `${say('usageError', lang, { message: '' }).trim()} `);
}
