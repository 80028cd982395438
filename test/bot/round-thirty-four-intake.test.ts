import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { tellsWorkaround } from '../../src/triage/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Sunday 29 November 2026, 23:45 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T22:45:00Z')) });

const BED_MANAGER =
  "Bonsoir, je suis cadre de garde cette nuit et je gère les lits. Les urgences ont 6 patients en attente de lit, j'ai 2 lits en cardio et 1 en médecine interne qui se libèrent. Problème : sur mon PC du bureau, GAM m'affiche 'connexion au serveur impossible' quand j'ouvre le tableau des lits. Je suis descendue aux admissions et sur leur poste ça marche, donc je fais les mutations de là-bas";

describe('the night bed manager\'s office PC', () => {
  it('"sur mon PC du bureau" is where, not the emergency unit she talks about; "sur leur poste ça marche, je fais les mutations de là-bas" is a way round', async () => {
    expect(tellsWorkaround(BED_MANAGER)).toBe(true);
    const chat = chatAs(runtime(), 'manon.dasilva@chv.fr');
    const text = await chat.say(BED_MANAGER);
    expect(text).toContain('Appareil: PC-DIR-0963');
    expect(text).toContain('E321');
    expect(text).not.toContain('Urgences');
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');
  });
});

describe('a change of mind on how urgent', () => {
  it('"en fait si c\'est plus urgent que ça" on the summary raises the urgency one level', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr');
    let text = await chat.say(
      "slt, interne de garde en chir. cristal me dit mdp expiré, il me demande d'en mettre un nouveau mais refuse tout ce que je tape (ne respecte pas la politique de sécurité) alors que j'ai mis 14 caractères avec maj chiffres etc. le senior prescrit à ma place en attendant mais il est au bloc",
    );
    expect(text).toContain('Urgence: moyenne');
    text = await chat.say("en fait si c'est plus urgent que ça, le senior est au bloc pour au moins 3h");
    expect(text).toContain('Urgence: haute');
  });
});
