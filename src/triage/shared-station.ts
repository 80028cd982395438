import type { Prepared } from './matcher.js';
import { findUnit } from './location-hint.js';

/**
 * A device named by the place it belongs to is a station shared by whoever works there: "le PC de
 * l'accueil", "la tablette de l'EHPAD", "le lecteur de codes-barres de la pharmacie", "the admissions PC",
 * "the ward's workstation on wheels". A device named by its owner ("le PC de la cadre", "mon poste")
 * is one person's.
 */

/** Workstation-like equipment a place can own. Printers and bedside devices have rules of their own. */
const STATION_NOUNS = new Set([
  'pc', 'pcs', 'poste', 'ordinateur', 'ordi', 'tablette', 'lecteur', 'borne', 'clavier', 'souris', 'ecran',
  'laptop', 'computer', 'workstation', 'tablet', 'terminal', 'reader', 'kiosk', 'screen', 'keyboard',
]);

/** Places (that are not a care unit's name) whose equipment several people use. */
const PLACES = new Set([
  'accueil', 'cuisine', 'self', 'standard', 'secretariat', 'consultation', 'consultations', 'salle', 'infirmerie', 'office',
  'prelevement', 'prelevements', 'service', 'unite', 'etage', 'entrees', 'admissions', 'reception', 'ward', 'wards', 'desk',
  'kitchen', 'unit', 'station', 'lab', 'labo', 'pharmacy', 'pharmacie', 'theatre', 'clinic', 'front',
]);

/** Articles and prepositions that may sit between a device and its place ("le PC de la salle de garde"). */
const LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'l', 'le', 'les']);
/** "mon PC", "my laptop": one person's equipment whatever follows. */
const OWNERS = new Set(['mon', 'ma', 'my', 'son', 'sa', 'his', 'her']);
const ENGLISH_LINKS = new Set(['the', 's', 'ward', 'nurses']);

/** Unit names that are also one person's role: "le PC de l'IAO" is the triage nurse's station. */
const ROLES = new Set(['iao', 'regulation', 'arm', 'cadre', 'interne', 'medecin', 'secretaire', 'pharmacien', 'radiologue']);

function placeAt(tokens: string[], index: number, unitAt: number): boolean {
  const token = tokens[index] ?? '';
  return !ROLES.has(token) && (PLACES.has(token) || index === unitAt);
}

/** True when a workstation-like device is named after a place rather than a person. */
export function namesSharedStation(text: Prepared): boolean {
  const tokens = text.tokens;
  const unitAt = findUnit(text)?.at ?? -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!STATION_NOUNS.has(tokens[i]!) || OWNERS.has(tokens[i - 1] ?? '')) continue;
    // French: device, then "de la / du / de l'", then the place.
    let j = i + 1;
    // "le lecteur de codes-barres de la pharmacie": skip what the device reads or shows.
    if (tokens[j] === 'de' && (tokens[j + 1] === 'code' || tokens[j + 1] === 'codes' || tokens[j + 1] === 'carte')) {
      j += tokens[j + 2] === 'barre' || tokens[j + 2] === 'barres' || tokens[j + 2] === 'vitale' ? 3 : 2;
    }
    let linked = false;
    while (j < tokens.length && j <= i + 6 && LINKS.has(tokens[j]!)) { j++; linked = true; }
    if (linked && placeAt(tokens, j, unitAt)) return true;
    // English: the place right before the device ("the admissions PC", "the ward's workstation").
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (placeAt(tokens, k, unitAt)) return true;
      if (!ENGLISH_LINKS.has(tokens[k]!) && !PLACES.has(tokens[k]!)) break;
    }
  }
  return false;
}
