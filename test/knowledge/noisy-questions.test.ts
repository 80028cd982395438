import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, loadFiches } from '../../src/knowledge/index.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  const { fiches } = await loadFiches('knowledge');
  knowledge = new KnowledgeBase(fiches);
});

describe('a question wrapped in chat words', () => {
  it('answers a locked account though the message opens with "slt" and says people are waiting', () => {
    const result = knowledge.search("slt, mon compte est bloqué, je peux plus me connecter à GAM et j'ai du monde qui attend au guichet", { lang: 'fr' });
    expect(result.answerable).toBe(true);
    expect(['account-locked', 'admissions-software']).toContain(result.results[0]?.slug);
  });

  it('reads "slt" as a greeting and "du monde" as people, not as a topic', () => {
    expect(knowledge.search('slt', { lang: 'fr' }).answerable).toBe(false);
    expect(knowledge.search('y a du monde', { lang: 'fr' }).answerable).toBe(false);
  });
});
