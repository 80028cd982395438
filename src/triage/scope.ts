import type { Category, Scope } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, matchesAny, type Prepared } from './matcher.js';
import type { LocationHint } from './location-hint.js';

/** The whole site or several departments. */
const SITE = compilePhrases([
  'tout|toute l hopital|etablissement', 'tout le site|chu|ch|ght|batiment|rdc|campus|hopital', 'ensemble de l hopital|etablissement',
  'ensemble du site|chu|batiment', 'ensemble des services|unites|batiments|sites', 'tous les services|batiments|sites|poles',
  'toutes les unites', 'plusieurs services|batiments|unites|sites|poles', 'a l hopital', 'dans l hopital',
  'whole|entire hospital|site|building|campus', 'hospital wide', 'across the hospital', 'all departments|wards|units|buildings|sites',
  'several departments|wards|units|buildings', 'everywhere', 'partout dans l hopital', 'in the hospital',
]);

/** A whole care unit or department. */
const SERVICE = compilePhrases([
  'tout|toute le|la|l service|labo|laboratoire|bloc|secteur|pole|departement|unite|etage|plateau|aile|hdj|reanimation|rea|urgences|cabinet|pharmacie|maternite|radiologie|radio',
  'ensemble du service|pole|secteur', 'ensemble de l unite|etage', 'tous|toutes les pc|pcs|postes|ordinateurs|ordis|telephones|ecrans|imprimantes|dect|bips|lignes',
  'plus aucun|aucune pc|poste|ordinateur|telephone|imprimante|ecran|ligne', 'aucun poste|pc|ordinateur|telephone',
  'tous les manipulateurs|medecins|soignants|infirmiers|infirmieres|ide|agents|secretaires|internes|utilisateurs|postes',
  'les|des .. du service', 'sur tous les postes', 'whole|entire department|unit|ward|lab|floor|service|theatre|icu|er|pharmacy',
  'all the phones|pcs|computers|workstations|printers|screens', 'all phones|pcs|computers|workstations|printers', 'every computer|pc|workstation|phone',
  'all .. computers|pcs|workstations|phones in', 'the whole',
]);

/** Everyone or nobody: the writer's unit when one is named, the site when only a building is. */
const EVERYONE = compilePhrases([
  'plus personne', 'personne ne|n peut|arrive|a', 'pour personne', 'pour tout le monde', 'tout le monde', 'nobody', 'no one',
  'everyone', 'everybody', 'all users', 'all staff', 'tous les utilisateurs', 'chez tout le monde',
]);

/** A group of people. */
const TEAM = compilePhrases([
  'equipe', 'equipes', 'team', 'on est plusieurs', 'nous sommes plusieurs', 'nous tous',
  'plusieurs collegues|personnes|utilisateurs|agents|ide|infirmier*|medecins|postes|pc|internes',
  'several colleagues|users|people|nurses|doctors|computers|pcs', 'several of us',
  'les|des ide|as|internes|externes|infirmiers|infirmieres|medecins|secretaires|aides soignant*|collegues|cadres|kines|sages femmes|manipulateurs|agents|urgentistes|anesthesistes',
  'the nurses|doctors|interns|residents|secretaries|radiologists|midwives', 'radiologists|interns|residents|nurses are|can|cannot',
  'my colleagues', 'we all', 'all of us', 'comptes des', '# postes|pc|pcs|comptes|personnes|agents|utilisateurs|externes|internes|ide|collegues|users|accounts|people|computers',
  'poste de? soins|soin', 'poste* infirmier*', 'poste* de? soins partage*', 'bureau infirmier*', 'bureau des infirmier*',
  'salle de? soins', 'salle de? staff', 'salle de? reunion', 'salle de? pause', 'regulation', 'poste partage*',
  'nurses station|room|office', 'nurse station', 'nursing station', 'staff room', 'meeting room',
  'shared workstation|computer|pc|station|printer|phone',
  'chariot* de? soins|distribution|medicament*|medication', 'med cart', 'medication cart', 'couloir', 'corridor',
]);

/** Shared spaces whose printers and fax machines serve a team. */
const SHARED_DEVICE_PLACES = compilePhrases([
  'secretariat*', 'secretary', 'secretaries', 'etage', 'floor', 'accueil', 'admissions', 'bureau des entrees', 'copieur*',
  'photocopieu*', 'copier', 'fax',
]);

/** The writer speaks of their own equipment or account. */
const FIRST_PERSON = compilePhrases([
  'mon|ma|mes|my', 'je|j|i', 'me|moi', 'juste moi', 'only me', 'just me',
]);
const ONLY_ME = compilePhrases([
  'juste moi', 'que moi', 'seulement moi', 'moi seul*', 'uniquement moi', 'only me', 'just me', 'personne d autre',
  'only mine', 'just mine', 'only my',
]);

const CENTRAL_STATION = compilePhrases(['centrale', 'centrales', 'central station', 'central monitor*']);
const BEDSIDE = compilePhrases(['chambre', 'ch', 'lit', 'box', 'bed', 'room', 'bay']);

export interface ScopeContext {
  location: LocationHint | null;
  /** Category words found before scope is known (undefined when none). */
  category?: Category;
  /** The message reports something down, not just slow. */
  outage: boolean;
}

/**
 * Who is affected. Stated collective words win ("tout le service", "plus personne", "l'équipe de nuit");
 * then places shared by a team (poste de soins, salle de staff); then one's own equipment.
 * Nothing said means one person, flagged `default` so the dialog can ask.
 */
export function detectScope(text: Prepared, context: ScopeContext): Field<Scope> {
  const location = context.location;
  const namesBuildingOnly = location?.building !== undefined && location.unit === undefined && location.floor === undefined;
  if (matchesAny(text, ONLY_ME)) return stated('single_user');
  if (matchesAny(text, SITE)) return stated('site');
  if (matchesAny(text, SERVICE)) return stated(namesBuildingOnly ? 'site' : 'service');
  if (matchesAny(text, EVERYONE)) return stated(namesBuildingOnly ? 'site' : 'service');
  const printing = context.category === 'printer';
  if (matchesAny(text, TEAM)) return stated('team');
  if (context.category === 'biomedical') {
    if (matchesAny(text, CENTRAL_STATION)) return inferred('service');
    if (matchesAny(text, BEDSIDE)) return inferred('single_user');
  }
  if (printing && (matchesAny(text, SHARED_DEVICE_PLACES) || location?.unit !== undefined || location?.floor !== undefined)) {
    return matchesAny(text, FIRST_PERSON) ? stated('single_user') : inferred('team');
  }
  const firstPerson = matchesAny(text, FIRST_PERSON);
  if (location?.floor !== undefined && context.outage && !firstPerson) return inferred('service');
  if (context.category === 'software' && location?.unit !== undefined && context.outage && !firstPerson) {
    return inferred('service');
  }
  return firstPerson ? stated('single_user') : byDefault('single_user');
}
