import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Wednesday 2 December 2026, 19:25 in Paris: a night shift begins.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-02T18:25:00Z')) });

describe('round ninety-seven: questions asked on the way through the form are answered', () => {
  it('"vous passez quand ? ya quelqu\'un d\'astreinte la nuit ?" beside the answer to who is affected: both taken', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    await chat.say('au SAU le pc du box 3 est figé sur le DPI depuis 10 min, écran gris impossible de valider les prescriptions');
    expect(await chat.say('PC-URG-0013')).toContain('Qui est touché');
    const text = await chat.say("c le poste partagé du box, on est 3 IDE dessus cette nuit. vous passez quand ? ya quelqu'un d'astreinte la nuit ?");
    expect(text).toContain(t('fr', 'intake.side_when'));
    expect(text).toContain('Personnes touchées: une équipe ou un poste partagé');
    expect(text).not.toContain('Précisions: c le poste partagé du box, on est 3 IDE dessus cette nuit. vous passez quand');
  });

  it('"ok merci. le 5000 il répond le samedi soir ? parce que moi je suis pas là le we" at the summary: answered, nothing created, nothing changed', async () => {
    const chat = chatAs(runtime(), 'elodie.mathieu@chv.fr');
    const summary = await chat.say("Bonjour, j'ai une IDE intérimaire qui arrive samedi soir en nuit aux urgences (Mme Sarah Lopez), il lui faut un compte windows + DPI pour samedi 20h. comment je fais ?");
    expect(summary).toContain('Résumé de votre demande');
    const text = await chat.say('ok merci. le 5000 il répond le samedi soir ? parce que moi je suis pas là le we');
    expect(text).toContain(t('fr', 'intake.side_desk_hours'));
    expect(text).not.toMatch(/REQ-\d{4}-\d{6}/);
    expect(text).not.toContain("C'est noté : une personne");
    expect(text).toContain('Résumé de votre demande');
  });

  it('"faut que j\'appelle le 5100 aussi ou pas ?" about a medical device gets a yes and the number', async () => {
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    const first = await chat.say('urgent réa : la centrale de surveillance recoit plus les scopes des lits 5 a 8, écran noir pour ces lits, alarmes pas renvoyées au poste. les scopes au lit marchent');
    // Alarms that no longer reach the desk hold up care, bedside monitors working or not: 5100 at once.
    expect(first).toContain('5100');
    const summary = await chat.say("jsp c la centrale pas un scope, ya pas d'etiquette visible");
    expect(summary).toContain('Soins impactés: oui');
    expect(summary).toContain('Priorité: P1');
    expect(await chat.say("faut que j'appelle le 5100 aussi ou pas ?")).toContain(t('fr', 'intake.side_call_biomed'));
    // "c tous les lits maintenant" at the summary: the whole unit.
    const wider = await chat.say("attendez ma collègue me dit que c tous les lits maintenant, 1 a 12, plus rien sur la centrale. on a mis une IDE dans le couloir pour entendre les alarmes mais c pas tenable");
    expect(wider).toContain('Personnes touchées: tout le service');
    // "sécurité patients" is the patients' safety, not a virus.
    const corrected = await chat.say("tout le service, les 12 lits de réa. et oui ça impacte les soins, sécurité patients");
    expect(corrected).toContain('Type: Équipement médical');
    expect(corrected).not.toContain('Sécurité (virus');
  });

  it('"is there a self service thing?" for a locked account gets the unlock portal, and "kinda… the op goes on" answers the care question', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-US');
    const first = await chat.say("Hi, im the on call scrub nurse tonight in the OR. my account is locked on the DPI, cant fill the surgical safety checklist for the emergency case in OR 2");
    expect(first).toContain('Does it block or delay patient care?');
    const care = await chat.say("kinda. we started on the paper checklist so the op goes on, but i ll have to re-enter everything later");
    expect(care).not.toContain('Please answer');
    const text = await chat.say("btw can't you just unlock it yourself from there? is there a self service thing?");
    expect(text).toContain(t('en', 'intake.side_self_unlock'));
  });

  it('"je préviens mes collègues ?" about a phishing e-mail gets a yes', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    const first = await chat.say("j'ai reçu un mail de la 'DSI' avec un lien, j'ai cliqué et ça m'a demandé mon mot de passe, je l'ai tapé. c'était bizarre");
    expect(first).toContain('5200');
    const text = await chat.say('je préviens mes collègues ?');
    expect(text).toContain(t('fr', 'intake.security_warn_colleagues'));
  });
});

describe('round ninety-seven: a lure followed, told in the other order', () => {
  it('"un mail \'votre mot de passe expire\' avec un lien, j\'ai cliqué et ça m\'a demandé mon identifiant… je l\'ai mis" is a security incident, not the password guide', async () => {
    const chat = chatAs(runtime(), 'melanie.legall@chv.fr');
    const first = await chat.say("slt, je suis de nuit en rea, j'ai recu un mail 'DSI - votre mot de passe expire ce soir' avec un lien, j'ai cliqué et ça m'a demandé mon identifiant... je l'ai mis. c grave ?");
    expect(first).not.toContain('Mot de passe Windows oublié ou expiré');
    expect(first).toContain('5200');
  });
});

describe('round ninety-eight: an installation for a colleague\'s machine, and a status with nothing in one\'s name', () => {
  it('"cette semaine. ah non en fait c pas pour moi, c pour le poste de ma collegue" takes the requester\'s own PC off and keeps when', async () => {
    const chat = chatAs(runtime(), 'anne.david@chv.fr');
    expect(await chat.say('Bonjour il me faudrait Adobe Acrobat pro sur mon PC svp pour modifier les contrats en pdf')).toContain('Pour quand');
    const text = await chat.say('cette semaine. ah non en fait c pas pour moi, c pour le poste de ma collegue Nadia Brun (meme bureau), c elle qui fait les contrats');
    expect(text).toContain('Résumé de votre demande');
    expect(text).not.toContain('Appareil: PC-');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Précisions: ah non en fait c pas pour moi, c pour le poste de ma collegue Nadia Brun');
    expect(text).not.toMatch(/Pour quand: cette semaine\. ah non/);
  });

  it('"any news on my ticket? I called yesterday" with none in her name says a call may be under a colleague\'s name and offers to log it', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-US');
    const text = await chat.say('hi, any news on my ticket for the wristband printer at the admissions desk? I called yesterday and nobody came');
    expect(text).toContain(t('en', 'status.none'));
    expect(t('en', 'status.none')).toContain('5000');
  });
});

describe('round ninety-seven: corrections said in passing', () => {
  it('"en fait c pas l\'imprimante. c le DPI qui plante" to the device question makes it the DPI\'s', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    expect(await chat.say("bsr imprimante des bracelets en salle de naissance imprime rien, bébé né il y a 15 min on peut pas lui mettre son bracelet")).toContain('De quel appareil');
    const text = await chat.say("ah attendez en fait c pas l'imprimante. c le DPI qui plante quand je crée l'identité du nouveau né, message 'erreur IPP' donc y a rien qui part a l'impression");
    expect(text).toContain('Type: Logiciel ou application');
    expect(text).toContain('Appareil: APP-DPI');
  });

  it('"on peut se dépanner sur le pc du box 2 en attendant" keeps the fault in box 3', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    await chat.say('au SAU le pc du box 3 est figé sur le DPI depuis 10 min, écran gris impossible de valider les prescriptions');
    await chat.say('PC-URG-0013');
    expect(await chat.say('c le poste partagé du box, on est 3 IDE dessus cette nuit')).toContain('Box 3');
    await chat.say({ type: 'message', text: '', value: { intake: 'change' } });
    const text = await chat.say('en fait on peut se dépanner sur le pc du box 2 en attendant, c moins pratique mais ça marche');
    expect(text).toContain('A033 Box 3');
    expect(text).not.toContain('Box 2');
    expect(text).toContain('Soins impactés: non');
  });
});

describe('round ninety-eight: news that widens a ticket already at the top', () => {
  it('"c\'est tout l\'hôpital" on a P1 is taken into account and the priority is said to stay P1, not "P1 → P1"', async () => {
    const chat = chatAs(runtime(), 'audrey.ferreira@chv.fr');
    const summary = await chat.say('le DPI est planté dans toute la réa, plus aucune prescription possible, les patients attendent leurs traitements');
    expect(summary).toContain('Priorité: P1');
    expect(await chat.say({ type: 'message', text: '', value: { intake: 'create' } })).toMatch(/INC-\d{4}-\d{6}/);
    const text = await chat.say("ah et en fait les urgences et le bloc aussi, c'est tout l'hôpital");
    expect(text).toContain('la priorité reste P1');
    expect(text).not.toContain('P1 → P1');
  });
});
