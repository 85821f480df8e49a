// Column detection: which header of a recipients file holds each logical column. Pure (no I/O, no
// heavy import): the reader, facts and main threads all call it on the same header and get the same
// answer. The words are in law/vocabulary.ts; the rules of the choice are campaign-format.md's
// "Column detection", each stated below where it is applied.
import { editDistance, headerText } from '../base/failure';
import type { ColumnReading, Localized } from '../base/types';
import { localized } from '../base/messages';
import {
  CONSENT_HEADERS,
  foldHeader,
  headerWords,
  isLandlineHeader,
  looksLikeConsent,
  looksLikeOptOut,
  namesOwnChannel,
  OPT_OUT_HEADERS,
  PHONE_HEADERS,
} from '../law/vocabulary';

export { foldHeader } from '../law/vocabulary';

/** Columns the engine reads itself; others are read through recipient.get(). */
export const LOGICAL_COLUMNS = [
  'phone',
  'consent',
  'consent_date',
  'customer',
  'contract',
  'last_contact',
  'opt_out',
  'postal_code',
  'message',
  'send_at',
] as const;

export type LogicalColumn = (typeof LOGICAL_COLUMNS)[number];

export const headerKey = (header: string) => header.trim().toLowerCase();

/** Header name (trimmed, lower case) → index of its first column. */
export function headerIndexOf(headers: readonly string[]): Map<string, number> {
  const byName = new Map<string, number>();
  headers.forEach((header, i) => {
    if (!byName.has(headerKey(header))) byName.set(headerKey(header), i);
  });
  return byName;
}

/**
 * Recognised headers per logical column other than the phone (whose headers are mobile or generic,
 * see PHONE_HEADERS): the contract's table plus common variants seen in French exports.
 */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<LogicalColumn, 'phone'>, readonly string[]>> = {
  consent: CONSENT_HEADERS,
  consent_date: [
    'consent_date',
    'date consentement',
    'date de consentement',
    'date du consentement',
    'date opt-in',
    'optin_time', // Mailchimp
    'opt-in date',
  ],
  customer: ['customer', 'client', 'est client'],
  contract: ['contract', 'contrat', 'contrat en cours', 'ongoing contract'],
  last_contact: ['last_contact', 'dernier contact', 'date dernier contact', 'last contact date'],
  opt_out: OPT_OUT_HEADERS,
  postal_code: ['postal_code', 'code_postal', 'code postal', 'cp', 'zip', 'zip code', 'postcode'],
  message: ['message'],
  send_at: ['send_at'],
};

const FOLDED: ReadonlyMap<string, LogicalColumn> = (() => {
  const map = new Map<string, LogicalColumn>();
  for (const synonym of [...PHONE_HEADERS.mobile, ...PHONE_HEADERS.generic])
    map.set(foldHeader(synonym), 'phone');
  for (const [logical, synonyms] of Object.entries(HEADER_SYNONYMS))
    for (const synonym of synonyms) map.set(foldHeader(synonym), logical as LogicalColumn);
  return map;
})();
const MOBILE = new Set(PHONE_HEADERS.mobile.map(foldHeader));

/** The logical column a header is recognised as, or undefined (a landline is never the phone). */
export const recognise = (header: string): LogicalColumn | undefined => {
  const logical = FOLDED.get(foldHeader(header));
  return logical === 'phone' && isLandlineHeader(header) ? undefined : logical;
};

/** Whether a header is one of the mobile phone headers (they win over generic ones). */
export const isMobileHeader = (header: string): boolean =>
  MOBILE.has(foldHeader(header)) && !isLandlineHeader(header);

export interface ColumnChoice extends ColumnReading {
  readonly index: number;
}

export interface ColumnResolution {
  /** Logical column → its index in the header (undefined when absent). */
  readonly at: Readonly<Record<string, number | undefined>>;
  readonly chosen: Readonly<Partial<Record<LogicalColumn, ColumnChoice>>>;
  /** Logical columns that two headers or more could be: none of them is chosen. */
  readonly ambiguous: ReadonlyArray<{ readonly logical: LogicalColumn; readonly headers: readonly string[] }>;
  /** Mapped in the manifest but not in the header. */
  readonly missingMapped: ReadonlyArray<{ readonly logical: LogicalColumn; readonly mapped: string }>;
  /** Headers that look like an opt-out column and are read as no logical column. */
  readonly unusedOptOut: readonly string[];
  /** Headers written more than once, with their 1-based columns (an error where one is read). */
  readonly duplicates: ReadonlyArray<{ readonly header: string; readonly columns: readonly number[] }>;
}

const PHONE_WORDS = [
  'phone',
  'tel',
  'telephone',
  'mobile',
  'portable',
  'numero',
  'gsm',
  'sms',
  'cell',
  'msisdn',
];

/**
 * Logical column → header, by these rules in this order:
 * 1. the manifest's mapping (`recipients.columns`);
 * 2. the phone: a mobile header wins over a generic one (`phone` itself is generic); one mobile
 *    header, else one generic header, is taken; two of the kind that decides are ambiguous; a
 *    landline, work, home, fax or phonetic header is never taken;
 * 3. the other columns: a header equal to the logical name, else one recognised header; for consent
 *    and opt-out, of two recognised headers the one that names SMS or the phone wins over the others;
 * 4. consent fallback: with no consent header recognised, the one header that looks like consent
 *    (`Consent (SMS)`), not a date nor evidence kept beside a consent; two such are ambiguous.
 * A header taken by one logical column is not offered to another.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
): ColumnResolution {
  const byName = headerIndexOf(headers);
  const chosen: Partial<Record<LogicalColumn, ColumnChoice>> = {};
  const taken = new Set<number>();
  const missingMapped: Array<{ logical: LogicalColumn; mapped: string }> = [];
  const ambiguous: Array<{ logical: LogicalColumn; headers: string[] }> = [];
  const name = (i: number) => headers[i].trim();
  const choose = (
    logical: LogicalColumn,
    index: number,
    how: ColumnChoice['how'],
    passedOver?: ColumnReading['passedOver'],
  ) => {
    chosen[logical] = { index, header: name(index), how, ...(passedOver?.length ? { passedOver } : {}) };
    taken.add(index);
  };
  const open = (logical: LogicalColumn) => !chosen[logical] && mapping[logical] === undefined;
  const free = headers.map((h, i) => i).filter((i) => name(i) !== '');

  for (const logical of LOGICAL_COLUMNS) {
    const mapped = mapping[logical];
    if (mapped === undefined) continue;
    const i = byName.get(headerKey(mapped));
    if (i === undefined) missingMapped.push({ logical, mapped });
    else choose(logical, i, 'mapped');
  }

  if (open('phone')) {
    const mobiles: number[] = [];
    const generics: number[] = [];
    const landlines: number[] = [];
    for (const i of free) {
      if (taken.has(i)) continue;
      if (isLandlineHeader(name(i))) {
        if (headerWords(name(i)).some((w) => PHONE_WORDS.includes(w))) landlines.push(i);
      } else if (isMobileHeader(name(i))) mobiles.push(i);
      else if (recognise(name(i)) === 'phone') generics.push(i);
    }
    const deciding = mobiles.length > 0 ? mobiles : generics;
    if (deciding.length > 1) ambiguous.push({ logical: 'phone', headers: deciding.map(name) });
    else if (deciding.length === 1) {
      const passedOver = [
        ...(mobiles.length > 0 ? generics.map((i) => ({ header: name(i), why: 'generic' as const })) : []),
        ...landlines.map((i) => ({ header: name(i), why: 'landline' as const })),
      ];
      const i = deciding[0];
      choose('phone', i, headerKey(name(i)) === 'phone' ? 'named' : 'detected', passedOver);
    }
  }

  for (const logical of LOGICAL_COLUMNS) {
    if (logical === 'phone' || !open(logical)) continue;
    const i = byName.get(logical);
    if (i !== undefined && !taken.has(i)) choose(logical, i, 'named');
  }
  const candidates = new Map<LogicalColumn, number[]>();
  for (const i of free) {
    const logical = recognise(name(i));
    if (taken.has(i) || !logical || logical === 'phone' || !open(logical)) continue;
    candidates.set(logical, [...(candidates.get(logical) ?? []), i]);
  }
  for (const [logical, list] of candidates) {
    // Consent and opt-out: a header that names SMS or the phone wins over one that does not.
    const own =
      logical === 'consent' || logical === 'opt_out' ? list.filter((i) => namesOwnChannel(name(i))) : [];
    const deciding = own.length > 0 ? own : list;
    if (deciding.length === 1) choose(logical, deciding[0], 'detected');
    else ambiguous.push({ logical, headers: deciding.map(name) });
  }
  if (open('consent') && !ambiguous.some((a) => a.logical === 'consent')) {
    const looks = free.filter(
      (i) => !taken.has(i) && recognise(name(i)) === undefined && looksLikeConsent(name(i)),
    );
    if (looks.length === 1) choose('consent', looks[0], 'fallback');
    else if (looks.length > 1) ambiguous.push({ logical: 'consent', headers: looks.map(name) });
  }

  const at: Record<string, number | undefined> = {};
  for (const logical of LOGICAL_COLUMNS) at[logical] = chosen[logical]?.index;
  const unusedOptOut = free.filter((i) => !taken.has(i) && looksLikeOptOut(name(i))).map(name);
  const columnsOf = new Map<string, number[]>();
  for (const i of free)
    columnsOf.set(headerKey(name(i)), [...(columnsOf.get(headerKey(name(i))) ?? []), i + 1]);
  const duplicates = [...columnsOf.values()]
    .filter((columns) => columns.length > 1)
    .map((columns) => ({ header: name(columns[1] - 1), columns }));
  return { at, chosen, ambiguous, missingMapped, unusedOptOut, duplicates };
}

/** Logical column → how its header was read, for every column the file has (in LOGICAL_COLUMNS order). */
export function columnReadings(resolution: ColumnResolution): Record<string, ColumnReading> {
  const out: Record<string, ColumnReading> = {};
  for (const logical of LOGICAL_COLUMNS) {
    const choice = resolution.chosen[logical];
    if (choice)
      out[logical] = {
        header: choice.header,
        how: choice.how,
        ...(choice.passedOver ? { passedOver: choice.passedOver } : {}),
      };
  }
  return out;
}

const MOBILE_WORDS = ['mobile', 'portable', 'gsm', 'sms', 'cell', 'msisdn'];
/** Columns of a phone's kind or label (Google Contacts' `Phone 1 - Label`), not of a number. */
const LABEL_WORDS = ['type', 'label', 'libelle', 'kind'];

/**
 * The header that most looks like a mobile phone column, for the "no phone column" hint: one with a
 * mobile word first, then one with a phone word, else the closest to a recognised name by edit
 * distance. A landline, work, home, fax or phonetic header is never suggested, nor a header taken
 * by another column or that looks like consent or an opt-out (`SMS OK`, `Stop SMS`).
 */
export function closestPhoneHeader(
  headers: readonly string[],
  taken: ReadonlySet<string> = new Set(),
): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const raw of headers) {
    const header = raw.trim();
    const folded = foldHeader(header);
    const words = headerWords(header);
    if (
      folded === '' ||
      taken.has(header) ||
      isLandlineHeader(header) ||
      looksLikeConsent(header) ||
      looksLikeOptOut(header) ||
      words.some((w) => LABEL_WORDS.includes(w))
    )
      continue;
    let score = MOBILE_WORDS.some((w) => folded.includes(w))
      ? 0
      : PHONE_WORDS.some((w) => folded.includes(w))
        ? 1
        : Infinity;
    if (score === Infinity)
      for (const synonym of [...PHONE_HEADERS.mobile, ...PHONE_HEADERS.generic]) {
        const s = foldHeader(synonym);
        const d = editDistance(folded, s);
        if (d <= (s.length >= 5 ? 2 : 1)) score = Math.min(score, 2 + d);
      }
    if (score < bestScore) {
      bestScore = score;
      best = header;
    }
  }
  return best;
}

/** `"a", "b" and "c"`, `« a », « b » et « c »` (British English: no comma before "and"). */
const quoteList = (items: readonly string[], lang: 'en' | 'fr') =>
  new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'fr', { type: 'conjunction' }).format(
    items.map((h) => (lang === 'fr' ? `« ${h} »` : `"${h}"`)),
  );

/** The first problem of a resolution that stops the campaign, as text in both languages. */
export function columnProblem(
  resolution: ColumnResolution,
  headers: readonly string[],
): { message: Localized; hint: Localized } | undefined {
  const listed = headers.map((h) => h.trim()).filter((h) => h !== '');
  for (const { logical, mapped } of resolution.missingMapped) {
    const near = listed.find(
      (h) => editDistance(headerKey(h), headerKey(mapped)) <= Math.max(2, Math.floor(mapped.length / 3)),
    );
    return {
      message: localized('columns.mappedMissing', { mapped, logical }),
      hint: near ? localized('failure.didYouMean', { suggestion: near }) : headerText(listed),
    };
  }
  // A header written twice is an error where a column of that name is read (which one would be?).
  const read = [
    ...Object.values(resolution.chosen).map((choice) => choice.header),
    ...resolution.ambiguous.flatMap((a) => a.headers),
  ];
  for (const header of read) {
    const twice = resolution.duplicates.find((d) => headerKey(d.header) === headerKey(header));
    if (twice)
      return {
        message: localized('columns.twice', {
          header: twice.header,
          columns: localized('columns.numbers', {
            first: twice.columns.slice(0, -1).join(', '),
            second: String(twice.columns[twice.columns.length - 1]),
          }),
        }),
        hint: localized('columns.twiceHint'),
      };
  }
  for (const { logical, headers: list } of resolution.ambiguous) {
    const quoted = { en: quoteList(list, 'en'), fr: quoteList(list, 'fr') };
    return {
      message:
        list.length === 2
          ? localized('columns.ambiguousTwo', { logical, headers: quoted })
          : localized('columns.ambiguous', { count: String(list.length), logical, headers: quoted }),
      hint: localized('columns.ambiguousHint', { logical, header: list[0] }),
    };
  }
  if (resolution.at.phone === undefined) {
    const taken = new Set(Object.values(resolution.chosen).map((c) => c.header));
    const near = closestPhoneHeader(headers, taken);
    const present = headerText(listed);
    return {
      message: localized('columns.noPhone'),
      hint: near
        ? localized('columns.noPhoneHintNear', { header: near, headers: present })
        : localized('columns.noPhoneHint', { headers: present }),
    };
  }
  return undefined;
}
