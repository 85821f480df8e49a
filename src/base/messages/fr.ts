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
  'ignore.notList': '« ignores » doit être une liste de motifs glob',
  'ignore.negated': '« ignores » : « {{pattern}} » exclurait tout sauf ce qu’il désigne',
  'ignore.negatedHint':
    'Pour vérifier de nouveau ce qu’un motif exclut, écrivez le motif avec « ! » dans .campaignlintignore, lu comme un .gitignore.',
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

  // The send plan (campaign-lint plan): its reasons, its table and page, its command.
  'plan.reason.outside': 'hors des heures autorisées ({{windows}})',
  'plan.reason.platformWindow': 'hors de la plage des plateformes ({{windows}})',
  'plan.reason.tolerated': 'un {{day}} : toléré, déconseillé',
  'plan.reason.holiday': '{{holiday}}, jour férié ({{territory}}, {{date}})',
  'plan.reason.silence': 'silence électoral jusqu’au {{until}}',
  'plan.reason.frequency': 'déjà {{max}} sollicitations sur 30 jours : le plafond se libère le {{date}}',
  'plan.reason.frequencyNever':
    'déjà {{max}} sollicitations sur 30 jours, et l’historique n’en laisse jamais passer une de plus',
  'plan.reason.rate': 'le lot de {{time}} atteint la fin de la plage à {{rate}} par minute',
  'plan.reason.horizon': 'aucune heure permise dans les {{days}} jours',
  'plan.title': 'Plan d’envoi : {{name}}',
  'plan.requested': 'demandé {{when}} ({{zone}})',
  'plan.tier.warning': 'ni avertissement ni erreur d’horaire (niveau warning)',
  'plan.tier.error': 'aucune erreur d’horaire (niveau error)',
  'plan.within': { one: 'placés dans les {{n}} jour', other: 'placés dans les {{n}} jours' },
  'plan.rate': '{{rate}} par minute, dans l’ordre du fichier à partir de l’heure de chaque lot',
  'plan.batches': { one: '{{n}} lot', other: '{{n}} lots' },
  'plan.head.batch': 'lot',
  'plan.head.sendAt': 'envoi ({{zone}})',
  'plan.head.utc': 'UTC',
  'plan.head.territories': 'territoires',
  'plan.head.recipients': 'destinataires',
  'plan.head.file': 'fichier',
  'plan.until': 'dernier envoi {{time}}',
  'plan.noBatch': 'Aucun destinataire ne peut recevoir le message : rien à planifier.',
  'plan.moved': { one: '{{n}} destinataire déplacé :', other: '{{n}} destinataires déplacés :' },
  'plan.move':
    '{{territory}} : {{from}} heure locale → {{to}} heure locale, {{paris}} ({{zone}}), lot {{batch}} ({{count}}) : {{why}}',
  'plan.moveHere': '{{territory}} : {{from}} → {{to}} ({{zone}}), lot {{batch}} ({{count}}) : {{why}}',
  'plan.movesLeftOut': {
    one: '… et {{n}} autre destinataire déplacé (voir les lots)',
    other: '… et {{n}} autres destinataires déplacés (voir les lots)',
  },
  'plan.unplaced': {
    one: '{{n}} destinataire non placé dans l’horizon :',
    other: '{{n}} destinataires non placés dans l’horizon :',
  },
  'plan.unplacedReason': '{{territory}} ({{count}}) : {{why}}',
  'plan.rejected': {
    one: '{{n}} destinataire écarté (jamais envoyable) :',
    other: '{{n}} destinataires écartés (jamais envoyables) :',
  },
  'plan.rejectedReason': '{{rule}} : {{count}}',
  'plan.firstLines': 'lignes {{lines}}',
  'plan.allPlaced': 'Tous les destinataires envoyables sont placés.',
  'plan.written': 'Écrit dans {{dir}} : {{files}}',
  'plan.blocked': 'Pas de plan : la campagne a des erreurs qu’aucune heure d’envoi ne corrige.',
  'plan.blockedHint':
    'Corrigez-les, puis planifiez de nouveau (campaign-lint {{manifest}} montre chaque problème).',
  'plan.lateErrors':
    'Pas de plan : une règle a signalé des erreurs sur des destinataires après leur lecture ({{rules}}), le plan n’a donc pas pu les écarter.',
  'plan.batchComment': {
    one: 'Lot {{batch}} sur {{of}} du plan d’envoi de {{manifest}} (campaign-lint plan, niveau {{tier}}) : {{n}} destinataire ({{territories}}).',
    other:
      'Lot {{batch}} sur {{of}} du plan d’envoi de {{manifest}} (campaign-lint plan, niveau {{tier}}) : {{n}} destinataires ({{territories}}).',
  },
  'count.file': { one: '{{n}} fichier', other: '{{n}} fichiers' },
  'plan.cli.planDescription':
    'quand chaque destinataire peut légalement recevoir le message : des lots d’envoi qu’une plateforme sait importer',
  'plan.cli.manifestArgument': 'le manifeste de la campagne (*.campaign.yaml|yml|json)',
  'plan.cli.outDir': 'dossier des fichiers du plan (par défaut : celui du manifeste)',
  'plan.cli.within':
    'horizon en jours : les destinataires qui n’y trouvent pas de place sont listés avec la raison (par défaut : 14)',
  'plan.cli.tier':
    'warning (par défaut) : ni avertissement ni erreur d’horaire dans aucun lot ; error : aucune erreur d’horaire (avertissements admis)',
  'plan.cli.planFormat': 'sortie : stylish (un tableau), json (le plan) ou html (une page avec la frise)',
  'plan.cli.notAManifest':
    'plan prend un manifeste de campagne (*.campaign.yaml, *.campaign.yml ou *.campaign.json) : {{path}}',
  'plan.cli.notAManifestHint':
    'Donnez le chemin du manifeste lui-même, par exemple campaigns/soldes.campaign.yaml.',
  'plan.cli.withinNotANumber': '--within doit être un nombre entier de jours de 1 à 366 (reçu « {{value}} »)',
  'plan.cli.planWritten': 'plan écrit dans {{dir}} ({{files}})',
  'plan.cli.oldPlanRemoved': {
    one: '{{n}} fichier du plan précédent supprimé',
    other: '{{n}} fichiers du plan précédent supprimés',
  },
  'plan.cli.workbookAsCsv':
    'les destinataires viennent d’un classeur : les fichiers des lots sont écrits en CSV (UTF-8, virgule)',
  'plan.cli.cannotCreate': 'impossible de créer le dossier ({{reason}})',
  'plan.cli.cannotCreateHint': 'Choisissez un autre dossier pour -o.',
};
