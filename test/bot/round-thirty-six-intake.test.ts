import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { dateSaid } from '../../src/bot/intake/index.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Sunday 29 November 2026, 23:30 in Paris.
const now = new Date('2026-11-29T22:30:00Z');
const runtime = runtimeForThisFile({ clock: new ManualClock(now) });

describe('a document saved over this morning, needed tomorrow', () => {
  it('"enregistré par dessus … (S:\\\\…\\\\CS_2026-11.docx) ce matin… besoin pour demain 9h" is needed tomorrow, not this morning', () => {
    const said = dateSaid(
      "j'ai enregistré par dessus le compte-rendu du conseil de surveillance (S:\\Direction\\Instances\\CS_2026-11.docx) avec un autre document ce matin vers 10h. Est-ce qu'on peut récupérer la version d'hier soir ? Le DG en a besoin pour demain 9h",
      now,
    );
    expect(said?.words).toBe('demain');
  });
});

describe('a unit member adding to the unit\'s P1', () => {
  it('"ajoutez au ticket : … rappelez-moi au 4410" puts the words on the unit-wide ticket and asks a technician about it, with no new ticket', async () => {
    const tech = chatAs(runtime(), 'pauline.dumas@chv.fr');
    let text = await tech.say("le PACS rame a mort depuis 9h, 3-4 min pour ouvrir une serie, c pareil sur toutes les consoles de l'imagerie.");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) text = await tech.say('oui');
    const ticket = await ticketAnnounced(runtime(), await tech.say(clickIntake('create')));
    const before = (await runtime().services.tickets.list()).length;

    const head = chatAs(runtime(), 'vincent.dumas@chv.fr');
    text = await head.say("bonjour, une de mes manips a fait un ticket ce matin pour le PACS qui rame, vous avez des nouvelles ?");
    expect(text).toContain(ticket.number);
    text = await head.say("ok. ajoutez au ticket svp : 15 scanners en retard d'interprétation, on commence à réorienter les urgences vitales vers le CHU. rappelez moi au 4410");
    expect(text).toContain(ticket.number);
    expect((await runtime().services.tickets.list()).length).toBe(before);
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('réorienter les urgences vitales');
  });
});

describe('an English-speaking midwife clicking a device', () => {
  it('the device button, in the inventory\'s French, does not switch the conversation to French: the handover line is in English', async () => {
    const chat = chatAs(runtime(), 'lea.lefevre@chv.fr', 'en-US');
    let text = await chat.say("urgent - CTG in delivery room 2 lost the fetal heart trace, screen shows 'transducer error', changed the probe, same. patient is on oxytocin, I can't leave her without a trace and both other monitors are in use (rooms 1 and 3)");
    expect(text).toContain('Which device is it?');
    text = await chat.say('BIO-MAT-0002 — Cardiotocographe Philips Avalon FM30');
    expect(text).toContain('Summary of your incident');
    text = await chat.say(clickIntake('create'));
    expect(text).toContain('created');
    expect(text).not.toContain('Je vous mets en relation');
  });
});

describe('a qualified answer to the care question', () => {
  it('"pas directement les soins, mais les patients attendent au tel pour avoir leur rdv" is a no', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say("Bonjour, mon compte est bloqué, j'ai tapé 3 fois un mauvais mot de passe ce matin. Le téléphone sonne sans arrêt pour les rdv scanner et IRM et je peux rien faire, c'est urgent svp");
    expect(text).toContain('prise en charge des patients');
    text = await chat.say('pas directement les soins, mais les patients attendent au tel pour avoir leur rdv');
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P3');
  });
});
