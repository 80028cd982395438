import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

async function ticketOf(chat: ReturnType<typeof chatAs>, report: string) {
  const summary = await answerUntilSummary(chat, await chat.say(report));
  expect(summary).toMatch(/Résumé de votre|Summary of your/);
  return ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
}

describe('a ticket the bot resolved, and the requester says it does not work after all', () => {
  it('"en fait non ça remarche pas" reopens it, back in the team\'s queue when no one held it, and status says so', async () => {
    const chat = chatAs(runtime(), 'julien.maillard@chv.fr');
    const ticket = await ticketOf(chat, "l'imprimante du poste de soins n'imprime plus");
    expect(await chat.say("c'est bon ça remarche")).toContain(t('fr', 'withdraw.recovered', { number: ticket.number }));
    const reply = await chat.say('en fait non ça remarche pas');
    expect(reply).toContain(t('fr', 'reopen.done', { number: ticket.number }));
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('assigned');
    const status = await chat.say('où en est mon ticket ?');
    expect(status).toContain(ticket.number);
    expect(status).toContain('attribué');
    expect(status).not.toContain('en cours, priorité');
  });

  it('"still not printing" reopens it in English', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-US');
    const ticket = await ticketOf(chat, 'the ward printer prints nothing, orange light');
    expect(await chat.say('ok it works again, thanks')).toContain(t('en', 'withdraw.recovered', { number: ticket.number }));
    expect(await chat.say('sorry, still not printing')).toContain(t('en', 'reopen.done', { number: ticket.number }));
  });

  it('goes back to the technician who held it, in progress', async () => {
    const chat = chatAs(runtime(), 'caroline.garnier@chv.fr');
    const ticket = await ticketOf(chat, "le lecteur de code-barres du poste de soins ne bipe plus");
    await runtime().services.tickets.assign(ticket.number, 'stephanie.david@chv.fr', { by: 'stephanie.david@chv.fr', kind: 'agent' });
    expect(await chat.say('ça remarche, merci')).toContain(t('fr', 'withdraw.recovered', { number: ticket.number }));
    expect(await chat.say('ah non ça recommence')).toContain(t('fr', 'reopen.done', { number: ticket.number }));
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('in_progress');
  });
});
