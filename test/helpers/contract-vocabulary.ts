// The yes/no table of campaign-format.md ("Yes/no columns are read in the direction of their own
// meaning"), copied word for word and independent of src/law/vocabulary.ts: the tests that walk the
// vocabulary, the false-pass tables and the property test judge the code against it, so a word moved
// to the wrong side in src/ makes them fail. Dates apart (a date means yes in consent and opt_out).
export type YesNoColumn = 'consent' | 'customer' | 'contract' | 'opt_out';

export const CONTRACT: Record<YesNoColumn, { yes: string[]; no: string[] }> = {
  consent: {
    yes: [
      'yes',
      'true',
      '1',
      'oui',
      'y',
      'o',
      'x',
      'opt-in',
      'opted in',
      'subscribed',
      'inscrit',
      'abonné',
      'accepté',
      'autorisé',
      'autoriser',
      'granted',
      "oui, j'accepte",
    ],
    no: [
      'no',
      'false',
      '0',
      'non',
      'n',
      '',
      'opt-out',
      'opted out',
      'unsubscribed',
      'never subscribed',
      'non-subscribed',
      'not subscribed',
      'no consent',
      'désinscrit',
      'désabonné',
      'refusé',
      'ne pas autoriser',
      'denied',
      'pending',
      'en attente',
    ],
  },
  customer: {
    yes: [
      'yes',
      'true',
      '1',
      'oui',
      'y',
      'o',
      'x',
      'client',
      'customer',
      'actif',
      'active',
      'inactif',
      'inactive',
      'ancien client',
      'former customer',
    ],
    no: ['no', 'false', '0', 'non', 'n', '', 'prospect', 'lead'],
  },
  contract: {
    yes: ['yes', 'true', '1', 'oui', 'y', 'o', 'x', 'en cours', 'actif', 'active'],
    no: ['no', 'false', '0', 'non', 'n', '', 'résilié', 'terminated', 'inactif', 'inactive', 'prospect'],
  },
  opt_out: {
    yes: [
      'yes',
      'true',
      '1',
      'oui',
      'y',
      'o',
      'x',
      'stop',
      'opt-out',
      'opted out',
      'unsubscribed',
      'désinscrit',
      'désabonné',
      'blacklisted',
      'blocklisted',
      'liste noire',
      'bloqué',
      'do not contact',
    ],
    no: ['no', 'false', '0', 'non', 'n', '', 'subscribed', 'inscrit', 'abonné', 'opt-in', 'active', 'actif'],
  },
};

/** As the contract compares words: case, accents, spaces and `_`/`-` ignored (apostrophes made plain). */
export const contractFold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s_-]+/g, '');

/** Whether the contract's table puts this cell on that side of the column. */
export const contractSays = (column: YesNoColumn, side: 'yes' | 'no', cell: string) =>
  CONTRACT[column][side].some((word) => contractFold(word) === contractFold(cell));

/** A date as the contract reads one (ISO or French, a time may follow): yes on that day in consent and opt_out. */
export const isContractDate = (cell: string) =>
  /^\s*\d{4}-\d{2}-\d{2}(?:[T ].*)?$/.test(cell) || /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s.*)?$/.test(cell);
