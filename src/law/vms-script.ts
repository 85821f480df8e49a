// The opening of a voicemail script: where the caller must say who they are (C. conso L221-16, applied
// to voicemail drops by prudence) and, for political calls, how to object (CNIL, 2017: "dès le début
// du message"). Shared by message-advertiser and message-opt-out.

/** How many characters of a script count as its opening at least (about ten seconds of speech). */
export const OPENING_CHARACTERS = 150;

// Abbreviations whose full stop does not end a sentence ("ici M. Dupont").
const ABBREVIATION =
  /(?:^|[\s(])(?:M|Mme|Mmes|Mlle|Mlles|MM|Me|Dr|Pr|St|Ste|cf|etc|env|tél|tel|n°|No|av|bd)\.$/iu;
// A greeting said before anything else, with at most a few words of address: "Bonjour !",
// "Bonsoir Madame Martin.", "Bonjour {prenom},", "Chère électrice, cher électeur.". "Bonjour, ici
// Léa." says more: it is a sentence.
const GREETING =
  /^\s*(?:bonjour|bonsoir|salut|hello|all[ôo]|coucou|madame|monsieur|ch[èe]re?s?)(?![\p{L}\p{N}])/iu;
const ADDRESS_WORD =
  /^(?:madame|monsieur|mademoiselle|mesdames|messieurs|mme|mlle|m\.|ch[èe]re?s?|cliente?s?|[ée]lect(?:eur|rice)s?|adh[ée]rente?s?|ami(?:e|es|s)?|et|tous|toutes)$/iu;
// A name (capitalised: no case-insensitive flag here) or a placeholder.
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\{\{?[\p{L}\p{N}_.-]+\}?\})$/u;

function isGreetingOnly(sentence: string): boolean {
  const greeting = GREETING.exec(sentence);
  if (!greeting) return false;
  const words = sentence
    .slice(greeting[0].length)
    .replace(/[.!?…]+\s*$/u, '')
    .split(/[\s,]+/u)
    .filter((w) => w !== '');
  return words.length <= 4 && words.every((w) => ADDRESS_WORD.test(w) || NAME_WORD.test(w));
}

/** The end offsets of the sentences of a text (after their closing punctuation). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]+(?=\s|$)/gu)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), end))) continue;
    ends.push(end);
  }
  return ends;
}

/**
 * Where a voicemail script's opening ends: after its first sentence (a sentence that is only a
 * greeting, "Bonjour !", does not count: the next one does), and never before its first
 * OPENING_CHARACTERS characters; a script that is one long sentence opens with those characters
 * only. Something said before this offset is said "at the start".
 */
export function openingEnd(script: string): number {
  const body = script.replace(/\s+$/, '');
  const ends = sentenceEnds(body).filter((end) => end < body.length);
  let first = ends[0];
  if (first !== undefined && isGreetingOnly(body.slice(0, first))) first = ends[1];
  return Math.min(script.length, Math.max(first ?? 0, OPENING_CHARACTERS));
}
