import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile, ticketNumberIn } from './chat-harness.js';

const runtime = runtimeForThisFile();

const JAM = "l'imprimante du poste de soins fait bourrage sur bourrage, on n'arrive plus à sortir les prescriptions";

/** A nurse of the emergency unit reports the jam and picks the Brother printer: the summary comes next. */
async function jamSummary() {
  const chat = chatAs(runtime(), 'celine.joly@chv.fr');
  let text = await chat.say(JAM);
  if (text.includes('Voici la fiche')) text = await chat.say('non');
  expect(text).toContain(t('fr', 'intake.ask.asset_choose'));
  text = await chat.say('PRN-URG-0013');
  expect(text).toContain('Résumé de votre incident');
  return chat;
}

describe('choosing a device by the make the list shows', () => {
  it('takes "c\'est la brother" as the one Brother printer of the list', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say(JAM);
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    expect(text).toContain('PRN-URG-0013 — Brother HL-L6300DW');
    const reply = await chat.say("c'est la brother");
    expect(reply).not.toContain('Je ne trouve pas');
    expect(reply).toContain('Appareil: PRN-URG-0013');
  });

  it('does not pick a device when the make is that of several ("la HP")', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say(JAM);
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    const reply = await chat.say('la HP');
    expect(reply).not.toContain('Appareil: PRN-URG-001');
    expect(reply).toContain(t('fr', 'intake.ask.asset_choose'));
  });

  it('proposes the Brother printer alone when the first message names the make', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say("l'imprimante Brother du poste de soins fait bourrage sur bourrage");
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    expect(text).toContain("S'agit-il de PRN-URG-0013 (imprimante)");
  });
});

describe('correcting the summary', () => {
  it('reads "urgence moyenne" in the words of the summary card', async () => {
    const chat = await jamSummary();
    expect(await chat.say('@intake:change')).toContain(t('fr', 'intake.ask.change'));
    const corrected = await chat.say("urgence moyenne, c'est gênant quand même");
    expect(corrected).not.toContain(t('fr', 'intake.retry.change'));
    expect(corrected).toContain('Urgence: moyenne');
  });

  it('reads the workaround answers and "pas très urgent" as urgencies', async () => {
    const chat = await jamSummary();
    await chat.say('@intake:change');
    expect(await chat.say("Oui, mais c'est gênant")).toContain('Urgence: moyenne');
    await chat.say('@intake:change');
    expect(await chat.say('pas très urgent')).toContain('Urgence: basse');
    await chat.say('@intake:change');
    expect(await chat.say('moyennement urgent')).toContain('Urgence: moyenne');
    await chat.say('@intake:change');
    expect(await chat.say('pas urgent')).toContain('Urgence: basse');
    expect(await chat.say("les soins ne sont pas bloqués, c'est juste gênant")).toContain('Urgence: moyenne');
    await chat.say('@intake:change');
    expect(await chat.say('pas urgent')).toContain('Urgence: basse');
    await chat.say('@intake:change');
    expect(await chat.say("c'est quand même gênant, on se relaie sur les 2 autres et les examens attendent")).toContain('Urgence: moyenne');
  });

  it('creates the ticket when the card\'s create button is pressed after "Corriger"', async () => {
    const chat = await jamSummary();
    // Not a P1 (whose agents' card would be posted to Teams): the jam can wait.
    await chat.say('@intake:change');
    expect(await chat.say('pas urgent')).toContain('Urgence: basse');
    await chat.say({ type: 'message', value: { intake: 'change' } });
    const created = await chat.say({ type: 'message', value: { intake: 'create' } });
    expect(ticketNumberIn(created), created).toBeDefined();
  });

  it('shows the summary again when there is nothing to correct', async () => {
    const chat = await jamSummary();
    await chat.say('@intake:change');
    const again = await chat.say('non rien');
    expect(again).not.toContain(t('fr', 'intake.retry.change'));
    expect(again).toContain('Résumé de votre incident');
  });
});

describe('confirming the summary in one\'s own words', () => {
  const PHISHING = "j'ai reçu un mail soi-disant de la DSI qui demandait de confirmer mon mot de passe, j'ai cliqué sur le lien et j'ai tapé mes identifiants";

  async function phishingSummary() {
    const chat = chatAs(runtime(), 'stephanie.renard@chv.fr');
    let text = await chat.say(PHISHING);
    if (text.includes(t('fr', 'intake.ask.patient_care'))) text = await chat.say('non');
    expect(text).toContain('Résumé de votre incident');
    return chat;
  }

  it('creates the ticket on "oui vas-y"', async () => {
    const chat = await phishingSummary();
    const created = await chat.say('oui vas-y');
    expect(ticketNumberIn(created), created).toBeDefined();
  });

  it('creates the ticket on "oui c\'est bon tu peux créer", which is no cancel', async () => {
    const chat = await phishingSummary();
    const created = await chat.say("oui c'est bon tu peux créer");
    expect(created).not.toContain(t('fr', 'cancel.done'));
    expect(ticketNumberIn(created), created).toBeDefined();
  });

  it('still cancels on "annule" at the summary', async () => {
    const chat = await phishingSummary();
    expect(await chat.say('annule')).toContain(t('fr', 'cancel.done'));
  });

  it('corrects rather than creates on a "oui" followed by a correction', async () => {
    const chat = await phishingSummary();
    const corrected = await chat.say('oui mais urgence moyenne');
    expect(ticketNumberIn(corrected)).toBeUndefined();
    expect(corrected).toContain('Urgence: moyenne');
  });

  it('tells the person who typed her password what to do at once, before the questions', async () => {
    const chat = chatAs(runtime(), 'stephanie.renard@chv.fr');
    const first = await chat.say(PHISHING);
    expect(first).toContain(t('fr', 'intake.security_first'));
    expect(t('fr', 'intake.security_first')).toContain('5200');
  });
});

describe('stopping in a sentence', () => {
  it('cancels on "ah attendez, mon collègue dit que c\'est reparti, annulez" in the middle of intake', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say(JAM);
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    expect(text).toContain(t('fr', 'intake.ask.asset_choose'));
    const stopped = await chat.say("ah attendez, mon collègue dit que c'est reparti, annulez");
    expect(stopped).toContain(t('fr', 'cancel.done'));
    expect(await chat.say('annule')).toContain(t('fr', 'cancel.nothing'));
  });

  it('does not stop on something that was cancelled ("un examen a été annulé")', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say(JAM);
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    const reply = await chat.say('la Brother, un examen a été annulé à cause de ça');
    expect(reply).not.toContain(t('fr', 'cancel.done'));
    expect(reply).toContain('PRN-URG-0013');
  });

  it('does not stop on a forgotten password or an access to withdraw', async () => {
    const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
    let text = await chat.say("il faut supprimer les accès d'une préparatrice qui est partie");
    if (text.includes(t('fr', 'intake.ask.request_type'))) text = await chat.say('2');
    const detail = await chat.say("annuler ses accès au logiciel de pharmacie, elle est partie vendredi");
    expect(detail).not.toContain(t('fr', 'cancel.done'));
  });
});

describe('a workaround told in a sentence', () => {
  it('reads "ma collègue enregistre à ma place mais ça ralentit tout" as a workaround that bothers', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    let text = await chat.say('mon compte est bloqué, je peux plus me connecter à GAM');
    for (let turn = 0; turn < 4 && !text.includes(t('fr', 'intake.ask.urgency')); turn++) {
      text = await chat.say(text.includes('Voici la fiche') || text.includes('patients') ? 'non' : 'oui');
    }
    expect(text).toContain(t('fr', 'intake.ask.urgency'));
    const summary = await chat.say('ma collègue enregistre à ma place mais ça ralentit tout');
    expect(summary).not.toContain(t('fr', 'intake.retry.choice'));
    expect(summary).toContain('Urgence: moyenne');
  });
});
