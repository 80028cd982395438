import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and twelve: how long, asked as a wish', () => {
  it('"je veux d abord savoir le delai, si c 3 jours j envoie les courriers a imprimer en cardio" is answered, and moves neither the place nor the printer', async () => {
    const chat = chatAs(runtime(), 'severine.bernard@chv.fr');
    await chat.say('bonjour combien de temps en general pour faire reparer une imprimante?');
    const text = await chat.say('attendez je veux d abord savoir le delai, si c 3 jours j envoie les courriers a imprimer en cardio');
    expect(text).toContain(t('fr', 'intake.side_when'));
    expect(text).not.toContain('Cardiologie');
    expect(text).not.toContain('PRN-CARD');
    expect(text).toContain('PRN-MED-0010');
  });
});
