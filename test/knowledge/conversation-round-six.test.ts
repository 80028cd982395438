import { beforeAll, expect, it } from 'vitest';
import { KnowledgeBase, loadFiches } from '../../src/knowledge/index.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = new KnowledgeBase((await loadFiches('knowledge')).fiches);
});

// First messages of conversations played by people who had not seen the bot, each answered with a wrong fiche before.
it.each([
  ["salle 2 l'écran est devenu noir d'un coup, plus rien ne s'affiche", 'screen-display'],
  ["bonjour, l'imprimante de la prépa est encore bloquée, voyant orange qui clignote et plus rien ne sort", 'printer-offline'],
  ['the office printer has a blinking orange light and nothing comes out', 'printer-offline'],
  ["l'imprimante à bracelets a le voyant qui clignote orange", 'label-printer-wristband'],
  ['bourrage papier voyant orange', 'printer-paper-jam'],
  ['printer at the nurses station prints blank pages', 'printer-paper-jam'],
  ["l'imprimante du secrétariat imprime des pages blanches", 'printer-paper-jam'],
  ["l'imprimante à bracelets sort des étiquettes blanches", 'label-printer-wristband'],
  ["bjr le chariot de soins PC-REA-0110 s'allume plus, écran noir. c'est celui qu'on utilise tous pour le tour de 6h. on se débrouille avec les postes fixes du poste de soins en attendant", 'workstation-wont-boot'],
])('"%s" gets the fiche %s first', (question, slug) => {
  expect(knowledge.search(question, { k: 3 }).results[0]?.slug).toBe(slug);
});
