import { fold, tokenize } from './normalize.js';

/*
 * Words and phrases that place a question outside the IT help desk: meals, clinical advice and
 * drugs, leave, parking, weather, visits and a patient's stay, small talk. A question carrying
 * them needs much stronger IT evidence before a fiche is offered. Words that also name an IT thing
 * ("menu démarrer", "message d'absence", "self-service", "traitement de texte") or a place staff
 * give for a device ("la chambre 12") are left out.
 */
const TOPICS: Record<string, string> = {
  meals: `cantine | cantines | restaurant du personnel | restauration | repas | dejeuner | diner | manger |
    sandwich | cafeteria | cafet | cafe | boisson | lunch | dinner | breakfast | food | meal | canteen | eat`,
  clinical: `dose | doses | dosage | posologie | mg | milligrammes | grammes | ml | kg | paracetamol | doliprane |
    morphine | amoxicilline | antibiotique | antibiotiques | insuline | heparine | anticoagulant | medicament |
    medicaments | fievre | douleur | douleurs | tension arterielle | diagnostic | contre indication | allergie |
    medication | medicine | drug | drugs | dosing | fever | pain | antibiotic | insulin`,
  leave: `conge | conges | vacances | rtt | jour de repos | jours de repos | de garde | holiday | holidays |
    vacation | annual leave | sick leave | leave request | days of leave | day off | days off | time off | on leave`,
  parking: `parking | parkings | garer | stationner | stationnement | voiture | park | parked`,
  weather: `meteo | quel temps | pluie | pleuvoir | pleut | neige | neiger | soleil | orage | weather | rain | raining | snow | sunny | forecast`,
  patients: `visite | visites | visiteur | visiteurs | famille | hospitalisation | madame |
    monsieur | mme | visiting hours | visitor | visitors | go home | patient de la chambre | bed`,
  smalltalk: `blague | blagues | robot | raconte | chanson | film | football | joke | jokes | story | song | weekend | anniversaire | birthday`,
};

const PHRASES: string[][] = Object.values(TOPICS)
  .flatMap((list) => list.split('|'))
  .map((phrase) => tokenize(fold(phrase)))
  .filter((tokens) => tokens.length > 0);

const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of PHRASES) BY_FIRST_WORD.set(phrase[0]!, [...(BY_FIRST_WORD.get(phrase[0]!) ?? []), phrase]);

/**
 * Positions of the folded tokens that belong to an off-topic word or phrase.
 *
 * ```ts
 * offTopicPositions(['combien', 'de', 'jours', 'de', 'repos']); // Set {2, 3, 4}
 * ```
 */
export function offTopicPositions(folded: readonly string[]): Set<number> {
  const positions = new Set<number>();
  for (let start = 0; start < folded.length; start++) {
    const phrases = BY_FIRST_WORD.get(folded[start]!);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      let same = start + phrase.length <= folded.length;
      for (let i = 1; i < phrase.length && same; i++) same = folded[start + i] === phrase[i];
      if (same) for (let i = 0; i < phrase.length; i++) positions.add(start + i);
    }
  }
  return positions;
}

/** Every folded word that appears in an off-topic phrase (so typo correction leaves them alone). */
export const OFF_TOPIC_VOCABULARY: ReadonlySet<string> = new Set(PHRASES.flat());
