import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, answerFromFiche, answerQuestion, loadFiches } from '../../src/knowledge/index.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = new KnowledgeBase((await loadFiches('knowledge')).fiches);
});

describe('answers from a fiche', () => {
  it("gives the fiche's numbered steps in the user's language with the feedback question", () => {
    const fiche = knowledge.fiche('password-reset', 'fr')!;
    expect(answerFromFiche(knowledge, 'password-reset', 'fr')).toEqual({
      slug: 'password-reset',
      lang: 'fr',
      title: fiche.title,
      category: 'access',
      steps: fiche.steps,
      escalate_to: fiche.escalateTo,
      question: 'Cela a-t-il résolu le problème ?',
    });
    expect(fiche.steps.length).toBeGreaterThanOrEqual(3);
    expect(answerFromFiche(knowledge, 'password-reset', 'en')).toMatchObject({ lang: 'en', question: 'Did this solve it?' });
  });

  it('falls back to the other language with a short note when the fiche is missing in the user’s', () => {
    const frenchOnly = new KnowledgeBase(knowledge.fiches.filter((f) => !(f.id === 'phone-dect' && f.lang === 'en')));
    const answer = answerFromFiche(frenchOnly, 'phone-dect', 'en');
    expect(answer).toMatchObject({ slug: 'phone-dect', lang: 'fr', note: 'This guide is only available in French.', question: 'Did this solve it?' });
  });

  it('answers a staff question with its best fiche, and nothing for small talk', () => {
    expect(answerQuestion(knowledge, 'ma boite mail est pleine')).toMatchObject({ lang: 'fr', answer: { slug: 'mailbox-full' } });
    expect(answerQuestion(knowledge, 'thanks a lot!')).toEqual({ lang: 'en' });
  });

  it('knows no fiche for an unknown slug', () => {
    expect(answerFromFiche(knowledge, 'coffee-machine', 'fr')).toBeUndefined();
  });
});
