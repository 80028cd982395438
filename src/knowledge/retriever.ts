import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Language } from '../triage/index.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** Metadata of each Document the retriever returns. */
export interface FicheMetadata {
  slug: string;
  lang: Language;
  /** Share of the question the fiche explains, 0..1. */
  score: number;
  title: string;
  escalate_to: string;
  /** Whether the search judged the question answerable by the knowledge base. */
  answerable: boolean;
}

export interface KnowledgeRetrieverInput extends BaseRetrieverInput {
  knowledge: KnowledgeBase;
  /** Fiches per question (default 3). */
  k?: number;
  /** Force the question's language instead of detecting it. */
  lang?: Language;
  /** Also return fiches for questions judged unanswerable (default false: an empty list). */
  includeUnanswerable?: boolean;
}

/**
 * The knowledge base behind LangChain's retriever interface, so it composes with chains:
 * each Document is a fiche (title and "what to do" steps) with slug, lang and score in metadata.
 *
 * ```ts
 * const retriever = new KnowledgeRetriever({ knowledge, k: 3 });
 * const docs = await retriever.invoke('imprimante bracelet urgences en panne');
 * docs[0]?.metadata.slug; // 'label-printer-wristband'
 * ```
 */
export class KnowledgeRetriever extends BaseRetriever<FicheMetadata> {
  override lc_namespace = ['triage', 'knowledge', 'retriever'];
  private readonly knowledge: KnowledgeBase;
  private readonly k: number;
  private readonly lang?: Language;
  private readonly includeUnanswerable: boolean;

  static override lc_name(): string {
    return 'KnowledgeRetriever';
  }

  constructor(fields: KnowledgeRetrieverInput) {
    super(fields);
    this.knowledge = fields.knowledge;
    this.k = fields.k ?? 3;
    this.lang = fields.lang;
    this.includeUnanswerable = fields.includeUnanswerable ?? false;
  }

  override async _getRelevantDocuments(query: string): Promise<Document<FicheMetadata>[]> {
    const result = this.knowledge.search(query, { k: this.k, ...(this.lang ? { lang: this.lang } : {}) });
    if (!result.answerable && !this.includeUnanswerable) return [];
    return result.results.flatMap((hit) => {
      const fiche = this.knowledge.fiche(hit.slug, hit.lang);
      if (!fiche) return [];
      const steps = fiche.steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
      return [
        new Document<FicheMetadata>({
          id: `${hit.lang}/${hit.slug}`,
          pageContent: `${fiche.title}\n\n${steps}`,
          metadata: {
            slug: hit.slug,
            lang: hit.lang,
            score: hit.score,
            title: fiche.title,
            escalate_to: fiche.escalateTo,
            answerable: result.answerable,
          },
        }),
      ];
    });
  }
}
