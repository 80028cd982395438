import { describe, expect, it } from 'vitest';
import { CATEGORIES, SCOPES, URGENCIES, understandText } from '../../src/triage/index.js';
import { extractIncidentFields } from '../../src/triage/incident-fields.js';
import { prepare } from '../../src/triage/matcher.js';
import { refineWithModels } from '../../src/triage/learned/refine.js';
import { packModels, unpackModels, type LearnedModels } from '../../src/triage/learned/models.js';
import { trainSoftmax, predict, probabilities } from '../../src/triage/learned/softmax.js';
import { TRAINED_MODELS } from '../../src/triage/learned/trained-models.js';
import { TRAINING_SETS, readLabelledSet, trainLearnedModels, trainingFingerprint } from '../../src/triage/learned/training.js';

/** Models that always answer the same, whatever the message: to see what the refinement lets them change. */
function modelsAlwaysSaying(answer: { category: string; scope: string; urgency: string; care: boolean }): LearnedModels {
  const one = <C extends string>(classes: readonly C[], value: string) => ({
    classes,
    weights: { bias: classes.map((c) => (c === value ? 10 : 0)) },
  });
  return {
    fingerprint: 'test',
    sets: [],
    examples: 0,
    category: one(CATEGORIES, answer.category),
    scope: one(SCOPES, answer.scope),
    urgency: one(URGENCIES, answer.urgency),
    patient_care_impact: one(['true', 'false'] as const, String(answer.care)),
  };
}

function refined(message: string, models: LearnedModels, request = false) {
  const text = prepare(message);
  return { rules: extractIncidentFields(text, { request }), refined: refineWithModels(text, extractIncidentFields(text, { request }), request, models) };
}

describe('the shipped learned models', () => {
  it('were trained on the labelled sets and rules as they are now (else: npm run understanding:train)', () => {
    const cases = TRAINING_SETS.flatMap(readLabelledSet);
    expect(TRAINED_MODELS.sets).toEqual([...TRAINING_SETS]);
    expect(trainingFingerprint(cases), 'stale models: run npm run understanding:train').toBe(TRAINED_MODELS.fingerprint);
  });

  it('are applied by default, and `models: null` reads with the lexicons alone', () => {
    const message = "le poste de l'accueil des urgences est très lent depuis ce matin";
    const rulesAlone = extractIncidentFields(prepare(message), { request: false });
    expect(understandText(message, { models: null }).fields).toEqual(rulesAlone);
    const text = prepare(message);
    expect(understandText(message).fields).toEqual(refineWithModels(text, rulesAlone, false, TRAINED_MODELS));
  });
});

describe('training', () => {
  const cases = readLabelledSet('incident-reports-blind-7.jsonl');

  it('gives the same weights from the same data', () => {
    const a = trainLearnedModels(cases, ['blind-7'], { epochs: 3, l2: 1e-3, rate: 0.3, prune: 0.01, minCount: 2 });
    const b = trainLearnedModels(cases, ['blind-7'], { epochs: 3, l2: 1e-3, rate: 0.3, prune: 0.01, minCount: 2 });
    expect(a).toEqual(b);
    expect(a.examples).toBe(cases.filter((c) => c.priority !== null).length);
  });

  it('learns a separable rule, and ignores features seen fewer times than asked', () => {
    const examples = [
      ...Array.from({ length: 5 }, () => ({ features: ['bias', 'w=panne'], label: 'yes' as const })),
      ...Array.from({ length: 5 }, () => ({ features: ['bias', 'w=merci'], label: 'no' as const })),
      { features: ['bias', 'w=rare'], label: 'yes' as const },
    ];
    const model = trainSoftmax(['yes', 'no'] as const, examples, { epochs: 10, l2: 1e-3, rate: 0.3, prune: 0.01, minCount: 2 });
    expect(predict(model, ['bias', 'w=panne'])).toBe('yes');
    expect(predict(model, ['bias', 'w=merci'])).toBe('no');
    expect(model.weights['w=rare']).toBeUndefined();
    const p = probabilities(model, ['bias', 'w=panne']);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 10);
  });

  it('ships the weights packed, and reads them back unchanged', () => {
    const models = trainLearnedModels(cases, ['blind-7'], { epochs: 3, l2: 1e-3, rate: 0.3, prune: 0.01, minCount: 2 });
    expect(unpackModels(packModels(models))).toEqual(models);
  });

  it('refuses a label outside the classes', () => {
    expect(() => trainSoftmax(['a', 'b'], [{ features: ['x'], label: 'c' as 'a' }])).toThrow(/unknown class 'c'/);
  });
});

describe('what the refinement may change', () => {
  const saysLowNetwork = modelsAlwaysSaying({ category: 'network', scope: 'site', urgency: 'low', care: false });
  const saysHighRequest = modelsAlwaysSaying({ category: 'request', scope: 'team', urgency: 'high', care: true });

  it('the models decide scope, urgency, care and category, and what they changed is marked inferred', () => {
    const { rules, refined: r } = refined("l'imprimante du secrétariat fait des traces", saysHighRequest);
    expect(rules.category).toEqual({ value: 'printer', source: 'stated' });
    expect(r.scope.value).toBe('team');
    expect(r.patient_care_impact).toEqual({ value: true, source: rules.patient_care_impact.source === 'default' ? 'default' : 'inferred' });
    expect(r.impact).toBe('high');
  });

  it('an incident never becomes a request, and a service request stays one', () => {
    expect(refined("l'écran du poste 3 clignote", saysHighRequest).refined.category.value).not.toBe('request');
    expect(refined('il me faudrait un accès au dossier partagé', saysLowNetwork, true).refined.category.value).toBe('request');
  });

  it('a default stays a default, so the dialog still asks for it', () => {
    const { rules, refined: r } = refined("l'imprimante a un souci", saysHighRequest);
    expect(rules.urgency).toEqual({ value: 'medium', source: 'default' });
    expect(r.urgency).toEqual({ value: 'high', source: 'default' });
  });

  it('the writer’s own words on urgency and on patients stand', () => {
    expect(refined("l'imprimante ne marche plus, pas urgent", saysHighRequest).refined.urgency).toEqual({ value: 'low', source: 'stated' });
    expect(refined('the ward printer is down, urgent please', saysLowNetwork).refined.urgency.value).toBe('high');
    expect(refined("le wifi ne marche plus au self, aucun impact sur les patients", saysHighRequest).refined.patient_care_impact)
      .toEqual({ value: false, source: 'stated' });
  });

  it('care found held up by the rules is never cleared', () => {
    const { rules, refined: r } = refined('le pousse-seringue de la chambre 8 est en panne', saysLowNetwork);
    expect(rules.patient_care_impact.value).toBe(true);
    expect(r.patient_care_impact).toEqual(rules.patient_care_impact);
  });

  it('a P1 found by the rules is never lowered: their reading then stands whole', () => {
    const saysOnePersonCanWait = modelsAlwaysSaying({ category: 'hardware', scope: 'single_user', urgency: 'low', care: false });
    const { rules, refined: r } = refined('le réseau est tombé dans tout le bâtiment A', saysOnePersonCanWait);
    expect([rules.priority, rules.patient_care_impact.value]).toEqual(['P1', false]);
    expect(r).toEqual(rules);
  });
});
