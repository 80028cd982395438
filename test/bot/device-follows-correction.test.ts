import { describe, expect, it } from 'vitest';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

async function assetTagOf(ticket: { assetId?: number | null }): Promise<string | undefined> {
  if (!ticket.assetId) return undefined;
  const row = await runtime().store.db.selectFrom('assets').select(['tag']).where('id', '=', ticket.assetId).executeTakeFirst();
  return row?.tag;
}

describe('"pardon c\'est le box 6 pas le 4" after the pump of box 4 was confirmed', () => {
  it('proposes the pump of box 6 instead of keeping the one of box 4', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    expect(await chat.say('le pse du box 4 sonne occlusion en continu')).toContain('BIO-REA-0020');
    await chat.say('oui');
    const corrected = await chat.say("pardon c'est le box 6 pas le 4");
    expect(corrected).toContain('A136 Box 6');
    expect(corrected).toContain("S'agit-il de BIO-REA-0022");
    expect(corrected).not.toContain('BIO-REA-0020');
  });

  it('files the pump of box 6 once it is confirmed', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await chat.say('le pse du box 4 sonne occlusion en continu');
    await chat.say('oui');
    await chat.say("pardon c'est le box 6 pas le 4");
    const summary = await chat.say('oui');
    expect(summary).toContain('Appareil: BIO-REA-0022');
    expect(summary).toContain('A136 Box 6');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(await assetTagOf(ticket)).toBe('BIO-REA-0022');
    expect(ticket.description).toContain("pardon c'est le box 6 pas le 4");
  });

  it('is the same when the pump was recognised by its make ("je sais pas le numero, … un B.Braun")', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await chat.say("bjr, le PSE du lit 4 sonne en continu occlusion alors qu'il y a rien de coincé. patient sous noradré!!");
    await chat.say("je sais pas le numero, c'est le pse de la chambre 4, un B.Braun");
    const corrected = await chat.say('ah non attends c pas le 4 c le lit 6, je me suis trompée de box dsl');
    expect(corrected).toContain('BIO-REA-0022');
    expect(corrected).not.toContain('Appareil: BIO-REA-0020');
  });

  it('is the same in English: "sorry it\'s box 6 not 4"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr', 'en-US');
    expect(await chat.say('the syringe pump in box 4 keeps alarming occlusion')).toContain('BIO-REA-0020');
    await chat.say('yes');
    const corrected = await chat.say("sorry it's box 6 not 4");
    expect(corrected).toContain('BIO-REA-0022');
    expect(corrected).not.toContain('Device: BIO-REA-0020');
  });
});

describe('"c\'est pas le respi qui a l\'erreur c\'est le moniteur de l\'anesthésie" after a number was given', () => {
  it('drops the number given for the ventilator and proposes the monitor of the room now named', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'ines.henry@chv.fr');
    await chat.say('le respi de la salle 5 affiche erreur capteur debit, on commence dans 20 min');
    await chat.say('attendez je regarde... BIO-BLOC-0010');
    const corrected = await chat.say("la salle. ah merde pardon je suis en salle 4 pas 5, et c'est pas le respi qui a l'erreur c'est le moniteur de l'anesthésie, le respi va bien");
    expect(corrected).toContain('BIO-BLOC-0008');
    expect(corrected).not.toContain('BIO-BLOC-0010');
  });

  it('does not title the ticket with the ventilator in the room of the monitor', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'ines.henry@chv.fr');
    await chat.say('le respi de la salle 5 affiche erreur capteur debit, on commence dans 20 min');
    await chat.say('BIO-BLOC-0010');
    await chat.say("pardon je suis en salle 4 pas 5, et c'est pas le respi qui a l'erreur c'est le moniteur de l'anesthésie, le respi va bien");
    let text = await chat.say('oui');
    if (!text.includes('Résumé')) text = await chat.say('un seul appareil');
    expect(text).toContain('Appareil: BIO-BLOC-0008');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).not.toMatch(/respi de la salle 4/);
    expect(ticket.title).toContain('moniteur');
    expect(ticket.description).toContain('le respi de la salle 5 affiche erreur capteur debit');
  });
});

describe('what must not change', () => {
  it('keeps a pump named by its number when the room is corrected: it was wheeled there', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await chat.say('le pse BIO-REA-0020 sonne occlusion en continu au box 4');
    let text = await chat.say("pardon c'est au box 6 pas au 4");
    for (let turn = 0; turn < 4 && !text.includes('Résumé'); turn++) text = await chat.say(text.includes('Qui est touché') ? 'un seul appareil' : 'oui');
    expect(text).toContain('Appareil: BIO-REA-0020');
  });
});
