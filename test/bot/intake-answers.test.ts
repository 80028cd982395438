import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('answers typed in the middle of a conversation', () => {
  it('reads "aujourdhui si possible" as the first option of "when do you need it?"', async () => {
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    let text = await chat.say("j'ai besoin des droits sur le logiciel de la pharmacie pour valider les dispensations");
    if (text.includes(t('fr', 'intake.ask.request_type'))) text = await chat.say('2');
    // The application (the pharmacy's) and the person (the writer) are said: only the profile is asked.
    expect(text).toContain(t('fr', 'intake.ask.request_detail.access_profile'));
    expect(await chat.say('le logiciel Pharma, pour moi, profil préparateur avec validation')).toContain(t('fr', 'intake.ask.request_urgency'));
    const summary = await chat.say('aujourdhui si possible');
    expect(summary).not.toContain(t('fr', 'intake.retry.choice'));
    expect(summary).toContain('Urgence: haute');
    const other = chatAs(runtime(), 'anne.david@chv.fr');
    await other.say("pourriez vous m'installer adobe acrobat pro sur mon pc svp");
    await other.say('Acrobat Pro sur mon poste');
    expect(await other.say("ça peut attendre la semaine prochaine")).toContain('Urgence: basse');
  });

  it('keeps "oui" to the workaround question as "yes, but it is a nuisance" when the words after it only describe the workaround', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say("l'imprimante du poste de soins n'imprime plus");
    for (let turn = 0; turn < 6 && !text.includes('contournement'); turn++) {
      text = await chat.say(text.includes('Voici la fiche') ? 'non' : text.includes('De quel appareil') ? '1' : text.includes('Qui est touché') ? 'tout le service' : 'non');
    }
    expect(text).toContain('contournement');
    const summary = await chat.say('oui on imprime sur celle du couloir');
    expect(summary).toContain('Urgence: moyenne');
    expect(summary).not.toContain('urgence basse');
  });

  it('takes the number typed for a device in the list, the last one being "je ne sais pas"', async () => {
    const pick = async (typed: string) => {
      const chat = chatAs(runtime(), 'laetitia.fournier@chv.fr');
      let text = await chat.say('le PC du poste de soins ne démarre plus, écran noir');
      if (text.includes('Voici la fiche')) text = await chat.say('non');
      expect(text).toContain(t('fr', 'intake.ask.asset_choose'));
      const options = text.split('\n').filter((line) => line.startsWith('['));
      return { options, reply: await chat.say(typed === 'last' ? String(options.length) : typed) };
    };
    const second = await pick('2');
    expect(second.reply).not.toMatch(/Je n'ai pas compris|Je ne trouve pas/);
    const unknown = await pick('last');
    expect(unknown.options.at(-1)).toBe(`[${t('fr', 'choice.dont_know')}]`);
    expect(unknown.reply).not.toMatch(/Je n'ai pas compris|Je ne trouve pas/);
  });

  it('proposes the devices of the unit a correction names ("non c\'est en réa"), not those of the first unit', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    expect(await chat.say('le scope du box 3 ne marche plus, on surveille à la main')).toContain("S'agit-il de BIO-URG-0003");
    const text = await chat.say("non c'est en réa");
    expect(text).toContain('Réanimation polyvalente');
    expect(text).toContain("S'agit-il de BIO-REA-0003");
  });

  it('sets the application a correction names when it makes the problem a software one', async () => {
    const chat = chatAs(runtime(), 'corinne.besson@chv.fr');
    let text = await chat.say("l'écran du poste du plateau technique reste noir");
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    text = await chat.say("non en fait c'est le SIL qui est planté, pas le PC");
    expect(text).toContain(t('fr', 'category.software'));
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('Qui est touché') ? 'mon équipe' : text.includes('contournement') ? 'non' : text.includes('patients') ? 'non' : 'oui');
    }
    expect(text).toContain('Appareil: APP-SIL');
  });

  it('takes "oui merci ça marche après redémarrage" as a fiche that helped, and "non toujours pas" as one that did not', async () => {
    const chat = chatAs(runtime(), 'pauline.dumas@chv.fr');
    expect(await chat.say("les images mettent 2 minutes à s'afficher dans la visionneuse PACS")).toContain('Voici la fiche');
    const thanks = await chat.say('oui merci ça marche après redémarrage');
    expect(thanks).toContain(t('fr', 'kb.helpful'));
    expect(thanks).not.toContain('Je vais ouvrir un incident');
    const other = chatAs(runtime(), 'julie.denis@chv.fr');
    expect(await other.say("les images mettent 2 minutes à s'afficher dans la visionneuse PACS")).toContain('Voici la fiche');
    expect(await other.say('non ça marche toujours pas, même après redémarrage')).toContain(t('fr', 'kb.not_helpful'));
  });
});

describe('a correction from an application to a device', () => {
  it('asks for the device once the problem is no longer the application', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    let text = await chat.say('cristal-net bloqué depuis ce matin au poste de soins');
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    text = await chat.say("non en fait c'est le PC qui ne s'allume plus");
    expect(text).toContain(t('fr', 'category.hardware'));
    expect(text).toMatch(/S'agit-il de PC-|De quel appareil|numéro de l'appareil/);
  });
});
