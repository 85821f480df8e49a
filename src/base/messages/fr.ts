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
  'fix.legalMentionAdded': 'mention légale « {{mention}} » ajoutée',
  'html.outsideAdvised': {
    one: '{{n}} hors de la plage recommandée (avertissement)',
    other: '{{n}} hors de la plage recommandée (avertissement)',
  },
  'html.inSilence': {
    one: '{{n}} pendant le silence électoral',
    other: '{{n}} pendant le silence électoral',
  },
  'election.shape':
    'election doit valoir « none » ou contenir kind et ballots, par exemple\nelection:\n  kind: presidential\n  ballots: [2027-04-11, 2027-04-25]',
  'election.notMapping': 'election doit valoir « none » ou être un ensemble de champs (reçu {{got}})',
  'election.unknownField': 'champ inconnu « election.{{key}} »',
  'election.known': 'Connus : {{known}}.',
  'election.missingKind': 'champ manquant « election.kind »',
  'election.badKind': 'election.kind doit valoir {{kinds}} (reçu {{got}})',
  'election.missingDays': '{{field}} manquant',
  'election.tooManyDays': {
    one: '{{field}} donne {{n}} jour : une élection n’a que quelques tours',
    other: '{{field}} donne {{n}} jours : une élection n’a que quelques tours',
  },
  'election.notADate': '{{field}} : « {{day}} » n’est pas une date (AAAA-MM-JJ)',
  'election.notInOrder': '{{field}} : les tours doivent être dans l’ordre ({{previous}} puis {{day}})',
  'election.ballotsHint':
    'Donnez les jours de scrutin en métropole, premier tour d’abord : ballots: [2027-04-11, 2027-04-25].',
  'election.territoriesShape':
    'election.territory_ballots doit associer des territoires (GP, PF…) à leurs jours de scrutin',
  'election.unknownTerritory': 'territoire inconnu « {{code}} » dans election.territory_ballots',
  'election.territoryHint':
    'Donnez le jour de scrutin local de {{code}} pour chaque tour, dans l’ordre de ballots.',
  'election.roundCount': {
    one: '{{field}} donne {{n}} jour pour {{rounds}} dans election.ballots',
    other: '{{field}} donne {{n}} jours pour {{rounds}} dans election.ballots',
  },
  'election.rounds': { one: '{{n}} tour', other: '{{n}} tours' },
  'election.tooEarly':
    '{{field}} : {{day}} n’est pas dans les {{max}} jours qui précèdent le scrutin métropolitain du même tour ({{ballot}})',
  'election.tooEarlyHint': 'territory_ballots donne les jours où un territoire vote avant la métropole.',
  'reading.heading': 'Lecture des fichiers',
  'reading.intro':
    "Ce que l'outil a lu, et les choix qu'il a faits lui-même (détectés) plutôt que d'après le manifeste :",
  'reading.file': 'lecture du fichier des destinataires : {{choices}}',
  'report.quoted': '« {{text}} »',
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
  'columns.noPhoneHint':
    'Indiquez-la dans le manifeste : recipients.columns.phone: "<en-tête>" (ou nommez la colonne « phone »). {{headers}}',
  'columns.noPhoneHintNear':
    'Est-ce « {{header}} » ? Indiquez-la dans le manifeste : recipients.columns.phone: "{{header}}" (ou nommez la colonne « phone »). {{headers}}',
  'columns.ambiguous': '{{count}} colonnes peuvent être « {{logical}} » : {{headers}}',
  'columns.ambiguousTwo': 'deux colonnes peuvent être « {{logical}} » : {{headers}}',
  'columns.ambiguousHint':
    'Indiquez laquelle dans le manifeste, par exemple recipients.columns.{{logical}}: "{{header}}".',
  'columns.numbers': '{{first}} et {{second}}',
  'csv.beyondHeader':
    'cette ligne a une valeur en colonne {{column}}, à droite de la dernière colonne de l’en-tête (« {{last}} », colonne {{named}}) : rien ne la lirait',
  'csv.beyondHeaderHint':
    'Donnez un nom à cette colonne dans l’en-tête (elle est alors lue comme une donnée), ou effacez la valeur : une note placée là (comme « NE PAS CONTACTER ») serait perdue.',
  'csv.garbled': 'l’en-tête semble illisible (« {{header}} ») : l’encodage du fichier n’a pas été reconnu',
  'csv.garbledAs':
    'l’en-tête semble illisible (« {{header}} ») : l’encodage du fichier n’a pas été reconnu comme {{encoding}}',
  'csv.garbledHint':
    'Enregistrez de nouveau le fichier en « CSV UTF-8 », ou indiquez son encodage dans le manifeste : recipients.encoding: macintosh (Excel pour Mac), windows-1252 (Excel pour Windows), utf-16le.',

  'list.more': '{{shown}}… (et {{count}} de plus)',

  'output.sameAsOther':
    'écriture refusée : {{other}} est aussi écrit par cette analyse, et c’est le même fichier',
  'output.sameAsOtherHint': 'Donnez à chaque sortie son propre fichier.',

  'fix.never': 'c’est {{what}}, que --fix ne réécrit jamais',
  'fix.gitFile': 'un fichier de .git/',
  'fix.configFile': 'le fichier de configuration',
  'fix.plugin': 'une extension',
  'fix.alsoInput': 'aussi {{file}}',
  'fix.notText': '--fix réécrit les fichiers de message en texte (.txt, .md), pas les fichiers {{extension}}',
  'fix.otherCampaign': 'il sert aussi à {{campaign}}, que la correction changerait aussi',
  'fix.notSafe':
    'le fichier modifié ne se relirait pas exactement comme le message corrigé : il est laissé tel quel',

  'confine.intoGit': '{{field}} mène dans .git/ ({{path}}) : il n’est pas lu',
  'confine.intoGitHint':
    'Les fichiers propres au dépôt (sa configuration contient des identifiants) ne sont jamais des fichiers de campagne : désignez un fichier de la campagne.',

  'glob.invalid': 'motif glob invalide ({{reason}})',
  'glob.invalidHint':
    'Vérifiez les crochets et accolades du motif (un intervalle va du plus petit au plus grand : [a-z]), ou mettez-le entre guillemets.',
  'walk.unreadableHint': 'Donnez au dossier le droit de lecture, ou retirez-le des chemins donnés.',

  'html.andMore': 'et {{count}} de plus',
  'html.messageCut':
    '… et {{count}} caractères de plus non affichés (aucun SMS ni message vocal n’est aussi long)',

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
  'plan.blocked': 'Pas de plan : la campagne a des problèmes qu’aucune heure d’envoi ne corrige.',
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
  'severity.error': 'erreur',
  'severity.warning': 'avertissement',
  'severity.off': 'désactivée',
  'report.failed': 'analyse impossible',
  'failure.place': '{{place}} : ',
  // Ces textes du bloc d'échec, comme la page HTML et la note de GitHub, mettent une espace fine
  // (U+202F) avant « : » : les rapports restent identiques octet pour octet à ceux d'avant le
  // catalogue (la convention unique, base/text.ts, met U+00A0 ; unifier changera ces rapports).
  'report.noManifest': 'aucune campagne vérifiée\u202f: aucun manifeste de campagne trouvé dans {{paths}}',
  'report.unusedData': 'aucune campagne vérifiée\u202f: aucune campagne n’utilise {{paths}}',
  'report.clean': 'aucun problème',
  'report.nothingLinted': 'aucune campagne n’a été vérifiée',
  'report.failureRuleName': 'Échec de lecture',
  'report.failureRuleDescription':
    'Une campagne, un fichier ou la configuration n’a pas pu être lu ou vérifié\u202f: l’analyse sort avec le code 2.',
  'report.failureRuleHelp':
    'campaign-lint n’a pas pu analyser une campagne\u202f: fichier d’entrée absent ou mal formé, manifeste ou configuration invalide, ou règle en échec. Le message nomme le fichier (et la ligne si elle est connue) et dit quoi faire. Corrigez l’entrée et relancez\u202f: rien n’a été vérifié sur la campagne d’ici là.',

  'stylish.more': '… et {{n}} de plus (--format json pour la liste complète)',
  'stylish.fixLabel': 'correction :',
  'github.more':
    '{{n}} autres annotations {{rule}} dans {{kind}} omises ({{counts}})\u202f: voir le résumé du job, ou --format json pour la liste complète',
  'github.kind.manifest': 'les manifestes',
  'github.kind.recipients': 'les fichiers de destinataires',
  'github.kind.other': 'les autres fichiers',
  'github.in': 'dans',
  'github.failuresHeading': 'Échecs de lecture (code 2)',
  'github.rulesHeading': 'Problèmes par règle',
  'github.campaignsHeading': 'Campagnes',
  'github.rule': 'règle',
  'github.campaign': 'campagne',
  'github.name': 'nom',
  'github.recipients': 'destinataires',
  'github.errors': 'erreurs',
  'github.warnings': 'avertissements',
  'github.clean': 'Aucun problème.',

  // Pas encore traduits : le rapport JUnit français les écrivait en anglais, et les rapports restent
  // identiques octet pour octet cette fois-ci (à traduire : « … et {{n}} de plus »,
  // « {{errors}} erreur(s), {{warnings}} avertissement(s) »).
  'junit.more': '… and {{n}} more',
  'junit.failureMessage': '{{errors}} error(s), {{warnings}} warning(s)',

  // La page HTML
  'html.title': 'Rapport de campagne',
  'html.generatedBy': 'Vérifié par campaign-lint {{version}}',
  'html.contents': 'Campagnes',
  'html.failuresTitle': 'Impossible à vérifier',
  'html.failuresIntro': "Ces entrées n'ont pas pu être lues ou vérifiées ; rien ci-dessous ne les couvre.",
  'html.blocked': 'Bloquée',
  'html.ready': 'Prête à partir',
  'html.blockedLong': "Ne pas envoyer\u202f: corrigez d'abord les erreurs ci-dessous.",
  'html.readyLong': 'Aucune erreur\u202f: la campagne peut partir.',
  'html.readyWarnings': "Aucune erreur\u202f: la campagne peut partir ; relisez d'abord les avertissements.",
  'html.channel': 'Canal',
  'html.purpose': 'Finalité',
  'html.audience': 'Public',
  'html.advertiser': 'Annonceur',
  'html.sender': 'Émetteur',
  'html.sendDate': "Date d'envoi",
  'html.rate': 'Débit',
  'html.perMinute': '{{n}} par minute',
  'html.recipients': 'Destinataires',
  'html.manifest': 'Manifeste',
  'html.errors': 'Erreurs',
  'html.warnings': 'Avertissements',
  'html.notSet': 'non renseigné',
  'html.message': 'Message',
  'html.script': 'Script du message vocal',
  'html.encoding': 'Codage',
  'html.segments': 'Segments',
  'html.segmentsValue': '{{segments}} ({{units}} {{unit}}, {{perSegment}} par segment)',
  'html.septets': 'septets',
  'html.utf16': 'unités UTF-16',
  'html.ucs2Chars': 'Caractères imposant UCS-2',
  'html.none': 'aucun',
  'html.placeholders': 'Champs de fusion',
  'html.optOut': "Mention d'opposition",
  'html.advertiserName': "Nom de l'annonceur",
  'html.found': 'présent (surligné)',
  'html.missing': 'absent',
  'html.legend': 'Légende',
  'html.longestVariant': 'Plus long message personnalisé (ligne {{line}})',
  'html.ownMessageHidden':
    'Le message propre à ce destinataire est masqué (même longueur) ; --show-pii l’affiche.',
  'html.valuesHidden': 'Les valeurs insérées sont masquées (même longueur) ; --show-pii les affiche.',
  'html.timeline': 'Quand les destinataires le reçoivent',
  'html.timelineIntro': 'Heure locale de chaque territoire. Profil appliqué\u202f: {{profile}}.',
  'html.noSchedule':
    "Heure locale de chaque territoire. Aucune plage horaire ne s'applique\u202f: schedule-hours ne s'exécute pas sur cette campagne.",
  'html.territory': 'Territoire',
  'html.sendDay': "Jour d'envoi (heure locale)",
  'html.outsideHead': 'Hors plage',
  'html.allowed': 'autorisé',
  'html.tolerated': 'toléré (avertissement)',
  'html.noWindow': 'aucun envoi autorisé ce jour',
  'html.sendsAt': 'envois {{span}}',
  'html.holiday': 'jour férié\u202f: {{name}}',
  'html.detail': 'détail {{from}}–{{to}}',
  'html.laterDays': "{{recipients}} de plus, d'autres jours (non dessinés)",
  'html.unusable': 'Hors de la frise\u202f: {{recipients}} sans numéro utilisable.',
  'html.outsideCount': '{{n}} hors plage',
  'html.toleratedCount': '{{n}} en heures tolérées',
  'html.holidayCount': '{{n}} en jour férié',
  'html.allInside': 'tous dans la plage',
  'html.legendAllowed': 'heures autorisées',
  'html.legendTolerated': 'heures tolérées',
  'html.legendSend': 'envois dans la plage',
  'html.legendOutside': 'envois hors plage',
  'html.legendHoliday': 'jour férié',
  'html.findings': 'Constats par règle',
  'html.noFindings': 'Aucun constat\u202f: toutes les règles sont passées.',
  'html.legalBasis': 'Fondement juridique',
  'html.ruleDoc': 'documentation',
  'html.where': 'Où',
  'html.recipient': 'Destinataire',
  'html.severity': 'Gravité',
  'html.what': 'Constat',
  'html.fix': 'Correction',
  'html.more': '… et {{n}} de plus non affichés (le rapport JSON, --format json, les liste tous).',
  'html.filter': 'Afficher',
  'html.allRules': 'toutes les règles',
  'html.rule': 'Règle',
  'html.summaryLine': '{{campaigns}}\u202f: {{blocked}}, {{ready}}.',
  'html.colon': '\u202f:',
  // read/containers.ts: formats recognised and refused, each with how to export
  'container.saveAsXlsx':
    'Ouvrez-le dans Excel puis Fichier > Enregistrer sous > « Classeur Excel (.xlsx) » ou « CSV UTF-8 (délimité par des virgules) », et indiquez le nouveau fichier dans recipients.file.',
  'container.xls': 'les classeurs Excel 97–2003 (.xls) ne sont pas lus',
  'container.xlsb': 'les classeurs binaires Excel (.xlsb) ne sont pas lus',
  'container.encrypted':
    'le classeur est chiffré (il faut un mot de passe pour l’ouvrir), ses cellules ne peuvent donc pas être lues',
  'container.encryptedHow':
    'Ouvrez-le dans Excel avec son mot de passe, retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis videz le champ) et enregistrez-le en « Classeur Excel (.xlsx) » ou « CSV UTF-8 », puis indiquez ce fichier dans recipients.file.',
  'container.ods': 'les feuilles de calcul OpenDocument (.ods) ne sont pas lues',
  'container.odsHow':
    'Dans LibreOffice, Fichier > Enregistrer sous > « Excel 2007-365 (.xlsx) » ou « Texte CSV (.csv) » en UTF-8, puis indiquez le nouveau fichier dans recipients.file.',
  'container.numbers': 'les feuilles de calcul Numbers ne sont pas lues',
  'container.numbersHow':
    'Dans Numbers, Fichier > Exporter vers > Excel (.xlsx) ou CSV (UTF-8), puis indiquez le nouveau fichier dans recipients.file.',
  'container.word': 'le fichier est un document Word, pas une feuille de calcul',
  'container.opendocument': 'le fichier est un document OpenDocument, pas une feuille de calcul',
  'container.zip': 'le fichier est une archive zip mais pas un classeur Excel',
  'container.zipHow':
    'Extrayez le fichier des destinataires de l’archive, ou exportez-le en « CSV UTF-8 » ou en classeur Excel (.xlsx).',
  'container.ole': 'le fichier est un fichier Office 97–2003 mais pas un classeur Excel',
  'container.exportFromSource':
    'Exportez les destinataires depuis le tableur ou le CRM d’origine en « CSV UTF-8 » ou en classeur Excel (.xlsx).',
  // read/xlsx.ts: the workbook reader
  'xlsx.saveAgain':
    'Ouvrez-le dans Excel et enregistrez-le de nouveau en « Classeur Excel (.xlsx) » ou « CSV UTF-8 ».',
  'xlsx.damagedPart': 'le classeur est endommagé : sa partie {{part}} contient {{what}}',
  'xlsx.partMethod':
    'la partie {{part}} du classeur est compressée en {{method}}, que cet outil ne lit pas (Excel utilise Deflate)',
  'xlsx.partTooLarge':
    'la partie {{part}} du classeur dépasse {{bytes}} octets une fois décompressée, le maximum lu',
  'xlsx.partRatio':
    'la partie {{part}} du classeur grossit {{ratio}} fois une fois décompressée (au plus 100 fois) : le fichier ressemble à une bombe de décompression',
  'xlsx.zipOverlap':
    'le zip du classeur est malformé : deux entrées partagent des octets ({{message}}), ce que fait une bombe de décompression',
  'xlsx.zipEntries': 'le zip du classeur a {{entries}} entrées ; au plus 10 000 sont lues',
  'xlsx.noZipDirectory':
    'le fichier commence comme une archive zip (un classeur Excel) mais n’a pas de répertoire zip : il est tronqué ou endommagé',
  'xlsx.zipDamaged': 'le zip du classeur est endommagé{{entry}} : {{message}}',
  'xlsx.noSheetNamed': 'le classeur n’a pas de feuille nommée « {{sheet}} »',
  'xlsx.itsSheets': 'Ses feuilles : {{sheets}}. Indiquez recipients.sheet dans le manifeste.',
  'xlsx.noSheet': 'le classeur n’a aucune feuille',
  'xlsx.allSheetsHidden': 'toutes les feuilles du classeur sont masquées',
  'xlsx.itsSheetsName':
    'Ses feuilles : {{sheets}}. Indiquez celle à lire dans le manifeste (recipients.sheet).',
  'xlsx.notCellSheet':
    'la feuille « {{sheet}} » n’est pas une feuille de cellules (graphique, boîte de dialogue ou lien cassé)',
  'xlsx.itsSheetsHolding':
    'Ses feuilles : {{sheets}}. Indiquez celle qui contient les destinataires dans recipients.sheet.',
  'xlsx.notWorkbook': 'le fichier n’est pas un classeur Excel (.xlsx)',
  'xlsx.cannotRead': 'impossible de lire le classeur : {{reason}}',
  'xlsx.sheetMalformed': 'la feuille « {{sheet}} » est malformée : {{detail}}',
  'xlsx.valueRightOfHeader':
    'la ligne {{row}} a une valeur en colonne {{column}}, à droite de la dernière colonne de l’en-tête ({{last}})',
  'xlsx.valueRightOfHeaderHint':
    'Donnez un en-tête à cette colonne, ou videz la cellule : une note à côté du tableau (par exemple « ne pas contacter ») ne doit pas disparaître sans être lue.',
  'xlsx.headerTooWide': 'l’en-tête a une cellule en colonne {{column}} ; au plus {{max}} colonnes sont lues',
  'xlsx.headerTooWideHint': 'N’exportez que les colonnes utiles à la campagne.',
  'xlsx.emptySheet': 'la feuille « {{sheet}} » est vide',
  'xlsx.emptySheetHint':
    'Une ligne d’en-tête (par exemple « phone », « consent ») et une ligne par destinataire sont attendues.',
  'xlsx.cellSharedString':
    'la cellule {{cell}} renvoie à la chaîne partagée {{index}}, et il y en a {{count}}',
  'xlsx.cellYesNo': 'la cellule {{cell}} est une cellule vrai/faux qui contient « {{text}} »',
  'xlsx.cellNotNumber': 'la cellule {{cell}} est une cellule numérique qui contient autre chose',
  'xlsx.rowTooLong': 'la ligne {{row}} contient plus de {{max}} caractères',
  'xlsx.cellTooLong': 'une cellule contient plus de {{max}} caractères',
  'xlsx.rowInRow': 'la ligne {{row}} contient une autre ligne',
  'xlsx.rowNotNumbered': 'une ligne est numérotée « {{number}} », qui n’est pas un numéro de ligne',
  'xlsx.rowPastLast': 'une ligne est numérotée {{number}}, au-delà de la dernière ligne d’Excel ({{last}})',
  'xlsx.rowOrder':
    'la ligne {{number}} vient après la ligne {{row}} : des lignes sont dans le désordre ou répétées',
  'xlsx.cellNotInRow':
    'la ligne {{row}} contient une cellule « {{ref}} », qui n’est pas une cellule de cette ligne',
  'xlsx.cellOutsideRow': 'une cellule est hors d’une ligne, ou dans une autre cellule',
  'xlsx.cellOrder':
    'dans la ligne {{row}}, la cellule {{column}} vient après la cellule {{previous}} : des cellules sont dans le désordre ou répétées',
  'xlsx.cellType': 'la cellule {{cell}} a le type « {{type}} », qu’Excel n’écrit pas',
  // read/: CSV, rows, structured files
  'structured.invalidJson': 'JSON invalide : {{reason}}',
  'structured.invalidJsonHint':
    'Corrigez la syntaxe (un validateur ou votre éditeur montrera l’endroit exact).',
  'structured.invalidYamlHint':
    'Corrigez la syntaxe à cette ligne (vérifiez l’indentation et les guillemets).',
  'structured.invalid': '{{format}} invalide : {{reason}}',
  'structured.aliasesHint': 'Supprimez les alias YAML (*nom) ou définissez leurs ancres (&nom).',
  'rows.workbookListsAsCsv':
    'les destinataires viennent d’un classeur : les listes acceptée et refusée sont écrites en CSV (UTF-8, virgule)',
  'csv.mixedEncodings':
    'cette ligne n’est pas en UTF-8 alors que les précédentes le sont : le fichier mélange deux encodages (UTF-8 et Latin-1)',
  'csv.mixedEncodingsHint':
    'Enregistrez de nouveau le fichier en « CSV UTF-8 » depuis l’original, ou indiquez recipients.encoding dans le manifeste si vous le connaissez.',
  'csv.workbookAsCsv': '{{kind}} est un classeur Excel, et il n’est lu qu’en CSV',
  'csv.workbookAsCsvHint':
    'Ouvrez-le dans Excel puis Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) », et indiquez le fichier CSV dans le manifeste.',
  'csv.xls': '{{kind}} est un classeur Excel 97–2003 (.xls), qui n’est pas lu',
  'csv.xlsHint':
    'Ouvrez-le dans Excel puis Fichier > Enregistrer sous > « Classeur Excel (.xlsx) » ou « CSV UTF-8 (délimité par des virgules) ».',
  'csv.utf16NoBom': '{{kind}} semble être en UTF-16 sans indicateur d’ordre des octets (BOM)',
  'csv.utf16NoBomHint': 'Enregistrez-le de nouveau en « CSV UTF-8 » (ou en UTF-16 avec son BOM).',
  'csv.binary': '{{kind}} n’est pas un fichier texte (il contient des données binaires)',
  'csv.binaryHint':
    'Exportez les destinataires en CSV (par exemple « CSV UTF-8 » dans Excel) ou en classeur .xlsx.',
  'csv.noHeaderRow':
    'la ligne d’en-tête manque : la première ligne contient des numéros de téléphone, pas des noms de colonnes',
  'csv.noHeaderRowHint':
    'Ajoutez une première ligne qui nomme les colonnes, par exemple « phone;consent;consent_date ».',
  'csv.tooManyColumns': 'l’en-tête a {{columns}} colonnes ; au plus {{max}} sont lues',
  'csv.tooManyColumnsHint':
    'Vérifiez le séparateur (recipients.delimiter dans le manifeste) ou n’exportez que les colonnes utiles à la campagne.',
  'csv.checkPath': 'Vérifiez le chemin dans le manifeste (relatif au dossier du manifeste).',
  'csv.empty': '{{kind}} est vide',
  'csv.emptyHint':
    'Une ligne d’en-tête (par exemple « phone;consent ») et une ligne par destinataire sont attendues.',
  'csv.wideRow': 'cette ligne a {{cells}} cellules mais l’en-tête en a {{width}}',
  'csv.wideRowHint':
    'Une cellule contient sans doute le séparateur « {{delimiter}} » sans guillemets : mettez cette cellule entre guillemets doubles. Ou une note a été saisie à droite de la dernière colonne : donnez un nom à cette colonne dans l’en-tête.',
  'csv.shortRowHint':
    'Chaque ligne doit avoir les {{width}} cellules de l’en-tête (vides comprises : « 0612345678;; »). La ligne a peut-être été coupée, ou ses cellules décalées.',
  'csv.recordTooLong': 'un enregistrement de plus de {{max}} caractères commence ici',
  'csv.recordTooLongHint':
    'Un guillemet est sans doute resté ouvert, ou une cellule contient autre chose que des données de destinataire (un texte entier, un fichier).',
  'csv.openQuote': 'un guillemet ouvert sur cette ligne n’est jamais fermé',
  'csv.openQuoteHint': 'Fermez la cellule entre guillemets, et doublez les guillemets qu’elle contient ("").',
  'csv.malformed': 'CSV mal formé : {{detail}}',
  'csv.malformedHint':
    'Vérifiez les guillemets de cette ligne : un champ entre guillemets doit être fermé, et les guillemets qu’il contient doublés ("").',
  'csv.noHeader': '{{kind}} n’a pas de ligne d’en-tête',
  'csv.noHeaderHint': 'Une ligne d’en-tête est attendue (par exemple « phone;consent »).',
  'csv.cannotDecode': 'impossible de décoder le fichier en {{encoding}} : {{message}}',

  // read/ : lignes comptées, colonnes
  'csv.shortRow': {
    one: 'cette ligne a {{n}} cellule mais l’en-tête en a {{width}} : des cellules manquent',
    other: 'cette ligne a {{n}} cellules mais l’en-tête en a {{width}} : des cellules manquent',
  },
  'columns.mappedMissing':
    'la colonne « {{mapped}} » (associée à {{logical}} dans le manifeste) n’est pas dans l’en-tête',
  'failure.didYouMean': 'Vouliez-vous dire « {{suggestion}} » ?',
  // inputs/, recipients/, engine/ and base/failure.ts: failures
  'failure.notFound': '{{kind}} est introuvable',
  'failure.isFolder': '{{kind}} est un dossier, pas un fichier',
  'failure.denied': '{{kind}} ne peut pas être lu (permission refusée)',
  'failure.notRegular':
    '{{kind}} n’est pas un fichier ordinaire (un tube nommé ou un périphérique) : il n’est pas lu',
  'failure.utf16': '{{kind}} n’est pas en UTF-8 (il est en UTF-16)',
  'failure.notUtf8': '{{kind}} n’est pas en UTF-8 (sans doute Windows-1252 ou Latin-1)',
  'failure.tooLarge': '{{kind}} est trop gros : {{why}}',
  'failure.cannotRead': '{{kind}} ne peut pas être lu ({{why}})',
  'failure.saveAsUtf8':
    'Enregistrez-le en UTF-8 (dans la plupart des éditeurs\u202f: Enregistrer sous, puis Encodage\u202f: UTF-8).',
  'lint.noManifest': 'aucune campagne vérifiée : aucun manifeste de campagne trouvé',
  'lint.recipientsChanged': 'le fichier des destinataires a changé pendant sa lecture',
  'lint.recipientsChangedHint': 'Relancez une fois terminé l’export qui l’écrit.',
  'lint.noRecipientRows': 'le fichier des destinataires a un en-tête mais aucune ligne de destinataire',
  'lint.noRecipientRowsHint':
    'Vérifiez que l’export est complet : une campagne sans destinataire ne peut pas être jugée.',
  'lint.ruleCrashedStarting': 'la règle « {{id}} » a planté au démarrage : {{why}}',
  'lint.ruleCrashedStartingHint': 'Désactivez la règle (--rule id:off) et signalez le problème à son auteur.',
  'lint.ruleCrashedHint':
    'Désactivez la règle (--rule id:off) et signalez le problème à son auteur ; --debug montre la pile d’appels.',
  'recipients.cannotRead': 'impossible de lire le fichier : {{message}}',
  'recipients.readerStopped': 'le lecteur s’est arrêté de façon inattendue (code de sortie {{code}})',
  'manifest.notMapping': 'un manifeste de campagne doit être un ensemble de champs (channel, purpose, …)',
  'manifest.seeReadme': 'Voir le format du manifeste dans le README.',
  'manifest.outside': '{{field}} mène hors du projet ({{target}}) : il n’est pas lu',
  'manifest.outsideHint':
    'Gardez les fichiers de la campagne dans le projet (le dossier courant ou son dépôt git, ou celui du manifeste), ou passez --allow-outside.',
  'manifest.unknownField': 'champ inconnu « {{field}} »',
  'manifest.knownFields': 'Champs connus : {{fields}}.',
  'manifest.missingField': 'champ obligatoire manquant « {{field}} »',
  'manifest.missingFieldHint': 'Ajoutez « {{field}}: » au manifeste.',
  'manifest.notText': 'le champ « {{field}} » doit être du texte',
  'manifest.notOneOf': 'le champ « {{field}} » doit valoir {{allowed}} (reçu « {{value}} »)',
  'manifest.messageTwice': 'donnez « message » ou « message_file », pas les deux',
  'manifest.checkPath': 'Vérifiez le chemin ; il est relatif au dossier du manifeste.',
  'manifest.missingMessage': 'champ obligatoire manquant « message » (ou « message_file »)',
  'manifest.missingMessageHint': 'Ajoutez le texte du SMS ou le script du message vocal sous « message: ».',
  'manifest.emptyMessage': 'le message est vide',
  'manifest.unknownTimeZone': 'fuseau horaire inconnu « {{timeZone}} »',
  'manifest.unknownTimeZoneHint': 'Utilisez un nom de fuseau IANA comme Europe/Paris ou Indian/Reunion.',
  'manifest.badSendAt': 'send_at « {{value}} » n’est pas une date et heure',
  'manifest.badSendAtHint':
    'Écrivez-la 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 ou 13/01/2027 10:00.',
  'manifest.badRate': 'rate_per_minute doit être un nombre de messages par minute, de 0,01 à 10 000 000',
  'manifest.badAnalogousOffer': 'analogous_offer doit valoir true ou false',
  'manifest.notPaths': '{{field}} doit être un chemin de fichier ou une liste de chemins',
  'manifest.missingRecipientsHint': 'Ajoutez :\nrecipients:\n  file: recipients.csv',
  'manifest.recipientsNotMapping': 'recipients doit être un ensemble de champs avec au moins « file »',
  'manifest.unknownRecipientsField': 'champ inconnu « recipients.{{field}} »',
  'manifest.missingRecipientsFile': 'champ obligatoire manquant « recipients.file »',
  'manifest.missingRecipientsFileHint': 'Ajoutez « file: recipients.csv » sous « recipients: ».',
  'manifest.badDelimiter':
    'recipients.delimiter doit valoir « , » « ; » « | » ou une tabulation (reçu {{value}})',
  'manifest.badEncoding': 'recipients.encoding « {{encoding}} » n’est pas pris en charge',
  'manifest.badEncodingHint':
    'Utilisez utf-8, latin1 ou windows-1252 (ou omettez-le pour une détection automatique).',
  'manifest.columnsNotMapping':
    'recipients.columns doit associer des noms logiques (phone, consent, …) à des en-têtes de colonnes',
  'manifest.unknownColumn': 'colonne inconnue « {{column}} » dans recipients.columns',
  'manifest.knownColumns': 'Connues : {{columns}}.',
  'manifest.columnNotHeader': 'recipients.columns.{{logical}} doit être un nom d’en-tête de colonne',
  'manifest.badSheet': 'recipients.sheet doit être le nom d’une feuille du classeur',
  'history.noColumn': 'pas de colonne « {{column}} » dans le fichier d’historique',
  'history.columnsHint':
    'Le fichier d’historique doit avoir les colonnes phone et sent_at (facultatives : channel, advertiser). {{header}}',
  'history.badPhone': 'la cellule phone « {{cell}} » n’est pas un numéro de téléphone',
  'history.badPhoneHint':
    'Vérifiez que la colonne « phone » contient les numéros (des colonnes sont peut-être inversées).',
  'history.badSentAt': 'sent_at « {{value}} » n’est pas une date et heure',
  'history.badSentAtHint': 'Écrivez-la 2027-01-13T10:00, 2027-01-13 10:00 ou 13/01/2027 10:00.',
  'history.badChannel': 'channel « {{value}} » doit valoir sms, vms ou voice',
  'discover.giveInputs':
    'Donnez des manifestes de campagne (*.campaign.yaml|yml|json), des dossiers qui en contiennent, ou des fichiers de destinataires.',
  'discover.noSuchPath': 'chemin introuvable (ni fichier ni dossier)',
  'discover.notManifest': 'pas un manifeste de campagne',
  'discover.manifestNames': 'Les manifestes se nomment *.campaign.yaml, *.campaign.yml ou *.campaign.json.',
  'lint.ruleCrashedOnRecipient':
    'la règle « {{id}} » a planté sur le destinataire de la ligne {{line}} : {{why}}',
  'lint.ruleCrashedInHook': 'la règle « {{id}} » a planté dans son point d’entrée {{hook}} : {{why}}',
  'failure.atPath': '{{what}} : {{path}}',
  // engine/config.ts: the configuration and plugins
  'config.notFound': 'fichier de configuration introuvable',
  'config.notFoundHint': 'Vérifiez le chemin donné à --config.',
  'config.notMapping':
    'la configuration doit être un ensemble avec « extends », « rules », « plugins » et/ou « ignores »',
  'config.unknownKey': 'clé de configuration inconnue « {{key}} »',
  'config.unknownPreset': 'préréglage inconnu « {{preset}} »',
  'config.unknownPresetHint': 'Utilisez « recommended » ou « strict ».',
  'config.pluginsNotList': '« plugins » doit être une liste de chemins de modules',
  'config.pluginRuleExists': 'l’extension {{spec}} définit la règle « {{id}} », qui existe déjà',
  'config.pluginRuleExistsHint': 'Donnez un autre identifiant à la règle de l’extension.',
  'config.rulesNotMapping':
    '« rules » doit associer des identifiants de règles à une sévérité ou à [sévérité, options]',
  'config.unknownRule': 'règle inconnue « {{id}} »',
  'config.ruleNotSeverity': 'règle « {{id}} » : une sévérité ou [sévérité, options] est attendue',
  'config.unknownSeverity': 'règle « {{id}} » : sévérité inconnue {{severity}}',
  'config.badOverride': '--rule « {{override}} » doit s’écrire id:sévérité',
  'config.overrideUnknownRule': '--rule : règle inconnue « {{id}} »',
  'config.overrideUnknownSeverity': '--rule {{id}} : sévérité inconnue « {{word}} »',
  'config.optionsNotMapping':
    'règle « {{id}} » : les options doivent être un ensemble de clés, par exemple [error, { max: 3 }]',
  'config.unknownOption': 'règle « {{id}} » : option inconnue « {{key}} »',
  'config.optionsKnown': 'Options : {{options}}.',
  'config.noOptions': 'Cette règle n’a pas d’options.',
  'config.ruleOptions': 'règle « {{id}} » : {{why}}',
  'config.optionNamed': 'l’option « {{name}} »',
  'config.options': 'les options',
  'config.optionNotOneOf': '{{option}} doit valoir {{values}}',
  'config.optionBroken': '{{option}} ne respecte pas la contrainte {{broken}}',
  'config.pluginLoad': 'l’extension « {{spec}} » n’a pas pu être chargée : {{why}}',
  'config.pluginLoadHint':
    'Vérifiez le chemin (relatif au fichier de configuration) et que le module fonctionne avec Node.js.',
  'config.ruleShape':
    'Une règle est { meta: { id, description, defaultSeverity, channels, messages }, create(context) }.',
  'config.notRule': 'pas une règle (meta et create sont nécessaires)',
  'config.badId': 'meta.id doit être un texte en kebab-case',
  'config.idMismatch': 'enregistrée comme « {{key}} » mais meta.id vaut « {{id}} »',
  'config.bareId':
    'meta.id « {{id}} » n’a pas d’espace de noms et se lit comme l’identifiant d’une règle intégrée',
  'config.bareIdHint':
    'Donnez-lui l’espace de noms de son extension : meta.id « {{suggestion}} » (les identifiants commençant par recipient-, message-, sender-, schedule- ou campaign- sont ceux des règles intégrées).',
  'config.badDefaultSeverity': 'meta.defaultSeverity doit valoir « error » ou « warning »',
  'config.badChannels': 'meta.channels doit lister « sms » et/ou « vms »',
  'config.badMessages': 'meta.messages doit associer des identifiants de messages à des textes',
  'config.severityHint': 'Utilisez error, warning (ou warn) ou off.',
  'config.pluginProblem': 'extension « {{spec}} » : {{problem}}',
  'config.pluginRuleProblem': 'extension « {{spec}} » règle « {{rule}} » : {{problem}}',
  'failure.headerHas': 'L’en-tête contient : {{headers}}.',
  'failure.headerIsData':
    'La première ligne n’est pas un en-tête (elle ressemble à des données) : l’en-tête manque.',
  // The send plan (campaign-lint plan): its reasons, its table and page, its command.
  // The command line: commands, options, help, what it prints (src/cli).
  'cli.programDescription':
    'Vérifie les campagnes françaises de SMS et de dépôt de message vocal avant l’envoi.',
  'cli.version': 'afficher la version',
  'cli.help': 'afficher cette aide',
  'cli.helpCommand': 'afficher l’aide d’une commande',
  'cli.lintDescription':
    'vérifier des campagnes (la commande par défaut) : manifestes, dossiers de manifestes ou fichiers de destinataires',
  'cli.config': 'utiliser ce fichier de configuration au lieu de le chercher',
  'cli.rule': 'changer la sévérité d’une règle (répétable), par exemple --rule message-opt-out:off',
  'cli.maxWarnings': 'sortir avec le code 1 au-delà de n avertissements',
  'cli.quiet': 'ne signaler que les erreurs',
  'cli.showPii': 'afficher les numéros en entier (masqués par défaut)',
  'cli.lang': 'langue des messages (par défaut selon LC_ALL/LANG)',
  'cli.fix':
    'appliquer les corrections sûres aux messages (caractères typographiques, mention STOP manquante), puis vérifier',
  'cli.writeClean':
    'écrire <campagne>.accepted.csv et <campagne>.rejected.csv (avec une colonne reasons) dans <dossier>',
  'cli.debug': 'afficher la pile d’appels des erreurs internes',
  'cli.initDescription':
    'écrire une configuration commentée et une campagne d’exemple dans le dossier courant',
  'cli.created': 'créé {{file}}',
  'cli.kept': 'conservé {{file}} (déjà présent)',
  'cli.rulesDescription': 'lister les règles : identifiant, sévérité par défaut, canaux, résumé',
  'cli.rulesConfig': 'inclure les règles des extensions de cette configuration',
  'cli.language': 'langue',
  'cli.ruleHeader': 'règle',
  'cli.defaultHeader': 'défaut',
  'cli.channelsHeader': 'canaux',
  'cli.summaryHeader': 'résumé',
  'cli.explainDescription':
    'afficher la documentation d’une règle : ce qu’elle vérifie, pourquoi, base légale, exemples, options',
  'cli.explainConfig': 'chercher aussi parmi les règles des extensions de cette configuration',
  'cli.ruleIdArgument': 'l’identifiant de la règle, par exemple recipient-consent',
  'cli.fixed': 'corrigé {{file}} ({{what}})',
  'cli.notFixed': 'non corrigé {{file}} : {{reason}}',
  'cli.appended': '« {{mention}} » ajouté',
  'cli.cleanWritten': '{{accepted}} ({{acceptedRows}}), {{rejected}} ({{rejectedRows}})',
  'cli.workbookAsCsv':
    '{{file}} est un classeur : les listes acceptée et refusée sont écrites en CSV (UTF-8, virgule)',
  'cli.maxWarningsExceeded': 'trop d’avertissements ({{count}}, --max-warnings en permet au plus {{max}})',
  'cli.maxWarningsNotANumber': '--max-warnings attend un nombre entier (reçu « {{value}} »)',
  'cli.internalError': 'erreur interne : {{message}}',
  'cli.runWithDebug': 'Relancez avec --debug pour les détails.',
  'cli.pluginDefaults': 'Sévérité par défaut : {{severity}} ; canaux : {{channels}}',
  'cli.messagesTitle': 'Messages :',
  'cli.usageTitle': 'Utilisation :',
  'cli.argumentsTitle': 'Arguments :',
  'cli.optionsTitle': 'Options :',
  'cli.commandsTitle': 'Commandes :',
  'cli.globalOptionsTitle': 'Options globales :',
  'cli.defaultValue': 'par défaut : {{value}}',
  'cli.choices': 'choix : {{values}}',
  'cli.unknownOption': 'erreur : option inconnue « {{option}} »',
  'cli.missingArgument': 'erreur : argument obligatoire manquant « {{name}} »',
  'cli.optionMissingArgument': 'erreur : l’option « {{option}} » attend une valeur',
  'cli.invalidChoice':
    'erreur : la valeur « {{value}} » de l’option « {{option}} » n’est pas valide. Valeurs permises : {{choices}}.',
  'cli.unknownCommand': 'erreur : commande inconnue « {{command}} »',
  'cli.tooManyArguments': 'erreur : trop d’arguments',
  'cli.usageError': 'erreur : {{message}}',
  'cli.formatOption':
    'format du rapport\u202f: {{formats}}\u202f; «\u00a0nom:fichier\u00a0» l’écrit dans un fichier\u202f; répétable (par défaut\u202f: stylish)',
  'cli.outputOption':
    'écrire le rapport dans un fichier plutôt que sur la sortie standard (écrit même quand l’analyse se termine avec le code 2)',
  'cli.printConfigOption':
    'afficher en JSON la configuration résolue (règles, sévérités, options, profil) qui s’applique à cette campagne',
  'cli.colorOption': 'forcer les couleurs (aussi FORCE_COLOR)',
  'cli.allowOutsideOption':
    'permettre aux manifestes de désigner des fichiers hors du projet (le dossier courant, son dépôt git)',
  'cli.noColorOption': 'sortie sans couleurs (aussi NO_COLOR, ou quand la sortie n’est pas un terminal)',
  'cli.pathsArgument':
    'manifestes (*.campaign.yaml|yml|json), dossiers, motifs glob entre guillemets, ou CSV de destinataires (par défaut\u202f: .)',
  'cli.unknownFormat': 'format inconnu «\u00a0{{name}}\u00a0»',
  'cli.formats': 'Formats\u202f: {{names}}.',
  'cli.twoOnStdout': 'les formats {{names}} iraient tous sur la sortie standard',
  'cli.twoOnStdoutHint': 'Donnez un fichier à chacun sauf un\u00a0: -f {{name}}:rapport.{{name}}',
  'cli.outputTwice': 'deux rapports seraient écrits dans {{file}}',
  'cli.outputTwiceHint': 'Donnez à chaque format son propre fichier.',
  'cli.summaryFailed':
    'campaign-lint\u202f: impossible d’ajouter le résumé du job à GITHUB_STEP_SUMMARY ({{reason}})\n',
  // cli/write.ts, cli/write-clean.ts: writes refused
  'writeClean.changed':
    'le fichier des destinataires a changé après l’analyse : les listes acceptée et refusée n’ont pas été écrites',
  'writeClean.changedHint': 'Relancez l’analyse sur le fichier terminé.',
  'writeClean.cannotCreate': 'impossible de créer le dossier ({{message}})',
  'writeClean.cannotCreateHint': 'Choisissez un autre dossier pour --write-clean.',
  'write.noFolder': 'son dossier n’existe pas',
  'write.denied': 'permission refusée',
  'write.isFolder': 'c’est un dossier',
  'write.diskFull': 'le disque est plein',
  'write.cannotWrite': 'impossible d’écrire {{name}} : {{reason}}',
  'write.chooseAnotherPath': 'Choisissez un autre chemin.',
  'write.isInput': 'écriture refusée : c’est un fichier lu par cette analyse, il serait écrasé',
  'write.sameAsInput':
    'écriture refusée : c’est le même fichier que {{input}}, lu par cette analyse, il serait écrasé',
  'write.chooseAnotherOutput': 'Choisissez un autre chemin de sortie.',
};
