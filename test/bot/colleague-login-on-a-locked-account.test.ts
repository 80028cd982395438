import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

const LOCKED_IN_THE_ER =
  'help, my account got locked out on the ER pc, says contact admin. I have 12 patients waiting in the ER. password expired this morning and i think i typed the old one too many times';

/** A locked account that holds up care in the ER, shown on its summary at P1. */
async function lockedOutInTheER(lang: 'en' | 'fr' = 'en') {
  const chat = chatAs(runtime(), 'manon.roy@chv.fr', lang === 'en' ? 'en-US' : 'fr-FR');
  const first = lang === 'en' ? LOCKED_IN_THE_ER : "compte bloqué sur le pc des urgences, mot de passe expiré ce matin, j'ai 12 patients qui attendent";
  const summary = await chat.say(first);
  expect(summary).toMatch(/Priority: P1|Priorité: P1/);
  return chat;
}

describe("asking to use a colleague's login while one's own account is locked", () => {
  it('"…do you need the pc number? where is it? also can i just use my colleague\'s login meanwhile, she\'s logged in next door" is told no and keeps the P1', async () => {
    const chat = await lockedOutInTheER();
    const text = await chat.say(
      "wait im not in my office, im in box 3. do you need the pc number? where is it? also can i just use my colleague's login meanwhile, she's logged in next door",
    );
    expect(text).toContain(t('en', 'intake.side_no_sharing'));
    expect(text).not.toContain(t('en', 'intake.way_round_ok'));
    expect(text).toContain(t('en', 'intake.side_device_number_not_needed'));
    expect(text).toContain('Patient care affected: yes');
    expect(text).toContain('Urgency: high');
    expect(text).toContain('Priority: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P1');
    expect(ticket.urgency).toBe('high');
    expect(ticket.patientCareImpact).toBe(true);
    // What was said goes with the ticket, the question about the login included.
    expect(ticket.description).toContain('box 3');
    expect(ticket.description).toContain("colleague's login");
  });

  it('the same question alone, without a question mark, is answered and changes nothing on the summary', async () => {
    const chat = await lockedOutInTheER();
    const text = await chat.say("can i just use my colleague's login meanwhile, she's logged in next door");
    expect(text).toContain(t('en', 'intake.side_no_sharing'));
    expect(text).not.toContain(t('en', 'intake.way_round_ok'));
    expect(text).not.toContain('Patient care affected: no');
    expect(text).toContain('Priority: P1');
  });

  it('"could I log in with my colleague\'s password for now?" gets the same no', async () => {
    const chat = await lockedOutInTheER();
    const text = await chat.say("could I log in with my colleague's password for now?");
    expect(text).toContain(t('en', 'intake.side_no_sharing'));
    expect(text).not.toContain(t('en', 'intake.way_round_ok'));
    expect(text).toContain('Priority: P1');
  });

  it('"je peux utiliser la session de ma collègue en attendant", without a question mark, gets the no in French', async () => {
    const chat = await lockedOutInTheER('fr');
    const text = await chat.say('je peux utiliser la session de ma collègue en attendant');
    expect(text).toContain(t('fr', 'intake.side_no_sharing'));
    expect(text).not.toContain(t('fr', 'intake.way_round_ok'));
    expect(text).toContain('Priorité: P1');
  });

  it('"du coup on peut se connecter avec le login de ma collègue à côté en attendant ? et il vous faut le numéro du pc ?" gets both answers', async () => {
    const chat = await lockedOutInTheER('fr');
    const text = await chat.say('du coup on peut se connecter avec le login de ma collègue à côté en attendant ? et il vous faut le numéro du pc ?');
    expect(text).toContain(t('fr', 'intake.side_no_sharing'));
    expect(text).not.toContain(t('fr', 'intake.way_round_ok'));
    expect(text).toContain(t('fr', 'intake.side_device_number_not_needed'));
    expect(text).toContain('Priorité: P1');
  });

  it('another computer asked for as the way round, about a crashing PC, is still a yes', async () => {
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    await chat.say('PACS keeps crashing on the SSPI desk PC (PC-SSPI-0258), closes as soon as i open a CT');
    const text = await chat.say('can I just keep using the other one meanwhile?');
    expect(text).toContain(t('en', 'intake.way_round_ok'));
    expect(text).not.toContain(t('en', 'intake.side_no_sharing'));
  });
});
