import { OPENING_CHARACTERS, openingEnd } from '../src/law/vms-script';

// The opening of a voicemail script (message-advertiser, message-opt-out): the first sentence after
// a greeting, or the first 150 characters, whichever ends later.
const LONG =
  'Vous avez été sélectionné pour notre nouvelle offre habitation à prix réduit, avec une assistance vingt-quatre heures sur vingt-quatre et sans aucun frais de dossier.';

describe('openingEnd', () => {
  it('is at least the first 150 characters', () => {
    expect(openingEnd(`Ici Léa. ${LONG} ${LONG}`)).toBe(OPENING_CHARACTERS);
  });
  it('is the whole of a short script', () => {
    expect(openingEnd('Ici Léa. Pour ne plus être appelé, envoyez STOP au 36173.')).toBe(57);
  });
  it('runs to the end of a long first sentence', () => {
    const script = `${LONG} Ici Léa.`;
    expect(openingEnd(script)).toBe(LONG.length);
  });
  it.each([
    'Bonjour !',
    'Bonjour.',
    'Bonsoir Madame Martin.',
    'Bonjour {prenom} !',
    'Allô ?',
    'Chère électrice, cher électeur.',
  ])('skips a sentence that is only a greeting: %s', (greeting) => {
    const script = `${greeting} ${LONG} Ici Léa.`;
    expect(openingEnd(script)).toBe(greeting.length + 1 + LONG.length);
  });
  it.each(['Bonjour, ici Léa.', 'Bonjour ! Ici Léa.'.slice(10), 'Bonjour madame, ici la mairie.'])(
    'keeps a first sentence that says more than hello: %s',
    (first) => {
      expect(openingEnd(`${first} ${LONG} ${LONG}`)).toBe(OPENING_CHARACTERS);
    },
  );
  it('does not end a sentence at "M." or at the dots of a number', () => {
    const first = `Bonjour, ici M. Martin au 01.62.12.34.56 pour le compte de votre assureur habituel, qui vous écrit au sujet de votre contrat d'habitation et de sa prochaine échéance annuelle.`;
    expect(openingEnd(`${first} ${LONG}`)).toBe(first.length);
  });
  it('opens a script written as one unpunctuated sentence with its first 150 characters', () => {
    const script = LONG.replace(/[.,]/g, '') + ' ' + LONG.replace(/[.,]/g, '');
    expect(openingEnd(script)).toBe(OPENING_CHARACTERS);
  });
});
