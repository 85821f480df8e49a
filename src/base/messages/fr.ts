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
};
