import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// Conversations from the fifteenth round, played by people who had not seen the code.
describe('intake in the fifteenth round of conversations', () => {
  it('"l\'imprimante du poste de soins bloquée" asks whether care is held up instead of proposing a P1', async () => {
    const chat = chatAs(runtime(), 'pierre.nguyen@chv.fr');
    let text = await chat.say("imprimante du poste de soins bloquée, elle affiche bourrage papier mais y a rien dedans");
    if (text.includes('Voici la fiche')) text = await chat.say('non ça marche toujours pas');
    if (text.includes('PRN-ONCO-0011')) text = await chat.say('oui');
    expect(text).not.toContain('Priorité: P1');
    expect(text).toContain('prise en charge des patients');
  });

  it('a midwife who took the monitor of the next room ("donc ça va pour l\'instant") is not proposed a P1', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    let text = await chat.say(
      "Bonjour, le monito (CTG) de la salle de naissance 2 reste écran noir, impossible de l'allumer. J'ai pris celui de la salle 1 pour ma patiente en travail donc ça va pour l'instant mais on n'en a plus de rechange",
    );
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('BIO-MAT-0002') ? 'BIO-MAT-0002' : 'je ne sais pas');
    }
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');
  });

  it('the devices proposed are those of the room where the fault is, not of the room a spare was taken from', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    const text = await chat.say(
      "le monito (CTG) de la salle de naissance 2 reste écran noir, impossible de l'allumer. J'ai pris celui de la salle 1 pour ma patiente",
    );
    expect(text).toContain('BIO-MAT-0002');
    expect(text).not.toContain('BIO-MAT-0001');
  });

  it('"non juste moi, ma collègue elle y arrive sur son poste" to "do you have a workaround?" is a workaround, not "everything is blocked"', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    let text = await chat.say("bonjour, la dictée numérique s'ouvre plus depuis ce matin, ça tourne dans le vide puis ça se ferme. j'ai 15 courriers en retard a taper");
    for (let turn = 0; turn < 3 && !text.includes('solution de contournement'); turn++) text = await chat.say('oui au secrétariat');
    expect(text).toContain('solution de contournement');
    text = await chat.say('non juste moi, ma collègue elle y arrive sur son poste');
    expect(text).toContain('Urgence: moyenne');
  });

  it('a correction that tells a workaround ("je peux les faire sur le poste de ma collègue") lowers the urgency', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    let text = await chat.say("bonjour, la dictée numérique s'ouvre plus depuis ce matin, ça tourne dans le vide puis ça se ferme. j'ai 15 courriers en retard a taper");
    for (let turn = 0; turn < 3 && !text.includes('solution de contournement'); turn++) text = await chat.say('oui au secrétariat');
    text = await chat.say('non');
    expect(text).toContain('Urgence: haute');
    await chat.say('@intake:change');
    text = await chat.say("attendez c'est pas tout bloqué, les courriers urgents je peux les faire sur le poste de ma collègue");
    expect(text).toContain('Urgence: moyenne');
  });

  it('a cart stays on the ticket when the room is corrected, and the room said stays when the cart is named ("recovery bays 5 and 6")', async () => {
    const chat = chatAs(runtime(), 'cedric.perrin@chv.fr', 'en-GB');
    let text = await chat.say("hey, the wifi on the care cart keeps dropping when I'm at recovery bays 5 and 6. I have to walk back to the nurses station PCs to validate meds in the DPI");
    if (text.includes('patient care')) text = await chat.say('not really, just slows us down');
    expect(text).toContain('A285');
    await chat.say('@intake:change');
    text = await chat.say('the cart is PC-SSPI-0261');
    expect(text).toContain('Device: PC-SSPI-0261');
    expect(text).toContain('A285');
    await chat.say('@intake:change');
    text = await chat.say('location is recovery bay 6 (A286)');
    expect(text).toContain('Device: PC-SSPI-0261');
    expect(text).toContain('A286');
  });

  it('"les téléphones des guichets" is the counters\' place, not the manager\'s office, and "c\'est pas un appareil, c\'est la ligne" answers the device question', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say(
      "Bonjour, je vous écris pour tout le bureau des admissions : depuis ce matin les téléphones des guichets ne reçoivent plus d'appels de l'extérieur, ça sonne dans le vide pour les patients. en interne ça marche",
    );
    expect(text).toContain("numéro de l'appareil");
    text = await chat.say("c'est pas un appareil, c'est la ligne des guichets, tous les postes");
    expect(text).not.toContain("numéro de l'appareil");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say("Oui, mais c'est gênant");
    expect(text).toContain('A060 Guichets');
  });

  it('a request that asks "what do I need to do?" gets the procedure of its fiche before its summary', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB');
    const text = await chat.say('Hello, we have a new nurse manager starting monday 7 dec in Cardiology, Sophie Lambert. She needs a windows account, email and DPI access please. what do i need to do?');
    expect(text).toContain('Create an account for a newcomer');
    expect(text).toContain('Summary of your request');
    const plain = await chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB').say('Hello, we have a new nurse manager starting monday 7 dec in Cardiology, Sophie Lambert. She needs a windows account, email and DPI access please.');
    expect(plain).not.toContain('here is how it works');
  });

  it('"urgence basse bof" on the summary denies the low level: one step up, not a change of the care answer only', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    let text = await chat.say("l'imprimante à bracelets du guichet 2 imprime plus rien, ça clignote rouge. on passe par celle du guichet d'à côté en attendant, pas de souci");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(
        text.includes('LBL-ADM-0002') ? 'LBL-ADM-0002' : text.includes('Cela a-t-il résolu') ? 'non' : text.includes('Qui est touché') ? 'Mon équipe / un poste partagé' : 'oui',
      );
    }
    expect(text).toContain('Urgence: basse');
    await chat.say('@intake:change');
    text = await chat.say('urgence basse bof');
    expect(text).toContain('Urgence: moyenne');
  });

  it('a locked account on every station of the pharmacy is one person\'s access problem, not the unit\'s software', async () => {
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    let text = await chat.say("mon compte est verouillé, j'ai du me tromper de mdp plusieurs fois apres les congés. je peux plus ouvrir de session sur aucun poste de la pharma");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(
        text.includes('Cela a-t-il résolu') ? 'non toujours bloqué'
          : text.includes('prise en charge des patients') ? 'non les collègues assurent la dispensation, mais moi je peux rien faire du tout'
          : text.includes('contournement') ? 'Non, tout est bloqué' : 'oui',
      );
    }
    expect(text).toContain('Type: Mot de passe, compte, carte CPS');
    expect(text).toContain('Personnes touchées: une personne');
  });

  it('"c\'est mon compte le souci, pas un logiciel" on the summary makes it an access problem', async () => {
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    let text = await chat.say('PharmaTrace ne se lance plus sur mon poste, ça tourne puis ça se ferme');
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('Cela a-t-il résolu') ? 'non' : text.includes('contournement') ? "Oui, mais c'est gênant" : text.includes('Qui est touché') ? 'Moi seul(e) ou un seul appareil' : text.includes('patients') ? 'non' : 'oui');
    }
    expect(text).toContain('Type: Logiciel ou application');
    text = await chat.say("c'est mon compte le souci, pas un logiciel");
    expect(text).toContain('Type: Mot de passe, compte, carte CPS');
  });

  it('a request for a newcomer is placed where their job is done: a nurse manager\'s office, a secretariat', async () => {
    const manager = await chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB').say('Hello, we have a new nurse manager starting monday 7 dec in Cardiology, Sophie Lambert. She needs a windows account, email and DPI access please.');
    expect(manager).toContain('B305 Bureau du cadre de santé');
    const secretary = await chatAs(runtime(), 'helene.aubert@chv.fr').say('il faut un compte Windows pour Mme Julie Morel, nouvelle secrétaire en cardiologie, elle arrive le 4 janvier');
    expect(secretary).toContain('B301 Secrétariat');
  });

  it('"she needs a windows account… how do I request that?" gets the guide and the request at once; "can you just open the request for me?" creates it', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    let text = await chat.say('Hello, a new nurse joins ICU on monday 7th Dec, Julie Lambert. She needs a windows account, email and Cristal-Net access with the ICU nurse profile. how do I request that?');
    expect(text).toContain('Create an account for a newcomer');
    expect(text).toContain('Summary of your request');
    text = await chat.say("No, I dont have time for the portal, I'm on the floor all day. can you just open the request for me with the info above?");
    expect(text).toMatch(/REQ-2026-\d{6}/);
  });

  it('"pas très grave, on prend l\'autre en attendant" is low; "c\'est pas urgent du tout" on the summary sets low, not medium', async () => {
    const first = await chatAs(runtime(), 'paul.dubois@chv.fr').say("le dect de la prépa sonne plus qd on l'appelle, l'ecran s'allume mais rien. pas tres grave on prend l'autre en attendant");
    expect(first).not.toContain('Urgence: haute');
    const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
    let text = await chat.say("le dect de la prépa sonne plus qd on l'appelle, l'ecran s'allume mais rien");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('Cela a-t-il résolu') ? 'non' : text.includes('DECT-PHAR-0102') ? 'DECT-PHAR-0102' : text.includes('contournement') ? 'Non, tout est bloqué' : text.includes('Qui est touché') ? 'Mon équipe / un poste partagé' : 'non');
    }
    expect(text).toContain('Urgence: haute');
    text = await chat.say("c'est pas urgent du tout, j'ai dit qu'on prend l'autre dect");
    expect(text).toContain('Urgence: basse');
  });

  it('a phishing page given a password is a security threat of high urgency, without the workaround question', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say("j'ai peut etre fait une bêtise, j'ai cliqué sur un mail 'mise a jour de votre mot de passe DPI' et j'ai tapé mon identifiant et mon mdp. le mail venait d'une adresse bizarre");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) {
      expect(text).not.toContain('solution de contournement');
      text = await chat.say("non pas pour l'instant");
    }
    expect(text).toContain('Type: Sécurité');
    expect(text).toContain('Urgence: haute');
  });

  it('a way round told in free words answers the workaround question ("je peux toujours bosser")', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    let text = await chat.say("bonjour, la dictée numérique s'ouvre plus depuis ce matin, ça tourne dans le vide puis ça se ferme");
    for (let turn = 0; turn < 3 && !text.includes('solution de contournement'); turn++) text = await chat.say('oui au secrétariat');
    text = await chat.say('je comprends pas la question, je peux toujours bosser sur le poste de ma collègue');
    expect(text).not.toContain("Je n'ai pas compris");
    expect(text).toMatch(/urgence moyenne/i);
  });

  it('"oui vite. et l\'autre monito (salle 1) est pris donc pas de rechange" creates the ticket at once, room 2 kept, the words kept', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    let text = await chat.say("bonjour, le monito foetal de la salle de naissance 2 ne trace plus rien, écran figé. j'ai une patiente en travail dessus");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say(text.includes('BIO-MAT-0002') ? 'BIO-MAT-0002' : 'oui');
    expect(text).toContain('C132 Salle de naissance 2');
    text = await chat.say("oui vite. et l'autre monito (salle 1) est pris donc pas de rechange");
    expect(text).toMatch(/Ticket INC-\d{4}-\d{6} créé/);
    const number = /INC-\d{4}-\d{6}/.exec(text)![0];
    const ticket = (await runtime().services.tickets.find(number))!;
    expect(ticket.description).toContain("l'autre monito (salle 1) est pris");
    const place = await runtime().store.db.selectFrom('locations').select('code').where('id', '=', ticket.locationId!).executeTakeFirstOrThrow();
    expect(place.code).toBe('VAL-C132');
  });

  it('a fiche refused is followed by the incident\'s questions, not first told "a technician will take it from here"', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-GB');
    const text = await chat.say("my office pc wont start, fans spin but screen stays black and it beeps 3 times. using a colleague's pc for now");
    expect(text).toContain('Did this solve it?');
    const after = await chat.say('No');
    expect(after).toContain("I'll open an incident");
    expect(after).not.toContain('will take it from here');
  });

  it('the printer proposed is the one of the room named first, not the one used meanwhile', async () => {
    const chat = chatAs(runtime(), 'sylvain.adam@chv.fr');
    let text = await chat.say("bonjour, l'imprimante du secrétariat est encore en bourrage papier, j'ai ouvert les capots enlevé la feuille mais elle affiche toujours bourrage");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say("non toujours pareil, j'ai regardé partout y a plus de papier coincé. en attendant on imprime les courriers sur celle du poste de soins");
    expect(text).toContain('PRN-CARD-0010');
    expect(text).not.toContain('PRN-CARD-0011');
  });

  it('"my laptop won\'t turn on… I\'m using the PCs at the nurses station" proposes her own laptop first', async () => {
    const text = await chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB').say("Hi, my laptop won't turn on anymore. charging light just blinks orange. I'm using the PCs at the nurses station for now but it's annoying");
    expect(text).toContain('PC-MED-0102');
  });

  it('"no it\'s just my account that\'s locked, the others can log in fine" on the summary: one person, and the words kept once', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    let text = await chat.say('Cristal-Net is down on any PC in ED, nobody can prescribe, patients waiting');
    for (let turn = 0; turn < 3 && !text.includes('Summary of your incident'); turn++) text = await chat.say('yes');
    text = await chat.say("no it's just my account that's locked, the others can log in fine");
    expect(text).toContain('Affected: one person');
    expect(text.match(/the others can log in fine/g)).toHaveLength(1);
  });

  it('a label printer printing blank tube labels asks about care; the printer used meanwhile does not become the device', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    let text = await chat.say('hi, one of the zebra label printers on the lab bench prints blank labels, LBL-LAB-0002. the tube labels come out white, nothing on them');
    expect(text).not.toContain('Priority: P1');
    for (let turn = 0; turn < 4 && !text.includes('Summary of your incident'); turn++) text = await chat.say(text.includes('patient care') ? 'no' : "Yes, but it's a nuisance");
    text = await chat.say("no no, its not that urgent, we're printing on LBL-LAB-0001 next to it meanwhile, samples are not delayed");
    expect(text).toContain('Device: LBL-LAB-0002');
    expect(text).toContain('prints blank labels, LBL-LAB-0002');
  });

  it('"Cristal-Net crashes on my laptop" is filed against her laptop, not the whole patient record', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    let text = await chat.say('Cristal-Net crashes on my laptop every time I open a patient chart, the other PCs are fine');
    for (let turn = 0; turn < 5 && !text.includes('Summary of your incident'); turn++) {
      text = await chat.say(text.includes('Did this solve it') ? 'no' : text.includes('patient care') ? 'no' : text.includes('workaround') ? "Yes, but it's a nuisance" : 'yes');
    }
    expect(text).toContain('Device: PC-URG-0013');
  });

  it('"it slows us down between cases but surgery goes on" answers the care question (no), without "please answer yes or no"', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    let text = await chat.say('wifi keeps dropping on the care carts in OR 2 and 3 since 7am, we lose the anesthesia chart every 10 min');
    for (let turn = 0; turn < 3 && !text.includes('patient care'); turn++) text = await chat.say('yes');
    expect(text).toContain('patient care');
    text = await chat.say('it slows us down between cases but surgery goes on');
    expect(text).not.toContain('Please answer');
    for (let turn = 0; turn < 3 && !text.includes('Summary of your incident'); turn++) text = await chat.say("Yes, but it's a nuisance");
    expect(text).toContain('Patient care affected: no');
  });

  it('"…soi-disant de la DRH, j\'ai cliqué et j\'ai mis mon mot de passe" is a security threat of high urgency, not asked for a way round', async () => {
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say("bonjour j'ai reçu un mail 'mise a jour de vos coordonnées bancaires paie' soi-disant de la DRH, j'ai cliqué et j'ai mis mon mot de passe... et après je me suis rendu compte que l'adresse c'était drh-chv@outlook.fr. je fais quoi??");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) {
      expect(text).not.toContain('solution de contournement');
      text = await chat.say('non');
    }
    expect(text).toContain('Type: Sécurité');
    expect(text).toContain('Urgence: haute');
  });

  it('a security threat is asked whether it was acted on, not whether there is another printer', async () => {
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say("j'ai reçu un mail bizarre de la part de la paie qui demande de confirmer mon identifiant");
    for (let turn = 0; turn < 4 && !text.includes('cliqué sur un lien') && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('non');
    expect(text).not.toContain('une autre imprimante');
    expect(text).toContain('cliqué sur un lien');
    text = await chat.say('oui');
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('non');
    expect(text).toContain('Urgence: haute');
  });

  it('a place corrected on the summary ("le scanner est en salle d\'examen 1 (C031)") does not change the kind of problem', async () => {
    const chat = chatAs(runtime(), 'hugo.vidal@chv.fr');
    let text = await chat.say("Bonjour, depuis 1h les examens du scanner partent pas dans le PACS, ils restent en file d'attente sur la console (envoi échoué). les radiologues peuvent pas interpréter et on a des patients des urgences en attente de résultat");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui');
    expect(text).toContain('Type: Logiciel ou application');
    await chat.say('@intake:change');
    text = await chat.say("le scanner est en salle d'examen 1 (C031), c'est le somatom. l'IRM envoie bien elle");
    expect(text).toContain('C031');
    expect(text).toContain('Type: Logiciel ou application');
  });

  it('an access to a shared folder is not called an access to an application', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB');
    let text = await chat.say('I need access to the shared network folder of the cardiology secretariat, please');
    for (let turn = 0; turn < 4 && !text.includes('Summary of your request'); turn++) {
      text = await chat.say(text.includes('What do you need') || text.includes('What is it') ? 'Access (an application, a shared folder…)' : text.includes('When') || text.includes('urgent') ? 'this week' : 'for me, the secretariat share, read and write');
    }
    expect(text).toContain('Summary of your request');
    expect(text).not.toContain('Access to an application');
    expect(text).toContain('a shared folder');
  });

  it('"c le dect partagé des préparateurs" answers who is affected: a team', async () => {
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    let text = await chat.say("slt, le dect de la pharmacie (le d63) charge plus, on le pose sur le socle et rien ne s'allume. pour l'instant on se debrouille avec le fixe");
    for (let turn = 0; turn < 4 && !text.includes('Qui est touché'); turn++) text = await chat.say(text.includes('Cela a-t-il résolu') ? 'non, il est mort' : 'oui');
    expect(text).toContain('Qui est touché');
    text = await chat.say('c le dect partagé des préparateurs');
    expect(text).not.toContain("Je n'ai pas compris");
  });

  it('"device is not just 0101, it\'s every phone. ok create it" creates the ticket and keeps the words', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    let text = await chat.say('all the ICU dect phones are down since this morning, DECT-REA-0101 to 0107, no calls in or out');
    for (let turn = 0; turn < 5 && !text.includes('Summary of your incident'); turn++) text = await chat.say(text.includes('patient care') ? 'yes' : text.includes('workaround') ? 'No, everything is blocked' : 'yes');
    expect(text).toContain('Summary of your incident');
    text = await chat.say("device is not just 0101, it's every phone. ok create it");
    const number = /INC-\d{4}-\d{6}/.exec(text)![0];
    const ticket = (await runtime().services.tickets.find(number))!;
    expect(ticket.description).toContain("it's every phone");
  });

  it('"le lieu c\'est pas la chambre 4, c\'est tout le couloir" takes room 4 off the ticket, the unit stays', async () => {
    const chat = chatAs(runtime(), 'nicolas.robin@chv.fr');
    let text = await chat.say('le wifi arrete pas de couper vers la chambre 4, les chariots de soins perdent la connexion');
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(text.includes('Cela a-t-il résolu') ? 'non ca coupe toujours' : text.includes('contournement') ? "Oui, mais c'est gênant" : text.includes('Qui est touché') ? 'Mon équipe / un poste partagé' : 'non');
    }
    expect(text).toContain('Chambre 4');
    await chat.say('@intake:change');
    text = await chat.say("le lieu c'est pas la chambre 4, c'est tout le couloir de médecine interne");
    expect(text).toContain('Lieu: Médecine interne');
    expect(text).not.toMatch(/Lieu: [^\n]*Chambre 4/);
  });
});
