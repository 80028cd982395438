import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, createKnowledgeSearch, loadFiches, type Fiche } from '../../src/knowledge/index.js';
import { detectLanguage } from '../../src/knowledge/index.js';

let knowledge: KnowledgeBase;
let fiches: Fiche[];

beforeAll(async () => {
  ({ fiches } = await loadFiches('knowledge'));
  knowledge = new KnowledgeBase(fiches);
});

const top = (query: string, lang?: 'fr' | 'en') => knowledge.search(query, lang ? { lang } : {}).results[0]?.slug;

describe('searching the fiches', () => {
  it('understands hospital abbreviations and product names', () => {
    expect(top('mdp expiré')).toBe('password-reset');
    expect(top('cristalnet rame')).toBe('dpi-slow');
    expect(top('carte cps pas reconnue')).toBe('cps-card-reader');
    expect(top('GAM bloqué aux entrées')).toBe('admissions-software');
  });

  it('tolerates typos and SMS French', () => {
    expect(top('imprimente bracelet urgence marche pa')).toBe('label-printer-wristband');
    expect(top('mot de pase oublier')).toBe('password-reset');
  });

  it('ignores case and accents', () => {
    expect(knowledge.search('ÉCRAN BLEU AU DÉMARRAGE').results[0]?.slug).toBe(knowledge.search('ecran bleu au demarrage').results[0]?.slug);
  });

  it('answers English questions with the English fiche', () => {
    const result = knowledge.search('my account is locked after too many attempts');
    expect(result.lang).toBe('en');
    expect(result.results[0]).toMatchObject({ slug: 'account-locked', lang: 'en' });
  });

  it('says honestly when no fiche answers', () => {
    for (const query of ['bonjour', 'merci beaucoup', 'menu de la cantine', 'posologie du doliprane', 'poser mes congés', 'xkcd qwpz zzkj', '1', '2', '12']) {
      expect(knowledge.search(query).answerable, query).toBe(false);
    }
  });

  it('puts the troubleshooting fiche before the how-to fiche when the question says something is broken', () => {
    expect(top("l'imprimante ne marche plus")).toBe('printer-offline');
    expect(top('je voudrais ajouter une imprimante')).toBe('printer-add');
  });

  it('never answers a printer that stopped working with the fiche about adding a printer', () => {
    for (const query of [
      "the printer doesn't work",
      "my printer doesn't print anymore",
      "l'imprimante n'imprime plus",
      "my printer won't print",
      "j'arrive pas à imprimer",
      "l'imprimante du poste de soins n'imprime plus",
      'imprimante',
    ]) {
      expect(top(query), query).toBe('printer-offline');
    }
    for (const query of ['installer la nouvelle imprimante du service', 'how do I add a printer', "je ne trouve pas l'imprimante dans la liste", 'changer mon imprimante par défaut']) {
      expect(top(query), query).toBe('printer-add');
    }
  });

  it('answers a barcode scanner that stopped reading with its own fiche, not the wristband printer or the document scanner', () => {
    for (const query of ['le lecteur de code barre ne bipe plus quand je scanne les bracelets', 'la douchette ne scanne plus', 'barcode scanner not working']) {
      expect(top(query), query).toBe('barcode-scanner');
    }
    expect(top("l'imprimante à bracelets ne marche plus")).toBe('label-printer-wristband');
    expect(top('je voudrais scanner un document vers ma messagerie')).toBe('scanner-document');
  });

  it('finds no topic in the pieces of an English contraction ("it\'s", "don\'t", "I\'ll")', () => {
    for (const query of ["no, it's only me", "I don't know", "yes I'll try", "we've done that already"]) {
      expect(knowledge.search(query, { lang: 'en' }).answerable, query).toBe(false);
    }
  });

  it('returns at most k results, best first, with scores between 0 and 1', () => {
    const { results } = knowledge.search('imprimante hors ligne', { k: 3 });
    expect(results).toHaveLength(3);
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const score of scores) expect(score).toBeGreaterThan(0), expect(score).toBeLessThanOrEqual(1);
  });

  it('offers the other language when a fiche exists only in that one, and says which', () => {
    const onlyFrench = new KnowledgeBase(fiches.filter((f) => !(f.id === 'phone-dect' && f.lang === 'en')));
    expect(onlyFrench.search('the cordless DECT phone has no signal', { lang: 'en' }).results[0]).toMatchObject({ slug: 'phone-dect', lang: 'fr' });
  });

  it('is also a plain function', () => {
    const search = createKnowledgeSearch(fiches);
    expect(search('wifi ne marche pas', { k: 1 })).toMatchObject({ answerable: true, lang: 'fr', results: [{ slug: 'wifi-connect', lang: 'fr' }] });
  });
});

describe('language detection', () => {
  it('reads short French and English questions', () => {
    expect(detectLanguage('mdp expiré')).toBe('fr');
    expect(detectLanguage("l'imprimante ne marche plus")).toBe('fr');
    expect(detectLanguage('my printer is offline')).toBe('en');
    expect(detectLanguage('VPN won’t connect from home')).toBe('en');
  });
});
