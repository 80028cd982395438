import type { Category, Scope } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, countMatches, matchesAny, positionsOf, prepare, type Prepared } from './matcher.js';
import { namesUnitsTogether, unitPositions, type LocationHint } from './location-hint.js';
import type { AssetKind } from './asset-hint.js';
import { CARE_SYSTEMS } from './systems.js';
import { namesSharedStation } from './shared-station.js';
import { statesEveryDeviceFails, statesNobodyCan } from './quantifier.js';
import { lockedUnitLeftOpen, statesWorkaround } from './signal-lexicon.js';
import { mentionsImagingScanner } from './category.js';

/** The whole site or several departments. */
const SITE = compilePhrases([
  'tout|toute l hopital|etablissement', 'tout le site|chu|ch|ght|batiment|rdc|campus|hopital', 'ensemble de l hopital|etablissement',
  'ensemble du site|chu|batiment', 'ensemble des services|unites|batiments|sites', 'ensemble des .. de l|du hopital|site|chu|etablissement', 'tous les services|batiments|sites|poles',
  'toutes les unites', 'plusieurs services|batiments|unites|sites|poles', 'deux|trois batiments|sites|poles', '# batiments|sites|poles', 'two|three buildings|sites', '# buildings|sites', 'a l hopital', 'dans l hopital',
  'whole|entire hospital|site|building|campus', 'tout|toute le|la|l pole', 'ensemble du pole', 'hospital wide', 'across the hospital', 'all departments|wards|units|buildings|sites',
  'several departments|wards|units|buildings', 'partout dans l hopital', 'in the hospital',
  'all .. in the .. building', 'tous|toutes les .. du batiment', 'toutes les consultations', 'tous|toutes les .. de l|du hopital|site|chu|etablissement', 'all .. in|across the hospital', 'for|on|in any|every ward|department|unit', '(tous les|toutes les) services|unites|etages',
  'les|des services de? soins', 'dans les services', 'all the wards|departments|units', 'plusieurs etages|poles|floors|blocks',
  '(whole of|whole of the) building|site|hospital|campus|block', 'les|des .. du batiment', 'all .. in building',
  'to|for any|all|every ward|wards|department|departments', 'les services n ont', 'both wards', 'alarme* temperature* .. salle* serveur*', 'salle* serveur*|informatique .. degres|chaud|chaude|clim', 'clim* .. salle* serveur*|informatique', 'server room .. hot|temperature|cooling|air conditioning', '(server room|salle serveur|salle serveurs|salle informatique) .. .. # (c|degres|degrees|deg)', '(server room|salle serveur|salle serveurs) .. .. .. (ac|aircon|clim|climatisation|cooling)', 'tous services confondus', 'wards # and #', 'services|unites # et #',
  'wards and theatres', '# services|unites|wards|departments', 'two|three|four wards|departments|units', 'deux|trois|quatre services|unites', 'differents|divers services|unites|poles|batiments', 'different|various departments|wards|units|buildings', '(armoire reseau|reseau|wifi|internet|telephonie) du|de|des batiment*',
  // "plus aucun poste fixe dans les bat A et B", "buildings C and D": two buildings named by their letters.
  'bat|bats|batiment|batiments|building|buildings|pavillons (a|b|c|d|e|f|g|h|j|k) (et|and) (a|b|c|d|e|f|g|h|j|k)',
  // "un mail à des centaines d'agents", "sent to hundreds of staff": people across the hospital.
  'des centaines d|de agents|personnes|collegues|utilisateurs|salaries', 'hundreds of (staff|users|people|colleagues|employees)',
]);

/** "everywhere": the whole site, unless a unit follows ("the same everywhere on the ward"). */
const EVERYWHERE = compilePhrases(['everywhere']);
const EVERYWHERE_ON_UNIT = compilePhrases(['everywhere (on|in|around|across|at) (the|our|my|this) (ward|unit|floor|department|service|corridor)', 'wherever i am on|in the ward|unit|floor']);

/** "the nurses' computer carts keep dropping off all over internal med", "partout dans le service": everywhere in the unit. */
const ALL_OVER = compilePhrases([
  'everywhere (on|in|around|across|at) (the|our|my|this) (ward|unit|floor|department|service|corridor)', 'wherever i am on|in the ward|unit|floor',
  'all over (the )?(ward|unit|floor|department|internal|icu|ed|er|maternity|peds|paediatrics|pediatrics|radiology|lab|pharmacy|surgery|cardiology|geriatrics|oncology)', 'partout dans|sur le|la|l service|unite|etage',
]);

/** One's own handset: "mon dect", "my pager". */
const OWN_HANDSET = compilePhrases(['mon|my dect|bip|bipeur|pager|bleep|phone|portable|telephone']);

/** A whole care unit or department. */
const UNIT_WORDS = compilePhrases([
  'tout|toute le|la|l service|labo|laboratoire|bloc|secteur|departement|unite|etage|plateau|aile|hdj|reanimation|rea|urgences|cabinet|pharmacie|maternite|radiologie|radio',
  'tout|toute le|la|l imagerie|biologie|usc|usi|usic|sspi|uhcd|ssr|ehpad|cardio|cardiologie|pediatrie|neonat|neuro|chirurgie|geriatrie|onco|oncologie|hemato|nephro|pneumo|dialyse',
  'whole|entire .. floor|ward|unit|department',
  'ensemble du service|secteur', 'ensemble de l unite|etage', 'tous|toutes les pc|pcs|postes|ordinateurs|ordis|telephones|ecrans|imprimantes|dect|bips|lignes',
  // "en consultation de pédiatrie, tous les box sont touchés": every consulting room of the unit.
  'tous les box|boxes (sont|ont)', 'all (the )?(bays|cubicles|consulting rooms|consult rooms) (are|have)',
  'plus aucun|aucune pc|poste|ordinateur|telephone|imprimante|ecran|ligne|fixe|dect|bip', 'aucun poste|pc|ordinateur|telephone|fixe|dect',
  'tous les manipulateurs|medecins|soignants|infirmiers|infirmieres|ide|agents|secretaires|internes|utilisateurs|postes',
  // "the pharmacy software refuses to open for all pharmacists", "pour tous les pharmaciens".
  'tous les pharmaciens|preparateurs|kines|kinesitherapeutes|sages femmes|radiologues|biologistes|techniciens de labo', '(for )?all (the )?(pharmacists|pharmacy technicians|nurses|doctors|midwives|radiographers|radiologists|physios|physiotherapists|biologists|lab techs|lab technicians|secretaries|clerks)',
  'les|des .. du service', 'les|des .. de l unite|etage', 'patients|liste|planning|dossiers du service', 'patients|liste|planning|dossiers de l unite', 'sur tous les postes', 'whole|entire department|unit|ward|lab|floor|service|theatre|icu|er|pharmacy',
  'all the phones|pcs|computers|workstations|printers|screens', 'all phones|pcs|computers|workstations|printers', 'every computer|pc|workstation|phone',
  'all .. computers|pcs|workstations|phones in', 'on|at every station|terminal|workstation|computer|bed', 'the whole of',
  // Not "the whole program just closes": the whole of a place.
  'the whole (ward|unit|floor|department|lab|pharmacy|icu|ed|er|theatre|theatres|maternity|radiology|place|corridor|wing|service)',

  'plus de pc|pcs|postes|ordinateurs|telephones|imprimantes|ecrans qui', 'no pc|pcs|computers|workstations|phones working', 'from|on any computer|pc|workstation', 'n importe quel poste|pc',
  'all|tous|toutes les|the pumps|pompes|scopes|monitors|moniteurs|devices|appareils|pousse', 'all pumps|monitors|devices',
  'all .. midwives|nurses|doctors|clinicians|residents|interns|physicians|radiologists', 'the ward phone|phones', 'le|les telephone|telephones|tel (du service|de l unite)', 'toutes les (sages femmes|sage femmes|ide|infirmieres|secretaires|aides soignantes)',
  // "no wifi in geriatrics, both floors… none of the med carts can connect": every cart or floor of the unit.
  'both floors', 'les deux etages', 'none of the .. carts|computers|pcs|workstations|phones|dects|cows|tablets', 'aucun des .. chariots|pc|postes|ordinateurs|ordis|telephones|dect|tablettes',
  // "all of us on the floor, the AS tablets too": everyone of the unit's floor.
  'all of us on|in the floor|ward|unit', 'everyone on the floor|ward',
  // "toutes mes collègues de la direction des finances": everyone of a department.
  'tous|toutes mes|nos|les collegues .. direction|service|pole|departement|unite|labo',
]);
const SERVICE = [...ALL_OVER, ...UNIT_WORDS];

/** Everyone or nobody: the writer's unit when one is named, the site when only a building is. */
const EVERYONE = compilePhrases([
  'pour personne', 'pour tout le monde', 'tout le monde',
  'everyone', 'everybody', 'all users', 'all staff', 'tous les utilisateurs', 'chez tout le monde',
  // "Outlook and Teams not loading for anyone on night shift".
  '(not|nothing) (loading|working|opening|starting) for (anyone|anybody)', 'for (anyone|anybody) (on|in|at)',
  'plus rien ne|n marche|fonctionne', 'rien ne|n marche|fonctionne plus', 'nothing works', 'nothing is working',
  'personne ne|n (peut|arrive a) (se connecter|travailler|bosser|acceder|imprimer|ouvrir|se logguer|se loguer)', '(nobody|no one) can (log|login|sign|work|access|print|open)',
]);

/** "tout le monde est examiné", "everyone gets seen": the patients are cared for, nobody is said to be affected. */
const EVERYONE_SEEN = compilePhrases([
  'tout le monde (est|a ete|sera|passe) (examine|examinee|vu|vue|pris en charge|soigne|installe)', '(everyone|everybody) (is|gets|got|was|has been) (seen|examined|scanned|treated)',
]);

function everyoneSaid(text: Prepared): boolean {
  if (!matchesAny(text, EVERYONE)) return false;
  return !matchesAny(text, EVERYONE_SEEN) || countMatches(text, EVERYONE) > 1;
}

/** One printer named, or several. */
const ONE_PRINTER = compilePhrases(['l imprimante', 'la photocopieuse', 'le copieur', 'the printer', 'the copier']);
const SEVERAL_PRINTERS = compilePhrases(['les imprimantes', 'des imprimantes', 'aucune imprimante', 'all printers', 'the printers', 'no printer']);

/** A group of people. */
const TEAM_PEOPLE = compilePhrases([
  'equipe', 'equipes', 'team', 'on est plusieurs', 'nous sommes plusieurs', 'nous tous',
  'plusieurs collegues|personnes|utilisateurs|agents|ide|infirmier*|medecins|postes|pc|internes',
  'several colleagues|users|people|nurses|doctors|computers|pcs', 'several of us',
  'les ide|as|internes|externes|infirmiers|infirmieres|medecins|secretaires|collegues|cadres|kines|manipulateurs|agents|urgentistes|anesthesistes',
  'les radiologues|pharmaciens|preparateurs|chirurgiens|brancardiers|stagiaires|etudiants|biologistes|techniciens|soignants|praticiens',
  'the surgeons|pharmacists|technicians|students|staff|secretaries|anaesthetists|anesthetists|physicians|therapists',
  'pour le|la|l service|equipe|secretariat|unite', 'for the team|department|ward|unit',
  'les aides soignant*', 'les sages femmes', 'regulation',
  'tout|toute le|la|l secretariat|equipe|bureau|accueil|standard', 'the whole team|office', 'whole team|office',
  'the nurses|doctors|interns|residents|secretaries|radiologists|midwives', 'radiologists|interns|residents|nurses are|can|cannot',
  // "midwives said their carts drop too in there".
  'midwives|nurses|doctors|secretaries|residents|interns .. .. .. too|also',
  'my colleagues', 'mes|nos collegues .. (aussi|egalement|pareil|la meme chose|recu)',
  'l|les|y ont|a recu* (aussi|egalement|pareil|le meme)',
  // "Mickael and Melanie in our office got the same email too", "Julie et Paul ont eu le même message".
  '(got|received|had) the same (email|mail|message|text|sms|link|call)', '(ont|a) (recu|eu) (le meme|la meme) (mail|email|message|sms|lien|appel)', 'my colleagues .. (too|also|as well|got|received)', 'we all', 'all of us', 'two|three|four|# of us', 'deux|trois|quatre|# d entre nous', 'nous sommes # a', 'on est # a|ide|infirmier*|collegues|personnes|agents|secretaires', 'comptes des', '# postes|pc|pcs|comptes|personnes|agents|utilisateurs|externes|internes|ide|collegues|users|accounts|people|computers',
  // "Laurent a le même pb avec le sien", "she has the same problem with hers": another person's own device fails too.
  'a|ont le|la meme pb|probleme|souci|bug|panne|chose avec|sur le|la|son|sa sien|sienne|leur|leurs|poste|pc|dect|telephone|portable',
  '(has|have) the same problem|issue|thing with (his|hers|her|theirs|their)',
  // "ma collègue Karine a le même pb sur son poste", "my colleague has the same issue".
  'ma|mon|une|un collegue* .. meme pb|probleme|souci|bug|chose', 'ma|mon|une|un collegue* .. .. (aussi|egalement|pareil)', 'my|a colleague .. same problem|issue|thing', 'my|a colleague .. (too|also|as well)',
  '# .. logins|identifiants|residents|interns|nurses|doctors|students|internes|externes|stagiaires|infirmier*|medecins|ide|secretaires|agents|users|utilisateurs|personnes|people|comptes|accounts|collegues|colleagues',
]);

/** Equipment words a quantifier can bear on ("aucun DECT", "tous les postes", "all the printers"). */
const DEVICE_NOUNS = new Set([
  'pc', 'pcs', 'poste', 'postes', 'ordinateur', 'ordinateurs', 'ordi', 'ordis', 'ecran', 'ecrans', 'imprimante', 'imprimantes',
  'telephone', 'telephones', 'tel', 'dect', 'bip', 'bips', 'tablette', 'tablettes', 'chariot', 'chariots', 'ligne', 'lignes',
  'scope', 'scopes', 'moniteur', 'moniteurs', 'pompe', 'pompes', 'computer', 'computers', 'workstation', 'workstations',
  'printer', 'printers', 'phone', 'phones', 'screen', 'screens', 'tablet', 'tablets', 'monitor', 'monitors', 'pump', 'pumps',
  'dects', 'pagers', 'bleeps', 'cows', 'terminals', 'terminaux', 'bornes', 'badgeuses', 'lecteurs', 'readers',
]);
const isDeviceNoun = (token: string): boolean => DEVICE_NOUNS.has(token);

/** The equipment words of each kind of device problem ("aucun DECT" is a phone's, "tous les postes" a computer's). */
const DEVICE_NOUNS_OF_KIND: Partial<Record<Category, ReadonlySet<string>>> = {
  phone: new Set(['dect', 'dects', 'telephone', 'telephones', 'tel', 'bip', 'bips', 'phone', 'phones', 'pagers', 'bleeps']),
  printer: new Set(['imprimante', 'imprimantes', 'printer', 'printers']),
  hardware: new Set(['pc', 'pcs', 'poste', 'postes', 'ordinateur', 'ordinateurs', 'ordi', 'ordis', 'computer', 'computers', 'workstation', 'workstations', 'ecran', 'ecrans', 'screen', 'screens']),
  biomedical: new Set(['scope', 'scopes', 'moniteur', 'moniteurs', 'monitor', 'monitors', 'pompe', 'pompes', 'pump', 'pumps']),
};

/** Several devices at once: a unit's (or a building's) equipment. */
const COLLECTIVE_DEVICES = compilePhrases([
  'les|des pc|pcs|postes|ordinateurs|ordis|telephones|ecrans|imprimantes|tablettes|dect|bips|chariots', 'the computers|pcs|phones|printers|workstations',
]);

/** "the nurses' station", "the doctors' room": a place named after people, not the people. */
const PLACE_OF_PEOPLE = new Set(['station', 'stations', 'room', 'office', 'desk', 'lounge']);

/** "I'm at the nurses station", "working from the doctors' office": where the writer is. */
const AT_OR_FROM = new Set(['at', 'from']);
const PLACE_PREPOSITION = new Set(['in', 'to', 'into', 'near', 'by', 'on']);

/** A group of people named ("les IDE", "the nurses can't…"), not the place the writer is at ("I'm at the nurses station"). */
function namesTeamPeople(text: Prepared): boolean {
  const { tokens } = text;
  // "the fixed PCs in the nurses station still work": the place named after people, as where something is.
  const placeWhereIAm = (at: number) => tokens[at] === 'the' && (AT_OR_FROM.has(tokens[at - 1] ?? '') || PLACE_PREPOSITION.has(tokens[at - 1] ?? '')) && PLACE_OF_PEOPLE.has(tokens[at + 2] ?? '');
  // "les collègues notent pour moi en attendant", "my colleagues log in for me": they are the way round, not affected.
  const helpers = positionsOf(text, DONE_FOR_ME);
  const tellers = positionsOf(text, TOLD_BY);
  const hitToo = positionsOf(text, HIT_TOO);
  const helping = (at: number) =>
    helpers.some((from) => from > at && from - at <= 5) ||
    (tellers.some((from) => from > at && from - at <= 5) && !hitToo.some((from) => from > at && from - at <= 10));
  // "just took over from the day team": the shift handed over, not a group hit.
  const handovers = positionsOf(text, SHIFT_HANDED_OVER);
  const shiftHandedOver = (at: number) => handovers.some((from) => at > from && at - from <= 7);
  return matchesAny(text, TEAM_PEOPLE) && positionsOf(text, TEAM_PEOPLE).some((at) => !placeWhereIAm(at) && !helping(at) && !shiftHandedOver(at));
}

/** "just took over from the day team", "j'ai pris la relève de l'équipe de nuit": a shift change, said of the writer. */
const SHIFT_HANDED_OVER = compilePhrases([
  '(took|taken|take|taking) over from', 'handover from', 'handed over (by|from)', '(pris|prend|prends|prenons) la releve', 'releve de|avec', 'relaye* par',
]);

/**
 * Done by others on the writer's behalf ("les IDE me montrent les résultats sur leur session"): they are the way round,
 * not affected.
 */
const DONE_FOR_ME = compilePhrases([
  'pour moi', 'a ma place', 'for me', 'on my behalf', 'in my place', 'me montre*|montrent', 'shows|show me', 'sur leur|sa|son session', 'on their|her|his session|login',
]);

/** "the secretaries said you have them", "les IDE m'ont dit": messengers, unless what they say is that they are hit too. */
const TOLD_BY = compilePhrases(['said|say|says|told|tell', '(m ont|m a) dit', 'ont dit', 'disent', 'me disent|dit']);
const HIT_TOO = compilePhrases(['too', 'also', 'as well', 'aussi', 'egalement', 'pareil', 'the same', '(le meme|la meme)', 'non plus', 'either']);

/** A distance walked: "faut traverser tout le service", "at the other end of the ward" say how far, not who. */
const DISTANCE = compilePhrases(['traverse*|traverser', 'a l autre bout de|du|des', 'au bout de|du', 'walk* across|through', 'other end of']);

/**
 * "pas que moi": others too, a team, unless the words go on to the whole unit ("c'est pas que moi c tout le service des
 * urgences", "it's not just me - the carts keep dropping off all over internal med").
 */
function notOnlyMe(text: Prepared, buildingOnly: boolean): Scope {
  if (matchesAny(text, WHOLE_TEAM) || matchesAny(text, SOME_OF_US)) return 'team';
  if (matchesAny(text, ALL_OVER) || namesWholeUnit(text)) return wholeUnitScope(text, buildingOnly);
  return 'team';
}

/** "tout le service" said of who is affected, not of the way walked to the other printer. */
function namesWholeUnit(text: Prepared): boolean {
  if (!matchesAny(text, SERVICE)) return false;
  const far = [...positionsOf(text, DISTANCE), ...positionsOf(text, STAFFING)];
  return positionsOf(text, SERVICE).some((at) => !far.some((from) => at > from && at - from <= 6));
}

/** "on est 3 de nuit pour tout le service": how many staff cover the unit, not who is affected. */
const STAFFING = compilePhrases([
  '(on est|nous sommes|we re|we are|there are|il y a) # .. pour|for', '(on est|nous sommes|we re|we are|there are|il y a) deux|trois|quatre|two|three|four|seul|seule|only|just .. pour|for',
]);

/** A place shared by a team: its station is a team's station. */
const TEAM_PLACES = compilePhrases([
  'poste de? soins|soin', 'poste* infirmier*', 'bureau infirmier*', 'bureau des infirmier*', 'salle de? soins', 'salle de? staff',
  'salle de? reunion', 'salle de? pause', 'pc|poste|ordinateur de? soins|soin', 'poste partage*', 'nurses station|room|office', 'nurse station', 'nursing station',
  'staff room', 'meeting room', 'bureau medical', 'bureau des medecins', 'doctors office|room', 'salle de? formation|visio|regulation|kine',
  'training room', 'salle de? teleconsultation', 'chariot* informatique*', 'shared workstation|computer|pc|station|printer|phone', 'salle d attente', 'waiting room',
  'chariot* de? soins|distribution|medicament*|medication', 'med cart', 'medication cart',
  'bureau des cadres',
]);

/** Places whose printers, copiers and fax machines serve a team. */
const SHARED_DEVICE_PLACES = compilePhrases([
  'secretariat*', 'secretary', 'secretaries', 'etage', 'floor', 'accueil', 'admissions', 'bureau des|du ide|infirmier*|medecins|cadres|secretaires|internes|urgences|soins', 'bureau des entrees', 'couloir',
  'corridor', 'copieur*', 'photocopieu*', 'copier', 'fax', 'service', 'department', 'ward', 'unit',
]);
/**
 * A department's machine, away from the bedside, worked on by the team that runs it: a lab analyser, a sterilisation
 * autoclave or washer-disinfector, a pharmacy robot.
 */
const DEPARTMENT_MACHINES = compilePhrases([
  'automate', 'automates', 'analyseur*', 'analyser*', 'analyzer*', 'autoclave*', 'laveur* desinfecteur*', 'laveur*', 'washer*', 'sterilisateur*',
  'picking robot*', 'robot* de? (pharmacie|cueillette|dispensation|distribution)',
]);
/**
 * One unit's drug cabinet ("l'armoire automatisée de l'UHCD", "the automated cabinet in the ED"): whatever fails in it,
 * its screen, its link to the pharmacy or its badges, the unit's nurses who draw from it are held up, not one person.
 */
const ONE_DRUG_CABINET = compilePhrases([
  'armoire (automatisee|a pharmacie|de pharmacie|a medicaments|securisee)', '(automated|dispensing|drug) cabinet', 'automated dispensing cabinet',
]);
/** A printer named by its inventory tag ("IMP-PED-03 hors ligne"): a unit's printer, not someone's own. */
const PRINTER_TAG = /\b(imp|prn|lbl|zeb|etq)[-_][a-z]{2,6}[-_]?\d{2,6}\b/i;

/** A department's machine or an imaging scanner ("the CT scanner in room 2"): what fails there is never one person's. */
function namesDepartmentMachine(text: Prepared): boolean {
  return matchesAny(text, DEPARTMENT_MACHINES) || mentionsImagingScanner(text);
}

/**
 * Equipment a team shares by nature, named with no owner: a department's machine ("l'automate d'hémato", "autoclave 1"),
 * an imaging scanner, a printer named by its tag ("IMP-STE-02 hors ligne"). A fault there is the team's at least.
 */
export function namesSharedEquipment(text: Prepared): boolean {
  return !speaksOfOwnProblem(text) && (namesDepartmentMachine(text) || matchesAny(text, ONE_DRUG_CABINET) || PRINTER_TAG.test(text.raw));
}
/** Equipment the whole site shares. */
const SITE_ASSETS = compilePhrases(['le standard', 'standard telephonique', 'switchboard', 'main phone line']);
/** One device as the subject: "le PC ne se connecte plus" concerns that PC, not the unit. */
const SINGLE_DEVICE = compilePhrases([
  'le|l|mon|ma|ce|cet|cette|un|une pc|poste|ordinateur|ordi|laptop|portable|telephone|ecran|tablette|fixe',
  'my|the|this|a pc|computer|laptop|phone|screen|tablet|workstation', 'telephone', 'bip', 'biper', 'pager', 'phone', 'poste fixe',
  'tablette', 'tablet', 'ordinateur', 'computer', 'laptop', 'dect', 'bipeur', 'casque', 'headset', 'the|le|la|un|une cow|chariot',
  // "keyboard on the nurses station on ward 3 is missing the enter key": one peripheral.
  'keyboard|clavier|souris|mouse',
  'dect|bip|telephone|portable (de l|du|de la) (ide|infirmier*|medecin|interne|cadre|chirurgien|anesthesiste|sage femme|reanimateur)',
]);
const SECRETARIAT = compilePhrases(['secretariat*', 'secretary', 'secretaries', 'bureau des entrees', 'admissions office']);
const SHARED_DEVICES = compilePhrases([
  'fax', 'faxes', 'copieur*', 'photocopieu*', 'copier', 'multifonction*',
]);
/** Part of a building that holds one unit: an outage there is the unit's. */
const WING = compilePhrases(['aile', 'wing', 'ward #', 'unit #', 'unite #']);
/** A whole building named ("le bâtiment de psychiatrie"): its outage reaches every unit inside. */
const BUILDING_WORDS = compilePhrases(['batiment', 'batiments', 'building', 'pavillon', 'immeuble']);
/** A unit's own network or telephony ("le réseau de l'EHPAD"): when it fails, the whole unit does. */
const UNIT_INFRASTRUCTURE = compilePhrases([
  'reseau|wifi|internet|telephonie|telephones|lignes du|de|des|d', 'network|wifi|internet|phones of|in|on the',
  'appel malade', 'nurse call|bell', 'call bell*',
]);
/** Several machines: a threat that reached them is a unit's problem. */
const SEVERAL_MACHINES = compilePhrases([
  '(plusieurs|des|les|tous les) pc|pcs|postes|ordinateurs|ordis', 'several|many|multiple|all the pcs|computers|workstations|machines',
  'several|many|multiple pcs|computers|workstations|machines',
]);
/** A unit's server: when it fails, the unit does. */
const UNIT_SERVER = compilePhrases(['serveur* du|de|des|d', 'server* of|in|for']);

/** The writer speaks of their own equipment or account. */
const FIRST_PERSON = compilePhrases([
  'mon|ma|mes|my', 'je|j|i', 'me|moi', 'juste moi', 'only me', 'just me',
]);
/** "j'ai ouvert le capot", "I restarted it": what the writer did to the device, not whom the fault affects. */
const FIRST_PERSON_ACTS = compilePhrases([
  'j ai|je (ouvert|redemarre*|essaye*|eteint|rallume*|verifie*|change*|remis|enleve*|retire*|debranche*|rebranche*|relance*|tente*|teste*|appuye*|nettoye*|recharge*)',
  'i (opened|restarted|tried|checked|changed|rebooted|unplugged|pressed|cleaned|reloaded|replaced)',
  'i have|ve (opened|restarted|tried|checked|changed|rebooted|unplugged|pressed|cleaned|reloaded|replaced)',
]);

/** The writer speaks of their own problem ("mon PC", "je ne peux plus"), not only of what they tried on it. */
function speaksOfOwnProblem(text: Prepared): boolean {
  const acts = new Set(positionsOf(text, FIRST_PERSON_ACTS));
  return positionsOf(text, FIRST_PERSON).some((position) => !acts.has(position));
}

const ONLY_ME = compilePhrases([
  // "my windows account is locked on every PC": one person's account, wherever they try.
  'my|mon|ma windows? account|compte|session|login|password .. on|sur every|all|tous|toutes|n',
  // "je peux plus ouvrir de session sur aucun poste", "I can't log in on any PC": one person, wherever they try.
  'je|j ne|n? peux|arrive plus|pas .. sur|depuis aucun|aucune|n importe poste|pc|ordinateur|ordi', 'je|j peux|arrive plus|pas .. sur|depuis aucun|aucune poste|pc|ordinateur|ordi',
  // "using a colleague's pc for now", "sur le poste de ma collègue": the others' machines work, one person is affected.
  'using|on a|my|her|his colleague* s? pc|computer|workstation|desk|laptop|session', 'poste|pc|ordinateur|ordi|session de|d ma|mon|une|un collegue*',
  // "les collègues assurent la dispensation, mais moi je peux rien faire": the others carry on.
  'les|mes|nos collegues assurent|gerent|continuent|bossent|travaillent|font', 'mais moi je|j', 'but i|me can|cannot|can t',
  'the others .. can|fine|work*', 'everyone else .. can|fine|work*', 'les autres (peuvent|arrivent|y arrivent|se connectent|marchent)',
  // "The other interns are fine", "Colleagues log in fine on the same PC", "les autres internes n'ont pas de souci".
  'the other (interns|nurses|doctors|residents|registrars|colleagues|secretaries|users|midwives|staff) (are|is|seem) (fine|ok|okay|not affected)',
  '(my )?colleagues (log|logged|sign|signed) (in|on) fine', 'les autres (internes|ide|infirmieres|infirmiers|medecins|collegues|secretaires|sages femmes) (n ont|ont) (pas|aucun) (de )?(souci|probleme|pb)',
  'les autres (internes|ide|infirmieres|infirmiers|medecins|collegues|secretaires|sages femmes) (peuvent|arrivent|y arrivent|se connectent)',
  // "my account is locked, can't log in on any PC in ED": one person's account, wherever they try.
  'my|mon|ma account|compte|session|login|password .. locked|verrouille*|bloque*|expire*|desactive*|disabled|expired', 'my colleagues are covering|managing|working|carrying',
  'i can not|t .. on|from|to any pc|computer|workstation|machine', 'i cannot .. on|from|to any pc|computer|workstation|machine',
  'juste moi', 'que moi', '(my own|mon propre|ma propre)', 'one person me|moi', 'une seule personne', 'just one person', 'only one person', 'seulement moi', 'moi seul*', 'uniquement moi', 'only me', 'just me', 'personne d autre',
  'only mine', 'just mine', 'only my', 'only for|on me|my', 'just for me', '(juste|rien que) pour moi', 'others|everyone are|were|is fine|ok', '(the|l) .. team|equipe (is|are|va|est) (fine|ok|bien)', 'les autres ca|c va|marche*', 'seulement|uniquement|que sur|pour mon|ma|moi', '(les|mes) collegues .. y arrive|arrivent', 'my colleagues .. (fine|can|work)', 'everyone else', 'tout le monde sauf moi', 'sauf moi', 'except me', 'les autres collegues|personnes|utilisateurs .. peuvent|arrivent',
]);

/** A group short of the unit: "pas tout le service", "only my team". */
/** "pas que moi", "not just me", "only my team": others too, short of the unit. */
const NOT_ONLY_ME = compilePhrases([
  'pas (juste|que|seulement|uniquement) moi', 'not (just|only) me', 'pas moi (seul|seule)', 'pas (juste|que|seulement|uniquement) pour moi', 'not (just|only) for me',
  'only my|our team|colleagues|office', 'juste|seulement|que mon|notre equipe|bureau',
  // "Mes collègues et moi n'avons plus accès…", "my colleagues and I can't…".
  '(mes|nos) collegues et moi', 'moi et mes collegues', 'my colleagues and i|me', 'me and my colleagues',
]);
/** A group short of the unit: "pas tout le service", "only my team" (after "only me", which it may follow). */
const SOME_OF_US = compilePhrases([
  'pas tout le service|secteur|etage|monde', 'pas toute l unite|equipe', 'not everyone|everybody', 'not all of us', 'not the whole|entire unit|ward|department|floor', 'not a whole unit|ward|department|floor', 'not an entire unit|ward|department|floor',
  // "un des pc du poste, tout le monde s'en sert": one station everyone on the team uses.
  'tout le monde (s en sert|l utilise|se sert|imprime dessus|travaille dessus)', 'everyone|everybody (uses it|shares it)', 'on s en sert tous|toutes',
  // "les guichets 4 et 5 fonctionnent en fait, c'est seulement les 3 premiers qui plantent", "3 sur 5": part of them.
  'seulement|que|juste|uniquement les # premiers|premieres|derniers|dernieres|autres', 'only the first|last #', '(only|just) (on )?(the )?(#|two|three|four|five) (pcs|computers|stations|workstations|printers|phones|screens|machines|ones|of them)', '(only|just) (#|two|three|four|five) of (the|our|them)', '# sur|of #', '# out of #',
]);
/** A whole office or team named ("the whole team of 6", "toute l'équipe de programmation"): a team, not the unit. */
const WHOLE_TEAM = compilePhrases([
  'whole|entire team|office', 'the whole .. team', 'tout|toute le|la|l equipe|bureau|secretariat', 'toute l equipe .. de',
]);
/** "pour toute la DRH", "tout le bureau des admissions": the quantifier bears on a unit named right after. */
const WHOLE_FR = new Set(['tout', 'toute']);
const WHOLE_EN = new Set(['whole', 'entire']);
const ARTICLE = new Set(['le', 'la', 'l', 'the']);
/** A device carried by one named person: "le bip du médecin de garde", "the registrar's bleep". */
const OWNED_CARRIED_DEVICE = compilePhrases([
  'bip|bipeur|dect|telephone|portable|pager|bleep (du|de l|de la|d|de) medecin|interne|chirurgien|anesthesiste|cadre|ide|infirmier*|pharmacien|radiologue|urgentiste|reanimateur',
  'bip|bipeur|dect|telephone|portable (du|de l|de la|d|de) sage femme', '(my|the|his|her) bleep|pager',
]);
/** One's own account or password. */
const OWN_ACCOUNT = compilePhrases([
  'mon|ma|my (compte|session|mot de passe|mdp|password|account|login|identifiant|identifiants)', 'je suis bloque*|verrouille*', 'i am locked out',
  // "jarrive pas a me connecter… ca me dit mot de passe expiré", "I can't log in".
  'me connecter|loguer|logguer|login', 'i (can t|cannot|can not) (log|sign) (in|on)', 'ca me dit|met|affiche .. (mot de passe|mdp)',
]);
const LOCKED_OUT = compilePhrases(['verrouille*', 'bloque*', 'locked', 'expire*', 'refuse*', 'invalide*', 'incorrect*', 'wrong password']);
/** "compte verrouillé sur tous les pc du service": one account refused on every machine, not the unit's machines failing. */
const ON_EVERY_MACHINE = compilePhrases([
  'sur les pc|postes|ordinateurs|ordis du|de service|unite', 'on the pcs|computers|workstations of|on the ward|unit','sur|on tous|toutes|all|every les|the pc|pcs|postes|ordinateurs|ordis|computers|workstations|machines', 'sur|on tous|toutes|all|every pc|pcs|postes|ordinateurs|ordis|computers|workstations|machines']);
/** A shared drive: a unit's files. */
/** A unit's share: the noun ("sur le partage"), not a lure's "document partagé". */
const SHARED_DRIVE = compilePhrases([
  'le|du|au|sur|les|des|nos|notre partage|partages', 'partage* reseau*', 'shared drive*', 'network drive*', 'dossier* partage*', 'fichiers partages',
  'lecteur* partage*', 'lecteur* reseau*',
]);

/** Everyone a mailbox knows: "à tous mes contacts", "to my whole contact list". */
const WHOLE_ADDRESS_BOOK = compilePhrases([
  'tous mes|ses contacts', 'tout mon|son carnet d adresse*', 'toute ma|sa liste de contacts', 'all my|his|her contacts',
  'whole|entire (contact list|address book)', 'everyone in my|his|her (contacts|address book)',
]);

const CENTRAL_STATION = compilePhrases(['centrale', 'centrales', 'central station', 'central monitor*', 'scope central', 'moniteur central']);
const BEDSIDE = compilePhrases(['chambre', 'ch', 'lit', 'box', 'bed', 'room', 'bay']);
/** One room's call bell: "sonnette chambre 12", "la poire d'appel du lit 3", "call bell in room 4". */
const ONE_ROOMS_CALL_BELL = compilePhrases([
  '(sonnette|poire|bouton d appel) (de la |du |de )?(chambre|ch|box|lit) #', '(chambre|ch|box|lit) # .. sonnette|poire', '(call bell|call button) (in|of|for) (room|bed|bay) #', '(room|bed|bay) # .. (call bell)',
]);

export interface ScopeContext {
  location: LocationHint | null;
  /** Category words found before scope is known (undefined when none). */
  category?: Category;
  /** Kind of equipment named, if any. */
  assetKind?: AssetKind;
  /** The message reports something wrong (an incident, not a request). */
  problem: boolean;
  /** Something is down, not just slow. */
  outage: boolean;
  /** A security threat acted upon or an infected machine. */
  compromise?: boolean;
}

/** "the whole C2 unit", "tout le service": the word for a unit, after the word for all of it. */
const WHOLE_UNIT_WORD = / (whole|entire|tout|toute)( the| le| la| l| our| my| notre)?( \w+)? (unit|ward|department|service|unite|secteur) /;

/**
 * A unit named whole ("toute la DRH", "the whole ICU"): the unit, or the site when only a building is named, unless
 * the words call it a unit ("it's the whole C2 unit, nurses station C210 too").
 */
function wholeUnitScope(text: Prepared, buildingOnly: boolean): Scope {
  return buildingOnly && !WHOLE_UNIT_WORD.test(text.joined) ? 'site' : 'service';
}

/** A whole floor: the building's floor, or the one unit named on it ("Paediatrics… wifi is down on the whole floor"). */
const WHOLE_FLOOR = compilePhrases([
  'tout le # etage', 'tout le 1er|2e|3e|4e|5e|6e|7e|8e|2eme|3eme|4eme|5eme etage', 'tout l etage', 'the whole # floor', 'the whole floor',
  // "le wifi marche plus dans tout le rez de chaussée du bâtiment E".
  'tout le rez de chaussee', 'the whole ground floor',
]);

/** "c tous les lits maintenant, 1 a 12", "every bed on the ward": the whole unit's beds, so the unit. */
const ALL_BEDS = compilePhrases([
  'tous les lits', 'toutes les chambres', 'all (the )?beds', 'every bed', 'all (the )?rooms', 'every room', 'tous les box', 'all (the )?bays',
  // "le DPI n'affiche plus les prescriptions si besoin pour aucun patient": every patient of the unit.
  '(pour|chez) (aucun|aucune) (patient|patiente|malade|resident|residente)', '(pour|chez) tous les (patients|malades|residents)', 'for (any|every) (patient|resident)', 'for all (the |our )?(patients|residents)',
]);

/** "Other PCs in the ward are getting really slow, worried it's spreading": a threat reaching the unit's machines. */
const SPREADING = compilePhrases(['spreading', 'spread to', 'se propage*', 'se repand*', 'propagation', 'contamine* les autres', 'infecte* les autres']);

/**
 * Who is affected. Stated collective words win ("tout le service", "plus personne", "l'équipe de nuit");
 * "everyone" means the named unit, or the site when no unit is named. Then what the equipment says:
 * several devices, a central monitoring station, a floor or wing, a unit's printer, a station shared by
 * a team, a unit's network or phones. Then one's own equipment. Nothing said means one person,
 * flagged `default` so the dialog asks.
 */
export function detectScope(text: Prepared, context: ScopeContext): Field<Scope> {
  const scope = detectScopeOfOneUnit(text, context);
  // A unit-wide failure in two units named together ("la radiologie et les urgences") spans several departments.
  // So does a group's failure told in two units ("secrétariats de med interne et de cardio", "admissions et urgences").
  if (scope.value === 'service' && context.problem && namesUnitsTogether(text)) return { ...scope, value: 'site' };
  if (scope.value === 'team' && context.problem && namesUnitsTogether(text, { joinedByAWord: true })) return { ...scope, value: 'site' };
  return scope;
}

function detectScopeOfOneUnit(text: Prepared, context: ScopeContext): Field<Scope> {
  const location = context.location;
  const unitOrFloor = location?.unit !== undefined || location?.floor !== undefined;
  const namesBuildingOnly = location?.building !== undefined && !unitOrFloor;
  const firstPerson = speaksOfOwnProblem(text);
  if (matchesAny(text, NOT_ONLY_ME)) return stated(notOnlyMe(text, namesBuildingOnly));
  // "it's only me, not the whole unit": the person, whatever larger group is denied.
  if (matchesAny(text, ONLY_ME)) return stated('single_user');
  if (matchesAny(text, SOME_OF_US)) return stated('team');
  if (matchesAny(text, SITE) || (matchesAny(text, EVERYWHERE) && !matchesAny(text, EVERYWHERE_ON_UNIT))) return stated('site');
  if (matchesAny(text, WHOLE_FLOOR)) return stated(location?.unit !== undefined && !namesUnitsTogether(text) ? 'service' : 'site');
  if (matchesAny(text, WHOLE_TEAM)) return stated('team');
  if (matchesAny(text, OWN_ACCOUNT) && matchesAny(text, LOCKED_OUT) && matchesAny(text, ON_EVERY_MACHINE)) return stated('single_user');
  // "mon dect affiche hors zone partout dans le service": everywhere the one handset goes, not everyone.
  if (matchesAny(text, OWN_HANDSET) && namesOnlyPlaces(text)) return stated('single_user');
  if (namesWholeUnit(text) || quantifiesUnit(text)) return stated(wholeUnitScope(text, namesBuildingOnly));
  if (context.problem && matchesAny(text, ALL_BEDS)) return stated('service');
  // A locked unit's door left open: every patient of the unit may leave.
  if (context.problem && lockedUnitLeftOpen(text)) return inferred('service');
  // One person's pager or account: others who try to reach them, or colleagues named, do not widen it.
  if (context.category === 'phone' && matchesAny(text, OWNED_CARRIED_DEVICE) && !matchesAny(text, COLLECTIVE_DEVICES)) {
    return inferred('single_user');
  }
  if (context.category === 'access' && matchesAny(text, OWN_ACCOUNT)) return stated('single_user');
  // A threat on a unit's shared drive reaches the unit.
  if (context.compromise && matchesAny(text, SHARED_DRIVE)) return inferred('service');
  // A hijacked mailbox writing to everyone it knows spreads the lure across the hospital.
  if (context.compromise && matchesAny(text, WHOLE_ADDRESS_BOOK)) return inferred('site');
  if (everyoneSaid(text) || statesNobodyCan(text)) {
    // "plus personne au secrétariat": everyone in that office, a team.
    if (matchesAny(text, SECRETARIAT)) return stated('team');
    // "l'imprimante de l'open space… pour tout le monde": everyone who prints on that one printer.
    if (context.category === 'printer' && matchesAny(text, ONE_PRINTER) && !matchesAny(text, SEVERAL_PRINTERS)) return stated('team');
    return stated(unitOrFloor || matchesAny(text, WING) ? 'service' : 'site');
  }
  if (context.compromise && (matchesAny(text, SEVERAL_MACHINES) || matchesAny(text, SPREADING))) return inferred('service');
  if (namesTeamPeople(text)) return stated('team');
  if (context.problem && matchesAny(text, SITE_ASSETS)) return inferred('site');
  if (context.problem && (matchesAny(text, COLLECTIVE_DEVICES) || statesEveryDeviceFails(text, isDeviceNoun))) {
    if (matchesAny(text, TEAM_PLACES) || matchesAny(text, SECRETARIAT)) return inferred('team');
    return inferred(namesBuildingOnly ? 'site' : unitOrFloor ? 'service' : 'team');
  }
  // "l'autoclave n°3 de la stérilisation", "the haematology analyser": a department's machine, shared by those who run it.
  // Not the link from it ("l'interface automates → SIL est coupée"): an application's fault reaches whoever it serves.
  const machineItself = context.category === undefined || context.category === 'biomedical' || context.category === 'hardware';
  if (context.problem && !firstPerson && ((machineItself && namesDepartmentMachine(text)) || matchesAny(text, ONE_DRUG_CABINET))) return inferred('team');
  // "sonnette chambre 12 pédiatrie : le voyant reste allumé": one room's bell, not the unit's calls.
  if (context.category === 'phone' && matchesAny(text, ONE_ROOMS_CALL_BELL)) return inferred('single_user');
  if (context.category === 'biomedical') {
    if (matchesAny(text, BEDSIDE)) return inferred('single_user');
    if (matchesAny(text, CENTRAL_STATION)) return inferred('service');
  }
  const sharedDevice =
    context.assetKind === 'printer' || context.assetKind === 'label_printer' || matchesAny(text, SHARED_DEVICES);
  if (sharedDevice && !firstPerson && (unitOrFloor || matchesAny(text, SHARED_DEVICE_PLACES) || PRINTER_TAG.test(text.raw))) return inferred('team');
  // "my office PC… I'm on the nurses' station PCs for now": the station named is the way round, not what failed.
  const stationAsWayRound = firstPerson && statesWorkaround(text);
  if (context.category !== 'biomedical' && context.category !== 'phone' && namesSharedStation(text) && !stationAsWayRound) return inferred('team');
  const oneDevice = firstPerson || matchesAny(text, SINGLE_DEVICE);
  // A floor narrows a building down to the units on it (handled below).
  const wholeBuilding = location?.floor === undefined && matchesAny(text, BUILDING_WORDS);
  if (context.outage && wholeBuilding && !oneDevice) return inferred('site');
  const infrastructure = context.category === 'network' || context.category === 'phone';
  if (infrastructure && context.outage && location?.unit !== undefined && matchesAny(text, UNIT_INFRASTRUCTURE)) {
    return inferred('service');
  }
  if ((location?.floor !== undefined || matchesAny(text, WING)) && context.problem && !oneDevice) return inferred('service');
  if (matchesAny(text, TEAM_PLACES) && !stationAsWayRound) return inferred('team');
  if (location?.unit !== undefined && context.problem && matchesAny(text, UNIT_SERVER)) return inferred('service');
  const unitWide = location?.unit !== undefined && context.problem && !oneDevice;
  if (unitWide && (context.category === 'network' || context.category === 'phone')) return inferred('service');
  // One system serves the whole unit: "le DPI est inaccessible en psy" is the unit's outage, unless a room narrows it.
  if (unitWide && context.category === 'software' && location?.room === undefined && matchesAny(text, CARE_SYSTEMS)) {
    return inferred('service');
  }
  if (unitWide && context.category === 'software') return inferred('team');
  return firstPerson ? stated('single_user') : byDefault('single_user');
}

/** "tout le bureau des admissions", "toute la DRH", "the whole lab": a quantifier right before a unit's name. */
function quantifiesUnit(text: Prepared): boolean {
  const units = new Set(unitPositions(text));
  const tokens = text.tokens;
  return tokens.some((token, i) => {
    if (WHOLE_EN.has(token)) return units.has(i + 1);
    // "tout le bureau des admissions": the unit's name may start with the office's word.
    return WHOLE_FR.has(token) && ARTICLE.has(tokens[i + 1] ?? '') && (units.has(i + 2) || units.has(i + 4));
  });
}

/**
 * Only what the text says outright about who is affected ("tout le service", "juste moi",
 * "l'équipe de nuit"), or undefined. Used for dialog corrections, where a guess must not replace a field.
 */
/** "c'est que le labo, pas tout l'hôpital": the site is ruled out. */
const NOT_THE_SITE = compilePhrases([
  'pas (tout|toute) l|le|la hopital|site|etablissement|batiment|chu|ch', 'pas tous les services|batiments|sites', 'not the whole hospital|site|building', 'not all (the )?(wards|units|buildings)',
]);

/**
 * "it's the same everywhere on the ward", "partout dans le service", and nothing else about who: where one device fails,
 * which says nothing of who is hit when the device is one person's handset.
 */
export function tellsOnlyWhereItFails(message: string): boolean {
  const text = prepare(message);
  return namesOnlyPlaces(text) && !everyoneSaid(text) && !matchesAny(text, NOT_ONLY_ME);
}

/**
 * "aucun DECT du service ne marche", "all the printers on 3 are offline": every device of the kind of problem fails,
 * none singled out (false for a kind that has no devices of its own).
 */
export function tellsEveryDeviceFails(message: string, category: Category): boolean {
  const nouns = DEVICE_NOUNS_OF_KIND[category];
  return nouns !== undefined && statesEveryDeviceFails(prepare(message), (token) => nouns.has(token));
}

/** "partout dans le service" and no unit or set of devices named whole: places, not people. */
function namesOnlyPlaces(text: Prepared): boolean {
  return matchesAny(text, ALL_OVER) && !matchesAny(text, UNIT_WORDS) && !matchesAny(text, COLLECTIVE_DEVICES);
}

export function statedScope(text: Prepared, location: LocationHint | null): Scope | undefined {
  const buildingOnly = location?.building !== undefined && location.unit === undefined && location.floor === undefined;
  if (matchesAny(text, NOT_THE_SITE)) return location?.unit !== undefined ? 'service' : undefined;
  // "it's not just me - the carts keep dropping off all over internal med": more than me, the whole unit.
  if (matchesAny(text, NOT_ONLY_ME)) return notOnlyMe(text, buildingOnly);
  if (matchesAny(text, ONLY_ME)) return 'single_user';
  if (matchesAny(text, SOME_OF_US)) return 'team';
  if (matchesAny(text, SITE)) return 'site';
  // "partout dans le service", "everywhere on the ward": the unit, whatever building the words name beside it.
  if (matchesAny(text, ALL_OVER) || matchesAny(text, ALL_BEDS)) return 'service';
  // "the whole team of nurse managers": a team, not the unit.
  if (matchesAny(text, WHOLE_TEAM) || matchesAny(text, SOME_OF_US)) return 'team';
  // "toute la DRH est bloquée", "the whole ICU": a unit named whole.
  if (namesWholeUnit(text) || quantifiesUnit(text)) return wholeUnitScope(text, buildingOnly);
  if (everyoneSaid(text) || statesNobodyCan(text)) return buildingOnly ? 'site' : 'service';
  if (namesTeamPeople(text)) return 'team';
  if (matchesAny(text, SPREADING)) return 'service';
  return undefined;
}
