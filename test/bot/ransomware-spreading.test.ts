import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

const RED_SCREEN = 'the PC at the nurse station shows a red screen: all files encrypted, pay in bitcoin';
const ECRAN_ROUGE = "le pc de l'accueil affiche un écran rouge, tous les fichiers sont chiffrés et ils demandent une rançon";

describe('an encryption screen with a ransom asked', () => {
  it('is met with "unplug it and call security on 5200", not with advice that depends on a link clicked', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    const first = await chat.say(RED_SCREEN);
    expect(first).toContain(t('en', 'intake.security_ransomware'));
    expect(first).not.toContain(t('en', 'intake.security_first'));
  });

  it('is met the same way in French', async () => {
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    const first = await chat.say(ECRAN_ROUGE);
    expect(first).toContain(t('fr', 'intake.security_ransomware'));
  });
});

describe('an encryption screen that shows on a second PC later in the conversation', () => {
  it('tells to unplug that PC too and call 5200, and makes it a team\'s problem at P2', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    await chat.say(RED_SCREEN);
    const second = await chat.say('no. and the secretariat pc next door has the same red screen now');
    expect(second).toContain(t('en', 'intake.security_spreading'));
    expect(second).toContain(`${t('en', 'summary.scope')}: ${t('en', 'scope.team')}`);
    expect(second).toContain('Priority: P2');
  });

  it('reads "it\'s 2 PCs, not one person" on the summary as who is affected, not as a detail', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    await chat.say(RED_SCREEN);
    await chat.say('no');
    const summary = await chat.say("it's 2 PCs, not one person");
    expect(summary).not.toContain(t('en', 'intake.noted_details'));
    expect(summary).toContain(`${t('en', 'summary.scope')}: ${t('en', 'scope.team')}`);
    expect(summary).toContain('Priority: P2');
  });

  it('stores the ticket as a team\'s problem at P2, every word of the conversation kept', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    await chat.say(RED_SCREEN);
    await chat.say('no. and the secretariat pc next door has the same red screen now');
    await chat.say("it's 2 PCs, not one person");
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket).toMatchObject({ category: 'security', scope: 'team', priority: 'P2' });
    expect(ticket.description).toContain('the secretariat pc next door has the same red screen now');
    expect(ticket.description).toContain("it's 2 PCs, not one person");
  });

  it('is told in French: « le poste du secrétariat a le même écran maintenant »', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await chat.say(ECRAN_ROUGE);
    const second = await chat.say('non. et le poste du secrétariat à côté a le même écran maintenant');
    expect(second).toContain(t('fr', 'intake.security_spreading'));
    expect(second).toContain(`${t('fr', 'summary.scope')}: ${t('fr', 'scope.team')}`);
  });

  it('reads « c\'est sur 2 postes maintenant » on the summary as a second PC hit', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await chat.say(ECRAN_ROUGE);
    await chat.say('non');
    const summary = await chat.say("c'est sur 2 postes maintenant");
    expect(summary).toContain(t('fr', 'intake.security_spreading'));
    expect(summary).toContain(`${t('fr', 'summary.scope')}: ${t('fr', 'scope.team')}`);
  });

  it('is told with "another PC has it too now"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    await chat.say(RED_SCREEN);
    const second = await chat.say('no, and another PC has it too now');
    expect(second).toContain(t('en', 'intake.security_spreading'));
    expect(second).toContain(`${t('en', 'summary.scope')}: ${t('en', 'scope.team')}`);
  });
});

describe('a few computers counted on the summary of any incident', () => {
  it('reads "it\'s 2 PCs, not one person" as a team\'s problem', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    const summary = await answerUntilSummary(chat, await chat.say('the DPI freezes every time I open a patient file'));
    expect(summary).toContain(`${t('en', 'summary.scope')}: ${t('en', 'scope.single_user')}`);
    const corrected = await chat.say("it's 2 PCs, not one person");
    expect(corrected).not.toContain(`${t('en', 'intake.noted', { changes: t('en', 'scope.single_user') })}`);
    expect(corrected).toContain(`${t('en', 'summary.scope')}: ${t('en', 'scope.team')}`);
  });

  it('reads « ce sont 3 postes, pas une seule personne » as a team\'s problem', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await answerUntilSummary(chat, await chat.say('le DPI se fige à chaque ouverture de dossier patient'));
    const corrected = await chat.say('ce sont 3 postes, pas une seule personne');
    expect(corrected).toContain(`${t('fr', 'summary.scope')}: ${t('fr', 'scope.team')}`);
  });
});

describe('what must not change', () => {
  it('keeps one person, and no spreading advice, when the other PCs are said to be fine', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    await chat.say(RED_SCREEN);
    const second = await chat.say('no. the other PCs are fine');
    expect(second).not.toContain(t('en', 'intake.security_spreading'));
    expect(second).toContain(`${t('en', 'summary.scope')}: ${t('en', 'scope.single_user')}`);
  });

  it('gives a phishing e-mail the advice that depends on the link clicked', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-US');
    const first = await chat.say('I got a suspicious email asking for my password, I did not click');
    expect(first).toContain(t('en', 'intake.security_first'));
    expect(first).not.toContain(t('en', 'intake.security_ransomware'));
  });
});
