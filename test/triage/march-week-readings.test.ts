import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of a March week's messages: a cyber-attack alert, new dispensing cabinets, a storm, the new booking
// portal (labelled by people who had not seen the code).
describe('what is asked', () => {
  it('a sign-in that keeps asking, or a request denied, is a broken login', () => {
    const mfa = rules('le double facteur me redemande un code toutes les 5 min c insupportable');
    expect(mfa.intent.value).toBe('incident_report');
    expect(mfa.fields?.category.value).toBe('access');
    expect(rules('MFA app says request denied every time').intent.value).toBe('incident_report');
  });

  it('rights for a team and a temporary badge are requests', () => {
    expect(rules('la pharmacie voudrait que les preparateurs aient les droits de rechargement sur les armoires des 3 services').intent.value).toBe('service_request');
    expect(rules('Can the night agency nurses get a temporary badge for the dispensing cabinets? We have 3 on the ward tonight').intent.value).toBe('service_request');
  });

  it('"vous en êtes où" asks for news, "qu\'est-ce que je peux te demander" for help', () => {
    expect(rules("j'ai fait une demande de compte pour une interimaire lundi, toujours rien, vous en etes ou").intent.value).toBe('ticket_status');
    expect(rules("qu'est ce que je peux te demander").intent.value).toBe('help');
  });
});

describe('what kind of problem', () => {
  it('a report sent to the wrong GP and a laptop stolen are security matters', () => {
    expect(rules("j'ai envoyé le CR d'hospit d'un patient au mauvais medecin traitant (homonyme), je fais quoi").fields?.category.value).toBe('security');
    expect(rules("vol de l'ordi portable de diabeto dans le bureau medecin cette nuit").fields?.category.value).toBe('security');
  });

  it('a switchboard that cannot transfer calls is a phone problem; a stuck cabinet drawer is hardware', () => {
    expect(rules("switchboard can't transfer calls to the maternity ward").fields?.category.value).toBe('phone');
    expect(rules("tiroir de l'armoire pharma de gastro coincé, celui des stupefiants. la pharmacie nous a depanné en direct mais faut que ce soit reparé avant ce soir").fields?.category.value).toBe('hardware');
  });
});

describe('care and ways round', () => {
  it('the handset patients\' calls ring on, silent, holds up care', () => {
    expect(rules("le DECT de nuit sonne plus quand les patients appellent, j'ai failli rater une sonnette en 8").fields?.patient_care_impact.value).toBe(true);
  });

  it('"on fait avec", "on les imprime et on les scanne", "le reste marche", "I have to ask a colleague" are ways round', () => {
    expect(tellsWorkaround("le clavier du poste de l'accueil des urgences a des touches qui collent, on fait avec")).toBe(true);
    expect(tellsWorkaround("l'ECG de cardio envoie plus les traces dans le DPI, on les imprime et on les scanne")).toBe(true);
    expect(tellsWorkaround("la visionneuse PACS plante quand j'ouvre une IRM avec beaucoup de coupes, le reste marche")).toBe(true);
    expect(tellsWorkaround("The dispensing cabinet in cardiology doesn't recognise my fingerprint, I have to ask a colleague every time")).toBe(true);
    expect(tellsWorkaround("The anaesthesia machine in OR 4 failed its self-check. List starts in 30 min. We moved the first case to OR 6, so no panic")).toBe(true);
  });

  it('"machines are running fine" and "la pharmacie suit" keep care going', () => {
    expect(rules("The whole dialysis unit lost network. Machines are running fine and we're charting on paper, but please fix it before the afternoon session.").fields?.patient_care_impact.value).toBe(false);
    expect(rules('Bonjour. Depuis ce matin le DPI freeze a chaque validation de prescription en pediatrie. Ca touche tous les postes du service. On prescrit sur papier en attendant et la pharmacie suit.').fields?.patient_care_impact.value).toBe(false);
  });
});
