import { FakeListChatModel } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { createUnderstander, understandText, type ModelExtraction, type ModelFailure } from '../../src/triage/index.js';

const NOTHING: ModelExtraction = {
  intent: null,
  category: null,
  scope: null,
  urgency: null,
  patient_care_impact: null,
  asset_hint: null,
  location_hint: null,
};

/** A chat model that answers one structured extraction (FakeListChatModel parses JSON content). */
function modelAnswering(extraction: Partial<ModelExtraction>, sleep?: number): FakeListChatModel {
  return new FakeListChatModel({ responses: [JSON.stringify({ ...NOTHING, ...extraction })], sleep });
}

class FailingModel extends FakeListChatModel {
  constructor() {
    super({ responses: ['unused'] });
  }
  override async _generate(): Promise<never> {
    throw new Error('provider unavailable');
  }
}

describe('understanding with an optional chat model', () => {
  it('fills what the writer did not state', async () => {
    const understander = createUnderstander({
      model: modelAnswering({
        scope: 'team',
        patient_care_impact: true,
        urgency: 'high',
        location_hint: { unit: 'cardiology', building: null, floor: null, room: null },
      }),
    });
    const u = await understander.understand("l'imprimante fait un bruit bizarre");
    expect(u.extracted_by).toBe('rules+model');
    expect(u.fields?.scope).toEqual({ value: 'team', source: 'inferred' });
    expect(u.fields?.patient_care_impact).toEqual({ value: true, source: 'inferred' });
    expect(u.fields?.location_hint).toEqual({ unit: 'cardiology' });
    expect(u.fields?.priority).toBe('P1');
  });

  it('never overrides what the writer stated', async () => {
    const understander = createUnderstander({
      model: modelAnswering({
        category: 'network',
        scope: 'single_user',
        urgency: 'high',
        patient_care_impact: true,
        location_hint: { unit: 'pharmacy', building: 'Z', floor: null, room: null },
      }),
    });
    const u = await understander.understand(
      "l'imprimante du secrétariat ne marche plus dans tout le service de cardio, pas urgent, aucun impact sur les patients",
    );
    expect(u.fields?.category).toEqual({ value: 'printer', source: 'stated' });
    expect(u.fields?.scope).toEqual({ value: 'service', source: 'stated' });
    expect(u.fields?.urgency).toEqual({ value: 'low', source: 'stated' });
    expect(u.fields?.patient_care_impact).toEqual({ value: false, source: 'stated' });
    expect(u.fields?.location_hint).toEqual({ unit: 'cardiology', building: 'Z' });
    expect(u.fields?.priority).toBe('P3');
  });

  it('errs up when the model disagrees with an inference on a clinical matter', async () => {
    const understander = createUnderstander({ model: modelAnswering({ patient_care_impact: false, urgency: 'low' }) });
    const u = await understander.understand('pousse-seringue en panne chambre 8 en réa');
    expect(u.fields?.patient_care_impact).toEqual({ value: true, source: 'inferred' });
    expect(u.fields?.urgency.value).toBe('high');
    expect(u.fields?.priority).toBe('P1');
  });

  it('keeps a service request a request, and lets the model settle an intent the rules could not read', async () => {
    const request = await createUnderstander({ model: modelAnswering({ intent: 'incident_report', category: 'software' }) })
      .understand('je voudrais installer Acrobat');
    expect(request.intent.value).toBe('service_request');
    expect(request.fields?.category.value).toBe('request');

    expect((await createUnderstander().understand('allô ?? personne au bout du fil depuis ce matin')).intent.value).toBe('unknown');
    const unclear = await createUnderstander({
      model: modelAnswering({ intent: 'incident_report', category: 'phone', urgency: 'high' }),
    }).understand('allô ?? personne au bout du fil depuis ce matin');
    expect(unclear.intent.value).toBe('incident_report');
    expect(unclear.fields?.category.value).toBe('phone');
  });

  it('falls back to the rules when the model fails, is too slow, or answers nonsense', async () => {
    const message = 'le scope du box 2 ne s’allume plus';
    const failures: ModelFailure[] = [];
    const onModelFailure = (reason: ModelFailure) => failures.push(reason);
    const rules = await createUnderstander().understand(message);

    const cases = [
      createUnderstander({ model: new FailingModel(), onModelFailure }),
      createUnderstander({ model: modelAnswering({ scope: 'site' }, 500), timeoutMs: 20, onModelFailure }),
      createUnderstander({ model: new FakeListChatModel({ responses: ['not json at all'] }), onModelFailure }),
      createUnderstander({ model: new FakeListChatModel({ responses: ['[1, 2, 3]'] }), onModelFailure }),
    ];
    for (const understander of cases) {
      const u = await understander.understand(message);
      expect(u).toEqual(rules);
    }
    expect(failures).toEqual(['error', 'timeout', 'error', 'invalid_output']);
  });

  it('ignores an unusable field without losing the usable ones', async () => {
    const model = new FakeListChatModel({
      responses: [JSON.stringify({ ...NOTHING, scope: 'whole hospital', urgency: 'high' })],
    });
    const text = "l'imprimante fait un bruit bizarre";
    const u = await createUnderstander({ model }).understand(text);
    // The chat model's scope is unusable: the reading without it stands.
    expect(u.fields?.scope).toEqual(understandText(text).fields?.scope);
    expect(u.fields?.scope.source).toBe('default');
    expect(u.fields?.urgency).toEqual({ value: 'high', source: 'inferred' });
  });
});
