// Consumer-credit advertising (C. conso L312-5): what makes a message a credit advertisement, and
// the mention it must carry at its send date. Shared by message-credit-mention and `--fix`.
import { foldForMatch } from '../base/text';
import type { Channel } from '../base/types';
import { withMention } from './mentions';
import { analyzeSms } from './sms/gsm7';
import { firstKeyword, wordsOf, type Keyword, type KeywordMatch } from './words';

type Both = { readonly en: string; readonly fr: string };

/** Ordonnance 2025-880 (transposing directive (UE) 2023/2225) rewrites L312-5 from this date. */
export const CREDIT_MENTION_CHANGE = '2026-11-20';

export interface CreditMention {
  /** The mention as it must be written. */
  readonly text: string;
  /** The day it became due (ISO), and the text that requires it. */
  readonly since: string;
  readonly basis: Both;
}

export const CREDIT_MENTIONS: { readonly before: CreditMention; readonly from: CreditMention } = {
  before: {
    text: 'Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.',
    since: '2011-05-01',
    basis: {
      en: 'C. conso L312-5, wording of loi 2010-737 "Lagarde", in force until 19/11/2026',
      fr: 'L312-5 C. conso, rédaction de la loi 2010-737 dite Lagarde, en vigueur jusqu’au 19/11/2026',
    },
  },
  from: {
    text: "Attention ! Un crédit coûte de l'argent et doit être remboursé !",
    since: CREDIT_MENTION_CHANGE,
    basis: {
      en: 'C. conso L312-5 as rewritten by ordonnance 2025-880, in force since 20/11/2026',
      fr: "L312-5 C. conso réécrit par l'ordonnance 2025-880, en vigueur depuis le 20/11/2026",
    },
  },
};

/** The mention due at a send date. */
export const creditMentionAt = (date: string): CreditMention =>
  date < CREDIT_MENTION_CHANGE ? CREDIT_MENTIONS.before : CREDIT_MENTIONS.from;

/** Whether a text carries a mention, whatever its case, accents, spacing, punctuation or apostrophes. */
export const carriesMention = (text: string, mention: CreditMention): boolean =>
  foldForMatch(text).includes(foldForMatch(mention.text));

/** Words that make a message a consumer-credit advertisement (an error without the mention). */
export const CREDIT_KEYWORDS: readonly Keyword[] = [
  { id: 'taeg', pattern: /\btaeg\b/ },
  { id: 'pret personnel', pattern: /\bprets? perso(?:nnels?)?\b/ },
  { id: 'credit renouvelable', pattern: /\bcredits? (?:renouvelables?|revolving)\b/ },
  { id: 'credit conso', pattern: /\bcredits? (?:conso|a la consommation)\b/ },
  { id: 'rachat de credit', pattern: /\b(?:rachats?|regroupements?) de (?:vos |tous vos )?credits?\b/ },
  { id: 'credit auto', pattern: /\b(?:credits?|prets?) (?:auto|voiture|travaux)\b/ },
];

/**
 * Words of an offer that may be credit (a warning): from 2026-11-20 a split or deferred payment
 * with a third-party lender is consumer credit; a shop's own fee-free split is not, and the text
 * cannot tell which.
 */
export const MAYBE_CREDIT_KEYWORDS: readonly Keyword[] = [
  {
    id: 'paiement en plusieurs fois',
    pattern: /\b(?:paiements?|payez|payer|reglez|regler|reglements?) (?:en )?\d{1,2} ?(?:x|fois)\b/,
  },
  { id: 'sans frais en plusieurs fois', pattern: /\b\d{1,2} ?(?:x|fois) sans frais\b/ },
  { id: 'financement', pattern: /\bfinancements?\b/ },
  { id: 'facilites de paiement', pattern: /\bfacilites? de paiement\b/ },
  { id: 'paiement fractionne', pattern: /\bpaiements? (?:fractionnes?|echelonnes?|differes?)\b/ },
];

/** `sector` words that say the campaign advertises credit (the whole sector, so "prêt-à-porter" is not one). */
const CREDIT_SECTOR =
  /^(?:credits?|prets?|credit (?:a la )?conso(?:mmation)?|consumer credit|consumer lending|lending|loans?|organisme de credit|etablissement de credit)$/;

export const isCreditSector = (sector: string | null): boolean => {
  if (sector === null) return false;
  const words = wordsOf(sector).text.trim();
  return CREDIT_SECTOR.test(words) || firstKeyword(wordsOf(sector), CREDIT_KEYWORDS) !== null;
};

/** What a message says of credit: a consumer-credit word (strong), an instalment offer (maybe), or nothing. */
export function creditSignal(text: string): { strength: 'credit' | 'maybe'; match: KeywordMatch } | null {
  const words = wordsOf(text);
  const strong = firstKeyword(words, CREDIT_KEYWORDS);
  if (strong) return { strength: 'credit', match: strong };
  const weak = firstKeyword(words, MAYBE_CREDIT_KEYWORDS);
  return weak ? { strength: 'maybe', match: weak } : null;
}

/**
 * The credit mention a safe fix may add to a message, or null: the message advertises consumer
 * credit (its sector or its words), carries no credit mention at all (a wrong or old one is for its
 * author to replace), and an SMS with the mention needs at most `maxSegments` segments. Shared by
 * message-credit-mention (the fix it offers) and `--fix` (the fix it writes).
 */
export function creditMentionFix(
  text: string,
  campaign: {
    readonly sector: string | null;
    readonly date: string;
    readonly channel: Channel;
    readonly audience: string;
    readonly maxSegments: number;
  },
): string | null {
  if (campaign.audience === 'professionals') return null;
  if (carriesMention(text, CREDIT_MENTIONS.before) || carriesMention(text, CREDIT_MENTIONS.from)) return null;
  if (!isCreditSector(campaign.sector) && creditSignal(text)?.strength !== 'credit') return null;
  const due = creditMentionAt(campaign.date).text;
  if (campaign.channel === 'sms' && analyzeSms(withMention(text, due)).segments > campaign.maxSegments)
    return null;
  return due;
}
