import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { prepare } from '../../src/triage/matcher.js';
import { detectIntent } from '../../src/triage/intent.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Sunday 29 November 2026, 23:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T22:00:00Z')) });

const ACROBAT =
  "bonsoir, est-ce qu on peut m installer Acrobat Pro ? j ai besoin de fusionner et signer des PDF pour les dossiers de facturation, là je dois passer par un site en ligne et c est pas top niveau confidentialité";

describe('an installation asked for, with a worry about confidentiality', () => {
  it('"est-ce qu\'on peut m\'installer Acrobat Pro ? … pas top niveau confidentialité" is a request, not a security incident', () => {
    expect(detectIntent(prepare(ACROBAT)).intent.value).toBe('service_request');
    // A worry told with a breakdown, or a real event, still reports an incident.
    expect(detectIntent(prepare("mon casque ne marche pas, je passe par le haut-parleur, c'est pas top pour la confidentialité")).intent.value).toBe('incident_report');
    expect(detectIntent(prepare("j'ai cliqué sur un lien bizarre, est-ce qu'on peut m'installer un antivirus ?")).intent.value).toBe('incident_report');
  });

  it('"m\'installer" is on the requester\'s one computer, which is the asset, and the unit a purpose names ("dossiers de facturation") is not the place', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say(ACROBAT);
    expect(text).toContain('demande');
    expect(text).not.toContain('Quel logiciel');
    text = await chat.say('cette semaine ce serait bien');
    expect(text).toContain('Appareil: PC-ADM-0020');
    expect(text).toContain('Bureau des admissions');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.kind).toBe('request');
    expect(ticket.assetId).toBe((await runtime().services.directory.findAsset('PC-ADM-0020'))?.id);
  });

  it('"non c\'est pas une panne, c\'est une demande d\'installation" at the device question starts the request', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say('bonsoir, mon pc du bureau a un souci avec les PDF pour les dossiers de facturation');
    expect(text).toContain('Voici la fiche');
    text = await chat.say('mon pc du bureau, je sais pas le numero');
    expect(text).toContain("S'agit-il de PC-ADM-0020");
    text = await chat.say("non c'est pas une panne, c'est une demande d'installation d'acrobat pro");
    expect(text).toContain("c'est une demande et non un incident");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre demande'); turn++) text = await chat.say(/Pour quand/.test(text) ? 'cette semaine' : 'Acrobat Pro');
    expect(text).toContain('Demande: Installer un logiciel');
  });

  it('the device answered before the kind is corrected on the summary is kept on the request, and what to install is not asked again', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say('mon ordi rame quand j ouvre les gros PDF');
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say(/S'agit-il de PC-ADM-0020/.test(text) ? 'PC-ADM-0020' : 'non');
    expect(text).toContain('Appareil: PC-ADM-0020');
    text = await chat.say("c'est une demande d'installation d'acrobat pro, pas une panne");
    expect(text).toContain("c'est une demande et non un incident");
    expect(text).not.toContain('Quel logiciel');
    text = await chat.say('cette semaine');
    expect(text).toContain('Résumé de votre demande');
    expect(text).toContain('Appareil: PC-ADM-0020');
  });
});

describe('the echograph of room 3, patients moved to room 4', () => {
  it('"l\'échographe" offers the echographs only; "la salle 4 vient de se libérer, on bascule les patients dessus… moins urgent" is the way round, not a new place', async () => {
    const chat = chatAs(runtime(), 'pauline.dumas@chv.fr');
    let text = await chat.say("l echographe a planté en plein examen, la sonde répond plus et l ecran est figé. j ai 3 patients des urgences qui attendent");
    expect(text).toContain('BIO-RAD-0003');
    expect(text).toContain('BIO-RAD-0004');
    expect(text).not.toContain('IRM');
    expect(text).not.toContain('Table de radiologie');
    text = await chat.say('salle 3');
    expect(text).toContain('Priorité: P1');
    text = await chat.say('attendez, la salle 4 vient de se libérer on bascule les patients dessus. donc c est moins urgent mais faut qd meme réparer la 3');
    expect(text).toContain('Appareil: BIO-RAD-0003');
    expect(text).toContain('C033 Salle');
    expect(text).not.toContain('salle 4)');
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Priorité: P4');
  });
});

describe('applications named in words', () => {
  it('"Cristal won\'t open for anyone in the ED" names the patient record: its vendor takes the P1', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    const text = await chat.say("Cristal won't open for anyone in the ED since about 20 min - 'server unavailable'. Can't see meds or labs for any patient, we have a full waiting room");
    expect(text).toContain('Device: APP-DPI');
    expect(text).toContain('Priority: P1');
  });

  it('an intern without PACS rights, asking the seniors each time: the application is on the request, and the way round makes it medium', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr');
    let text = await chat.say(
      'slt, je suis interne en chir depuis début novembre et j ai toujours pas acces aux images sur le PACS (message droits insuffisants). Je dois demander aux chefs a chaque fois. Qui peut m ouvrir les droits ?',
    );
    text = await chat.say('ben le PACS, pour moi, profil interne / consultation je suppose');
    expect(text).toContain('Appareil: APP-PACS');
    expect(text).toContain('Urgence: moyenne');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P4');
    expect(ticket.team).toBe('identity-access');
  });
});

describe('following a ticket someone else opened', () => {
  it('the line manager follows her nurse\'s ticket by its number; a colleague of the same office does not, and is told who can', async () => {
    const nurse = chatAs(runtime(), 'yasmine.carre@chv.fr');
    let text = await nurse.say("box 4 le scope affiche plus rien et ça remonte plus à la centrale, patient sous respi");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) text = await nurse.say(/appareil/.test(text) ? 'je ne sais pas' : 'oui');
    const ticket = await ticketAnnounced(runtime(), await nurse.say(clickIntake('create')));

    const manager = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-US');
    text = await manager.say(`Hi, any update on the monitor in box 4? Yasmine from my night team reported it, ticket ${ticket.number}. Biomed came or not?`);
    expect(text).toContain(ticket.number);
    expect(text).toContain('P1');
    expect(text).not.toContain("can't find");

    const colleague = chatAs(runtime(), 'alice.martin@chv.fr');
    text = await colleague.say(`où en est le ${ticket.number} ?`);
    expect(text).toContain('Je ne trouve pas');
    expect(text).toContain('son demandeur ou son responsable');
    expect(text).not.toContain(ticket.title);
  });

  it('"mon collègue a fait un ticket pour la kyocera, on sait quand quelqu\'un passe ?" asks for news, and is told who can follow it', async () => {
    const chat = chatAs(runtime(), 'agnes.renaud@chv.fr');
    let text = await chat.say("bonjour, mon collègue Sylvain a fait un ticket ce soir pour la kyocera du secretariat qui bourre, on sait quand quelqu un passe ?");
    expect(text).toContain('collègue ne se suit que par son demandeur');
    text = await chat.say("c est le ticket de mon collègue, on partage la meme imprimante. vous pouvez me dire juste s il est pris en charge ?");
    expect(text).not.toContain('Je vais ouvrir un incident');
  });
});

describe('a phishing e-mail asked about, then owned up to', () => {
  it('"ben moi... j\'ai cliqué sur le lien et j\'ai mis mon mot de passe, c\'est grave ?" answers who is affected and the threat question at once', async () => {
    const chat = chatAs(runtime(), 'ines.dubois@chv.fr');
    let text = await chat.say('Bonsoir, est ce que c est normal de recevoir un mail de la DSI qui demande de revalider son mot de passe sous 24h sinon le compte est bloqué ?');
    expect(text).toContain('Qui est touché');
    text = await chat.say("ben moi... j ai cliqué sur le lien et j ai mis mon identifiant et mon mot de passe avant de me rendre compte, c est grave ?");
    expect(text).not.toContain("Je n'ai pas compris");
    expect(text).not.toContain('Avez-vous cliqué');
    expect(text).toContain('Personnes touchées: une personne');
    expect(text).toContain('Urgence: haute');
  });

  it('"moi et ma collègue" is not one person', async () => {
    const chat = chatAs(runtime(), 'ines.dubois@chv.fr');
    let text = await chat.say('Bonsoir, est ce que c est normal de recevoir un mail de la DSI qui demande de revalider son mot de passe sous 24h sinon le compte est bloqué ?');
    text = await chat.say('moi et ma collègue du bureau');
    expect(text).not.toContain('Personnes touchées: une personne');
  });
});

describe('a line manager following her team', () => {
  it('"Fanny from my night team opened a ticket for the pump, any news?" lists her team\'s open tickets; "just add this to Fanny\'s ticket" puts the loan-pump request on it, in her name', async () => {
    const nurse = chatAs(runtime(), 'fanny.colin@chv.fr');
    let text = await nurse.say("urgent!! le PSE du box 4 arrete pas de se mettre en alarme occlusion et s'arrete alors qu'il y a rien de bouché, on n'a plus de PSE de rechange");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) text = await nurse.say(/appareil/.test(text) ? 'je ne sais pas' : 'oui');
    const ticket = await ticketAnnounced(runtime(), await nurse.say(clickIntake('create')));

    const manager = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-US');
    text = await manager.say('Hi, just arrived. Fanny from my night team told me she opened a ticket for the syringe pump in box 4 last night. Any news? Is biomed on it?');
    expect(text).toContain(ticket.number);
    expect(text).toContain('Fanny Colin');
    text = await manager.say('ok. can you tell biomed we need a loan pump before 9 am, we have an admission planned in box 4?');
    text = await manager.say(`no I don't want a new request, just add this to Fanny's ticket ${ticket.number}`);
    expect(text).toContain(ticket.number);
    const events = JSON.stringify(await runtime().services.tickets.events(ticket.id));
    expect(events).toContain('loan pump');
    expect(events).toContain('brigitte.roy@chv.fr');
  });
});
