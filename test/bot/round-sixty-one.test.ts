import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';
import { answerUntil, chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 20:20 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T19:20:00Z')) });

describe('round sixty-one, lab, imaging and the ICU', () => {
  it('"oui au plateau technique… le 2 est en maintenance roche… les urgences attendent des tropo" keeps the laboratory just confirmed', async () => {
    const chat = chatAs(runtime(), 'corinne.besson@chv.fr');
    let text = await chat.say('bjr, le cobas envoie plus rien au SIL depuis 6h ce matin');
    // The cobas is a lab analyser: its number is asked first, or the laboratory proposed.
    expect(text).toMatch(/Laboratoire de biologie médicale|BIO-LAB-/);
    text = await chat.say('oui au plateau technique. c le cobas pro n°1, le 2 est en maintenance roche donc on a plus rien en biochimie, les urgences attendent des tropo');
    expect(text).not.toContain('Logistique');
  });

  it('"well it\'s one machine, the whole haemato bench uses it" is a shared station, not the whole unit', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    await chat.say('Hi, the Sysmex on the left (XN-1000) stopped sending results to the LIS around 2pm. We re-run the tubes on the other Sysmex so its ok for now but it doubles the work');
    await chat.say('Medical device (monitor, pump…)');
    let text = await chat.say('the left one, sticker says BIO-LAB-0003');
    expect(text).toContain('Who is affected?');
    text = await chat.say("well it's one machine, the whole haemato bench uses it");
    expect(text).toContain('Affected: a team or a shared station');
  });

  it('"j\'ai des bilans a envoyer au labo" names where the tubes go, not where the label printer is', () => {
    const reading = understandText("l'imprimante a etiquettes du poste de soins sort que des etiquettes blanches, j'ai des bilans a envoyer au labo (gaz du sang + hémocs) impossible d'étiqueter les tubes");
    expect(reading.fields?.location_hint?.unit).toBeUndefined();
  });

  it('"No - I\'m not in recovery tonight, I\'m covering the ICU (réa), box 4" takes the monitor of box 4', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-GB');
    let text = await chat.say('Hello, the patient monitor froze on bed 4, screen stuck and no alarms coming through to central. Ventilated patient.');
    expect(text).toContain('BIO-SSPI-0004');
    text = await chat.say("No - I'm not in recovery tonight, I'm covering the ICU (réa), box 4");
    text = await answerUntil(chat, text, /Summary of your/, () => 'yes');
    expect(text).toContain('Device: BIO-REA-0004');
  });

  it('"ok company portal worked… other thing: i don\'t have PACS access at all. can I get an account?" after a guide asks for access to the PACS', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-GB');
    await chat.say('hi, how do I get my emails on my phone? just started in maternity');
    const text = await chat.say("ok company portal worked, got outlook now thanks. other thing: i can't see the ultrasound images, i don't have PACS access at all. can I get an account?");
    // The PACS, for the writer: only the profile is left to ask.
    expect(text).toContain('With which profile');
  });
});

describe('round sixty-one, corrections and details', () => {
  it('"webmail takes the new one fine but my laptop keeps saying wrong password" names no application at fault', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    const text = await answerUntil(chat, await chat.say('changed my password friday, webmail takes the new one fine but my laptop keeps saying wrong password this morning. tried old one too, nothing'), /Summary of your/, (q) =>
      /guide/.test(q) ? 'no' : /patient care/.test(q) ? "not really, I'm using the PC at the nurses station for now but it's always taken" : 'yes');
    expect(text).not.toContain('APP-MESSAGING');
    expect(text).toContain('Type: Password, account, CPS card');
  });

  it('"the corridor past room 3" is a landmark, not the room; "its the one we use for the theatre schedule" is no way round', () => {
    expect(understandText('the care trolley PC-GER-0109 keeps losing wifi as soon as we go down the corridor past room 3', { models: null }).fields?.location_hint?.room).toBeUndefined();
    expect(tellsWorkaround('PC-BLCO-0208 at the OR nurses station keeps blue screening. its the one we use for the theatre schedule and the implant traceability')).toBe(false);
  });

  it('"BIO-BLOC-0004 — Station d\'anesthésie Dräger Perseus A500" clicked names no room A500', async () => {
    const chat = chatAs(runtime(), 'karine.garcia@chv.fr');
    let text = await chat.say("le respi de la salle 4 refuse de passer l'autotest");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => {
      const button = /\[(BIO-BLOC-0004 — [^\]]+)\]/.exec(q)?.[1];
      if (button) return button;
      if (/numéro de l'appareil/.test(q)) return "aucune idée de l'étiquette, c'est en salle 4";
      return /Qui est touché/.test(q) ? 'moi seul' : 'oui';
    });
    expect(text).not.toContain('A500)');
  });

  it('"j\'ai supprimé par erreur le dossier "Budget 2026 - arbitrages" sur le S: vendredi soir" is not asked for again', async () => {
    const chat = chatAs(runtime(), 'didier.fleury@chv.fr');
    const text = await chat.say("j'ai supprimé par erreur le dossier \"Budget 2026 - arbitrages\" sur le S: vendredi soir, toute l'équipe bosse dessus. faudrait le récupérer, on en a besoin pour la réunion de mercredi");
    expect(text).not.toContain('Quel fichier, dossier ou mail');
  });
});

