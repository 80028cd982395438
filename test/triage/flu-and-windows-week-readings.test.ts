import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const intentOf = (text: string) => understandText(text).intent.value;
const fieldsOf = (text: string) => understandText(text).fields!;

describe('what the message asks for (a flu week and a Windows 11 roll-out)', () => {
  it.each([
    // A credential that stopped working, whatever is new around it.
    ["jai tapé 3 fois mon mdp sur le nouvel ecran windows et maintenant compte verouillé. c bien le bon mdp pourtant. AS de nuit pneumo", 'incident_report'],
    // A leaver's account closed, supplies ordered: asked for.
    ["Bonjour, suite au départ en retraite d'une secrétaire de cardiologie le 31, merci de désactiver son compte à cette date. Je vous envoie son matricule par mail.", 'service_request'],
    ['Bonjour, pourriez-vous nous commander du toner pour l\'imprimante IMP-ONCB-0033 ? Elle affiche "toner faible" depuis 2 semaines et on n\'a plus de cartouche d\'avance.', 'service_request'],
    // A text with a link, not clicked: reported.
    ["Got a text saying my CHV account will be suspended, with a link. I didn't click. Just reporting in case others get it", 'incident_report'],
    // A goodbye closes the conversation; it is no greeting.
    ['bon ok. bonne journee', 'thanks'],
    ['d accord bonne journee', 'thanks'],
    ['ok bye', 'thanks'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('a text with a link is a security matter; Excel crashing on a file with macros is not', () => {
    expect(fieldsOf("Got a text saying my CHV account will be suspended, with a link. I didn't click. Just reporting in case others get it").category.value).toBe('security');
    expect(fieldsOf("Excel plante dès qu'on ouvre le fichier des gardes (celui avec les macros) depuis W11, il faut le sortir pour vendredi").category.value).toBe('software');
    expect(fieldsOf("plusieurs collègues de la DRH ont reçu le même mail avec une pièce jointe 'Prime_fin_annee.xlsm', au moins 2 ont activé les macros").category.value).toBe('security');
  });
});

describe('whether care waits on it', () => {
  const careOf = (text: string) => fieldsOf(text).patient_care_impact.value;
  it.each([
    // Said not to block, or nothing waiting yet.
    ["Bonjour, le logiciel de programmation du bloc rame énormément depuis ce matin. Je mets plus d'une minute pour ouvrir chaque intervention. Ce n'est pas bloquant mais c'est très pénible.", false],
    ["VPN ne se connecte pas depuis chez moi, je suis d'astreinte radio ce we. pas d'examen en attente pour l'instant mais ça va venir", false],
    // The device swapped for another.
    ["PSE chambre 214 alarme 'erreur systeme' en boucle, on a change de pousse seringue, celui la est a recuperer", false],
    // A charger, a break room: no patient waits on them.
    ['la borne de charge des dect en ortho ne charge plus rien', false],
    ['salut, le pc de la salle de pause urg est bloque sur les mises a jour windows depuis 3h', false],
    // What an access is for is not care waiting now.
    ['demande acces PACS pour le nouveau kiné, il doit voir les radios', false],
    // A procedure on the list held up.
    ["Salle de coro : depuis la migration W11 le PC d'acquisition hémodynamique (PC-CARD-0501) ne lance plus le logiciel, la coro de 14h est décalée et on a un SCA qui arrive des urg", true],
    ["OR room 4 PC won't log into the anaesthesia record, 'profile not found'. first case starts in 20 min", true],
  ])('%s → care held up: %s', (text, care) => {
    expect(careOf(text)).toBe(care);
  });
});

describe('what is at fault and how soon', () => {
  it('a LaserJet that jams is a printer', () => {
    expect(fieldsOf("Hi, the HP LaserJet at the surgery nurses' station (B410) jams on every single page since this morning - paper stuck at the back").category.value).toBe('printer');
  });

  it('"pas d\'urgence", "aucune urgence" say it can wait; "pas d\'urgence vitale" or "absolue" do not', () => {
    expect(fieldsOf("Bonjour. Le PC de la salle de pause en psychiatrie (celui pour consulter les mails) ne s'allume plus. Aucune urgence.").urgency.value).toBe('low');
    expect(fieldsOf("l'imprimante du secrétariat fait des traces, elle revient jeudi donc pas d'urgence").urgency.value).toBe('low');
    expect(fieldsOf("nuit - labo. L'automate de NFS principal est en panne (erreur hydraulique). Le secours tourne mais il ne fait pas les réticulocytes. Pas d'urgence vitale").urgency.value).not.toBe('low');
  });
});

describe('a night shift and a Windows week, who and whether care waits', () => {
  it('a way round told in English: a nurse kept at the bedside, calls still reaching the DECTs, the lab phoning results', () => {
    expect(fieldsOf('SSPI scope bay 2 lost its link to the central station, alarms only local. we keep a nurse at the bedside').patient_care_impact.value).toBe(false);
    expect(fieldsOf("The nurse call panel on Cardio 3rd floor is beeping nonstop with 'bus fault'. Calls still reach the DECTs as far as we can tell.").patient_care_impact.value).toBe(false);
    expect(fieldsOf("weekend: lab analyzer results aren't crossing to the DPI for any ward, lab is phoning results to units one by one").patient_care_impact.value).toBe(false);
  });

  it('one room\'s call bell is one patient\'s; "mes collègues et moi" is a team; a scan waiting to be read holds up care', () => {
    expect(fieldsOf('sonnette chambre 12 pédiatrie : le voyant reste allumé meme apres acquittement').scope.value).toBe('single_user');
    expect(fieldsOf("Bonjour, je suis au service des Finances au bâtiment C (1er étage). Mes collègues et moi n'avons plus accès aux dossiers partagés ni à la messagerie depuis le début de l'après-midi.").scope.value).toBe('team');
    expect(fieldsOf("vpn se connecte plus depuis chez moi, erreur certificat. je suis d'astreinte radio et j'ai un scanner des urg a interpreter MAINTENANT").patient_care_impact.value).toBe(true);
  });
});

describe('words that looked like others', () => {
  it('"suspicion AVC" is a diagnosis, not a suspicious mail: the PACS down is software', () => {
    expect(fieldsOf("PACS en rade. Plus aucune image ne s'affiche ni sur mon poste ni sur les 3 consoles d'interpretation de la salle C010. J'ai 2 scanners urgents des urgences (suspicion AVC) en attente de lecture").category.value).toBe('software');
    expect(fieldsOf("suspicion de virus sur le pc de l'accueil, des fenêtres s'ouvrent toutes seules").category.value).toBe('security');
  });

  it('"pas hyper urgent mais d\'ici demain" can wait a day: medium; "pas hyper urgent" alone: low', () => {
    expect(fieldsOf("l'imprimante fait des traits noirs. Pas hyper urgent mais d'ici demain svp").urgency.value).toBe('medium');
    expect(fieldsOf("l'imprimante fait des traits noirs. Pas hyper urgent").urgency.value).toBe('low');
  });
});

describe('a stop-gap for a patient on life support', () => {
  it('"patient intubé dedans, on l a mis sur le moniteur de transport en attendant": care goes on, the repair is not for next week', () => {
    const fields = fieldsOf("le scope du box 4 s'est eteint tout seul et redemarre pas, patient intubé dedans, on l a mis sur le moniteur de transport en attendant");
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.urgency.value).toBe('medium');
  });
});
