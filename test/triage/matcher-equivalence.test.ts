import { describe, expect, it } from 'vitest';
import { understandText, type IncidentFields, type Understanding } from '../../src/triage/index.js';
import {
  compilePhrase, countMatches, findAny, locatePhrase, matchPhrase, positionsOf, prepare, type Phrase, type Prepared,
} from '../../src/triage/matcher.js';
import { CARE_BLOCKERS, CARE_OBJECTS, PROBLEM } from '../../src/triage/signal-lexicon.js';
import { PRINTER, SECURITY } from '../../src/triage/category-lexicon.js';

/*
 * Phrase matching works from per-word indexes and per-message caches. These scenarios pin down that
 * it answers exactly what trying every phrase at every word gives.
 */

const F = <T>(value: T, source: 'stated' | 'inferred' | 'default') => ({ value, source });

/** Messages with typos, SMS forms, glued elisions, tags, hostnames, ticket numbers, gaps; and their reading. */
const TRICKY: Array<[string, Pick<Understanding, 'language' | 'intent' | 'ticket_ref'>, IncidentFields | null]> = [
  [
    'bjr, lécran du pc card 0342 est tt noir depuis ce matin, jai redémarré 2 fois mais ça marche tjr pas',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('hardware', 'stated'), scope: F('single_user', 'default'),
      urgency: F('medium', 'default'), patient_care_impact: F(false, 'default'),
      asset_hint: { tag: 'PC-CARD-0342', kind: 'workstation' }, location_hint: null,
      impact: 'low', priority: 'P4',
    },
  ],
  [
    'URGENT!! plus aucun PC ne marche en réa, on ne peut plus accéder aux dossiers patients',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('hardware', 'stated'), scope: F('service', 'stated'),
      urgency: F('high', 'stated'), patient_care_impact: F(true, 'stated'),
      asset_hint: { kind: 'workstation' }, location_hint: { unit: 'icu' },
      impact: 'critical', priority: 'P1',
    },
  ],
  [
    'l\'imprimente à bracelets des urgences n\'imprime plus rien, les patients attendent à l\'accueil',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('printer', 'stated'), scope: F('team', 'inferred'),
      urgency: F('high', 'inferred'), patient_care_impact: F(true, 'stated'),
      asset_hint: { kind: 'label_printer' }, location_hint: { unit: 'emergency' },
      impact: 'high', priority: 'P1',
    },
  ],
  [
    'des nouvelles de req2026000045 ? c\'est toujours pas résolu',
    { language: 'fr', intent: F('ticket_status', 'stated'), ticket_ref: 'REQ-2026-000045' },
    null,
  ],
  [
    'I can\'t log in, my password expired and the nurses station PC-CARD-0342 won\'t let me in',
    { language: 'en', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      // "my password": the writer's own credential, whatever station it is typed on.
      category: F('access', 'stated'), scope: F('single_user', 'stated'),
      urgency: F('medium', 'default'), patient_care_impact: F(false, 'default'),
      asset_hint: { tag: 'PC-CARD-0342', kind: 'workstation' }, location_hint: null,
      impact: 'low', priority: 'P4',
    },
  ],
  [
    'le scope du box 3 sonne sans arrêt et le moniteur de la chambre 12 n\'affiche plus la SpO2',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('biomedical', 'stated'), scope: F('single_user', 'inferred'),
      urgency: F('high', 'inferred'), patient_care_impact: F(true, 'inferred'),
      asset_hint: { kind: 'biomedical' }, location_hint: { room: 'box 3' },
      impact: 'critical', priority: 'P1',
    },
  ],
  [
    'impossibl de se conecter au DPI depuis le poste de soins du 3e étage bâtiment B, on a un autre PC qui marche',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('software', 'inferred'), scope: F('team', 'inferred'),
      urgency: F('low', 'stated'), patient_care_impact: F(false, 'stated'),
      asset_hint: { kind: 'application' }, location_hint: { building: 'B', floor: 3 },
      impact: 'medium', priority: 'P4',
    },
  ],
  [
    'the infusion pump in bed 4 keeps alarming, not urgent we switched to a spare one',
    { language: 'en', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('biomedical', 'stated'), scope: F('single_user', 'inferred'),
      urgency: F('low', 'stated'), patient_care_impact: F(false, 'stated'),
      asset_hint: { kind: 'biomedical' }, location_hint: { room: 'bed 4' },
      impact: 'low', priority: 'P4',
    },
  ],
  [
    'besoin de créer 3 comptes pour les nouveaux internes de cardio qui arrivent lundi',
    { language: 'fr', intent: F('service_request', 'stated'), ticket_ref: null },
    {
      category: F('request', 'stated'), scope: F('team', 'stated'),
      urgency: F('medium', 'default'), patient_care_impact: F(false, 'default'),
      asset_hint: null, location_hint: { unit: 'cardiology' },
      impact: 'medium', priority: 'P3',
    },
  ],
  [
    'mon deuxième moniteur clignote et srv-dpi-01.chu.local ne répond plus, pas urgent',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('hardware', 'stated'), scope: F('single_user', 'stated'),
      urgency: F('low', 'stated'), patient_care_impact: F(false, 'inferred'),
      asset_hint: { hostname: 'srv-dpi-01.chu.local', kind: 'workstation' }, location_hint: null,
      impact: 'low', priority: 'P4',
    },
  ],
  [
    'j\'ai cliqué sur un lien bizarre dans un mail de phishing et maintenant tous mes fichiers ont été chiffrés',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('security', 'stated'), scope: F('single_user', 'stated'),
      urgency: F('high', 'inferred'), patient_care_impact: F(false, 'default'),
      asset_hint: { kind: 'application' }, location_hint: null,
      impact: 'low', priority: 'P3',
    },
  ],
  [
    'merci',
    { language: 'fr', intent: F('thanks', 'stated'), ticket_ref: null },
    null,
  ],
  [
    'ça ne marche plus ... rien ne sort de la photocopieuse du secrétariat au rdc, porte 12, salle 3',
    { language: 'fr', intent: F('incident_report', 'inferred'), ticket_ref: null },
    {
      category: F('printer', 'stated'), scope: F('team', 'inferred'),
      urgency: F('medium', 'default'), patient_care_impact: F(false, 'inferred'),
      asset_hint: { kind: 'printer' }, location_hint: { floor: 0, room: 'salle 3' },
      impact: 'medium', priority: 'P3',
    },
  ],
];

const parts = new Map<string, Phrase>();

/** Whether one word matches one part of a phrase ("imprim*", "ne|n", "#"), asked of the matcher alone. */
function wordMatches(token: string, part: string): boolean {
  let phrase = parts.get(part);
  if (phrase === undefined) {
    phrase = compilePhrase(part);
    parts.set(part, phrase);
  }
  return matchPhrase({ tokens: [token], joined: ` ${token} `, raw: token }, phrase);
}

/** End of a match of parts[w..] from token i, or -1: the plain walk, every gap length, every optional word. */
function walk(tokens: string[], i: number, parts: string[], w: number): number {
  if (w === parts.length) return i;
  const part = parts[w]!;
  if (part === '..') {
    for (let skip = 0; skip <= 3 && i + skip <= tokens.length; skip++) {
      const end = walk(tokens, i + skip, parts, w + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  const optional = part.endsWith('?');
  const body = optional ? part.slice(0, -1) : part;
  if (i < tokens.length && wordMatches(tokens[i]!, body)) {
    const end = walk(tokens, i + 1, parts, w + 1);
    if (end >= 0) return end;
  }
  return optional ? walk(tokens, i, parts, w + 1) : -1;
}

/** Every [start, end) where the phrase matches, trying it at each word. */
function everyMatch(text: Prepared, phrase: Phrase): Array<{ start: number; end: number }> {
  const parts = phrase.source.trim().split(/\s+/);
  const hits: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.tokens.length; start++) {
    const end = walk(text.tokens, start, parts, 0);
    if (end > start) hits.push({ start, end });
  }
  return hits;
}

const SOURCES = [
  'ne|n .. plus', 'ne .. marche* plus', 'plus de', 'de? ..', 'salle de? soins', 'tous|toutes les .. de l|du hopital|site',
  '# postes|pc|comptes', 'imprim* .. pas', 'pas urgent', 'scope*', 'chambre #', 'a|au .. etage', 'ne|n .. pas de',
  'impossible d|de .. connecter', 'moniteur* de? la? chambre', 'imprimante* .. panne', 'plus? aucun* pc|poste',
  'mot de passe',
];

describe('fast phrase matching', () => {
  it('reads tricky messages exactly as trying every phrase at every word did', () => {
    for (const [message, reading, fields] of TRICKY) {
      expect(understandText(message, { models: null }), message).toEqual({ ...reading, fields, extracted_by: 'rules' });
    }
  });

  it('finds the same first match, positions, counts and first phrase as the plain walk', () => {
    const phrases = [...SOURCES.map(compilePhrase), ...PROBLEM.slice(0, 40), ...SECURITY.slice(0, 20), ...PRINTER];
    const messages = [
      ...TRICKY.map(([message]) => message),
      'ne ne plus plus de de salle soins salle de soins 12 postes pc 3',
      'moniteur chambre 12, salle soins, imprmnte en panne',
      'tous les postes de l hopital et toutes les imprimantes du site ne marchent plus',
      "l'imprimante n'imprime toujours pas, pas urgent, chambre 12 au 3e étage",
      'impossible de me connecter, impossible de se reconnecter, mot de pass oublié',
    ];
    for (const message of messages) {
      const text = prepare(message);
      const found = phrases.filter((phrase) => everyMatch(text, phrase).length > 0);
      for (const phrase of phrases) {
        const hits = everyMatch(text, phrase);
        expect(locatePhrase(text, phrase), `${phrase.source} | ${message}`).toEqual(hits[0]);
        expect(matchPhrase(text, phrase)).toBe(hits.length > 0);
        expect(positionsOf(text, [phrase])).toEqual(hits.map((hit) => hit.start));
      }
      expect(countMatches(text, phrases), message).toBe(found.length);
      expect(findAny(text, phrases), message).toBe(found[0]);
      const starts = new Set(phrases.flatMap((phrase) => everyMatch(text, phrase).map((hit) => hit.start)));
      expect(positionsOf(text, phrases), message).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('keeps each message its own results when many messages are read in turn', () => {
    const messages = TRICKY.map(([message]) => message);
    const texts = messages.map(prepare);
    const lists = [PROBLEM, CARE_BLOCKERS, CARE_OBJECTS, SECURITY, PRINTER];
    const first = texts.map((text) => lists.map((list) => positionsOf(text, list)));
    // Read again in another order, one list at a time, across all messages.
    for (const [l, list] of lists.entries()) {
      for (let m = texts.length - 1; m >= 0; m--) expect(positionsOf(texts[m]!, list), messages[m]).toEqual(first[m]![l]);
    }
    // A fresh reading of the same words gives the same answers.
    for (const [m, message] of messages.entries()) {
      expect(lists.map((list) => positionsOf(prepare(message), list))).toEqual(first[m]);
    }
  });

  it('matches a phrase built by hand, and one compiled after the message was read', () => {
    const text = prepare("l'écran du poste de soins reste noir, il ne marche plus");
    expect(positionsOf(text, PROBLEM).length).toBeGreaterThan(0);
    expect(locatePhrase(text, compilePhrase('ecran .. soins'))).toEqual({ start: 1, end: 6 });
    expect(locatePhrase(text, compilePhrase('ecran .. noir'))).toBeUndefined(); // four words apart
    const byHand: Phrase = {
      source: 'poste de soins',
      words: ['poste', 'de', 'soins'].map((word) => ({ alternatives: [word], prefixes: [], optional: false, gap: false })),
    };
    expect(locatePhrase(text, byHand)).toEqual({ start: 3, end: 6 });
    expect(matchPhrase(text, compilePhrase('reste blanc'))).toBe(false);
  });

  it('still reads typos of long words and never turns one known word into another', () => {
    expect(wordMatches('impossibl', 'impossible')).toBe(true);
    expect(wordMatches('conecter', 'connecter')).toBe(true);
    expect(wordMatches('imprimente', 'imprimante')).toBe(true);
    expect(wordMatches('imprimentes', 'imprimante*')).toBe(true);
    expect(wordMatches('imprmnte', 'imprimante')).toBe(true); // two letters missing from a long word
    expect(wordMatches('imprimnate', 'imprimante')).toBe(true); // two letters swapped
    expect(wordMatches('porte', 'poste')).toBe(false);
    expect(wordMatches('installe', 'installer')).toBe(false);
    expect(wordMatches('mprimante', 'imprimante')).toBe(false);
    expect(wordMatches('12', '#')).toBe(true);
    expect(wordMatches('12b', '#')).toBe(false);
  });
});
