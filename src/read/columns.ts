// Column detection: which header of a recipients file holds each logical column. Pure (no I/O, no
// heavy import): the reader, facts and main threads all call it on the same header and get the same
// answer. The synonyms are what CRMs and spreadsheets export (see docs in README "Column detection").
import { editDistance, headerText } from '../base/failure';
import type { Localized } from '../base/types';
import { localized } from '../base/messages';

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

/**
 * Recognised headers per logical column, folded. The contract's table (campaign-format.md, "Column
 * detection") plus common variants seen in French exports.
 */
export const HEADER_SYNONYMS: Readonly<Record<LogicalColumn, readonly string[]>> = {
  phone: [
    'phone',
    'mobile',
    'mobile phone',
    'mobile phone number', // HubSpot
    'mobilephone', // Salesforce (API name)
    'mobile number',
    'phone number', // Mailchimp
    'sms', // Brevo
    'téléphone',
    'téléphone portable',
    'téléphone mobile',
    'tél',
    'tel',
    'tél portable',
    'portable',
    'numéro',
    'numéro de téléphone',
    'numéro de portable',
    'numéro mobile',
    'gsm',
    'msisdn',
    'cell phone',
  ],
  consent: [
    'consent',
    'consentement',
    'consentement sms',
    'opt-in',
    'optin',
    'opt-in sms',
    'sms opt-in',
    'accord sms',
    'sms marketing consent',
    'sms consent',
  ],
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
  opt_out: ['opt_out', 'sms_blacklisted' /* Brevo */, 'désinscrit', 'stop', 'unsubscribed', 'blacklisted'],
  postal_code: ['postal_code', 'code_postal', 'code postal', 'cp', 'zip', 'zip code', 'postcode'],
  message: ['message'],
  send_at: ['send_at'],
};

const FOLDED: ReadonlyMap<string, LogicalColumn> = (() => {
  const map = new Map<string, LogicalColumn>();
  for (const logical of LOGICAL_COLUMNS)
    for (const synonym of HEADER_SYNONYMS[logical]) map.set(foldHeader(synonym), logical);
  return map;
})();

/** The logical column a header is recognised as, or undefined. */
export const recognise = (header: string): LogicalColumn | undefined => FOLDED.get(foldHeader(header));

export interface ColumnChoice {
  readonly index: number;
  /** The header as written in the file (trimmed). */
  readonly header: string;
  /** How it was chosen: named in the manifest, equal to the logical name, or recognised. */
  readonly how: 'mapped' | 'named' | 'detected';
}

export interface ColumnResolution {
  /** Logical column → its index in the header (undefined when absent). */
  readonly at: Readonly<Record<string, number | undefined>>;
  readonly chosen: Readonly<Partial<Record<LogicalColumn, ColumnChoice>>>;
  /** Logical columns that two headers or more could be: none of them is chosen. */
  readonly ambiguous: ReadonlyArray<{ readonly logical: LogicalColumn; readonly headers: readonly string[] }>;
  /** Mapped in the manifest but not in the header. */
  readonly missingMapped: ReadonlyArray<{ readonly logical: LogicalColumn; readonly mapped: string }>;
}

const key = (header: string) => header.trim().toLowerCase();

/**
 * Logical column → header: the manifest's mapping first, then a header equal to the logical name
 * (case-insensitive, trimmed), then a header recognised from the synonyms. A header taken by one
 * logical column is not offered to another.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
): ColumnResolution {
  const byName = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!byName.has(key(h))) byName.set(key(h), i);
  });
  const chosen: Partial<Record<LogicalColumn, ColumnChoice>> = {};
  const taken = new Set<number>();
  const missingMapped: Array<{ logical: LogicalColumn; mapped: string }> = [];
  const choose = (logical: LogicalColumn, index: number, how: ColumnChoice['how']) => {
    chosen[logical] = { index, header: headers[index].trim(), how };
    taken.add(index);
  };
  for (const logical of LOGICAL_COLUMNS) {
    const mapped = mapping[logical];
    if (mapped === undefined) continue;
    const i = byName.get(key(mapped));
    if (i === undefined) missingMapped.push({ logical, mapped });
    else choose(logical, i, 'mapped');
  }
  for (const logical of LOGICAL_COLUMNS) {
    if (chosen[logical] || mapping[logical] !== undefined) continue;
    const i = byName.get(logical);
    if (i !== undefined && !taken.has(i)) choose(logical, i, 'named');
  }
  const candidates = new Map<LogicalColumn, number[]>();
  headers.forEach((h, i) => {
    if (taken.has(i)) return;
    const logical = recognise(h);
    if (!logical || chosen[logical] || mapping[logical] !== undefined) return;
    const list = candidates.get(logical) ?? [];
    list.push(i);
    candidates.set(logical, list);
  });
  const ambiguous: Array<{ logical: LogicalColumn; headers: string[] }> = [];
  for (const [logical, list] of candidates) {
    if (list.length === 1) choose(logical, list[0], 'detected');
    else ambiguous.push({ logical, headers: list.map((i) => headers[i].trim()) });
  }
  const at: Record<string, number | undefined> = {};
  for (const logical of LOGICAL_COLUMNS) at[logical] = chosen[logical]?.index;
  return { at, chosen, ambiguous, missingMapped };
}

/** Logical column → header, for the columns that were recognised rather than named (for reports). */
export function detectedColumns(resolution: ColumnResolution): Record<string, string> {
  const out: Record<string, string> = {};
  for (const logical of LOGICAL_COLUMNS) {
    const choice = resolution.chosen[logical];
    if (choice?.how === 'detected') out[logical] = choice.header;
  }
  return out;
}

const PHONE_WORDS = ['phone', 'tel', 'mobile', 'portable', 'numero', 'gsm', 'sms', 'cell'];

/**
 * The header that most looks like a phone column, for the "no phone column" hint: one that contains
 * a phone word ("Work Phone", "Tel. fixe"), else the closest to a recognised name by edit distance.
 */
export function closestPhoneHeader(headers: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const raw of headers) {
    const header = raw.trim();
    const folded = foldHeader(header);
    if (folded === '') continue;
    let score = PHONE_WORDS.some((w) => folded.includes(w)) ? 0 : Infinity;
    if (score > 0)
      for (const synonym of HEADER_SYNONYMS.phone) {
        const s = foldHeader(synonym);
        const d = editDistance(folded, s);
        if (d <= (s.length >= 5 ? 2 : 1)) score = Math.min(score, d);
      }
    if (score < bestScore) {
      bestScore = score;
      best = header;
    }
  }
  return best;
}

const quoteList = (items: readonly string[], lang: 'en' | 'fr') =>
  items.map((h) => (lang === 'fr' ? `« ${h} »` : `"${h}"`)).join(lang === 'fr' ? ' et ' : ' and ');

/** The first problem of a resolution that stops the campaign, as text in both languages. */
export function columnProblem(
  resolution: ColumnResolution,
  headers: readonly string[],
): { message: Localized; hint: Localized } | undefined {
  const listed = headers.map((h) => h.trim()).filter((h) => h !== '');
  for (const { logical, mapped } of resolution.missingMapped) {
    const near = listed.find(
      (h) => editDistance(key(h), key(mapped)) <= Math.max(2, Math.floor(mapped.length / 3)),
    );
    return {
      message: localized('columns.mappedMissing', { mapped, logical }),
      hint: near ? localized('failure.didYouMean', { suggestion: near }) : headerText(listed),
    };
  }
  for (const { logical, headers: pair } of resolution.ambiguous) {
    return {
      message: localized('columns.ambiguous', {
        logical,
        columns: { en: quoteList(pair, 'en'), fr: quoteList(pair, 'fr') },
      }),
      hint: localized('columns.ambiguousHint', { logical, column: pair[0] }),
    };
  }
  if (resolution.at.phone === undefined) {
    const near = closestPhoneHeader(headers);
    return {
      message: localized('columns.noPhone'),
      hint: near
        ? localized('columns.noPhoneNearHint', { near, header: headerText(listed) })
        : localized('columns.noPhoneHint', { header: headerText(listed) }),
    };
  }
  return undefined;
}
