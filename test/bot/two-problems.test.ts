import { describe, expect, it } from 'vitest';
import { splitTwoProblems } from '../../src/bot/two-problems.js';

describe('two problems in one message', () => {
  it('splits at "Autre chose :" when the parts are different kinds of problem', () => {
    expect(splitTwoProblems("mon mot de passe DPI a expiré ce matin. Autre chose : l'imprimante du secrétariat bourre à chaque page")).toEqual({
      first: 'mon mot de passe DPI a expiré ce matin',
      second: "L'imprimante du secrétariat bourre à chaque page",
    });
  });

  it('keeps a detail of the same device together ("Aussi il fait un bruit bizarre")', () => {
    expect(splitTwoProblems('le DPI plante sur le chariot. Aussi il fait un bruit bizarre au démarrage')).toBeUndefined();
  });

  it('keeps the same fault elsewhere together ("Aussi la pompe du box 4 fait pareil")', () => {
    expect(splitTwoProblems('la pompe du box 3 sonne occlusion, on a changé la tubulure. Aussi la pompe du box 4 fait pareil')).toBeUndefined();
  });

  it('leaves a single problem alone', () => {
    expect(splitTwoProblems("l'imprimante du poste de soins n'imprime plus, on imprime sur celle du bureau cadre")).toBeUndefined();
  });
});
