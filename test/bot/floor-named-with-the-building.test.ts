import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** Élodie works in F121 (geriatrics, floor 1); geriatrics has a care station on floor 1 (F110) and one on floor 2 (F210). */
const RIGHTS_ON_F2 = {
  'en-US':
    'Hi, covering geriatrics this weekend (im usually on F1 but tonight also F2 SSR). I can open the DPI but cant prescribe for F2 patients, it says no rights on this unit. how do i get it?',
  'fr-FR':
    "Bonjour, je couvre la gériatrie ce week-end (d'habitude au F1 mais ce soir aussi F2 SSR). J'ouvre le DPI mais je ne peux pas prescrire pour les patients du F2, il dit pas de droits sur cette unité. comment je fais ?",
};

async function whereSaid(locale: keyof typeof RIGHTS_ON_F2, where: string): Promise<string> {
  await withdrawOpenTickets(runtime());
  const chat = chatAs(runtime(), 'elodie.duval@chv.fr', locale);
  await chat.say(RIGHTS_ON_F2[locale]);
  return chat.say(where);
}

describe('the care station of the floor named with its building ("F2 nurses station")', () => {
  it('"also im at F2 nurses station right now not my office" places it at F210, on floor 2', async () => {
    const reply = await whereSaid('en-US', 'also im at F2 nurses station right now not my office');
    expect(reply).toContain('Noted: F210 Poste de soins');
    expect(reply).toContain('floor 2, F210 Poste de soins');
    expect(reply).not.toContain('F110');
  });

  it('"je suis au poste de soins du F2, pas dans mon bureau" places it at F210', async () => {
    const reply = await whereSaid('fr-FR', 'je suis au poste de soins du F2, pas dans mon bureau');
    expect(reply).toContain('étage 2, F210 Poste de soins');
    expect(reply).not.toContain('F110');
  });

  it('"I\'m at the 2nd floor nurses station, not in my office" places it at F210', async () => {
    const reply = await whereSaid('en-US', "I'm at the 2nd floor nurses station, not in my office");
    expect(reply).toContain('floor 2, F210 Poste de soins');
  });

  it('keeps the care station of her own floor when no floor is named', async () => {
    const reply = await whereSaid('en-US', "I'm at the nurses station, not in my office");
    expect(reply).toContain('floor 1, F110 Poste de soins');
  });
});
