import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Sunday 29 November 2026, 23:30 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T22:30:00Z')) });

const PTI =
  "le dect PTI de la pédiatrie (le gros avec le bouton rouge) charge plus, on le met sur le socle et rien, voyant éteint. c'est celui que prend l'AS de nuit quand elle est seule sur l'aile. les autres dect marchent";

describe('the lone-worker handset of the night', () => {
  it('"le dect PTI" is the handset with the lone-worker alarm; "faut qu\'il soit réparé pour ce soir" makes it urgent, at any question', async () => {
    const chat = chatAs(runtime(), 'xavier.barre@chv.fr');
    let text = await chat.say(PTI);
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    expect(text).toContain("S'agit-il de DECT-PED-0105");
    text = await chat.say("faut qu'il soit réparé pour ce soir, l'AS de nuit est seule sur l'aile");
    expect(text).toContain('urgence haute');
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say(/Qui est touché/.test(text) ? 'mon équipe' : 'oui');
    expect(text).toContain('Appareil: DECT-PED-0105');
    expect(text).toContain('Urgence: haute');
  });
});

describe('a care unit\'s printer, printing for the theatre', () => {
  it('"l\'imprimante du poste de soins… pour le bloc de 14h" is the unit\'s own printer, not the theatre\'s', async () => {
    const chat = chatAs(runtime(), 'mathilde.guerin@chv.fr');
    const text = await chat.say(
      "bjr l'imprimante du poste de soins marche plus, elle affiche bourrage mais y a rien dedans, j'ai ouvert tous les capots. on a les plans de soins et les feuilles de transmission à imprimer pour le bloc de 14h. on imprime au secrétariat en attendant mais c au bout du couloir",
    );
    expect(text).not.toContain('Bloc opératoire');
  });
});

describe('a unit-wide ticket', () => {
  it('a colleague of the unit follows the ticket about the whole unit, by asking or by its number; someone of another unit does not', async () => {
    const nurse = chatAs(runtime(), 'melanie.huet@chv.fr');
    let text = await nurse.say(
      "cristal net rame à mort depuis 8h dans tout le service, 3-4 min pour ouvrir un dossier, les prescriptions de chimio s'affichent pas. on a 12 patients en hdj qui attendent leur chimio, la pharmacie peut pas libérer les poches sans la validation. c'est pareil sur tous les pc et les chariots",
    );
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) text = await nurse.say(/contournement/.test(text) ? 'non, tout est bloqué' : 'oui');
    expect(text).toContain('Personnes touchées: tout le service');
    const ticket = await ticketAnnounced(runtime(), await nurse.say(clickIntake('create')));

    const colleague = chatAs(runtime(), 'stephanie.marchand@chv.fr');
    text = await colleague.say("re, ma collègue Mélanie a fait un ticket ce matin pour cristal net qui rame dans le service. c'est toujours pareil, ça avance ou pas ?");
    expect(text).toContain(ticket.number);
    text = await colleague.say(`où en est le ${ticket.number} ?`);
    expect(text).toContain('Priorité P1');

    const elsewhere = chatAs(runtime(), 'alice.martin@chv.fr');
    text = await elsewhere.say(`où en est le ${ticket.number} ?`);
    expect(text).toContain('Je ne trouve pas');
  });
});

describe('a unit-wide problem already reported', () => {
  it('the next report of the same unit-wide problem goes on the open ticket instead of a second one; "autre problème" opens a new one; another kind of problem is not caught', async () => {
    const nurse = chatAs(runtime(), 'melanie.huet@chv.fr');
    let text = await nurse.say("le wifi ne marche plus dans tout le service d'onco, les chariots perdent cristal sans arrêt. on fait les transmissions sur les postes fixes");
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) text = await nurse.say(/contournement/.test(text) ? "oui, mais c'est gênant" : /Qui est touché/.test(text) ? 'tout le service' : 'non');
    expect(text).toContain('Type: Réseau');
    const ticket = await ticketAnnounced(runtime(), await nurse.say(clickIntake('create')));

    const colleague = chatAs(runtime(), 'stephanie.marchand@chv.fr');
    text = await colleague.say('plus de wifi dans tout le service, les chariots décrochent toutes les 2 minutes');
    expect(text).toContain('Un ticket est déjà ouvert');
    expect(text).toContain(ticket.number);
    const events = JSON.stringify(await runtime().services.tickets.events(ticket.id));
    expect(events).toContain('décrochent toutes les 2 minutes');
    text = await colleague.say("non c'est un autre problème");
    expect(text).toContain('nouveau ticket');
    expect(text).not.toContain('Un ticket est déjà ouvert');

    const other = chatAs(runtime(), 'stephanie.marchand@chv.fr');
    text = await other.say("l'imprimante du poste de soins n'imprime plus rien");
    expect(text).not.toContain('Un ticket est déjà ouvert');
  });
});
