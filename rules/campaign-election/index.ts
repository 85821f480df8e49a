import {
  DAY_NAMES,
  addDays,
  dateText,
  defineRule,
  electionTerritoryOf,
  freeNumberBan,
  freeNumbersIn,
  isCodeElectoralKind,
  L50_1,
  memoize,
  silenceAt,
  TERRITORIES,
  weekdayOf,
  type Election,
  type Location,
  type Recipient,
  type RuleContext,
  type RuleListeners,
} from '../../src/rule-kit';

/** "Saturday 2027-04-10" / "samedi 10/04/2027". */
const dayAndDate = (date: string) => {
  const day = DAY_NAMES[weekdayOf(date) - 1];
  return { en: `${day.en} ${date}`, fr: `${day.fr} ${dateText(date).fr}` };
};

const OTHER_KIND = {
  en: 'kind: other: L49 and L50-1 bind the elections of the Code électoral; check that they govern this one',
  fr: 'kind: other : le L49 et le L50-1 s’imposent aux élections régies par le Code électoral ; vérifiez que c’est le cas de celle-ci',
};

export default defineRule({
  meta: {
    id: 'campaign-election',
    description: {
      en: 'Disallow political messages during the electoral silence (from 00:00 local on the eve of a ballot, C. électoral L49) and free numbers before an election (L50-1)',
      fr: 'Interdit les messages politiques pendant le silence électoral (dès 0 h, heure locale, la veille d’un scrutin, L49 du Code électoral) et les numéros gratuits avant une élection (L50-1)',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['political'],
    messages: {
      noElection: {
        en: 'Political campaign without "election": the electoral silence (C. électoral L49, from 00:00 on the eve of a ballot) and the free-number ban (L50-1) were not checked; give the ballots (election: kind and ballots), or write "election: none" when no ballot is concerned',
        fr: 'Campagne politique sans « election » : le silence électoral (L49 du Code électoral, dès 0 h la veille d’un scrutin) et l’interdiction des numéros gratuits (L50-1) n’ont pas été vérifiés ; indiquez les scrutins (election: kind et ballots), ou écrivez « election: none » si aucun scrutin n’est concerné',
      },
      silence: {
        en: 'Sent on {{date}} at {{time}} local time ({{territory}}), during the electoral silence of round {{round}} (ballot on {{ballot}}, {{place}}): {{basis}}; the silence ends at 00:00 on {{until}}, local time',
        fr: 'Envoyé le {{date}} à {{time}}, heure locale ({{territory}}), pendant le silence électoral du tour {{round}} (scrutin le {{ballot}}, {{place}}) : {{basis}} ; le silence prend fin le {{until}} à 0 h, heure locale',
      },
      silenceOther: {
        en: 'Sent on {{date}} at {{time}} local time ({{territory}}), during the electoral silence of round {{round}} (ballot on {{ballot}}, {{place}}), if the ballot is one the Code électoral governs: {{basis}} ({{note}}); the silence ends at 00:00 on {{until}}, local time',
        fr: 'Envoyé le {{date}} à {{time}}, heure locale ({{territory}}), pendant le silence électoral du tour {{round}} (scrutin le {{ballot}}, {{place}}), si ce scrutin relève du Code électoral : {{basis}} ({{note}}) ; le silence prend fin le {{until}} à 0 h, heure locale',
      },
      freeNumber: {
        en: 'The message gives the free number {{number}} and is sent on {{date}}: {{basis}} (for this election, from {{from}} to {{to}}); give a normal-rate number (01–05, 09, 0806–0809), a short code or a web address instead',
        fr: 'Le message donne le numéro gratuit {{number}} et part le {{date}} : {{basis}} (pour cette élection, du {{from}} au {{to}}) ; donnez plutôt un numéro au tarif normal (01–05, 09, 0806–0809), un code court ou une adresse web',
      },
      freeNumberOther: {
        en: 'The message gives the free number {{number}} and is sent on {{date}}, from {{from}} to {{to}}: if the election is one the Code électoral governs, {{basis}} ({{note}})',
        fr: 'Le message donne le numéro gratuit {{number}} et part le {{date}}, entre le {{from}} et le {{to}} : si l’élection relève du Code électoral, {{basis}} ({{note}})',
      },
      notSunday: {
        en: 'election.ballots gives {{date}}: ballots are held on a Sunday (C. électoral L55, since 1964); check the date, the silence is worked out from it',
        fr: 'election.ballots donne le {{date}} : les scrutins ont lieu un dimanche (L55 du Code électoral, depuis 1964) ; vérifiez la date, le silence en est déduit',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const election = campaign.election;
    if (election === 'none') return {};
    if (election === null)
      return {
        campaign() {
          context.report({
            messageId: 'noElection',
            location: { kind: 'manifest', field: 'purpose' },
            severity: 'warning',
          });
        },
      };
    return electionChecks(context, election);
  },
});

function electionChecks(context: RuleContext, election: Election): RuleListeners {
  const { campaign } = context;
  const bound = isCodeElectoralKind(election.kind);
  const ban = freeNumberBan(election);
  const inBan = (date: string) => ban !== null && date >= ban.from && date <= ban.to;
  const freeNumbers = memoize((text: string) => freeNumbersIn(text));
  const reportedTexts = new Set<string>();
  const checkFreeNumbers = (text: string, date: string, at: (offset?: number) => Location) => {
    if (!ban || !inBan(date) || reportedTexts.has(text)) return;
    const found = freeNumbers(text);
    if (found.length === 0) return;
    reportedTexts.add(text);
    context.report({
      messageId: bound ? 'freeNumber' : 'freeNumberOther',
      data: {
        number: found[0].number,
        date,
        from: ban.from,
        to: ban.to,
        basis: L50_1,
        ...(bound ? {} : { note: OTHER_KIND }),
      },
      location: at(found[0].index),
      ...(bound ? {} : { severity: 'warning' as const }),
    });
  };
  const territoryName = (r: Recipient, code: string) => TERRITORIES[code]?.name ?? r.territory.name;
  return {
    campaign() {
      election.ballots.forEach((date, i) => {
        if (weekdayOf(date) !== 7)
          context.report({
            messageId: 'notSunday',
            data: { date: dayAndDate(date) },
            location: { kind: 'manifest', field: `election.ballots.${i}` },
            severity: 'warning',
          });
      });
      checkFreeNumbers(campaign.message, campaign.sendAt.date, (offset) => ({ kind: 'message', offset }));
    },
    recipient(r: Recipient) {
      if (r.message !== campaign.message)
        checkFreeNumbers(r.message, r.sendTime.date, () => ({
          kind: 'recipient',
          recipient: r,
          column: campaign.columns.message,
        }));
      else checkFreeNumbers(r.message, r.sendTime.date, (offset) => ({ kind: 'message', offset }));
      if (!r.phone?.valid) return; // an unusable number is reported by recipient-phone-valid
      const code = electionTerritoryOf(r);
      const silence = silenceAt(election, code, r.sendTime, campaign.channel);
      if (!silence) return;
      context.report({
        messageId: bound ? 'silence' : 'silenceOther',
        data: {
          date: dayAndDate(r.sendTime.date),
          time: r.sendTime.time,
          territory: territoryName(r, code),
          round: silence.window.round,
          ballot: dayAndDate(silence.window.ballot),
          place:
            silence.window.ballot === silence.window.localBallot
              ? territoryName(r, code)
              : { en: 'metropolitan France', fr: 'métropole' },
          until: dayAndDate(addDays(silence.window.lastDay, 1)),
          basis: silence.basis,
          ...(bound ? {} : { note: OTHER_KIND }),
        },
        location: r,
        ...(bound ? {} : { severity: 'warning' as const }),
      });
    },
  };
}
