// Every word the tool reads in a recipients file, in one place: what a yes/no cell means in the
// direction of its own column (campaign-format.md, the table of yes/no columns), and what a header
// names (campaign-format.md, "Column detection"). The facts thread, the column detection, the rules
// and the reports read them from here, so a word is never understood one way here and another there.
// No dependencies: the facts thread loads it.
import { memoize } from '../base/memoize';

/** The yes/no columns, each read in the direction of its own meaning. */
export const YES_NO_COLUMNS = ['consent', 'customer', 'contract', 'opt_out'] as const;
export type YesNoColumn = (typeof YES_NO_COLUMNS)[number];

/**
 * What a yes/no cell says: yes, no, a date (yes on that day, for the columns where a date means yes),
 * or not understood — never a yes that opens an exception nor a no that lets someone through.
 */
export type CellReading =
  | { readonly kind: 'yes' }
  | { readonly kind: 'no' }
  /** YYYY-MM-DD. */
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'unknown' };

/**
 * A cell folded for comparison: accents, case, and spaces, `_` and `-` beside a letter ignored,
 * typographic apostrophes made plain ("Opt-In" → "optin", "Désinscrit" → "desinscrit",
 * "Oui, j’accepte" → "oui,j'accepte").
 */
export const foldCell = (cell: string): string =>
  cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .trim()
    // Only beside a letter: "-1" (a sign) stays "-1", never "1".
    .replace(/(?<=\p{L})[\s_-]+|[\s_-]+(?=\p{L})/gu, '');

// yes/no, true/false, 1/0, oui/non, y/n, o (oui), x/empty.
const PLAIN_YES = ['yes', 'true', '1', 'oui', 'y', 'o', 'x'];
const PLAIN_NO = ['no', 'false', '0', 'non', 'n', ''];

/**
 * The contract's table, column by column: the words that mean yes, those that mean no, and whether a
 * date means yes on that day. Anything else is not understood. The side that lets a recipient through
 * (a consent, customer or contract yes; an opt-out no) holds the contract's words and nothing more;
 * the side that blocks also takes Excel's French booleans (VRAI/FAUX) and the feminine forms of its
 * participles (`désinscrite`, `résiliée`), which can only stop a send.
 */
export const VOCABULARY: Readonly<
  Record<
    YesNoColumn,
    { readonly yes: readonly string[]; readonly no: readonly string[]; readonly date: boolean }
  >
> = {
  consent: {
    yes: [
      ...PLAIN_YES,
      'opt-in',
      'opted in',
      'subscribed',
      'inscrit',
      'abonné',
      'accepté',
      'autorisé',
      'autoriser',
      'granted',
      'oui, j’accepte',
    ],
    no: [
      ...PLAIN_NO,
      'faux',
      'opt-out',
      'opted out',
      'unsubscribed',
      'never subscribed',
      'non-subscribed',
      'not subscribed',
      'no consent',
      'désinscrit',
      'désinscrite',
      'désabonné',
      'désabonnée',
      'refusé',
      'refusée',
      'ne pas autoriser',
      'denied',
      'pending',
      'en attente',
    ],
    date: true,
  },
  customer: {
    // A former customer keeps the SMS soft opt-in for 3 years (CNIL): inactive customers are customers.
    yes: [
      ...PLAIN_YES,
      'client',
      'customer',
      'actif',
      'active',
      'inactif',
      'inactive',
      'ancien client',
      'former customer',
    ],
    no: [...PLAIN_NO, 'faux', 'prospect', 'lead'],
    date: false,
  },
  contract: {
    yes: [...PLAIN_YES, 'en cours', 'actif', 'active'],
    no: [...PLAIN_NO, 'faux', 'résilié', 'résiliée', 'terminated', 'inactif', 'inactive', 'prospect'],
    date: false,
  },
  opt_out: {
    yes: [
      ...PLAIN_YES,
      'vrai',
      'stop',
      'opt-out',
      'opted out',
      'unsubscribed',
      'désinscrit',
      'désinscrite',
      'désabonné',
      'désabonnée',
      'blacklisted',
      'blocklisted',
      'liste noire',
      'bloqué',
      'bloquée',
      'do not contact',
    ],
    no: [...PLAIN_NO, 'subscribed', 'inscrit', 'abonné', 'opt-in', 'active', 'actif'],
    date: true,
  },
};

const YES = { kind: 'yes' } as const;
const NO = { kind: 'no' } as const;
const UNKNOWN = { kind: 'unknown' } as const;

const MEANINGS: Readonly<Record<YesNoColumn, ReadonlyMap<string, CellReading>>> = (() => {
  const out = {} as Record<YesNoColumn, Map<string, CellReading>>;
  for (const column of YES_NO_COLUMNS) {
    const words = new Map<string, CellReading>();
    for (const word of VOCABULARY[column].yes) words.set(foldCell(word), YES);
    for (const word of VOCABULARY[column].no) words.set(foldCell(word), NO);
    out[column] = words;
  }
  return out;
})();

const readers = Object.fromEntries(
  YES_NO_COLUMNS.map((column) => [
    column,
    memoize((cell: string): CellReading => {
      const word = MEANINGS[column].get(foldCell(cell.trim()));
      if (word) return word;
      if (!VOCABULARY[column].date) return UNKNOWN;
      const date = dateOf(cell);
      return date === null ? UNKNOWN : { kind: 'date', date };
    }),
  ]),
) as Record<YesNoColumn, (cell: string) => CellReading>;

/** A yes/no cell read in the direction of its column; an absent cell is empty (no). */
export const readCell = (column: YesNoColumn, cell: string | undefined): CellReading =>
  readers[column](cell ?? '');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * ISO 2025-03-14 (a time part is ignored: `2025-03-14 10:22:31`, `2025-03-14T10:22:31Z`, Mailchimp's
 * OPTIN_TIME) or French 14/03/2025 (a time may follow) → YYYY-MM-DD; null when unreadable.
 */
export const dateOf = memoize((cell: string): string | null => {
  const s = cell.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(s)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) return null;
  return `${y}-${two(m)}-${two(d)}`;
});

/**
 * Excel's error values as a cell shows them, English and French (`#N/A`, `#NUL!`, `#VALUE!`,
 * `#VALEUR!`, `#REF!`, `#ERROR!`…): the formula behind the cell failed, its value is lost.
 */
const FORMULA_ERRORS = new Set([
  '#N/A',
  '#NA',
  '#NUL!',
  '#NULL!',
  '#VALUE!',
  '#VALEUR!',
  '#REF!',
  '#ERROR!',
  '#ERREUR!',
  '#DIV/0!',
  '#NAME?',
  '#NOM?',
  '#NUM!',
  '#NOMBRE!',
  '#SPILL!',
  '#PROPAGATION!',
  '#CALC!',
  '#GETTING_DATA',
]);

/** The cell's formula error (`#N/A`, `#REF!`…) as written, else null. */
export const formulaError = (cell: string | undefined): string | null => {
  const s = (cell ?? '').trim();
  return s.startsWith('#') && FORMULA_ERRORS.has(s.toUpperCase().replace(/\s+/g, '')) ? s : null;
};

// ---------------------------------------------------------------------------------------------
// Headers

/**
 * A header as compared for detection: accents, case, spaces, `_`, `-`, `.` and `'` ignored
 * ("Téléphone portable" → "telephoneportable", "Tél." → "tel", "OPTIN_TIME" → "optintime").
 */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.'’°]+/g, '');
}

/** A header's words, lower case without accents, camel case split ("HomePhone" → home, phone). */
export function headerWords(header: string): string[] {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * Phone headers. A mobile header wins over a generic one (Zoho's `Mobile` over its landline `Phone`).
 * Sources: campaign-format.md, and the export documentation named in fixtures/exports/README.md.
 */
export const PHONE_HEADERS = {
  mobile: [
    'mobile',
    'mobile phone',
    'mobile phone number', // HubSpot
    'mobilephone', // Salesforce
    'mobile number',
    'numéro mobile',
    'portable',
    'téléphone portable',
    'tél portable',
    'tél. mobile', // Outlook (French)
    'tel mobile',
    'téléphone mobile',
    'numéro de portable',
    'numéro de téléphone portable',
    'numéro de mobile',
    'gsm',
    'msisdn',
    'sms', // Brevo
    'cell phone',
    'cellphone',
    'person - phone - mobile', // Pipedrive
    'phone - mobile', // Pipedrive (organisation-less person export)
  ],
  generic: [
    'phone',
    'phone number', // Mailchimp
    'phone 1 - value', // Google Contacts
    'téléphone',
    'tél',
    'tel',
    'numéro',
    'numéro de téléphone',
  ],
} as const;

/**
 * Words of a header that names a landline, work, home, fax or phonetic field: such a header is never
 * the phone column, and never suggested for it (`Phone (work)`, `Téléphone (bureau)`, `Fax`,
 * `Phonetic First Name`, `Home Phone`, `Person - Phone - Work`).
 */
const NOT_MOBILE_WORDS = new Set([
  'fixe',
  'landline',
  'work',
  'bureau',
  'office',
  'business',
  'home',
  'domicile',
  'fax',
  'telecopie',
  'phonetic',
  'phonetique',
  'pager',
  'telex',
  'isdn',
  'rnis',
  'assistant',
  'assistante',
  'asst',
  'car',
  'voiture',
  'company',
  'societe',
]);

/** Whether a header names a landline, work, home, fax or phonetic field. */
export const isLandlineHeader = (header: string): boolean =>
  headerWords(header).some((w) => NOT_MOBILE_WORDS.has(w)) ||
  /fax|phonetic|phonetique|telecopie|homephone|workphone|businessphone|officephone/.test(foldHeader(header));

/** Consent headers (campaign-format.md; Shopify, Pipedrive, HubSpot, Salesforce exports). */
export const CONSENT_HEADERS = [
  'consent',
  'consentement',
  'consentement sms',
  'opt-in',
  'optin',
  'opt-in sms',
  'sms opt-in',
  'accord sms',
  'sms marketing consent', // HubSpot
  'accepts sms marketing', // Shopify
  'sms ok',
  'accepte les sms',
  'autorisation sms',
  'sms consent',
  'sms subscription status',
  'marketing status', // Pipedrive
  'person - marketing status', // Pipedrive
] as const;

/** Opt-out headers (campaign-format.md; Brevo, Zoho, Odoo exports). */
export const OPT_OUT_HEADERS = [
  'opt_out',
  'opt-out',
  'sms_blacklisted', // Brevo
  'sms opt out', // Zoho
  'téléphone sur liste noire', // Odoo (French)
  'phone blacklisted', // Odoo
  'liste noire',
  'blacklist',
  'blacklisted',
  'do not text',
  'do not contact',
  'désinscrit',
  'désabonné',
  'unsubscribed',
  'stop',
  'stop sms',
] as const;

/** Parts of a header that look like an opt-out or blacklist column (folded). */
const OPT_OUT_LOOKS = [
  'optout',
  'blacklist',
  'blocklist',
  'listenoire',
  'stop',
  'desabonn',
  'desinscri',
  'unsubscrib',
  'donot',
  'nepas',
  'opposition',
  'bloctel',
];

/** Whether a header looks like an opt-out or blacklist column (said when it is not read). */
export const looksLikeOptOut = (header: string): boolean => {
  const folded = foldHeader(header);
  return OPT_OUT_LOOKS.some((part) => folded.includes(part));
};

/** Parts of a header that look like consent (the fallback of campaign-format.md). */
const CONSENT_LOOKS = ['consent', 'optin', 'accord', 'autoris'];
/** A date column (`Date de consentement`, `OPTIN_TIME`, Google Forms' `Horodateur`). */
const DATE_LOOKS = ['date', 'time', 'horodat', 'heure', 'timestamp'];
/** Evidence kept beside a consent, not the consent (Mailchimp's `OPTIN_IP`, a consent's source or text). */
const EVIDENCE_WORDS = new Set([
  'ip',
  'source',
  'origine',
  'origin',
  'method',
  'methode',
  'texte',
  'text',
  'wording',
  'version',
  'url',
  'page',
  'form',
  'formulaire',
  'preuve',
  'proof',
]);
/** Words that name another channel than SMS and voice: that consent or opt-out is not this campaign's. */
const OTHER_CHANNEL_WORDS = new Set([
  'email',
  'mail',
  'courriel',
  'newsletter',
  'courrier',
  'postal',
  'post',
]);

/** Whether a header names another channel (`EMAIL_BLACKLISTED`, `Email consent`). */
export const namesOtherChannel = (header: string): boolean =>
  headerWords(header).some((w) => OTHER_CHANNEL_WORDS.has(w));

/**
 * Whether a header looks like consent for the fallback rule: it contains consent, consentement,
 * opt-in/optin, accord or autoris, and is not a date column, the evidence kept beside a consent
 * (`OPTIN_IP`), nor another channel's consent (`Email opt-in`).
 */
export const looksLikeConsent = (header: string): boolean => {
  const folded = foldHeader(header);
  if (!CONSENT_LOOKS.some((part) => folded.includes(part))) return false;
  if (DATE_LOOKS.some((part) => folded.includes(part))) return false;
  return !headerWords(header).some((w) => EVIDENCE_WORDS.has(w)) && !namesOtherChannel(header);
};

/** Words that name the campaign's own channels in a header (`SMS_BLACKLISTED`, `Téléphone sur liste noire`). */
const OWN_CHANNEL_WORDS = new Set([
  'sms',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'portable',
  'texto',
  'text',
]);

/** Whether a header names SMS or the phone: such an opt-out or consent header wins over a bare one. */
export const namesOwnChannel = (header: string): boolean =>
  headerWords(header).some((w) => OWN_CHANNEL_WORDS.has(w));
