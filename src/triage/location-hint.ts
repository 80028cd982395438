import { z } from 'zod';
import { compilePhrases, firstPosition, positionsOf, type Phrase, type Prepared } from './matcher.js';
import { notThePlace } from './unit-mention.js';

/** Care units and departments, as codes shared with the directory. */
export const UNITS = [
  'icu', 'emergency', 'cardiology', 'admissions', 'radiology', 'laboratory', 'operating_theatre', 'recovery', 'pharmacy',
  'it', 'maternity', 'pediatrics', 'oncology', 'geriatrics', 'internal_medicine', 'neurology', 'surgery', 'hr', 'finance',
  'management', 'logistics', 'psychiatry', 'sterilisation',
] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

export const locationHintSchema = z.object({
  unit: unitSchema.optional(),
  building: z.string().optional(),
  floor: z.number().int().optional(),
  room: z.string().optional(),
});
/** Where the problem is, as far as the message says. Every key is optional. */
export type LocationHint = z.infer<typeof locationHintSchema>;

/** Names staff give their unit, folded. Order matters: the first unit found in the text wins. */
const UNIT_NAMES: Record<Unit, string[]> = {
  recovery: ['sspi', 'salle de? reveil', 'recovery', 'pacu'],
  icu: ['rea', 'reanimation', 'reanim', 'reas', 'soins intensifs', 'usi', 'icu', 'intensive care', 'soins continus', 'usc'],
  emergency: [
    'urgences', 'urgence adulte*', 'urg', 'sau', 'er', 'a&e', 'emergency department', 'emergency room', 'ed', 'iao',
    'dechocage', 'smur', 'samu', 'regulation', 'accueil des urgences', 'emergency', 'uhcd',
  ],
  operating_theatre: [
    'bloc', 'blocs', 'bloc operatoire', 'salle d op*', 'salles d op*', 'operating room*', 'operating theat*', 'or #', 'the or', 'theatre',
    'theatres', 'bloc op',
  ],
  cardiology: ['cardio', 'cardiologie', 'usic', 'cardiology', 'cardiac unit', 'cath lab', 'coronaro*', 'rythmologie'],
  admissions: ['admissions', 'admission', 'bureau des entrees', 'bureau* des? admissions', 'admissions office'],
  radiology: [
    'radio', 'radiologie', 'imagerie', 'radiology', 'imaging', 'manipulateur*', 'radiologue*', 'radiologist*', 'medecine nucleaire',
  ],
  laboratory: [
    'automate* d|de hemato*|biochimie|bacterio*', 'cote|paillasse|secteur|plateau hemato*|biochimie|bacterio*|immuno*|serologie', 'analyseur* d|de hemato*|biochimie', 'labo* d hemato*', 'labo', 'laboratoire', 'lab', 'biologie', 'laboratory', 'efs', 'banque du sang', 'blood bank',
    // The lab's own benches and desks: "la paillasse hémato" is the lab's haematology bench, not the ward.
    'paillasse*', 'reception des prelevements', 'specimen reception',
  ],
  pharmacy: ['pharmacie', 'pharmacy', 'pui', 'pharmacien*', 'pharmacist*'],
  maternity: [
    'maternite', 'maternity', 'salle de? naissance*', 'salle* d accouchement', 'delivery room*', 'birth room*', 'birthing room*', 'labour room*', 'labor room*', 'obstetri*', 'gyneco*',
    'sage femme*', 'midwife*', 'labour ward',
    // Staff shorthand: "interne de garde en mater".
    'en|a|la mater',
  ],
  pediatrics: ['pediatrie', 'pedia', 'peds', 'pediatric*', 'paediatric*', 'neonat*', 'neonatal*', 'nicu'],
  oncology: [
    'onco', 'oncologie', 'oncology', 'hematologie', 'hemato', 'cancero*', 'chimiotherapie', 'radiotherapie', 'radiotherapy',
    // The hospital's day hospital is part of oncology ("Oncologie et hôpital de jour").
    'hdj', 'hopital de jour', 'day hospital',
  ],
  geriatrics: ['geriatrie', 'geriatrics', 'geriatric', 'ehpad', 'usld', 'ssr', 'gerontologie'],
  internal_medicine: [
    'medecine interne', 'med interne', 'internal medicine', 'medecine polyvalente', 'pneumo*', 'nephro*', 'endocrino*',
    'gastro*', 'infectiologie', 'diabeto*', 'dermato*', 'rhumato*', 'dialyse', 'hemodialyse',
    'dialysis', 'unite de dialyse',
  ],
  psychiatry: ['psychiatrie', 'psy', 'psych', 'psychiatry', 'psychiatric', 'pedopsy*', 'cmp', 'upsy*'],
  sterilisation: ['sterilisation', 'sterilization', 'cssd', 'sterile services'],
  neurology: ['neuro', 'neurologie', 'neurology', 'neurochir*', 'unv', 'stroke unit'],
  // "l'ambu" is the day-surgery unit ("chir ambu", "poste de soins ambu").
  surgery: ['chirurgie', 'chir', 'ambu', 'chirurgie ambulatoire', 'day surgery', 'surgical ward', 'surgical unit', 'surgery ward', 'general surgery', 'in|on surgery', 'ortho', 'orthopedie', 'traumato*', 'visceral*', 'urologie'],
  // "la direction des finances" is the finance department, not the executive office (same position: listed first wins).
  hr: ['drh', 'rh', 'ressources humaines', 'hr', 'human resources', 'paie', 'payroll', 'direction des ressources humaines', 'direction du personnel'],
  // Not "facturation": the admissions desks bill too ("l'imprimante de la facturation au guichet 2").
  finance: ['finance', 'finances', 'comptabilite', 'compta', 'billing', 'accounting', 'daf', 'direction des finances', 'direction financiere', 'direction des affaires financieres'],
  management: ['direction', 'directeur', 'directrice', 'direction generale', 'executive office'],
  logistics: [
    'logistique', 'magasin', 'logistics', 'cuisine*', 'kitchen', 'service* de? transport*', 'regulation des transports', 'patient transport service', 'brancardage', 'blanchisserie', 'services techniques',
    'service technique', 'la|le|a maintenance', 'service* (de |du )?maintenance',
  ],
  // "le chariot informatique", "le support informatique" are not the IT department's offices.
  it: ['dsi', 'service informatique', 'it department', 'it dept', 'a l informatique', 'bureaux? de l informatique'],
};

const UNIT_PHRASES: Array<[Unit, Phrase[]]> = Object.entries(UNIT_NAMES).map(([unit, names]) => [
  unit as Unit,
  compilePhrases(names),
]);

/** The care unit named in the text as where the problem is, with its token position, or undefined. */
export function findUnit(text: Prepared): { unit: Unit; at: number } | undefined {
  let best: { unit: Unit; at: number } | undefined;
  for (const [unit, phrases] of UNIT_PHRASES) {
    // Earliest position wins; on a tie, the unit listed first.
    const first = firstPosition(text, phrases);
    if (first === Infinity || (best !== undefined && first >= best.at)) continue;
    const at = notThePlace(text, unit, first) ? positionsOf(text, phrases).find((p) => p > first && !notThePlace(text, unit, p)) : first;
    if (at !== undefined && (best === undefined || at < best.at)) best = { unit, at };
  }
  return best;
}

/** Token positions where a unit's name starts. */
export function unitPositions(text: Prepared): number[] {
  return UNIT_PHRASES.flatMap(([, phrases]) => positionsOf(text, phrases));
}

/** Words that join two units into one group: "la radiologie et les urgences", "cardio + pneumo", "ni en pédiatrie ni en néonat". */
const CONJUNCTIONS = new Set(['et', 'and', 'ni', 'ou', 'or']);
const ARTICLES = new Set(['les', 'la', 'l', 'le', 'en', 'the', 'de', 'du', 'des', 'a', 'au', 'aux', 'in', 'on']);

/** Two different units named side by side, joined by "et", "+", "ni": the failure spans both. */
export function namesUnitsTogether(text: Prepared, options: { joinedByAWord?: boolean } = {}): boolean {
  const found: Array<{ unit: Unit; at: number }> = [];
  for (const [unit, phrases] of UNIT_PHRASES) {
    const at = firstPosition(text, phrases);
    if (at < Infinity) found.push({ unit, at });
  }
  found.sort((a, b) => a.at - b.at);
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1]!, found[i]!];
    // One name read two ways ("la direction des finances": the executive office's word, the finance department).
    if (b.at === a.at) continue;
    const between = text.tokens.slice(a.at + 1, b.at);
    // Adjacent names come from a list ("cardio, pneumo, néphro", "cardio + pneumo").
    // "cath lab", "HDJ pédopsy": two names side by side may be one place; "la DAF et la DRH" are two.
    const joined = between.some((t) => CONJUNCTIONS.has(t)) || (!options.joinedByAWord && between.length === 0 && /[+/&,]/.test(text.raw));
    if (b.at - a.at <= 4 && joined && between.every((t) => CONJUNCTIONS.has(t) || ARTICLES.has(t))) return true;
  }
  return false;
}

const BUILDING = /(?:^| )(?:batiment|building|pavillon|bloc batiment|tour|aile|wing) ([a-z]|\d{1,2})(?= |$)/;
const FLOOR_FR = /(?:^| )(\d{1,2})(?:e|eme|er|ere|ieme)? etage(?= |$)/;
const FLOOR_FR_AFTER = /(?:^| )etage (\d{1,2})(?= |$)/;
const FLOOR_EN = /(?:^| )(\d{1,2})(?:st|nd|rd|th)? floor(?= |$)/;
const FLOOR_EN_AFTER = /(?:^| )floor (\d{1,2})(?= |$)/;
const GROUND = /(?:^| )(?:rdc|rez de chaussee|ground floor)(?= |$)/;
// Plurals name the first room of several ("recovery bays 5 and 6", "chambres 12 et 14").
// "Office 365" is Microsoft's mail, not an office; "the on-call room, 20 min lost" gives a duration, not a room.
const ROOM = /(?:^| )(chambres?|ch|chb|chbre|chbr|box|boxes|salles?|bureaux?|rooms?|beds?|lits?|bays?|emplacements?|cabinet|consultation|office(?! 365(?: |$))|or|theatre) (\d{1,4}[a-z]?)(?= |$)(?! (?:min|mins|minute|minutes|mn|h|heure|heures|hour|hours|sec|secondes|seconds)(?: |$))/;
/** "pompe chb3", "box4": a room's word and its number written as one. */
const ROOM_GLUED = /(?:^| )(ch|chb|chbre|chbr|box)(\d{1,3})(?= |$)/;
const ROOM_NAMES: Record<string, string> = {
  ch: 'chambre', chb: 'chambre', chbre: 'chambre', chbr: 'chambre', or: 'salle', theatre: 'salle', chambres: 'chambre', boxes: 'box', salles: 'salle', bureaux: 'bureau',
  rooms: 'room', beds: 'bed', lits: 'lit', bays: 'bay', emplacements: 'emplacement',
};
/** "A270", "bureau B305": a room by its code, a building's letter and its number, as on the doors. */
const ROOM_CODE = /(?:^| )([a-h])(\d{3})(?= |$)/;
/** "salle de naissance 2", "salle d'opération 4", "salle de réveil 1": a room named by its use. */
const NAMED_ROOM = /(?:^| )salle (?:de |d |du )?([a-z]{3,}) (\d{1,4}[a-z]?)(?= |$)/;

/** "pas la chambre 4", "not room 4", "je suis plus au C220": the words just before a room that deny it. */
const DENIED_BEFORE = /(?:^| )(?:(?:pas|not|non)(?: dans| sur| on| at| au| a| en| in)?|(?:plus|no longer)(?: dans| au| a| en| in| at))(?: la| le| l| the| in| en)? $/;

/**
 * "as soon as we go down the corridor past room 3": a room passed on the way, a landmark; "ma collègue en chambre 5 pareil":
 * where someone else is; "jams every 3 or 4 sheets": a count, not operating room 4.
 */
const LANDMARK_BEFORE =
  /(?:^| )(?:(?:past|beyond|after|apres|passe|passee|au dela de|au dela du|plus loin que)(?: la| le| l| the)?|(?:collegue|collegues|colleague|colleagues|voisine?|neighbour)(?: est| is| qui est| who is)?(?: en| dans| in| au| at)(?: la| le| l| the)?) $/;

/** The first match of a room pattern that the words do not deny nor pass by. */
function firstNotDenied(pattern: RegExp, joined: string): RegExpExecArray | null {
  const all = new RegExp(pattern.source, 'g');
  for (let match = all.exec(joined); match; match = all.exec(joined)) {
    const before = joined.slice(0, match.index + 1);
    const count = match[1] === 'or' && /\d $/.test(before);
    // "rooms 1 to 6": a stretch of the unit, no one room.
    const stretch = /^(?:rooms|chambres|salles|boxes|beds|lits|bays) /.test(match[0].trim()) && /^ (?:to|a|au|jusqu a) \d/.test(joined.slice(match.index + match[0].length));
    if (!DENIED_BEFORE.test(before) && !LANDMARK_BEFORE.test(before) && !count && !stretch) return match;
  }
  return null;
}

/**
 * Unit, building, floor and room named in a message.
 *
 * @example
 * extractLocationHint(prepare('plus de réseau au 3e étage du bâtiment B, chambre 12 en réa'))
 * // { unit: 'icu', building: 'B', floor: 3, room: 'chambre 12' }
 */
export function extractLocationHint(text: Prepared): LocationHint | null {
  const hint: LocationHint = {};
  const unit = findUnit(text);
  if (unit) hint.unit = unit.unit;
  const joined = text.joined;
  const building = BUILDING.exec(joined);
  if (building) hint.building = building[1]!.toUpperCase();
  if (GROUND.test(joined)) hint.floor = 0;
  const floor = FLOOR_FR.exec(joined) ?? FLOOR_FR_AFTER.exec(joined) ?? FLOOR_EN.exec(joined) ?? FLOOR_EN_AFTER.exec(joined);
  if (floor) hint.floor = Number(floor[1]);
  const code = firstNotDenied(ROOM_CODE, joined);
  // The room named first is where the fault is: "le CTG de la salle de naissance 2… j'ai pris celui de la salle 1";
  // a room denied ("c'est pas la chambre 4, c'est tout le couloir") is not.
  const numbered = code ? null : firstNotDenied(ROOM, joined) ?? firstNotDenied(ROOM_GLUED, joined);
  const named = code ? null : NAMED_ROOM.exec(joined);
  const room = numbered && (!named || numbered.index <= named.index) ? numbered : null;
  if (code) {
    hint.room = `${code[1]!.toUpperCase()}${code[2]}`;
    hint.building ??= code[1]!.toUpperCase();
  } else if (room) hint.room = `${ROOM_NAMES[room[1]!] ?? room[1]} ${room[2]}`;
  else if (named) hint.room = `salle ${named[1]} ${named[2]}`;
  return Object.keys(hint).length > 0 ? hint : null;
}
