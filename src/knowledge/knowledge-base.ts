import { CodedError } from '../errors.js';
import type { Language } from '../triage/index.js';
import type { Fiche, FicheProblem } from './fiche.js';
import { loadFiches } from './load-fiches.js';
import { FicheSearcher, type SearchOptions, type SearchResult, type SearcherOptions } from './search.js';

/**
 * The fiches and their index, built once: what the bot, the CLI and the retriever share.
 *
 * ```ts
 * const { knowledge, problems } = await openKnowledgeBase(loadConfig().knowledgeDir);
 * knowledge.search('cristalnet rame', { k: 3 });
 * knowledge.fiche('dpi-slow', 'fr')?.title;
 * ```
 */
export class KnowledgeBase {
  private readonly searcher: FicheSearcher;
  private readonly byKey = new Map<string, Fiche>();

  constructor(readonly fiches: readonly Fiche[], options: SearcherOptions = {}) {
    for (const fiche of fiches) this.byKey.set(`${fiche.lang}/${fiche.id}`, fiche);
    this.searcher = new FicheSearcher(fiches, options);
  }

  /** Fiches for a question, best first, and whether any answers it (see FicheSearcher). */
  search(query: string, options: SearchOptions = {}): SearchResult {
    return this.searcher.search(query, options);
  }

  /** The fiche of that slug in that language, if it exists. */
  fiche(slug: string, lang: Language): Fiche | undefined {
    return this.byKey.get(`${lang}/${slug}`);
  }

  /** The fiche in the preferred language, else in the other one; undefined for an unknown slug. */
  ficheFor(slug: string, lang: Language): Fiche | undefined {
    return this.fiche(slug, lang) ?? this.fiche(slug, lang === 'fr' ? 'en' : 'fr');
  }

  get slugs(): string[] {
    return [...new Set(this.fiches.map((fiche) => fiche.id))].sort();
  }
}

export interface OpenedKnowledgeBase {
  knowledge: KnowledgeBase;
  /** Fiches left out because they are malformed, with path and line: report them, never hide them. */
  problems: FicheProblem[];
}

/** Loads knowledge/<lang>/*.md and builds the index. Fails only when no fiche at all is usable. */
export async function openKnowledgeBase(dir: string, options: SearcherOptions = {}): Promise<OpenedKnowledgeBase> {
  const { fiches, problems } = await loadFiches(dir);
  if (fiches.length === 0) {
    const first = problems[0];
    throw new CodedError(
      'validation_failed',
      `no usable fiche in ${dir}${first ? ` (first problem: ${first.file}:${first.line}: ${first.message})` : ''}`,
      { problems },
    );
  }
  return { knowledge: new KnowledgeBase(fiches, options), problems };
}

/**
 * The plain-function form of the search, for callers that only need that:
 *
 * ```ts
 * const search = createKnowledgeSearch(fiches);
 * search('mdp expiré', { k: 5 }); // { answerable, lang, confidence, results: [{ slug, lang, score }] }
 * ```
 */
export function createKnowledgeSearch(fiches: readonly Fiche[], options: SearcherOptions = {}): (query: string, options?: SearchOptions) => SearchResult {
  const searcher = new FicheSearcher(fiches, options);
  return (query, searchOptions) => searcher.search(query, searchOptions);
}
