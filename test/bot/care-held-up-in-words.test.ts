import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: care held up, told in the question's own verbs, was asked again as yes or no.
describe('"does it hold up patient care?" answered in words', () => {
  async function atCareQuestion() {
    const chat = chatAs(runtime(), 'ines.prevost@chv.fr');
    await chat.say('le PC du chariot de soins ne démarre plus');
    await chat.say('non toujours rien');
    expect(await chat.say('le 0409')).toContain('prise en charge des patients');
    return chat;
  }

  it.each([
    'ça retarde le tour de 20 min',
    'ça ralentit, les NFS des urgences sortent avec 20 min de retard, ça compte ?',
    'bah ça bloque les admin de 14h',
  ])('"%s" is a yes', async (answer) => {
    const chat = await atCareQuestion();
    const text = await chat.say(answer);
    expect(text).not.toContain('Répondez « oui » ou « non »');
    expect(text).toContain('contournement');
  });

  it('"ça retarde rien" is no yes', async () => {
    const chat = await atCareQuestion();
    expect(await chat.say('ça retarde rien')).not.toContain('Soins impactés: oui');
  });
});
