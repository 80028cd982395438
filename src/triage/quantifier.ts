import type { Prepared } from './matcher.js';

/**
 * Quantified failures read by structure rather than by fixed phrases: a quantifier ("personne",
 * "aucun", "tous les", "nobody", "all the"), then a few words of any kind (a place, a system, a
 * device), then what fails. "personne en psy ne peut se connecter au DPI" and "nobody on the
 * maternity ward can open the e-prescribing module" are read the same way.
 */

/** How many words may sit between the quantifier and the failing verb. */
const WINDOW = 6;

/** Words that make "personne" a person rather than "nobody": "une personne", "la personne". */
const PERSON_ARTICLES = new Set(['une', 'la', 'cette', 'chaque', 'de', 'quelle', 'seule', 'autre', 'meme']);

/** What nobody manages to do: only failures count ("personne n'a cliqué" is not an outage). */
const FRENCH_INABILITY = new Set(['peut', 'peuvent', 'pouvait', 'pouvons', 'arrive', 'arrivent', 'arrivait', 'reussit', 'parvient']);
/** "personne n'a plus accès", "personne n'a accès". */
const FRENCH_NO_ACCESS = new Set(['acces', 'plus']);
const ENGLISH_CAN = new Set(['can', 'could', 'able', 'manages', 'managed']);
/** "nobody has access", "no one is able", "nobody gets through": an auxiliary, then what they lack. */
const ENGLISH_AUXILIARY = new Set(['has', 'gets', 'is', 'got']);
const ENGLISH_AUXILIARY_OBJECT = new Set(['able', 'access', 'in', 'through', 'working', 'connected']);

/** Quantifiers over equipment: "aucun", "tous les", "all the", "none of the". */
const NONE = new Set(['aucun', 'aucune']);
const FRENCH_ALL = new Set(['tous', 'toutes']);
/** A French negation or failure following "aucun ..." or "tous les ...". */
const FRENCH_FAILURE = new Set([
  'ne', 'n', 'hs', 'bloque', 'bloques', 'bloquee', 'bloquees', 'plante', 'plantes', 'plantent', 'fige', 'figes', 'figees',
  'eteint', 'eteints', 'eteintes', 'coupe', 'coupes', 'coupees', 'panne', 'noir', 'noirs', 'inaccessible', 'inaccessibles',
  'deconnecte', 'deconnectes', 'gele', 'geles', 'morts', 'mortes', 'muets', 'redemarrent', 'affichent', 'sonnent',
]);
const ENGLISH_ALL = new Set(['all', 'every', 'none']);
const ENGLISH_FAILURE = new Set([
  'down', 'dead', 'offline', 'frozen', 'froze', 'freezing', 'crashed', 'crashing', 'not', 'stopped', 'failing', 'failed', 'blank', 'black', 'locked', 'stuck', 'disconnected', 'keep', 'show',
]);

function within(tokens: string[], from: number, test: (token: string, index: number) => boolean): boolean {
  return indexWithin(tokens, from, test) >= 0;
}

function indexWithin(tokens: string[], from: number, test: (token: string, index: number) => boolean): number {
  const end = Math.min(tokens.length, from + 1 + WINDOW);
  for (let j = from + 1; j < end; j++) if (test(tokens[j]!, j)) return j;
  return -1;
}

/** "personne ne peut me joindre", "nobody can reach me": the writer is the one cut off, not a group. */
const ME = new Set(['me', 'm', 'moi']);
function aimedAtWriter(tokens: string[], verb: number): boolean {
  return ME.has(tokens[verb + 1] ?? '') || ME.has(tokens[verb + 2] ?? '');
}

/** "personne ... ne peut", "plus personne", "nobody ... can", "no one ... is able": a group cannot work. */
export function statesNobodyCan(text: Prepared): boolean {
  return nobodyCanAt(text) >= 0;
}

/** Word position of the quantifier of {@link statesNobodyCan}, or -1. */
export function nobodyCanAt(text: Prepared): number {
  const tokens = text.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "quand je décroche y'a personne": nobody on the line, not nobody able to work.
    const nobodyThere = tokens[i - 1] === 'a' && tokens[i - 2] === 'y' && tokens[i + 1] !== 'qui';
    if (token === 'personne' && !PERSON_ARTICLES.has(tokens[i - 1] ?? '') && !nobodyThere) {
      if (tokens[i - 1] === 'plus') return i;
      const failing = indexWithin(tokens, i, (t, j) =>
        FRENCH_INABILITY.has(t) || ((t === 'a' || t === 'ont') && tokens[j - 1] === 'n' && FRENCH_NO_ACCESS.has(tokens[j + 1] ?? '')),
      );
      if (failing >= 0 && !aimedAtWriter(tokens, failing)) return i;
    }
    // "plus aucun gazo possible pour les urgences": the work itself can no longer be done, by anyone.
    if (NONE.has(token) && tokens[i - 1] === 'plus' && within(tokens, i, (t, j) => t === 'possible' && j <= i + 3)) return i;
    const nobody = token === 'nobody' || token === 'noone' || (token === 'no' && tokens[i + 1] === 'one');
    if (nobody) {
      const start = token === 'no' ? i + 1 : i;
      const failing = indexWithin(tokens, start, (t, j) =>
        ENGLISH_CAN.has(t) || (ENGLISH_AUXILIARY.has(t) && ENGLISH_AUXILIARY_OBJECT.has(tokens[j + 1] ?? '')),
      );
      if (failing >= 0 && !aimedAtWriter(tokens, failing)) return i;
    }
  }
  return -1;
}

/** "aucun des PC du service ne démarre", "tous les postes de l'EHPAD sont bloqués", "all the printers on 3 are offline". */
export function statesEveryDeviceFails(text: Prepared, isDevice: (token: string) => boolean): boolean {
  const tokens = text.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const french = NONE.has(token) || (FRENCH_ALL.has(token) && (tokens[i + 1] === 'les' || tokens[i + 1] === 'nos'));
    const english = ENGLISH_ALL.has(token);
    if (!french && !english) continue;
    // The quantifier must bear on equipment, named within two words ("aucun des PC", "all the phones").
    let device = -1;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (isDevice(tokens[j]!)) { device = j; break; }
    if (device < 0) continue;
    const failures = french ? FRENCH_FAILURE : ENGLISH_FAILURE;
    if (within(tokens, device, (t) => failures.has(t)) || (token === 'none' && english)) return true;
  }
  return false;
}
