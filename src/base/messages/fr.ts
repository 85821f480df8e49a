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
};
