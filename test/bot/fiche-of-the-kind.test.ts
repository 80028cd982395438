import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('the fiche proposed for an incident is about the thing that fails, not the place it is in', () => {
  it('"l\'imprimante du poste de soins ne marche plus" gets the printer fiche, not the shared-station session fiche', async () => {
    const text = await chatAs(runtime(), 'laura.berger@chv.fr').say("bonjour, l'imprimante du poste de soins ne marche plus");
    expect(text).toContain('Imprimante hors ligne');
    expect(text).not.toContain('session d\'un collègue');
  });

  it('"le PC du poste de soins ne démarre plus" gets the fiche of a PC that does not start', async () => {
    const text = await chatAs(runtime(), 'laura.berger@chv.fr').say('le PC du poste de soins ne démarre plus');
    expect(text).toContain('PC qui ne démarre pas');
  });
});
