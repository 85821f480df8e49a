import { headerIsNames } from '../src/base/mask';

// A header row is shown in failures and in the reading block: a row that holds data (a phone
// number, an address, a line of a system file read by mistake) must never be taken for names.
describe('headerIsNames', () => {
  test.each([
    [['telephone', 'prenom', 'consentement']],
    [['Numéro de mobile', 'Date de consentement (jj/mm/aaaa)']],
    [['heure: envoi']], // one colon
    [['Question : êtes-vous d’accord ? Réponse : oui/non']], // two colons
    [['mobile', '']], // an empty header among names
    [['code postal 75001']], // a short run of digits
    [['A'.repeat(500)]], // a long question, at the bound
  ])('names: %#', (headers) => {
    expect(headerIsNames(headers)).toBe(true);
  });

  test.each([
    [['root:x:0:0:root:/root:/bin/bash']], // a passwd line
    [['daemon:x:1:1']], // three colons
    [['2026-12-07 09:46:35']], // a timestamp (a run of digits)
    [['12:30:45:10']],
    [['06 12 34 56 78', 'Léa']], // a phone number
    [['+33612345678']],
    [['lea@example.fr']],
    [['', ' ']], // nothing but blanks
    [[]],
    [['nom\u0007']], // a control character
    [['A'.repeat(501)]], // past the bound
  ])('not names: %#', (headers) => {
    expect(headerIsNames(headers)).toBe(false);
  });
});
