import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of a January week's messages: a new DPI version, snow and remote work, a new outpatient building,
// new infusion pumps, interns arriving (labelled by people who had not seen the code).
describe('what is asked', () => {
  it('something broken in "the new building" is reported, not a request for news ("du nouveau ?")', () => {
    for (const text of [
      "Le tableau blanc interactif de la salle de réunion du nouveau bâtiment ne s'allume pas. Pas pressé, c'est pour la réunion de jeudi.",
      "Les écrans d'appel des patients dans la salle d'attente du nouveau bâtiment sont tous noirs.",
      "La borne d'accueil du hall du nouveau bâtiment est bloquée sur l'écran de mise à jour Windows depuis hier",
    ]) expect(rules(text).intent.value).toBe('incident_report');
    expect(rules('bonjour, du nouveau pour mon imprimante ?').intent.value).toBe('ticket_status');
    expect(rules('y a du nouveau ?').intent.value).toBe('ticket_status');
  });

  it('"g ouvert un ticket lundi… tjs rien" asks for news', () => {
    expect(rules('bjr, g ouvert un ticket lundi pr mon badge, tjs rien. c normal ?').intent.value).toBe('ticket_status');
  });
});

describe('ways round', () => {
  it('another room, a stop-gap login, bands written by hand, the other carts, printouts, the fixed PC at the end of the round', () => {
    expect(tellsWorkaround("La table de radio de la salle 1 affiche 'erreur collimateur' au démarrage, on utilise la salle 2.")).toBe(true);
    expect(tellsWorkaround("Les infirmières de nuit d'ortho ne peuvent plus se connecter au DPI avec leur carte CPS, 'certificat non valide'. On utilise identifiant/mot de passe en dépannage.")).toBe(true);
    expect(tellsWorkaround('wristband printer at ED admissions prints nothing, light is green. We handwrite the bands for now')).toBe(true);
    expect(tellsWorkaround("Handheld barcode scanner on the med cart for rooms 14-20 doesn't read the new wristbands. Other carts OK.")).toBe(true);
    expect(tellsWorkaround("Pharmacy software isn't receiving prescriptions from the new DPI version. We're dispensing from printouts the wards send us.")).toBe(true);
    expect(tellsWorkaround('wifi HS en pneumo, les PC sur chariot perdent la connexion. On fait tout à la fin du tour sur le poste fixe.')).toBe(true);
  });

  it('the desk phones of a unit, silent, are no way round', () => {
    expect(tellsWorkaround('Plus de tonalité sur les postes fixes de la dialyse, on ne peut plus joindre le néphrologue de garde')).toBe(false);
  });

  it('a radiology room out, another one used, is no P1', () => {
    expect(rules("La table de radio de la salle 1 affiche 'erreur collimateur' au démarrage, on utilise la salle 2.").fields?.priority).not.toBe('P1');
  });
});

describe('requests, questions and help', () => {
  it('badge rights for a new building, a mailbox for a new manager, read access asked by an infectious diseases pharmacist are requests', () => {
    expect(rules('Pouvez-vous ajouter le nouveau bâtiment de consultations aux droits badge des brancardiers ? Ils ne peuvent pas y entrer.').intent.value).toBe('service_request');
    expect(rules('Need Teams and a mailbox for the new admissions manager starting next Monday.').intent.value).toBe('service_request');
    const access = rules("Could you give me read access to the SIL for the antibiotic stewardship audit? I'm the infectious diseases pharmacist.");
    expect(access.intent.value).toBe('service_request');
    expect(access.fields?.category.value).toBe('request');
  });

  it('"je peux installer le VPN sur mon PC perso ?" asks whether one may; "je peux signaler une panne ici ?" asks how the bot works', () => {
    expect(rules('Est-ce que je peux installer le VPN sur mon PC perso pour le télétravail pendant la neige ?').intent.value).toBe('question');
    expect(rules('Je sais pas trop comment ça marche ce chat, je peux signaler une panne ici ?').intent.value).toBe('help');
  });
});

describe('what is at fault', () => {
  it('a mouse at the dispatch desk is hardware, calls under way or not; a space bar stuck is a hardware fault', () => {
    expect(rules('la souris du poste 2 de la régulation SAMU ne marche plus, on a des appels en cours').fields?.category.value).toBe('hardware');
    const bar = rules('ma barre espace est coincée lol. pas urgent du tout');
    expect(bar.intent.value).toBe('incident_report');
    expect(bar.fields?.category.value).toBe('hardware');
  });
});

describe('the network down first', () => {
  it('"the whole ICU lost network, the central monitoring station shows no patients" is the network, whatever the models weigh; "plus de réseau DECT" is the phones', () => {
    expect(understandText('the whole ICU lost network, the central monitoring station shows no patients').fields?.category.value).toBe('network');
    expect(understandText("le courant est revenu mais plus de réseau DECT dans l'aile F2 depuis. Les soignants de nuit ne peuvent pas être appelés").fields?.category.value).toBe('phone');
  });
});

describe('a unit named that is not the place', () => {
  it('"après mon congé maternité", "back from maternity leave", "les salaires du personnel de réa" name no place', () => {
    expect(understandText("je reprends aujourd'hui après mon congé maternité et windows me dit que mon compte est désactivé").fields?.location_hint?.unit).toBeUndefined();
    expect(understandText('back from maternity leave, my account is disabled').fields?.location_hint?.unit).toBeUndefined();
    expect(understandText("j'ai envoyé le fichier des salaires du personnel de réa à une mauvaise adresse gmail").fields?.location_hint?.unit).toBeUndefined();
    expect(understandText("l'imprimante de la maternité ne marche plus").fields?.location_hint?.unit).toBe('maternity');
  });
});

describe('one shared device', () => {
  it('"l\'imprimante de l\'open space… pour tout le monde" is everyone on that printer, a team; "le chariot info… tient plus la charge" is hardware', () => {
    expect(understandText("l'imprimante de l'open space logistique sort des pages avec des caractères bizarres, genre des symboles et du code, des dizaines de pages. ça fait ça pour tout le monde depuis cet aprem").fields?.scope.value).toBe('team');
    expect(understandText("le chariot info du 2eme tient plus la charge, au bout de 20 min il s'éteint en plein tour. on note sur papier et on ressaisit après").fields?.category.value).toBe('hardware');
  });
});
