import { describe, expect, it } from 'vitest';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** Sabrina Masson and Fanny Boyer are nurses in Neurology, at the B210 care station. */
const FRIDGE_BEEPING = 'hi, the med fridge in our treatment room keeps beeping, temp alarm says 11°C. insulin and vaccines inside. what do i do??';

async function sabrina() {
  await withdrawOpenTickets(runtime());
  return chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
}

async function fanny() {
  await withdrawOpenTickets(runtime());
  return chatAs(runtime(), 'fanny.boyer@chv.fr', 'fr-FR');
}

describe('a medicine fridge alarm on the ward', () => {
  it('says what to do with the products at once, rather than the generic workaround', async () => {
    const chat = await sabrina();
    const first = await chat.say(FRIDGE_BEEPING);
    expect(first).toContain('another monitored fridge');
    expect(first).toContain('pharmacy');
    expect(first).not.toContain('another printer');
  });

  it('keeps the ward when the alarm is said to go to the pharmacy, and files it for the whole unit (P2)', async () => {
    const chat = await sabrina();
    await chat.say(FRIDGE_BEEPING);
    const second = await chat.say('its a fridge lol. the one with the temperature probe that sends alarms to pharmacy i think');
    expect(second).not.toContain('Pharmacie');
    expect(second).not.toContain("I didn't understand");
    const summary = await answerUntil(chat, second, /Summary of your incident/, (question) =>
      /kind of problem/.test(question) ? 'Medical device (monitor, pump…)'
      : /Which device|device number/.test(question) ? "I don't know"
      : /Is the problem in Neurologie/.test(question) ? 'Yes'
      : /patient care/.test(question) ? 'No'
      : /workaround/.test(question) ? 'Yes, but it is a nuisance'
      : 'no idea',
    );
    expect(summary).toContain('Location: Neurologie, building B, floor 2, B210 Poste de soins');
    expect(summary).toContain('Affected: the whole unit');
    expect(summary).toContain('Priority: P2');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P2');
    expect(ticket.scope).toBe('service');
    expect(ticket.description).toContain('sends alarms to pharmacy');
  });

  it('is the same in French: "le frigo… la sonde renvoie l\'alarme à la pharmacie"', async () => {
    const chat = await fanny();
    const first = await chat.say("le frigo à médicaments de la salle de soins sonne, alarme température à 10°C, y a l'insuline dedans. je fais quoi ?");
    expect(first).toContain('autre réfrigérateur surveillé');
    expect(first).not.toContain('autre imprimante');
    const second = await chat.say("c'est le frigo avec la sonde qui renvoie l'alarme à la pharmacie");
    expect(second).not.toContain('Pharmacie');
  });

  it('"the alarm goes to pharmacy" does not move it either', async () => {
    const chat = await sabrina();
    await chat.say(FRIDGE_BEEPING);
    const second = await chat.say('its the fridge, the alarm goes to pharmacy');
    expect(second).not.toContain('Pharmacie');
  });

  it('still moves it when the fridge is said to be at the pharmacy', async () => {
    const chat = await sabrina();
    await chat.say(FRIDGE_BEEPING);
    const second = await chat.say("it's the fridge in pharmacy, not on our ward");
    expect(second).toContain('Pharmacie');
  });
});
