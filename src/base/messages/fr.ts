import type { Catalogue } from './en';

// Le catalogue français : les mêmes clés que en.ts (le compilateur le vérifie), écrites avec des
// espaces ordinaires (la typographie française est appliquée à l'affichage, base/text.ts).

export const fr: Catalogue = {
  'count.campaign': { one: '{{n}} campagne', other: '{{n}} campagnes' },
  'count.recipient': { one: '{{n}} destinataire', other: '{{n}} destinataires' },
  'count.problem': { one: '{{n}} problème', other: '{{n}} problèmes' },
  'count.error': { one: '{{n}} erreur', other: '{{n}} erreurs' },
  'count.warning': { one: '{{n}} avertissement', other: '{{n}} avertissements' },
  'count.inputFailure': { one: '{{n}} échec de lecture', other: '{{n}} échecs de lecture' },
  'count.notLinted': { one: '{{n}} entrée non vérifiable', other: '{{n}} entrées non vérifiables' },
  'count.blocked': { one: '{{n}} bloquée', other: '{{n}} bloquées' },
  'count.ready': { one: '{{n}} prête à partir', other: '{{n}} prêtes à partir' },
  'count.ownMessage': {
    one: '{{n}} ligne porte son propre message',
    other: '{{n}} lignes portent leur propre message',
  },
  'count.row': { one: '{{n}} ligne', other: '{{n}} lignes' },
  'count.replaced': { one: '{{n}} caractère remplacé', other: '{{n}} caractères remplacés' },

  'cli.usage': '[options] [chemins...]\n       campaign-lint <commande> [options]',
  'cli.lintOptions': 'Options de vérification (campaign-lint [lint] [options] [chemins...]) :',
  'cli.langArgument': 'langue',
  'cli.progressOption':
    'afficher la ligne de progression (lignes, pourcentage, temps restant) même quand la sortie d’erreur n’est pas un terminal ou que CI est défini',
  'cli.noProgressOption': 'ne jamais afficher la ligne de progression',
  'cli.progress': '{{rows}} lignes ({{percent}}) · {{rate}} lignes/s · encore {{left}}',
  'cli.next': 'Ensuite : npx campaign-lint campaigns (vérifie l’exemple : aucun problème à signaler)',
  'rules.didYouMean': 'Vouliez-vous dire {{names}} ?',
  'rules.listThem': 'Lancez « campaign-lint rules » pour les lister.',
  'rules.ruleExample': 'Par exemple : --rule {{id}}:off',

  'ignore.unreadableHint':
    'Le fichier .campaignlintignore liste ce qu’il ne faut pas vérifier, un motif par ligne comme un .gitignore, en UTF-8 ; corrigez-le ou supprimez-le.',
  'ignore.allIgnored':
    'aucune campagne vérifiée, tout est exclu par .campaignlintignore ou « ignores » de la configuration : {{paths}}',
  'ignore.allIgnoredHint': 'Lancez avec --no-ignore pour les vérifier quand même.',
  'ignore.option': 'vérifier aussi ce qu’excluent .campaignlintignore et « ignores » de la configuration',
  'cache.option':
    'passer les campagnes dont le manifeste, les destinataires, les listes, l’historique, la configuration, les règles et la version de campaign-lint n’ont pas changé depuis la dernière analyse avec --cache (même rapport)',
  'cache.locationOption': 'le fichier du cache, ou un dossier où le mettre (par défaut : .campaignlintcache)',
  'cache.hits': {
    one: '{{n}} campagne reprise du cache ({{file}})',
    other: '{{n}} campagnes reprises du cache ({{file}})',
  },
  'cache.outside': 'le fichier du cache {{file}} est hors du projet',
  'cache.outsideHint': 'Donnez à --cache-location un chemin dans le dossier courant ou son dépôt git.',
  'cache.notWritten':
    'le cache n’a pas été écrit dans {{file}} ({{reason}}) ; la prochaine analyse vérifiera de nouveau chaque campagne',
};
