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
};
