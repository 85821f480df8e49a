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

  'history.noColumn': 'pas de colonne « {{column}} » dans le fichier d’historique',
  'history.noColumnHint':
    'Le fichier d’historique doit avoir les colonnes phone et sent_at (facultatives : channel, advertiser). {{header}}',
  'history.notPhone': 'la cellule phone « {{cell}} » n’est pas un numéro de téléphone',
  'history.notPhoneHint':
    'Vérifiez que la colonne « phone » contient les numéros (des colonnes sont peut-être inversées).',
  'history.notDate': 'sent_at « {{cell}} » n’est pas une date et heure',
  'history.notDateHint': 'Écrivez-la 2027-01-13T10:00, 2027-01-13 10:00 ou 13/01/2027 10:00.',
  'history.badChannel': 'channel « {{cell}} » doit valoir sms, vms ou voice',

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
  'report.quoted': '« {{text}} »',
  'report.failureRuleName': 'Échec de lecture',
  'report.failureRuleDescription':
    'Une campagne, un fichier ou la configuration n’a pas pu être lu ou vérifié\u202f: l’analyse sort avec le code 2.',
  'report.failureRuleHelp':
    'campaign-lint n’a pas pu analyser une campagne\u202f: fichier d’entrée absent ou mal formé, manifeste ou configuration invalide, ou règle en échec. Le message nomme le fichier (et la ligne si elle est connue) et dit quoi faire. Corrigez l’entrée et relancez\u202f: rien n’a été vérifié sur la campagne d’ici là.',

  'stylish.more': '… et {{n}} de plus (--format json pour la liste complète)',
  'stylish.fixLabel': 'correction :',
  'stylish.columns': 'colonnes reconnues dans l’en-tête :',

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
};
