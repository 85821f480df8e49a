// The electoral calendar of a political campaign: the electoral silence of C. électoral L49 (from
// 00:00 on the eve of a ballot to the end of the ballot day, in each recipient's local time, a day
// earlier where a territory votes on the Saturday) and the free-number ban of L50-1. Shared by the
// campaign-election rule, message-opt-out's advice and the send planner: one answer to "may this
// recipient receive a political message now, and if not, until when?".
import { DateTime } from 'luxon';
import type { Channel, Election, ElectionKind, HolidayZone } from '../base/types';

type Both = { readonly en: string; readonly fr: string };

export const ELECTION_KINDS: readonly ElectionKind[] = [
  'presidential',
  'legislative',
  'european',
  'referendum',
  'municipal',
  'departmental',
  'regional',
  'other',
];

/** Territories `election.territory_ballots` may name (ISO codes of the overseas territories). */
export const ELECTION_TERRITORIES = [
  'GP',
  'MQ',
  'GF',
  'RE',
  'YT',
  'PM',
  'BL',
  'MF',
  'PF',
  'NC',
  'WF',
] as const;

/**
 * Where national ballots (presidential, legislative, European, referendum) are held on the Saturday
 * before the metropolitan Sunday, the Americas and French Polynesia, so that their polls do not
 * close after the first results are known: Guadeloupe, Martinique, Guyane, Saint-Barthélemy,
 * Saint-Martin, Saint-Pierre-et-Miquelon, French Polynesia (the decrees calling the voters).
 */
export const SATURDAY_TERRITORIES: ReadonlySet<string> = new Set(['GP', 'MQ', 'GF', 'BL', 'MF', 'PM', 'PF']);
export const SATURDAY_KINDS: ReadonlySet<ElectionKind> = new Set([
  'presidential',
  'legislative',
  'european',
  'referendum',
]);

/** Kinds governed by the Code électoral (directly or by reference): L49 and L50-1 bind them. */
export const isCodeElectoralKind = (kind: ElectionKind) => kind !== 'other';

const L49_SMS: Both = {
  en: 'C. électoral L49 2° (wording in force since 30/06/2020) forbids sending electoral propaganda messages by electronic means from 00:00 on the eve of the ballot',
  fr: 'le L49 2° du Code électoral (rédaction en vigueur depuis le 30/06/2020) interdit de diffuser par voie électronique tout message de propagande électorale à partir de la veille du scrutin à zéro heure',
};
const L49_VMS: Both = {
  en: 'C. électoral L49 2° and 3° (wording in force since 30/06/2020) forbid electronic propaganda messages and serial calls to voters, automated or not, from 00:00 on the eve of the ballot',
  fr: 'le L49 2° et 3° du Code électoral (rédaction en vigueur depuis le 30/06/2020) interdit les messages de propagande par voie électronique et les appels téléphoniques en série des électeurs, automatisés ou non, à partir de la veille du scrutin à zéro heure',
};

/** The basis of the electoral silence for a channel: 2° (electronic messages), and 3° (serial calls) for voicemail drops. */
export const silenceBasis = (channel: Channel): Both => (channel === 'vms' ? L49_VMS : L49_SMS);

/** The territory code an election looks at: the number's, refined by a Saint-Martin or Saint-Barthélemy postal code. */
export function electionTerritoryOf(recipient: {
  readonly territory: { readonly code: string };
  readonly holidayZone: HolidayZone | null;
}): string {
  if (recipient.holidayZone === 'saint-martin') return 'MF';
  if (recipient.holidayZone === 'saint-barthelemy') return 'BL';
  return recipient.territory.code;
}

/** YYYY-MM-DD moved by whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export const weekdayOf = (date: string): number => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

/** The local ballot day of each round in a territory: `territory_ballots`, else the Saturday before for the Saturday territories of national ballots, else the metropolitan day. */
export function localBallotDays(election: Election, territory: string): string[] {
  const own = Object.prototype.hasOwnProperty.call(election.territoryBallots, territory)
    ? election.territoryBallots[territory]
    : undefined;
  return election.ballots.map((day, round) => {
    if (own?.[round]) return own[round];
    return SATURDAY_KINDS.has(election.kind) && SATURDAY_TERRITORIES.has(territory) ? addDays(day, -1) : day;
  });
}

/** A stretch of local days during which no political message may reach a territory. */
export interface SilenceWindow {
  /** 1-based round. */
  readonly round: number;
  /** The ballot day this silence leads to: the local one, or the metropolitan one where the territory voted earlier. */
  readonly ballot: string;
  /** The round's ballot day in the territory (local), and in metropolitan France. */
  readonly localBallot: string;
  readonly metropolitanBallot: string;
  /** First and last silent local days (YYYY-MM-DD, inclusive). */
  readonly firstDay: string;
  readonly lastDay: string;
  /** The silence as instants: from 00:00 local on firstDay, until 00:00 local the day after lastDay. */
  readonly fromMs: number;
  readonly untilMs: number;
}

const midnight = (date: string, timeZone: string) =>
  DateTime.fromISO(date, { zone: timeZone }).startOf('day').toMillis();

/**
 * The silences of a territory, in its local time: for each round, the eve and the day of its local
 * ballot and the eve and the day of the metropolitan ballot (the campaign reaches one electorate:
 * where the territory votes on the Saturday the two join, Friday 00:00 to the end of Sunday),
 * stretches that touch merged into one.
 */
export function silenceWindows(election: Election, territory: string, timeZone: string): SilenceWindow[] {
  const local = localBallotDays(election, territory);
  const stretches = election.ballots.flatMap((metropolitan, i) => {
    const own = local[i];
    const base = { round: i + 1, localBallot: own, metropolitanBallot: metropolitan };
    const days = [{ ...base, ballot: own, firstDay: addDays(own, -1), lastDay: own }];
    if (metropolitan !== own)
      days.push({
        ...base,
        ballot: metropolitan,
        firstDay: addDays(metropolitan, -1),
        lastDay: metropolitan,
      });
    return days;
  });
  stretches.sort((a, b) => (a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : 0));
  const merged: Array<(typeof stretches)[number]> = [];
  for (const s of stretches) {
    const last = merged[merged.length - 1];
    if (last && s.firstDay <= addDays(last.lastDay, 1)) {
      if (s.lastDay > last.lastDay) merged[merged.length - 1] = { ...last, lastDay: s.lastDay };
    } else merged.push(s);
  }
  return merged.map((s) =>
    Object.freeze({
      ...s,
      fromMs: midnight(s.firstDay, timeZone),
      untilMs: midnight(addDays(s.lastDay, 1), timeZone),
    }),
  );
}

/** Why a recipient may not receive a political message at an instant, and when they may again. */
export interface Silence {
  /** The first instant after the silence (epoch ms): 00:00 local the day after the last silent day. */
  readonly until: number;
  readonly window: SilenceWindow;
  readonly basis: Both;
}

const windowCache = new WeakMap<Election, Map<string, SilenceWindow[]>>();

/**
 * The electoral silence a territory is in at a local instant, or null. `territory` is the ISO code
 * of the recipient's territory (FR, GP, RE…, see electionTerritoryOf; a foreign code gets the
 * metropolitan days), the instant carries its time zone (the recipient's).
 */
export function silenceAt(
  election: Election,
  territory: string,
  localInstant: { readonly epochMs: number; readonly timeZone: string },
  channel: Channel = 'sms',
): Silence | null {
  let byPlace = windowCache.get(election);
  if (!byPlace) windowCache.set(election, (byPlace = new Map<string, SilenceWindow[]>()));
  const key = `${territory}|${localInstant.timeZone}`;
  let windows = byPlace.get(key);
  if (!windows) byPlace.set(key, (windows = silenceWindows(election, territory, localInstant.timeZone)));
  for (const window of windows)
    if (localInstant.epochMs >= window.fromMs && localInstant.epochMs < window.untilMs)
      return { until: window.untilMs, window, basis: silenceBasis(channel) };
  return null;
}

/**
 * L50-1: no free number may be made known to the public "pendant les six mois précédant le premier
 * jour du mois d'une élection et jusqu'à la date du tour de scrutin où celle-ci est acquise": from
 * the first day of the sixth month before the first ballot's month, to the last ballot given
 * (inclusive). A referendum has no candidate: null.
 */
export function freeNumberBan(election: Election): { readonly from: string; readonly to: string } | null {
  if (election.kind === 'referendum' || election.ballots.length === 0) return null;
  const first = election.ballots[0];
  const month = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 - 6;
  const from = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: election.ballots[election.ballots.length - 1] };
}

export const L50_1: Both = {
  en: 'C. électoral L50-1 (loi 90-55 of 15/01/1990; six months in the wording in force) forbids a candidate to make a free telephone number known to the public from the first day of the sixth month before the month of the election until the round that decides it',
  fr: "le L50-1 du Code électoral (loi 90-55 du 15/01/1990 ; six mois dans la rédaction en vigueur) interdit à un candidat de porter un numéro d'appel gratuit à la connaissance du public pendant les six mois précédant le premier jour du mois de l'élection et jusqu'au tour de scrutin où celle-ci est acquise",
};

// 0800–0805 (free numbers of the ARCEP plan) in any spelling: 0800 12 34 56, 0 800 123 456,
// 08 00 12 34 56, 08.05.12.34.56, +33 8 00…, +33 (0)8 00…, 0033 800….
const TOLL_FREE =
  /(?<![\d+])(?:\+33[\s.\u00a0]?(?:\(0\)[\s.\u00a0]?)?|0033[\s.\u00a0]?|0[\s.\u00a0]?)8[\s.\u00a0-]?0[\s.\u00a0-]?[0-5](?:[\s.\u00a0-]?\d){6}(?![\d])/gu;
// Free 4-digit short numbers 30PQ and 31PQ (ARCEP), when the text gives them as a number to call:
// a word of calling just before, and no amount, year or longer number around.
const FREE_SHORT =
  /(?<=(?:\bappel(?:ez|er|le[rz]?)?|\bcompose[rz]?|\bcontacte[rz]?|\bjoindre|\bnum[ée]ro(?:\s+(?:vert|gratuit|unique))?|\bn°|\bt[ée]l[ée]phone[rz]?|\bt[ée]l\.?|\bau|\ble)[\s\u00a0:]{1,3})3[01]\d\d(?![\d\s\u00a0]*(?:€|euros?\b|%|\d)|[.,]\d|\p{L})/giu;

/** Free numbers a message makes known: 0800–0805 in any spelling, and free short numbers 30PQ/31PQ. */
export function freeNumbersIn(text: string): Array<{ readonly number: string; readonly index: number }> {
  const found: Array<{ number: string; index: number }> = [];
  for (const m of text.matchAll(TOLL_FREE)) found.push({ number: m[0].trim(), index: m.index });
  for (const m of text.matchAll(FREE_SHORT)) found.push({ number: m[0], index: m.index });
  return found.sort((a, b) => a.index - b.index);
}
