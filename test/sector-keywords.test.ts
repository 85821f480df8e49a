import { creditSignal, CREDIT_KEYWORDS, isCreditSector, MAYBE_CREDIT_KEYWORDS } from '../src/law/credit';
import {
  gamblingSignal,
  GAMBLING_KEYWORDS,
  isGamblingSector,
  carriesGamblingWarning,
} from '../src/law/gambling';
import {
  isSpeculativeSector,
  leverageIn,
  speculativeSignal,
  SPECULATIVE_KEYWORDS,
} from '../src/law/speculative';
import { firstKeyword, wordsOf, type Keyword } from '../src/law/words';

// Every keyword of a sector list has a text it must match and a near miss it must not: the words of
// ordinary messages ("crédit photo", the Casino supermarket, a village loto, the côte d'Azur, the
// "effet de levier" of a property advert) never make a credit, gambling or speculative message.
type Row = { id: string; matches: string[]; nearMisses: string[] };

const CREDIT: Row[] = [
  { id: 'taeg', matches: ['TAEG fixe 5,9 %', 'taeg : 3.2%'], nearMisses: ['Stage de taekwondo'] },
  {
    id: 'pret personnel',
    matches: ['Prêt personnel jusqu’à 20 000 €', 'PRET PERSO réponse immédiate', 'prêts personnels'],
    nearMisses: ['Collection prêt-à-porter', 'un service personnalisé prêt demain', 'prêt personnalisé'],
  },
  {
    id: 'credit renouvelable',
    matches: ['Crédit renouvelable', 'credit revolving'],
    nearMisses: ['Votre crédit de points est renouvelé chaque mois'],
  },
  {
    id: 'credit conso',
    matches: ['crédit conso', 'Crédit à la consommation'],
    nearMisses: ['votre crédit consommé ce mois', 'crédit photo : Studio Léa'],
  },
  {
    id: 'rachat de credit',
    matches: ['Rachat de crédits', 'regroupement de vos crédits'],
    nearMisses: ['Rachat de votre véhicule', 'crédit d’impôt'],
  },
  {
    id: 'credit auto',
    matches: ['crédit auto à 2,9 %', 'prêt travaux'],
    nearMisses: ['prélèvement automatique', 'crédit automatique de vos points'],
  },
];
const MAYBE_CREDIT: Row[] = [
  {
    id: 'paiement en plusieurs fois',
    matches: ['Paiement en 3 fois', 'payez en 4x', 'réglez en 10 fois'],
    nearMisses: ['2 fois plus de points', 'payez une fois, profitez toute l’année'],
  },
  {
    id: 'sans frais en plusieurs fois',
    matches: ['4x sans frais', '3 fois sans frais'],
    nearMisses: ['livraison sans frais', 'retours gratuits 2 fois par an'],
  },
  {
    id: 'financement',
    matches: ['Financement possible', 'nos financements'],
    nearMisses: ['autofinancement de la coopérative', 'financé par la commune'],
  },
  {
    id: 'facilites de paiement',
    matches: ['Facilités de paiement'],
    nearMisses: ['paiement facile en boutique'],
  },
  {
    id: 'paiement fractionne',
    matches: ['paiement fractionné', 'paiement différé de 30 jours', 'paiement échelonné'],
    nearMisses: ['paiement sécurisé'],
  },
];
const GAMBLING: Row[] = [
  {
    id: 'paris sportifs',
    matches: ['Paris sportifs : 100 € offerts', 'pari hippique du dimanche'],
    nearMisses: ['Week-end à Paris offert', 'Paris Saint-Germain : maillots -20%'],
  },
  {
    id: 'pari',
    matches: ['1er pari remboursé', 'pari gratuit de 10 €', 'votre pari combiné'],
    nearMisses: ['Un pari réussi pour votre salon', 'Paris offert aux gagnants du concours'],
  },
  {
    id: 'parier',
    matches: ['Pariez sur le match', 'parier en direct'],
    nearMisses: ['Je parie que vous allez adorer'],
  },
  {
    id: 'mise',
    matches: ['mise remboursée', 'votre première mise doublée', 'votre mise de 10 €'],
    nearMisses: ['mise à jour de l’application', 'votre mise en plis', 'Mise en vente samedi'],
  },
  {
    id: 'cote boostee',
    matches: ['Cote boostée sur la finale', 'super cote'],
    nearMisses: ['côte d’Azur', 'la cote de votre voiture', 'Côte de bœuf à 19 €'],
  },
  {
    id: 'freebet',
    matches: ['10 € en freebets', 'free bet'],
    nearMisses: ['Freebox : la fibre', 'free shipping'],
  },
  { id: 'jackpot', matches: ['Le jackpot de 2 millions'], nearMisses: ['Jacques Pot, votre conseiller'] },
  {
    id: 'jeux en ligne',
    matches: ['Casino en ligne', 'poker en ligne', 'machines à sous'],
    nearMisses: [
      'Casino : -20% sur les fruits',
      'Tournoi de poker au club house',
      'Grand loto du village samedi',
    ],
  },
  {
    id: 'jeux d argent',
    matches: ['jeux d’argent'],
    nearMisses: ['jeux de société', 'argent de poche'],
  },
];
const SPECULATIVE: Row[] = [
  {
    id: 'options binaires',
    matches: ['Options binaires : 85 % de gain', 'binary options'],
    nearMisses: ['options de paiement', 'le système binaire expliqué aux enfants'],
  },
  {
    id: 'forex',
    matches: ['Tradez le Forex', 'trading sur devises', 'le marché des changes'],
    nearMisses: ['Achetez vos devises avant le voyage', 'bureau de change à la gare'],
  },
];

function table(name: string, list: readonly Keyword[], rows: Row[]) {
  describe(name, () => {
    it('has a row for every keyword', () => {
      expect(rows.map((r) => r.id).sort()).toEqual(list.map((k) => k.id).sort());
    });
    for (const row of rows) {
      const keyword = list.find((k) => k.id === row.id) as Keyword;
      it.each(row.matches)(`${row.id} matches %s`, (text) => {
        expect(firstKeyword(wordsOf(text), [keyword])?.id).toBe(row.id);
      });
      it.each(row.nearMisses)(`${row.id} does not match the near miss %s`, (text) => {
        expect(firstKeyword(wordsOf(text), list)).toBeNull();
      });
    }
  });
}

table('credit keywords (error)', CREDIT_KEYWORDS, CREDIT);
table('maybe-credit keywords (warning)', MAYBE_CREDIT_KEYWORDS, MAYBE_CREDIT);
table('gambling keywords', GAMBLING_KEYWORDS, GAMBLING);
table('speculative keywords', SPECULATIVE_KEYWORDS, SPECULATIVE);

describe('a near miss of one sector is no word of another', () => {
  it.each([
    'Bonjour ! Boutique Léa : -30% ce week-end. STOP au 36173',
    'Casino : promotions sur les fruits et légumes. STOP au 36173',
    'Grand loto du village samedi 20h, salle des fêtes. STOP au 36173',
    'crédit photo : Studio Léa. STOP au 36173',
    'Les plus belles villas de la côte, vue mer. STOP au 36173',
    "Investissement locatif : profitez de l'effet de levier du crédit immobilier x10. STOP au 36173",
  ])('%s', (text) => {
    expect({
      credit: creditSignal(text),
      gambling: gamblingSignal(text),
      speculative: speculativeSignal(text),
    }).toEqual({
      credit: null,
      gambling: null,
      speculative: null,
    });
  });
});

describe('CFD with leverage', () => {
  it.each([
    ['CFD sur indices, effet de levier x10', 10],
    ['Tradez des CFD avec un levier 1:30', 30],
    ['CFDs : levier de 20', 20],
    ['CFD, levier 30:1', 30],
  ])('%s → banned (leverage %i)', (text, leverage) => {
    expect(speculativeSignal(text)).toMatchObject({ id: 'cfd', leverage });
  });
  it.each([
    'CFD sans effet de levier STOP au 36173',
    'CFD sans effet de levier',
    'CFD avec un levier de 5',
    'CFD levier x2',
    "l'effet de levier x10 de l'immobilier",
  ])('%s → not matched', (text) => {
    expect(speculativeSignal(text)).toBeNull();
  });
  it('reads the largest leverage announced', () => {
    expect(leverageIn('levier x2 sur les actions, levier 1:30 sur les devises')).toBe(30);
    expect(leverageIn('effet de levier')).toBeNull();
  });
});

describe('sector words', () => {
  it.each([
    ['crédit', true],
    ['Prêt', true],
    ['crédit à la consommation', true],
    ['prêt-à-porter', false],
    ['crédit photo', false],
    ['retail', false],
  ] as const)('credit sector %s → %s', (sector, expected) => {
    expect(isCreditSector(sector)).toBe(expected);
  });
  it.each([
    ['gambling', true],
    ["jeux d'argent", true],
    ['paris sportifs', true],
    ['jeux', false],
    ['casino', false],
    ['jouets et jeux de société', false],
  ] as const)('gambling sector %s → %s', (sector, expected) => {
    expect(isGamblingSector(sector)).toBe(expected);
  });
  it.each([
    ['forex', true],
    ['options binaires', true],
    ['trading', false],
    ['banque', false],
  ] as const)('speculative sector %s → %s', (sector, expected) => {
    expect(isSpeculativeSector(sector)).toBe(expected);
  });
});

describe('the gambling warning is recognised in any spelling', () => {
  it.each([
    '09 74 75 13 13',
    '09-74-75-13-13',
    '0974751313',
    '09.74.75.13.13',
    '+33 9 74 75 13 13',
    '+33 (0)9 74 75 13 13',
    'joueurs-info-service.fr',
    'Joueurs Info Service',
  ])('%s', (text) => {
    expect(carriesGamblingWarning(`Pariez ! ${text}`)).toBe(true);
  });
  it.each(['09 74 75 13 14', '09 74 75 13 130', 'service info joueurs'])('not %s', (text) => {
    expect(carriesGamblingWarning(`Pariez ! ${text}`)).toBe(false);
  });
});
