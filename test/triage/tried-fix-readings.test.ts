import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../support/rules-reading.js';
import { understandText } from '../../src/triage/index.js';

// From conversations with testers who had not seen the code: a part changed that changed nothing is no way round.
describe('a part swapped with no change is a fix tried, not a way round', () => {
  it.each([
    'the monitor in bay 3 shows no SpO2 trace. we swapped the probe already, same',
    'le scope du box 2 affiche plus la SpO2, we swapped the probe already, same',
    "le scope du box 4 n'affiche plus la SpO2, on a changé le capteur, pareil",
    'pousse-seringue de la 12 en alarme occlusion, on a remplacé la tubulure, toujours pareil',
  ])('"%s": care held up, P1', (text) => {
    const fields = understandText(text).fields!;
    expect(fields.patient_care_impact.value).toBe(true);
    expect(fields.priority).toBe('P1');
  });

  it('a spare that works is still a way round', () => {
    expect(fieldsOf("le scope du box 2 affiche plus la SpO2, on a pris le scope de secours, ça marche").patient_care_impact.value).toBe(false);
    expect(fieldsOf('monitor in bay 3 shows no SpO2, we swapped in the spare monitor and it works').patient_care_impact.value).toBe(false);
  });
});

describe('"pas tout le monde": part of the unit, not all of it', () => {
  it.each([
    'pas tout le monde, c les IDE et AS qui peuvent plus se connecter au DPI',
    "not everyone, just the nurses can't log in to the DPI",
  ])('"%s" is a group', (text) => {
    expect(fieldsOf(text).scope).toEqual({ value: 'team', source: 'stated' });
  });
});
