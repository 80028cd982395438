import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, clickIntake, ticketAnnounced, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** The words recorded on a ticket after its creation. */
async function wordsAdded(number: string): Promise<string> {
  const { tickets } = runtime().services;
  const events = await tickets.events((await tickets.get(number)).id);
  return events.filter((event) => event.kind === 'message').map((event) => JSON.stringify(event.data)).join('\n');
}

// From conversations with staff: right after a ticket, the words that give its details go on it, even when the message
// they quote names a system of its own.
describe('details given right after the ticket', () => {
  async function shareTicket(chat: ReturnType<typeof chatAs>) {
    await chat.say('acces refusé sur le lecteur S: depuis ce matin');
    await chat.say('non');
    await chat.say('Oui, ça peut attendre');
    await chat.say('moi seul');
    return ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  }

  it('"le message exact c\'est \'Windows ne peut pas accéder à S:\\RH\\Paie…\'" is added to the ticket, not answered with a fiche', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    const ticket = await shareTicket(chat);
    const text = await chat.say("le message exact c'est 'Windows ne peut pas accéder à S:\\RH\\Paie. Vous ne disposez pas des autorisations'");
    expect(text).toContain(t('fr', 'ticket.added', { number: ticket.number }));
    expect(text).not.toContain('Voici la fiche');
    expect(await wordsAdded(ticket.number)).toContain('Vous ne disposez pas des autorisations');
    expect((await runtime().services.tickets.get(ticket.number)).priority).toBe(ticket.priority);
  });

  it('another folder and when it started go on the same ticket', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    const ticket = await shareTicket(chat);
    for (const words of [
      "c'est pareil sur le dossier S:\\RH\\Formation, accès refusé aussi",
      "ça a commencé après la mise à jour d'hier soir, l'application RH plantait déjà",
      "l'erreur dit 'Accès refusé' quand j'ouvre les bulletins de paie",
    ]) {
      const text = await chat.say(words);
      expect(text, words).toContain(t('fr', 'ticket.added', { number: ticket.number }));
    }
    const added = await wordsAdded(ticket.number);
    expect(added).toContain('Formation');
    expect(added).toContain('mise à jour');
    expect(added).toContain('bulletins de paie');
  });

  it('"the exact error is \'Access is denied\'" is added to an English ticket', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-US');
    await chat.say('access denied on the S: drive since this morning');
    await chat.say('no');
    await chat.say('yes it can wait');
    await chat.say('only me');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    let text = await chat.say("the exact error is 'Windows cannot access S:\\Finance\\Budget. You do not have permission'");
    expect(text).toContain(t('en', 'ticket.added', { number: ticket.number }));
    text = await chat.say('it started after the update last night, same on the Payroll folder too');
    expect(text).toContain(t('en', 'ticket.added', { number: ticket.number }));
  });
});

// From conversations with staff: a request withdrawn, then wanted after all in the next message.
describe('changing one\'s mind back about a request', () => {
  it('"ah si finalement, on installe dragon" takes the request up again, with dragon medical and the reason', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say('pouvez vous installer dragon medical sur mon poste svp');
    expect(await chat.say('laissez tomber')).toContain('annulé');
    let text = await chat.say("ah si finalement, on installe dragon, c'est pour dicter mes courriers de direction");
    expect(text).toContain('Je reprends votre demande');
    expect(text).not.toContain('Voici la fiche');
    for (let turn = 0; turn < 4 && !text.includes('Résumé'); turn++) {
      text = await chat.say(/Pour quand/.test(text) ? 'cette semaine' : 'dragon medical sur mon poste');
    }
    expect(text).toContain('Résumé de votre demande');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.kind).toBe('request');
    expect(`${ticket.title}\n${ticket.description}`).toContain('dragon medical');
    expect(ticket.description).toContain('dicter mes courriers');
  });

  it.each([
    ['fr-FR', 'pouvez vous installer dragon medical sur mon poste svp', 'laissez tomber', 'en fait si, je le veux', 'Je reprends'],
    ['fr-FR', 'pouvez vous installer dragon medical sur mon poste svp', 'laissez tomber', "bon j'ai changé d'avis, installez-le", 'Je reprends'],
    ['en-US', 'could you install dragon medical on my PC please', 'forget it', 'actually yes, go ahead, I do need it', 'Picking your request up again'],
    ['en-US', 'could you install dragon medical on my PC please', 'never mind', 'on second thought, please install it', 'Picking your request up again'],
  ])('%s: "%s", "%s", then "%s" takes it up again', async (locale, first, cancel, back, expected) => {
    const chat = chatAs(runtime(), locale === 'fr-FR' ? 'audrey.mendes@chv.fr' : 'helene.aubert@chv.fr', locale);
    await chat.say(first);
    await chat.say(cancel);
    expect(await chat.say(back)).toContain(expected);
  });

  it('"ah si ça remarche" after a cancel takes nothing up again', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say("l'imprimante du bureau n'imprime plus rien");
    await chat.say('annule');
    expect(await chat.say('ah si ça remarche')).not.toContain('Je reprends');
  });
});

// From conversations with staff: "open a ticket please" in front of an outage, and "no install, it's broken" to a request.
describe('"open a ticket please" in front of an outage', () => {
  it('"open a ticket please, the prescriptions from the wards dont arrive in pharmacy software…" is an incident held up care, not an install', async () => {
    const chat = chatAs(runtime(), 'ines.poirier@chv.fr', 'en-US');
    const text = await chat.say('open a ticket please, the prescriptions from the wards dont arrive in pharmacy software since 10am, whole pharmacy');
    expect(text).not.toContain('Which software should be installed');
    expect(text).toContain('Summary of your incident');
    expect(text).toContain('Patient care affected: yes');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket).toMatchObject({ kind: 'incident', category: 'software', patientCareImpact: true, priority: 'P1' });
    expect(ticket.title).toContain('prescriptions from the wards');
  });

  it.each([
    'open a ticket please, the orders dont arrive in the appointments software since 10am',
    'can you open a ticket, the orders dont arrive in the appointments software since 10am',
    'I need to open a ticket: the orders dont arrive in the appointments software since 10am',
  ])('"%s" starts an incident', async (words) => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr', 'en-US');
    const text = await chat.say(words);
    expect(text).toContain("I'll open an incident");
    expect(text).not.toContain('installed');
  });

  it('"?? no install. its broken. nothing to install" at a request question turns the request into an incident, keeping the words', async () => {
    const chat = chatAs(runtime(), 'ines.poirier@chv.fr', 'en-US');
    expect(await chat.say("could you install the pharmacy software on my PC please, prescriptions from the wards dont come in")).toContain('request');
    const text = await chat.say('?? no install. its broken. nothing to install');
    expect(text).toContain(t('en', 'intake.kind_to_incident'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.kind).toBe('incident');
    expect(ticket.category).toBe('software');
    expect(ticket.description).toContain('its broken');
  });

  it('"non rien à installer, ça marche plus depuis 10h" does the same in French', async () => {
    const chat = chatAs(runtime(), 'ines.poirier@chv.fr');
    await chat.say('pouvez vous installer le logiciel de la pharmacie sur mon poste svp');
    expect(await chat.say('non rien à installer, ça marche plus depuis 10h')).toContain(t('fr', 'intake.kind_to_incident'));
  });
});
