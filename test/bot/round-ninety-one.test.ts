import { describe, expect, it } from 'vitest';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('a night-shift and daytime round', () => {
  it('"aucun DECT du service ne marche": no one handset\'s label is asked for a unit-wide outage', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'catherine.giraud@chv.fr');
    const first = await chat.say(
      "AU SECOURS aucun DECT du service ne marche depuis 22h, tous affichent \"recherche réseau\". Les appels malades n'arrivent plus sur les téléphones, on est 2 IDE pour 28 patients on fait des rondes mais on n'entend plus les sonnettes !",
    );
    expect(first).not.toContain("numéro de l'appareil");
    const summary = await chat.say('oui');
    expect(summary).toContain('Priorité: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('phone');
    expect(ticket.scope).toBe('service');
  });

  it('"PACS viewer keeps freezing on my office computer… Works fine on the box computers": her PC, the way round not asked again', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    await chat.say("PACS viewer keeps freezing on my office computer when I open CT scans, have to kill it every time. Works fine on the box computers so I just walk over there, but it's annoying");
    const next = await chat.say('no, already tried logging off. only my PC');
    expect(next).not.toContain('patient care');
    expect(next).not.toContain('workaround');
    expect(next).toContain('Device: PC-URG-0013');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).toBe('helpdesk-l1');
  });

  it('"freezes… on the medication cart computer… The desk PCs are fine": the cart\'s problem, not the patient record vendor\'s', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('Hi. The patient record freezes every time we log in on the medication cart computer (the rolling one), we have to kill it. The desk PCs are fine so we use those for the med round, it just slows us down a bit.');
    const summary = await chat.say('yes');
    expect(summary).not.toContain('APP-DPI');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).not.toBe('dpi-vendor-l2');
  });

  it('"la ligne de la prépa (27 95) sonne plus du tout" is a phone problem, not asked what kind', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    const first = await chat.say("la ligne de la prépa (27 95) sonne plus du tout, les services nous appellent pas, ils passent par le secrétariat qui nous transfère. c'est pénible");
    expect(first).not.toMatch(/Quel type de problème|De quel type/);
  });
});
