import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { saysStillBroken } from '../../src/bot/recovery-news.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and eleven: it works a moment, then fails again', () => {
  it('"non. deverrouillé via le portail, ca remarche 2 min et ca se reverrouille" after the guide opens the incident, it cancels nothing', async () => {
    const chat = chatAs(runtime(), 'helene.boyer@chv.fr');
    await chat.say(
      "Bonjour. impossible de me connecter au DPI depuis ce matin, 'compte verrouillé'. j ai change mon mdp windows hier. je suis en consult, j ai 15 patients ce matin, je note sur papier en attendant. c que moi, les collegues se connectent",
    );
    const text = await chat.say('non. deverrouillé via le portail, ca remarche 2 min et ca se reverrouille. windows marche hein, c que le DPI');
    expect(text).not.toContain(t('fr', 'cancel.done'));
    expect(text).toContain(t('fr', 'kb.not_helpful'));
  });

  it('reads "works for 5 minutes then freezes again", "ça se rebloque" as still broken, and "ça remarche depuis 10 min" as not', () => {
    expect(saysStillBroken('ca remarche 2 min et ca se reverrouille')).toBe(true);
    expect(saysStillBroken('it works for 5 minutes then freezes again')).toBe(true);
    expect(saysStillBroken('ça se rebloque tout le temps')).toBe(true);
    expect(saysStillBroken('ça remarche depuis 10 min, merci')).toBe(false);
  });
});

describe('round one hundred and eleven: the title keeps the place the person named', () => {
  it('"the printer in my office B121" stays B121 in the title when the printer chosen sits in the secretariat B101', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-US');
    await chat.say(
      'hi, the printer in my office B121 keeps saying tray 2 empty but its full, cant print prescriptions for my outpatients. already opened/closed the tray and restarted it. only me, the secretary prints them for me meanwhile but its slow',
    );
    await chat.say('no');
    let text = await chat.say('PRN-MED-0010 — Kyocera ECOSYS M3655idn');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toContain('my office B121');
  });
});

describe('round one hundred and eleven: a colleague\'s ticket over, and another matter', () => {
  it('"le logiciel chimio remarche…, vous pouvez le fermer. par contre le num de l accueil…" tells the colleague\'s ticket, and the new ticket is the phone line', async () => {
    const colleague = chatAs(runtime(), 'pierre.nguyen@chv.fr');
    const summary = await answerUntilSummary(colleague, await colleague.say("le logiciel de chimio plante pour tout le service de l'hdj ce matin, on peut plus valider les protocoles"));
    expect(summary).toContain('Personnes touchées: tout le service');
    const chemo = await ticketAnnounced(runtime(), await colleague.say(clickIntake('create')));
    const manager = chatAs(runtime(), 'julien.charpentier@chv.fr');
    let text = await manager.say(
      "bjr, cadre HDJ onco. le logiciel chimio remarche depuis 10 min (c pierre nguyen qui avait fait le ticket ce matin), vous pouvez le fermer. par contre le num de l accueil HDJ sonne occupé en permanence, les patients arrivent pas a nous joindre",
    );
    expect(text).toContain(t('fr', 'recovery.told_on_ticket', { number: chemo.number }));
    const events = await runtime().services.tickets.events(chemo.id);
    expect(events.some((event) => JSON.stringify(event.data).includes('le logiciel chimio remarche'))).toBe(true);
    text = await answerUntilSummary(manager, text);
    expect(text).toContain("Problème: Le num de l accueil HDJ sonne occupé en permanence");
    const phone = await ticketAnnounced(runtime(), await manager.say(clickIntake('create')));
    expect(phone.title).not.toMatch(/remarche|fermer/);
  });
});

describe('round one hundred and eleven: a place denied in words', () => {
  it('"location is still wrong, its NOT salle de naissance 2" leaves the delivery room', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    await chat.say('hello, CPS card reader in prenatal consult room not reading my card. cant sign anything in the patient record');
    let text = await chat.say('sec let me look... PC-MAT-0561 on the pc. the reader itself has no label. its consult room 2 at maternity, 1st floor');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Salle de naissance 2');
    text = await chat.say("location is still wrong, its NOT salle de naissance 2. i dont know the room code");
    expect(text).not.toMatch(/Location: .*naissance 2/);
    expect(text).toContain('Location: Maternité');
  });

  it('"location is wrong, its not in my office, its the triage desk at the ER entrance" leaves the doctor\'s office', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    await chat.say('hi the label printer at ER triage is dead');
    let text = await chat.say('no idea which one, the one at the triage desk (IOA). its been down since like 8pm, nurses are walking to the other station to print wristbands');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('A021 Bureau médical');
    text = await chat.say('location is wrong, its not in my office, its the triage desk at the ER entrance');
    expect(text).not.toContain('A021 Bureau médical');
    expect(text).toContain('Location: Urgences');
    expect(text).toContain('its the triage desk at the ER entrance');
  });
});
