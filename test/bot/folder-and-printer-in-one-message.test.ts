import { describe, expect, it } from 'vitest';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('a shared folder refused and a printer streaking, told in one French message', () => {
  it('offers the shared-folder fiche for the first, then opens the printer incident with its own words', async () => {
    const chat = chatAs(runtime(), 'mickael.durand@chv.fr');
    let text = await chat.say(
      "Bonjour, j'ai plus acces au dossier partagé du secretariat neuro, ca me met acces refusé depuis ce matin. et l'imprimante du secrétariat fait des traces noires sur toutes les pages aussi",
    );
    expect(text).toContain('deux problèmes');
    expect(text).toContain('Accès refusé à un dossier partagé');
    expect(text).not.toContain('Cristal-Net »');
    text = await answerUntilSummary(chat, text);
    expect(text.slice(text.indexOf('Résumé de votre'))).not.toContain('traces noires');
    let created = await chat.say(clickIntake('create'));
    const folder = await ticketAnnounced(runtime(), created);
    expect(folder.category).toBe('access');
    expect(folder.description).not.toContain('traces noires');
    text = await answerUntilSummary(chat, created);
    created = await chat.say(clickIntake('create'));
    const printer = await ticketAnnounced(runtime(), created);
    expect(printer.number).not.toBe(folder.number);
    expect(printer.category).toBe('printer');
    expect(printer.title).toMatch(/traces noires/);
  });
});

describe('a label printer and a monitor freezing during surgery, told in that order', () => {
  it('takes the monitor first and says why, then the printer', async () => {
    const chat = chatAs(runtime(), 'gaelle.giraud@chv.fr');
    const text = await chat.say("salut, 2 trucs: l'imprimante étiquettes du bloc imprime plus (voyant rouge) et le scope de la salle 3 freeze toutes les 10 min, on a une intervention en cours");
    expect(text).toContain("je m'occupe d'abord du plus urgent, « Le scope de la salle 3");
    expect(text).toMatch(/biomédical au 5100/);
    expect(text).not.toMatch(/LBL-/);
  });
});
