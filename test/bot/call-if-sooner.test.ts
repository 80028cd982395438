import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile } from './chat-harness.js';

// Sunday 29 November 2026, 7:00 in Paris: the service desk's business hours start again on Monday.
const clock = new ManualClock('2026-11-29T06:00:00Z');
const runtime = runtimeForThisFile({ clock });

describe('an urgent ticket whose first response is not today', () => {
  it('a locked account needed today points to the 5000, where it is unlocked in minutes', async () => {
    clock.set('2026-11-29T06:00:00Z');
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say("Bonjour, mon mot de passe windows avait expiré ce matin, j'ai voulu le changer et maintenant ça me dit compte verrouillé. je ne peux plus rien faire");
    text = await chat.say("non, j'ai essayé mot de passe oublié mais j'ai jamais enregistré de portable donc pas de SMS. et on boucle la paie aujourd'hui, le fichier doit partir avant 16h");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: haute');
    text = await chat.say(clickIntake('create'));
    expect(text).toContain('Délai de prise en charge : demain');
    expect(text).toContain('appelez le centre de services au 5000 : un compte verrouillé');
  });

  it('is not told to call when the first response is due today', async () => {
    clock.set('2026-11-30T08:00:00Z'); // Monday, 9:00 in Paris
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say("mon compte windows est verrouillé, je ne peux plus rien faire et le fichier de paie doit partir avant 16h");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: haute');
    text = await chat.say(clickIntake('create'));
    expect(text).toContain("Délai de prise en charge : aujourd'hui");
    expect(text).not.toContain('appelez le centre de services au 5000');
  });

  it('a password given to a phishing page points to security on 5200, as the first advice did, not to 5000', async () => {
    clock.set('2026-11-29T06:00:00Z');
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say("j'ai cliqué sur un lien dans un mail de la DGFiP et j'ai tapé mon mot de passe, je crois que c'était du hameçonnage");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: haute');
    text = await chat.say(clickIntake('create'));
    expect(text).toContain('Délai de prise en charge : demain');
    expect(text).toContain('appelez la sécurité informatique au 5200 maintenant');
    // The first advice said to call now: the deadline does not say it can wait.
    expect(text).not.toContain('Si cela ne peut pas attendre');
    expect(text).not.toContain('centre de services au 5000');
  });

  it('a P2 (a whole unit slowed, a way round on paper) whose first response is tomorrow also points to the 5000', async () => {
    clock.set('2026-11-29T11:00:00Z'); // Sunday, noon in Paris
    const chat = chatAs(runtime(), 'nicolas.robin@chv.fr');
    let text = await chat.say("plus de wifi dans tout le service de médecine interne depuis ce matin, les chariots sont déconnectés, on note sur papier en attendant");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Priorité: P2');
    text = await chat.say(clickIntake('create'));
    expect(text).toContain('Délai de prise en charge : demain');
    expect(text).toContain('appelez le centre de services au 5000');
  });
});
