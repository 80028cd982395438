import { compilePhrases, positionsOf, prepare, type Phrase, type Prepared } from './matcher.js';

/** "c pas cristal net, c'est windows", "c'est pas le DPI", "it's not the EHR": the application named is the one it is not. */
const NEGATION = /^(pas|not)$/;
const COPULA = /^(c|est|s|is|it|its|isn|was|ce)$/;
const ARTICLE = /^(le|la|l|the|un|une|a)$/;
function deniedAt(text: Prepared, at: number): boolean {
  const { tokens } = text;
  const negation = NEGATION.test(tokens[at - 1] ?? '') ? at - 1 : ARTICLE.test(tokens[at - 1] ?? '') && NEGATION.test(tokens[at - 2] ?? '') ? at - 2 : -1;
  return negation > 0 && COPULA.test(tokens[negation - 1] ?? '');
}

/** "I can log into Cristal-Net fine but PACS says…": the application said to work is not the one at fault. */
const WORKS = /^(fine|ok|okay|works|working|marche|marchent|fonctionne|fonctionnent|nickel|impeccable)$/;
const NOT = /^(pas|plus|not|no|n|ne|rien|t|jamais|never)$/;
/** "le DPI marche mais très lent", "works but slowly": working, but not well (not "fine but PACS says…", another thing). */
const BUT = /^(mais|but)$/;
const NOT_WELL = /^(tres|trop|super|hyper|lent|lente|lents|slow|slowly|very|really|rame|ramer|bug\w*|plante\w*|crash\w*|freez\w*|fige\w*|parfois|sometimes|pas|not|mal|badly|intermittent\w*)$/;
function workingAt(text: Prepared, at: number): boolean {
  const after = text.tokens.slice(at + 1, at + 6);
  const works = after.findIndex((token) => WORKS.test(token));
  if (works < 0 || after.some((token) => NOT.test(token))) return false;
  const next = text.tokens.slice(at + 2 + works, at + 5 + works);
  const but = next.findIndex((token) => BUT.test(token));
  return but < 0 || !NOT_WELL.test(next[but + 1] ?? '');
}

/** "no PACS rights for this user… Could I get PACS access?", "l'accès au PACS": the application the rights are about. */
const RIGHTS = /^(access|acces|rights|droits|droit|habilitation|habilitations|profile|profil)$/;
function rightsAt(text: Prepared, at: number): boolean {
  return [at - 3, at - 2, at - 1, at + 1, at + 2].some((i) => RIGHTS.test(text.tokens[i] ?? ''));
}

/** Finds which business application a message names, from the hospital's own names for them. */
export interface ApplicationFinder {
  /** The code of the application named first in `text` (one said to work is not at fault), or undefined. */
  find(text: string | Prepared): string | undefined;
}

/**
 * Builds a finder from application codes and the phrases staff use for each ("dpi": ["cristal net",
 * "dossier patient*"]). Phrases follow the lexicons' syntax: accents and case ignored, `*` for any word
 * ending, `a|b` for either word.
 *
 * ```ts
 * const finder = createApplicationFinder({ dpi: ['cristal net'], pacs: ['pacs'] });
 * finder.find('Cristal-Net ne répond plus') // 'dpi'
 * finder.find("c pas cristal net, c'est la session windows") // undefined
 * ```
 */
export function createApplicationFinder(aliases: Readonly<Record<string, readonly string[]>>): ApplicationFinder {
  const compiled: Array<[string, Phrase[]]> = Object.entries(aliases).map(([code, phrases]) => [code, compilePhrases(phrases)]);
  return {
    find(text) {
      const prepared = typeof text === 'string' ? prepare(text) : text;
      const named: Array<{ code: string; at: number; works: boolean; rights: boolean }> = [];
      for (const [code, phrases] of compiled) {
        const positions = positionsOf(prepared, phrases).filter((p) => !deniedAt(prepared, p));
        const at = Math.min(...positions);
        if (at !== Infinity) named.push({ code, at, works: workingAt(prepared, at), rights: positions.some((p) => rightsAt(prepared, p)) });
      }
      // "webmail takes the new one fine but my laptop keeps saying wrong password": no application at fault.
      // "In Cristal-Net the Imaging tab says 'no PACS rights'… Could I get PACS access?": the one the rights are about comes first.
      return named.filter((application) => !application.works).sort((a, b) => Number(b.rights) - Number(a.rights) || a.at - b.at)[0]?.code;
    },
  };
}
