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
};
