import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, loadFiches } from '../../src/knowledge/index.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  const { fiches } = await loadFiches('knowledge');
  knowledge = new KnowledgeBase(fiches);
});

describe('a PC that stops on a black screen with a blinking cursor', () => {
  it('gets the fiche of a PC that does not start, not that of the screen, in both languages', () => {
    const cases: Array<[string, 'fr' | 'en']> = [
      ["Hi, my laptop won't boot this morning, just a black screen with a blinking cursor", 'en'],
      ['black screen with a blinking cursor', 'en'],
      ['mon PC reste sur un écran noir avec un curseur qui clignote', 'fr'],
      ["l'ordi affiche no bootable device", 'fr'],
    ];
    for (const [question, lang] of cases) {
      const result = knowledge.search(question, { lang });
      expect(result.results[0]?.slug, question).toBe('workstation-wont-boot');
      expect(result.answerable, question).toBe(true);
    }
  });

  it('still sends a screen that shows nothing to the screen fiche', () => {
    expect(knowledge.search("l'écran reste noir, aucun signal", { lang: 'fr' }).results[0]?.slug).toBe('screen-display');
    expect(knowledge.search('my second screen shows no signal', { lang: 'en' }).results[0]?.slug).toBe('screen-display');
  });
});
