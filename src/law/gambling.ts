// Gambling advertising (CSI L320-12): what makes a message a gambling operator's commercial
// communication, and the warning it must carry. Shared by message-gambling-warning and its README.
import { firstKeyword, wordsOf, type Keyword, type KeywordMatch } from './words';

type Both = { readonly en: string; readonly fr: string };

/**
 * The arrêté of 29 July 2022 (JO of 2 August 2022), taken under CSI D320-2, sets one warning that
 * may not be altered; it applies two months after its publication.
 */
export const GAMBLING_WARNING_CHANGE = '2022-10-02';

export interface GamblingWarning {
  readonly text: string;
  readonly basis: Both;
}

export const GAMBLING_WARNINGS: { readonly before: GamblingWarning; readonly from: GamblingWarning } = {
  before: {
    text: 'Jouer comporte des risques : endettement, dépendance... Appelez le 09-74-75-13-13 (appel non surtaxé).',
    basis: {
      en: 'CSI L320-12 and décret 2010-624 (three warnings in rotation, each with the helpline 09 74 75 13 13), until 01/10/2022',
      fr: 'L320-12 CSI et décret 2010-624 (trois messages en alternance, chacun avec le numéro 09 74 75 13 13), jusqu’au 01/10/2022',
    },
  },
  from: {
    text: "Les jeux d'argent et de hasard peuvent être dangereux : pertes d'argent, conflits familiaux, addiction… Retrouvez nos conseils sur joueurs-info-service.fr (09 74 75 13 13 - appel non surtaxé)",
    basis: {
      en: 'CSI L320-12 and D320-2, arrêté of 29/07/2022 (in force since 02/10/2022): one warning, which may not be altered',
      fr: 'L320-12 et D320-2 CSI, arrêté du 29/07/2022 (en vigueur depuis le 02/10/2022) : un message unique, qui ne peut pas être modifié',
    },
  },
};

export const gamblingWarningAt = (date: string): GamblingWarning =>
  date < GAMBLING_WARNING_CHANGE ? GAMBLING_WARNINGS.before : GAMBLING_WARNINGS.from;

// The helpline Joueurs Info Service in any spelling (09 74 75 13 13, 09-74-75-13-13, 0974751313,
// +33 9 74 75 13 13, +33 (0)9…), or its web address.
const HELPLINE =
  /(?:\+33[\s.\u00a0]?(?:\(0\)[\s.\u00a0]?)?|0033[\s.\u00a0]?|\b0[\s.\u00a0-]?)9[\s.\u00a0-]?7[\s.\u00a0-]?4[\s.\u00a0-]?7[\s.\u00a0-]?5[\s.\u00a0-]?1[\s.\u00a0-]?3[\s.\u00a0-]?1[\s.\u00a0-]?3(?!\d)|joueurs[\s-]?info[\s-]?service(?:\.fr)?/iu;

/** Whether a message carries the warning: recognised by the helpline number or joueurs-info-service.fr. */
export const carriesGamblingWarning = (text: string): boolean => HELPLINE.test(text);

/**
 * Words of betting that make a message a gambling advertisement. "casino", "poker" or "loto" alone
 * (Casino supermarkets, a village loto), a bare "cote" (a coast once folded) and "bonus de
 * bienvenue" do not; "pari" and "mise" count only in their betting sense.
 */
export const GAMBLING_KEYWORDS: readonly Keyword[] = [
  { id: 'paris sportifs', pattern: /\bparis? (?:sportifs?|hippiques?)\b/ },
  {
    id: 'pari',
    pattern:
      /\bpari (?:gratuit|offert|rembourse|combine|simple|sportif|hippique)\b|\b(?:1er|premier|votre|ton) pari\b/,
  },
  { id: 'parier', pattern: /\bparie[rz]\b/ },
  {
    id: 'mise',
    pattern:
      /\bmises? (?:remboursees?|offertes?|doublees?|minimum|minimale)\b|\b(?:votre|ta|1ere|premiere) mise\b(?! (?:en|a|au|aux|de cote|jour)\b)/,
  },
  { id: 'cote boostee', pattern: /\b(?:cotes? boostees?|super cotes?|cotes? boost)\b/ },
  { id: 'freebet', pattern: /\bfree ?bets?\b/ },
  { id: 'jackpot', pattern: /\bjackpots?\b/ },
  { id: 'jeux en ligne', pattern: /\b(?:casino|poker|roulette|blackjack) en ligne\b|\bmachines? a sous\b/ },
  { id: 'jeux d argent', pattern: /\bjeux d argent\b/ },
];

/** `sector` words of gambling (not "jeux" alone: a toy shop; not "casino" alone: a supermarket). */
const GAMBLING_SECTOR =
  /\b(?:gambling|betting|bookmakers?|jeux d argent(?: et de hasard)?|paris sportifs|paris hippiques|paris en ligne|casino en ligne|poker en ligne|jeux de hasard)\b/;

export const isGamblingSector = (sector: string | null): boolean =>
  sector !== null && GAMBLING_SECTOR.test(wordsOf(sector).text);

/** The first betting word of a message, or null. */
export const gamblingSignal = (text: string): KeywordMatch | null =>
  firstKeyword(wordsOf(text), GAMBLING_KEYWORDS);
