import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of an August week's messages: summer replacements, a heatwave, a unit moving, a new results viewer,
// fake parcel texts (labelled by people who had not seen the code).
describe('P1s told in a few words', () => {
  it('the network cut on a whole floor, the DPI with it, is several units\' care held up', () => {
    const floor = rules("reseau coupé sur tout le 3e etage depuis 10 min, plus de dpi plus d'imprimantes plus rien");
    expect(floor.fields?.scope.value).toBe('site');
    expect(floor.fields?.patient_care_impact.value).toBe(true);
    expect(floor.fields?.priority).toBe('P1');
  });

  it('a temperature alarm in the server room is everyone\'s, and urgent', () => {
    const heat = rules("alarme température salle serveur, 38°C affiché et la clim fait un bruit bizarre. je suis l'agent de sécurité de nuit, qui j'appelle ?");
    expect(heat.fields?.scope.value).toBe('site');
    expect(heat.fields?.urgency.value).toBe('high');
  });

  it('another patient\'s results shown in a record, and a haemorrhage waiting on a blood release, put patients at risk', () => {
    const mixUp = rules("la nouvelle version du visualiseur de résultats m'affiche le bilan d'une autre patiente quand j'ouvre le dossier de la 214 !! c'est grave");
    expect(mixUp.intent.value).toBe('incident_report');
    expect(mixUp.fields?.priority).toBe('P1');
    expect(rules('le logiciel de transfusion refuse la délivrance, erreur de compatibilité alors que le patient a sa carte de groupe, on a une hémorragie en salle 2').fields?.priority).toBe('P1');
  });

  it('the handsets the delivery rooms call, silent, hold up care', () => {
    expect(rules('les dect de la mater sonnent plus, les appels des salles de naissance arrivent a personne').fields?.patient_care_impact.value).toBe(true);
  });
});

describe('ways round', () => {
  it('another pump, paper, working without the priors, the lab phoning results through, the samples sent to the main lab', () => {
    expect(tellsWorkaround("Infusion pump in room 9 shows 'door open' error, door is closed. Using another pump.")).toBe(true);
    expect(tellsWorkaround('anaesthesia record software froze mid-case in OR 6, had to switch to paper chart')).toBe(true);
    expect(tellsWorkaround("PACS won't load priors for any patient in the reporting room, we can report without them but it's risky")).toBe(true);
    expect(tellsWorkaround('Lab interface down, results aren\'t coming through to the viewer. Lab is phoning through critical results meanwhile.')).toBe(true);
    expect(tellsWorkaround("blood gas analyser in ICU keeps failing calibration. we're sending samples to the main lab for now, slower but ok")).toBe(true);
    expect(tellsWorkaround('la centrale de surveillance de la SSPI a redémarré toute seule 2 fois ce matin, les scopes au lit marchent toujours')).toBe(true);
    expect(tellsWorkaround('le pousse seringue de la chambre 6 fait un bip bizarre toutes les 30 s mais il pousse bien')).toBe(true);
  });

  it('shift swaps in the time-management software are HR work, not care', () => {
    expect(rules('le logiciel de gestion des temps plante quand je valide les echanges de garde').fields?.patient_care_impact.value).toBe(false);
  });
});

describe('what is asked', () => {
  it('"Can I get VPN access…?" is a request; "non c bon annule, ma collègue a trouvé" cancels; "Is someone coming…?" asks for news', () => {
    expect(rules('Can I get VPN access so I can check PACS from home during on-call?').intent.value).toBe('service_request');
    expect(rules('non c bon annule, ma collegue a trouvé').intent.value).toBe('cancel');
    expect(rules('Is someone coming for the broken screen I reported this morning?').intent.value).toBe('ticket_status');
    expect(rules("c ou qu'on trouve la procédure mode dégradé du DPI ?").intent.value).toBe('question');
  });

  it('a screen not detected and beds shown wrongly are faults, not requests', () => {
    expect(rules('docking station in the radiologist reporting room not detecting the second screen, can only report on one screen').intent.value).toBe('incident_report');
    expect(rules("l'appli de gestion des lits affiche des lits occupés en chir ambu alors que le service a demenagé au rdc, les admissions s'y perdent").intent.value).toBe('incident_report');
  });

  it('a mouse moving on its own and parcel texts are security matters; nobody clicked is harmless', () => {
    expect(rules("The PC at the nurses' station is opening random web pages by itself and the mouse moves on its own").fields?.category.value).toBe('security');
    expect(rules("plusieurs agents du service ont recu le meme sms 'livraison en attente' sur les tel pro aujourd'hui").fields?.category.value).toBe('security');
    expect(rules('on a recu un sms de livraison bizarre sur le portable du service, personne a cliqué').fields?.urgency.value).toBe('low');
    expect(rules('my authenticator app stopped working after I got a new phone').fields?.category.value).toBe('access');
  });
});

describe('a way round imagined', () => {
  it('"unless we send tubes to another hospital by taxi lol" and "à moins de tout faire à la main" are no ways round', () => {
    expect(tellsWorkaround('no. unless we send tubes to another hospital by taxi lol')).toBe(false);
    expect(tellsWorkaround('à moins de tout faire à la main')).toBe(false);
    expect(tellsWorkaround('on fait à la main en attendant')).toBe(true);
  });
});
