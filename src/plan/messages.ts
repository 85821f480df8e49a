// The send plan's texts, in the shape of the core catalogue (src/base/messages once it lands):
// `{{name}}` placeholders, `{ one, other }` for counted texts with `{{n}}`, French written with plain
// spaces (French typography is applied when the text is said).
import { formatCount, interpolate, pluralCategory } from '../base/text';
import type { DataValue, Lang } from '../base/types';

interface Forms {
  readonly one: string;
  readonly other: string;
}
type Entry = string | Forms;

const en = {
  // Why a recipient waits (what the schedule rules would report at the requested time).
  'reason.outside': 'outside the allowed hours ({{windows}})',
  'reason.platformWindow': 'outside the window platforms apply ({{windows}})',
  'reason.tolerated': 'on a {{day}}: tolerated, not recommended',
  'reason.holiday': '{{holiday}}, a public holiday ({{territory}}, {{date}})',
  'reason.silence': 'electoral silence until {{until}}',
  'reason.frequency': '{{max}} solicitations in 30 days already: the cap frees on {{date}}',
  'reason.frequencyNever': '{{max}} solicitations in 30 days already, and the history never lets one more in',
  'reason.rate': 'the batch of {{time}} reaches the end of the window at {{rate}} a minute',
  'reason.horizon': 'no allowed time within {{days}} days',
  // The table.
  'plan.title': 'Send plan: {{name}}',
  'plan.requested': 'requested {{when}} ({{zone}})',
  'plan.tier.warning': 'no schedule warning nor error (tier warning)',
  'plan.tier.error': 'no schedule error (tier error)',
  'plan.within': { one: 'placed within {{n}} day', other: 'placed within {{n}} days' },
  'plan.rate': '{{rate}} a minute, in file order from each batch’s time',
  'plan.batches': { one: '{{n}} batch', other: '{{n}} batches' },
  'plan.head.batch': 'batch',
  'plan.head.sendAt': 'send at ({{zone}})',
  'plan.head.utc': 'UTC',
  'plan.head.territories': 'territories',
  'plan.head.recipients': 'recipients',
  'plan.head.file': 'file',
  'plan.until': 'last send {{time}}',
  'plan.noBatch': 'No recipient can be sent: nothing to plan.',
  'plan.moved': { one: '{{n}} recipient moved:', other: '{{n}} recipients moved:' },
  'plan.move':
    '{{territory}}: {{from}} local → {{to}} local, {{paris}} ({{zone}}), batch {{batch}} ({{count}}): {{why}}',
  'plan.moveHere': '{{territory}}: {{from}} → {{to}} ({{zone}}), batch {{batch}} ({{count}}): {{why}}',
  'plan.movesLeftOut': {
    one: '… and {{n}} more recipient moved (see the batches)',
    other: '… and {{n}} more recipients moved (see the batches)',
  },
  'plan.unplaced': {
    one: '{{n}} recipient not placed within the horizon:',
    other: '{{n}} recipients not placed within the horizon:',
  },
  'plan.unplacedReason': '{{territory}} ({{count}}): {{why}}',
  'plan.rejected': {
    one: '{{n}} recipient rejected (never sendable):',
    other: '{{n}} recipients rejected (never sendable):',
  },
  'plan.rejectedReason': '{{rule}}: {{count}}',
  'plan.firstLines': 'lines {{lines}}',
  'plan.allPlaced': 'Every sendable recipient is placed.',
  'plan.written': 'Written to {{dir}}: {{files}}',
  'plan.blocked': 'No plan: the campaign has errors no send time can fix.',
  'plan.blockedHint': 'Fix them, then plan again (campaign-lint {{manifest}} shows every problem).',
  'plan.lateErrors':
    'No plan: a rule reported errors on recipients after they were read ({{rules}}), so the plan could not leave them out.',
  'plan.batchComment': {
    one: 'Batch {{batch}} of {{of}} of the send plan of {{manifest}} (campaign-lint plan, tier {{tier}}): {{n}} recipient ({{territories}}).',
    other:
      'Batch {{batch}} of {{of}} of the send plan of {{manifest}} (campaign-lint plan, tier {{tier}}): {{n}} recipients ({{territories}}).',
  },
  'count.recipient': { one: '{{n}} recipient', other: '{{n}} recipients' },
  'count.file': { one: '{{n}} file', other: '{{n}} files' },
  // The command.
  'cli.planDescription':
    'when each recipient may lawfully receive the message: send batches a platform can import',
  'cli.manifestArgument': 'the campaign manifest (*.campaign.yaml|yml|json)',
  'cli.outDir': 'folder of the plan files (default: the manifest’s folder)',
  'cli.within': 'horizon in days: recipients not placed within it are listed with why (default: 14)',
  'cli.tier':
    'warning (default): no schedule warning nor error in any batch; error: no schedule error (warnings allowed)',
  'cli.planFormat': 'output: stylish (a table), json (the plan) or html (a page with the timeline)',
  'cli.notAManifest':
    'plan takes one campaign manifest (*.campaign.yaml, *.campaign.yml or *.campaign.json): {{path}}',
  'cli.notAManifestHint': 'Give the path of the manifest itself, e.g. campaigns/soldes.campaign.yaml.',
  'cli.withinNotANumber': '--within must be a whole number of days from 1 to 366 (got "{{value}}")',
  'cli.planWritten': 'plan written to {{dir}} ({{files}})',
  'cli.oldPlanRemoved': {
    one: 'removed {{n}} file of the previous plan',
    other: 'removed {{n}} files of the previous plan',
  },
  'cli.workbookAsCsv':
    'the recipients come from a workbook: the batch files are written as CSV (UTF-8, comma)',
} as const satisfies Readonly<Record<string, Entry>>;

export type PlanMessageKey = keyof typeof en;
type Catalogue = { readonly [K in PlanMessageKey]: (typeof en)[K] extends Forms ? Forms : string };

const fr: Catalogue = {
  'reason.outside': 'hors des heures autorisées ({{windows}})',
  'reason.platformWindow': 'hors de la plage des plateformes ({{windows}})',
  'reason.tolerated': 'un {{day}} : toléré, déconseillé',
  'reason.holiday': '{{holiday}}, jour férié ({{territory}}, {{date}})',
  'reason.silence': 'silence électoral jusqu’au {{until}}',
  'reason.frequency': 'déjà {{max}} sollicitations sur 30 jours : le plafond se libère le {{date}}',
  'reason.frequencyNever':
    'déjà {{max}} sollicitations sur 30 jours, et l’historique n’en laisse jamais passer une de plus',
  'reason.rate': 'le lot de {{time}} atteint la fin de la plage à {{rate}} par minute',
  'reason.horizon': 'aucune heure permise dans les {{days}} jours',
  'plan.title': 'Plan d’envoi : {{name}}',
  'plan.requested': 'demandé {{when}} ({{zone}})',
  'plan.tier.warning': 'ni avertissement ni erreur d’horaire (niveau warning)',
  'plan.tier.error': 'aucune erreur d’horaire (niveau error)',
  'plan.within': { one: 'placés dans les {{n}} jour', other: 'placés dans les {{n}} jours' },
  'plan.rate': '{{rate}} par minute, dans l’ordre du fichier à partir de l’heure de chaque lot',
  'plan.batches': { one: '{{n}} lot', other: '{{n}} lots' },
  'plan.head.batch': 'lot',
  'plan.head.sendAt': 'envoi ({{zone}})',
  'plan.head.utc': 'UTC',
  'plan.head.territories': 'territoires',
  'plan.head.recipients': 'destinataires',
  'plan.head.file': 'fichier',
  'plan.until': 'dernier envoi {{time}}',
  'plan.noBatch': 'Aucun destinataire ne peut recevoir le message : rien à planifier.',
  'plan.moved': { one: '{{n}} destinataire déplacé :', other: '{{n}} destinataires déplacés :' },
  'plan.move':
    '{{territory}} : {{from}} heure locale → {{to}} heure locale, {{paris}} ({{zone}}), lot {{batch}} ({{count}}) : {{why}}',
  'plan.moveHere': '{{territory}} : {{from}} → {{to}} ({{zone}}), lot {{batch}} ({{count}}) : {{why}}',
  'plan.movesLeftOut': {
    one: '… et {{n}} autre destinataire déplacé (voir les lots)',
    other: '… et {{n}} autres destinataires déplacés (voir les lots)',
  },
  'plan.unplaced': {
    one: '{{n}} destinataire non placé dans l’horizon :',
    other: '{{n}} destinataires non placés dans l’horizon :',
  },
  'plan.unplacedReason': '{{territory}} ({{count}}) : {{why}}',
  'plan.rejected': {
    one: '{{n}} destinataire écarté (jamais envoyable) :',
    other: '{{n}} destinataires écartés (jamais envoyables) :',
  },
  'plan.rejectedReason': '{{rule}} : {{count}}',
  'plan.firstLines': 'lignes {{lines}}',
  'plan.allPlaced': 'Tous les destinataires envoyables sont placés.',
  'plan.written': 'Écrit dans {{dir}} : {{files}}',
  'plan.blocked': 'Pas de plan : la campagne a des erreurs qu’aucune heure d’envoi ne corrige.',
  'plan.blockedHint':
    'Corrigez-les, puis planifiez de nouveau (campaign-lint {{manifest}} montre chaque problème).',
  'plan.lateErrors':
    'Pas de plan : une règle a signalé des erreurs sur des destinataires après leur lecture ({{rules}}), le plan n’a donc pas pu les écarter.',
  'plan.batchComment': {
    one: 'Lot {{batch}} sur {{of}} du plan d’envoi de {{manifest}} (campaign-lint plan, niveau {{tier}}) : {{n}} destinataire ({{territories}}).',
    other:
      'Lot {{batch}} sur {{of}} du plan d’envoi de {{manifest}} (campaign-lint plan, niveau {{tier}}) : {{n}} destinataires ({{territories}}).',
  },
  'count.recipient': { one: '{{n}} destinataire', other: '{{n}} destinataires' },
  'count.file': { one: '{{n}} fichier', other: '{{n}} fichiers' },
  'cli.planDescription':
    'quand chaque destinataire peut légalement recevoir le message : des lots d’envoi qu’une plateforme sait importer',
  'cli.manifestArgument': 'le manifeste de la campagne (*.campaign.yaml|yml|json)',
  'cli.outDir': 'dossier des fichiers du plan (par défaut : celui du manifeste)',
  'cli.within':
    'horizon en jours : les destinataires qui n’y trouvent pas de place sont listés avec la raison (par défaut : 14)',
  'cli.tier':
    'warning (par défaut) : ni avertissement ni erreur d’horaire dans aucun lot ; error : aucune erreur d’horaire (avertissements admis)',
  'cli.planFormat': 'sortie : stylish (un tableau), json (le plan) ou html (une page avec la frise)',
  'cli.notAManifest':
    'plan prend un manifeste de campagne (*.campaign.yaml, *.campaign.yml ou *.campaign.json) : {{path}}',
  'cli.notAManifestHint':
    'Donnez le chemin du manifeste lui-même, par exemple campaigns/soldes.campaign.yaml.',
  'cli.withinNotANumber': '--within doit être un nombre entier de jours de 1 à 366 (reçu « {{value}} »)',
  'cli.planWritten': 'plan écrit dans {{dir}} ({{files}})',
  'cli.oldPlanRemoved': {
    one: '{{n}} fichier du plan précédent supprimé',
    other: '{{n}} fichiers du plan précédent supprimés',
  },
  'cli.workbookAsCsv':
    'les destinataires viennent d’un classeur : les fichiers des lots sont écrits en CSV (UTF-8, virgule)',
};

/** Both languages, for the tests that check each key has the same placeholders in both. */
export const PLAN_CATALOGUES: Readonly<Record<Lang, Readonly<Record<PlanMessageKey, Entry>>>> = { en, fr };
const CATALOGUES = PLAN_CATALOGUES;

/** The template of a key in both languages (a counted text in the form for `n`). */
export function planText(key: PlanMessageKey, n?: number): { en: string; fr: string } {
  const form = (lang: Lang) => {
    const entry = CATALOGUES[lang][key];
    if (typeof entry === 'string') return entry;
    return pluralCategory(n ?? 0, lang) === 'one' ? entry.one : entry.other;
  };
  return { en: form('en'), fr: form('fr') };
}

/** A text of the plan in one language, `{{names}}` filled (`n`: a count, formatted for the language). */
export function sayPlan(
  key: PlanMessageKey,
  lang: Lang,
  data: Readonly<Record<string, DataValue>> = {},
  showPii = false,
): string {
  const n = typeof data.n === 'number' ? data.n : undefined;
  const filled = n === undefined ? data : { ...data, n: formatCount(n, lang) };
  return interpolate(planText(key, n), filled, lang, showPii);
}
