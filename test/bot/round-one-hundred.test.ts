import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile, ticketNumberIn } from './chat-harness.js';

// Thursday 3 December 2026, 23:10 in Paris: a night shift.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-03T22:10:00Z')) });

describe('round one hundred: waiting for a technician', () => {
  it('the problem described after asking for a person goes into the ticket\'s description, not only its title', async () => {
    const chat = chatAs(runtime(), 'karine.hubert@chv.fr');
    const number = ticketNumberIn(await chat.say("je veux parler à quelqu'un"))!;
    const problem = "le pousse-seringue de la chambre 12 affiche erreur occlusion en boucle alors que la ligne est libre, on l'a remplacé par celui de la 14";
    await chat.say(problem);
    const ticket = await runtime().services.tickets.get(number);
    expect(ticket.description).toContain("je veux parler à quelqu'un");
    expect(ticket.description).toContain(problem);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(events.some((e) => e.kind === 'described' && JSON.stringify(e.data).includes('erreur occlusion'))).toBe(true);
  });

  it('questions with one answer are answered while the technician is awaited, and still passed on', async () => {
    const chat = chatAs(runtime(), 'nadia.olivier@chv.fr');
    const number = ticketNumberIn(await chat.say("je veux parler à un technicien svp"))!;
    await chat.say('la centrale de surveillance du service ne reçoit plus les scopes des chambres 3 à 6');
    const biomed = await chat.say("faut que j'appelle le 5100 aussi ?");
    expect(biomed).toContain(t('fr', 'intake.side_call_biomed'));
    expect(biomed).toContain(t('fr', 'handoff.forwarded', { number }));
    const sharing = await chat.say('et je peux prendre la carte CPS de ma collègue en attendant ?');
    expect(sharing).toContain(t('fr', 'intake.side_no_sharing'));
    expect(sharing).toContain(t('fr', 'handoff.forwarded', { number }));
    const when = await chat.say('ce sera réparé pour demain matin ?');
    expect(when).toContain(`Le ticket ${number} est en priorité`);
  });

  it('"will it be fixed by tomorrow?" while waiting gets the ticket\'s deadlines, in English', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr', 'en-US');
    const number = ticketNumberIn(await chat.say('can I talk to a person please'))!;
    await chat.say('the label printer at the nurses station prints blank labels');
    const when = await chat.say('will it be fixed by tomorrow? we have admissions at 7');
    expect(when).toContain(`Ticket ${number} is priority`);
    expect(when).toContain(t('en', 'handoff.forwarded', { number }));
  });
});
