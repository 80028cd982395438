import { describe, expect, it } from 'vitest';
import { splitTwoProblems } from '../../src/bot/two-problems.js';

describe('two problems in one message', () => {
  it('splits at "Autre chose :" when the parts are different kinds of problem', () => {
    expect(splitTwoProblems("mon mot de passe DPI a expiré ce matin. Autre chose : l'imprimante du secrétariat bourre à chaque page")).toEqual({
      first: 'mon mot de passe DPI a expiré ce matin',
      second: "L'imprimante du secrétariat bourre à chaque page",
      urgentFirst: false,
    });
  });

  it('keeps a detail of the same device together ("Aussi il fait un bruit bizarre")', () => {
    expect(splitTwoProblems('le DPI plante sur le chariot. Aussi il fait un bruit bizarre au démarrage')).toBeUndefined();
  });

  it('keeps the same fault elsewhere together ("Aussi la pompe du box 4 fait pareil")', () => {
    expect(splitTwoProblems('la pompe du box 3 sonne occlusion, on a changé la tubulure. Aussi la pompe du box 4 fait pareil')).toBeUndefined();
  });

  it('splits two things announced and joined by "et" ("2 trucs : mon dect s\'éteint…, et l\'imprimante fait bourrage…")', () => {
    const two = splitTwoProblems("bsr, 2 trucs : mon dect arrete pas de s'eteindre tout seul alors qu'il sort du chargeur, et l'imprimante du poste de soins fait bourrage sur bourrage");
    expect(two?.first).toBe("bsr, 2 trucs : mon dect arrete pas de s'eteindre tout seul alors qu'il sort du chargeur");
    expect(two?.second).toBe("L'imprimante du poste de soins fait bourrage sur bourrage");
  });

  it('cuts two announced things at the sentence opening with "et", not at an "et" inside the first ("les urgences et la réa nous appellent…")', () => {
    const two = splitTwoProblems("salut, 2 trucs: les résultats du Cobas remontent plus dans le SIL depuis 17h (connexion middleware ?), on retape tout à la main, les urgences et la réa nous appellent pour les résultats. et la douchette du PC-LAB-0706 lit plus les codes barres des tubes");
    expect(two?.first).toBe('salut, 2 trucs: les résultats du Cobas remontent plus dans le SIL depuis 17h (connexion middleware ?), on retape tout à la main, les urgences et la réa nous appellent pour les résultats.');
    expect(two?.second).toBe('La douchette du PC-LAB-0706 lit plus les codes barres des tubes');
  });

  it('keeps "l\'imprimante et le PC … ne marchent plus" together when two things are not announced', () => {
    expect(splitTwoProblems("l'imprimante et le PC du poste de soins ne marchent plus depuis la coupure de ce matin")).toBeUndefined();
  });

  it('leaves a single problem alone', () => {
    expect(splitTwoProblems("l'imprimante du poste de soins n'imprime plus, on imprime sur celle du bureau cadre")).toBeUndefined();
  });
  it('splits a new sentence opening with "et" on another kind of problem ("…depuis ce matin. et l\'imprimante … aussi")', () => {
    const two = splitTwoProblems("Bonjour, j'ai plus acces au dossier partagé du secretariat neuro, ca me met acces refusé depuis ce matin. et l'imprimante du secrétariat fait des traces noires sur toutes les pages aussi");
    expect(two?.first).toBe("Bonjour, j'ai plus acces au dossier partagé du secretariat neuro, ca me met acces refusé depuis ce matin.");
    expect(two?.second).toBe("L'imprimante du secrétariat fait des traces noires sur toutes les pages aussi");
    expect(splitTwoProblems('my outlook keeps asking for my password since this morning. And the printer in the office prints black streaks on every page')?.second)
      .toBe('The printer in the office prints black streaks on every page');
  });

  it('splits "…, et l\'imprimante … aussi" when the second part says it too ("aussi", "too", "as well")', () => {
    expect(splitTwoProblems("le dossier partagé de la compta me dit accès refusé depuis ce matin, et l'imprimante du bureau bourre à chaque page aussi")?.second)
      .toBe("L'imprimante du bureau bourre à chaque page aussi");
    expect(splitTwoProblems("the shared drive says access denied since this morning, and the printer in the office jams on every page too")?.second)
      .toBe('The printer in the office jams on every page too');
  });

  it('keeps one problem told in two sentences together ("…occlusion. et la pompe du box 4 aussi", "…noir. Et le patient attend")', () => {
    expect(splitTwoProblems('la pompe du box 3 sonne occlusion sans arrêt. et la pompe du box 4 fait pareil aussi')).toBeUndefined();
    expect(splitTwoProblems('le DPI plante à chaque ouverture de dossier. Et le patient du lit 4 attend son traitement de 10h')).toBeUndefined();
    expect(splitTwoProblems("l'imprimante du poste de soins n'imprime plus, et la cadre a dit d'utiliser celle du bureau")).toBeUndefined();
  });
  it('takes the problem that cannot wait first ("2 trucs: l\'imprimante étiquettes … et le scope de la salle 3 freeze, on a une intervention en cours")', () => {
    const two = splitTwoProblems("salut, 2 trucs: l'imprimante étiquettes du bloc imprime plus (voyant rouge) et le scope de la salle 3 freeze toutes les 10 min, on a une intervention en cours");
    expect(two?.first).toBe('Le scope de la salle 3 freeze toutes les 10 min, on a une intervention en cours');
    expect(two?.second).toBe("salut, 2 trucs: l'imprimante étiquettes du bloc imprime plus (voyant rouge)");
    expect(two?.urgentFirst).toBe(true);
    const english = splitTwoProblems("2 things: the printer in the secretariat jams on every page. Also the pump in bed 4 stopped mid infusion, alarm occlusion");
    expect(english?.first).toBe('The pump in bed 4 stopped mid infusion, alarm occlusion');
  });
  it('splits at "et en plus" / "and on top of that" when the parts are different kinds of problem, not when the same thing goes on', () => {
    const two = splitTwoProblems("bjr, l'imprimante d'étiquettes tubes du plateau tech imprime plus rien (voyant orange qui clignote) et en plus le Cobas 2 affiche une erreur de communication avec le SIL depuis ce matin, les résultats remontent pas");
    expect([two?.first, two?.second]).toContain("bjr, l'imprimante d'étiquettes tubes du plateau tech imprime plus rien (voyant orange qui clignote)");
    expect([two?.first, two?.second]).toContain('Le Cobas 2 affiche une erreur de communication avec le SIL depuis ce matin, les résultats remontent pas');
    expect(splitTwoProblems('my outlook keeps asking for my password since this morning and on top of that the printer in the office jams on every page')?.second)
      .toBe('The printer in the office jams on every page');
    expect(splitTwoProblems('le pc du poste de soins est hyper lent et en plus il plante quand on ouvre le DPI')).toBeUndefined();
  });
});
