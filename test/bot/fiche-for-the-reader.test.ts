import { describe, expect, it } from 'vitest';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

const WARD_SIDE_FR = 'Résultats de laboratoire absents du dossier patient';
const WARD_SIDE_EN = 'Lab results missing from the patient record';

describe('a fiche is offered only to the staff it is written for (its audience, the requester’s job role)', () => {
  it('the lab technician whose analyser results no longer reach the LIS is not told to "call the laboratory": the P1 is taken down at the lab', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'quentin.poirier@chv.fr');
    const first = await chat.say(
      'salut, 2 trucs: les résultats du Cobas remontent plus dans le SIL depuis 17h (connexion middleware ?), on retape tout à la main, les urgences et la réa nous appellent pour les résultats. et la douchette du PC-LAB-0706 lit plus les codes barres des tubes',
    );
    expect(first).not.toContain(WARD_SIDE_FR);
    expect(first).toContain('Je vais ouvrir un incident');
    const summary = await answerUntilSummary(chat, first);
    expect(summary).toContain('Laboratoire de biologie médicale');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('software');
  });

  it('other words of the lab, in French and in English, get no ward-side fiche either', async () => {
    const french = await chatAs(runtime(), 'fabien.texier@chv.fr').say('les résultats de biologie ne remontent plus dans le dossier patient depuis 17h, les services nous appellent');
    expect(french).not.toContain(WARD_SIDE_FR);
    expect(french).toContain('Je vais ouvrir un incident');
    const english = await chatAs(runtime(), 'fabien.texier@chv.fr', 'en-US').say('lab results missing in the DPI since 5pm, the wards keep calling the lab');
    expect(english).not.toContain(WARD_SIDE_EN);
    expect(english).toMatch(/I'll open an incident/);
  });

  it('a pharmacy technician and a stretcher-bearer are not given it, a nurse still is', async () => {
    await withdrawOpenTickets(runtime());
    const words = 'les résultats de labo remontent plus dans le dossier patient';
    expect(await chatAs(runtime(), 'cedric.muller@chv.fr').say(words)).not.toContain(WARD_SIDE_FR);
    expect(await chatAs(runtime(), 'ines.lucas@chv.fr').say(words)).not.toContain(WARD_SIDE_FR);
    const nurse = await chatAs(runtime(), 'sandrine.dupont@chv.fr').say(
      'les résultats du Cobas remontent plus dans le SIL depuis 17h, les urgences et la réa nous appellent pour les résultats',
    );
    expect(nurse).toContain(WARD_SIDE_FR);
  });

  it('the lab technician still gets the fiches written for the lab: the barcode reader that no longer reads the tubes', async () => {
    await withdrawOpenTickets(runtime());
    const text = await chatAs(runtime(), 'fabien.texier@chv.fr').say('la douchette du PC-LAB-0706 lit plus les codes barres des tubes');
    expect(text).toContain('Lecteur de code-barres (douchette) qui ne lit plus');
  });
});
