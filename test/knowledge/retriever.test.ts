import { RunnableLambda } from '@langchain/core/runnables';
import type { Document } from '@langchain/core/documents';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, KnowledgeRetriever, loadFiches, type FicheMetadata } from '../../src/knowledge/index.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = new KnowledgeBase((await loadFiches('knowledge')).fiches);
});

describe('KnowledgeRetriever (LangChain retriever interface)', () => {
  it('returns fiches as Documents carrying slug, lang and score', async () => {
    const retriever = new KnowledgeRetriever({ knowledge, k: 3 });
    const docs = await retriever.invoke('imprimante à bracelets en panne aux urgences');
    expect(docs).toHaveLength(3);
    expect(docs[0]!.metadata).toMatchObject({ slug: 'label-printer-wristband', lang: 'fr', answerable: true });
    expect(docs[0]!.metadata.score).toBeGreaterThan(docs[2]!.metadata.score);
    expect(docs[0]!.pageContent).toContain(knowledge.fiche('label-printer-wristband', 'fr')!.title);
    expect(docs[0]!.pageContent).toMatch(/^1\. /m);
  });

  it('returns nothing for a question no fiche answers, unless asked to', async () => {
    expect(await new KnowledgeRetriever({ knowledge }).invoke('quel est le menu de la cantine ?')).toEqual([]);
    const all = await new KnowledgeRetriever({ knowledge, includeUnanswerable: true }).invoke('quel est le menu de la cantine ?');
    expect(all.every((doc) => doc.metadata.answerable === false)).toBe(true);
  });

  it('composes with a LangChain chain', async () => {
    const retriever = new KnowledgeRetriever({ knowledge, k: 2, lang: 'en' });
    const chain = retriever.pipe(RunnableLambda.from((docs: Document<FicheMetadata>[]) => docs.map((d) => `${d.metadata.slug}:${d.metadata.lang}`)));
    expect(await chain.invoke('Outlook crashes when it starts')).toEqual(expect.arrayContaining(['email-outlook:en']));
  });
});
