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
  'reading.heading': 'Lecture des fichiers',
  'reading.intro':
    "Ce que l'outil a lu, et les choix qu'il a faits lui-même (détectés) plutôt que d'après le manifeste :",
  'reading.file': 'lecture du fichier des destinataires : {{choices}}',
  'reading.encoding': '{{value}} ({{from}})',
  'reading.delimiter': 'séparateur « {{value}} » ({{from}})',
  'reading.sheet': 'feuille « {{value}} » ({{from}})',
  'reading.headerLine': 'en-tête en ligne {{line}}',
  'reading.headerRow': 'en-tête en ligne {{line}}',
  'reading.columns': 'colonnes reconnues dans l’en-tête :',
  'reading.column': '{{logical}} ← « {{header}} »',
  'reading.fallback': 'le seul en-tête qui ressemble à un consentement',
  'reading.generic': 'un en-tête de mobile l’emporte sur « {{header}} »',
  'reading.landlines': 'écartés comme fixe, bureau, domicile, fax ou phonétique : {{headers}}',
  'reading.unusedOptOut': 'colonnes qui ressemblent à une opposition et ne sont pas lues :',
  'reading.duplicates':
    'en-têtes écrits deux fois, lus par aucune colonne (un champ de fusion lit le premier) :',
  'reading.quoted': '« {{header}} »',
  'reading.andMore': { one: '{{list}} et {{n}} autre', other: '{{list}} et {{n}} autres' },
  'reading.listHeader': 'liste d’opposition {{file}} : en-tête en ligne 1, colonne « {{column}} »',
  'reading.listPlain':
    'liste d’opposition {{file}} : sans en-tête (la ligne 1 est un numéro), colonne {{column}}',
  'reading.from.detected': 'détecté',
  'reading.from.manifest': 'indiqué dans le manifeste',
  'reading.from.bom': 'indicateur d’ordre des octets',
  'reading.from.sepLine': 'donné par sa ligne sep=',
  'reading.from.firstVisible': 'la première feuille visible',
  'reading.from.hiddenSkipped': {
    one: 'la première feuille visible, {{n}} feuille masquée avant elle écartée',
    other: 'la première feuille visible, {{n}} feuilles masquées avant elle écartées',
  },
  'columns.twice': 'la colonne « {{header}} » apparaît deux fois dans l’en-tête (colonnes {{columns}})',
  'columns.twiceHint':
    'Renommez ou supprimez l’une des deux, pour que chaque valeur soit lue dans la bonne colonne.',
  'columns.noPhone': 'aucune colonne de numéros de téléphone dans l’en-tête',
  'csv.beyondHeader':
    'cette ligne a une valeur en colonne {{column}}, à droite de la dernière colonne de l’en-tête (« {{last}} », colonne {{named}}) : rien ne la lirait',
  'csv.beyondHeaderHint':
    'Donnez un nom à cette colonne dans l’en-tête (elle est alors lue comme une donnée), ou effacez la valeur : une note placée là (comme « NE PAS CONTACTER ») serait perdue.',
  'csv.garbled': 'l’en-tête semble illisible (« {{header}} ») : l’encodage du fichier n’a pas été reconnu',
  'csv.garbledAs':
    'l’en-tête semble illisible (« {{header}} ») : l’encodage du fichier n’a pas été reconnu comme {{encoding}}',
  'csv.garbledHint':
    'Enregistrez de nouveau le fichier en « CSV UTF-8 », ou indiquez son encodage dans le manifeste : recipients.encoding: macintosh (Excel pour Mac), windows-1252 (Excel pour Windows), utf-16le.',

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
