import { describe, expect, it } from 'vitest';
import { slaTargetsAsked } from '../../src/bot/sla-targets-question.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with managers: the contract's times, asked in general, were not understood.
describe('the service desk\'s contract times, asked in general', () => {
  it('"délais de prise en charge d\'un ticket P2 ?" gets the P2 times of config/sla.yaml', async () => {
    const chat = chatAs(runtime(), 'marc.brunet@chv.fr');
    const text = await chat.say("délais de prise en charge d'un ticket P2 ?");
    expect(text).toContain('P2 : prise en charge en 30 min, résolution en 8 h.');
    expect(text).not.toContain('P3 :');
  });

  it('"c\'est quoi vos délais d\'intervention en vrai ? … je m\'adresse à qui pour escalader ?" gets all four, and how to chase', async () => {
    const chat = chatAs(runtime(), 'marc.brunet@chv.fr');
    const text = await chat.say("Bonjour, question : c'est quoi vos délais d'intervention en vrai ? et si c'est pas traité dans les temps je m'adresse à qui pour escalader ?");
    expect(text).toContain('P1 : prise en charge en 15 min, résolution en 4 h.');
    expect(text).toContain('P4 : prise en charge en 8 h, résolution en 50 h (heures ouvrées).');
    expect(text).toContain('5000');
  });

  it('in English: "what are your response times?"', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-US');
    expect(await chat.say('what are your response times for a P1?')).toContain('P1: first response within 15 min, resolution within 4 h.');
  });

  it('one ticket\'s times are its status, not the contract\'s', () => {
    expect(slaTargetsAsked('le délai de résolution de mon ticket ?')).toBeUndefined();
    expect(slaTargetsAsked("l'imprimante ne marche plus")).toBeUndefined();
  });
});
