import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

describe('broken again is no cancellation', () => {
  it.each([
    ["l'imprimante du secrétariat, ça remarche plus depuis ce matin", 'incident_report'],
    ["it's not working again", 'incident_report'],
  ])('"%s" reads as %s', (text, intent) => {
    expect(understandText(text).intent.value).toBe(intent);
  });

  it.each(['ça remarche plus', 'ça remarche pas'])('"%s" is not a cancellation', (text) => {
    expect(understandText(text).intent.value).not.toBe('cancel');
  });

  it('"ça remarche !" still withdraws', () => {
    expect(understandText('ça remarche !').intent.value).toBe('cancel');
  });
});

describe('a correction of the directory is a request', () => {
  it.each([
    "Faudrait corriger mon numéro de portable dans l'annuaire, c'est plus le bon",
    "Could you fix my mobile number in the directory, it's wrong",
  ])('"%s"', (text) => {
    const reading = understandText(text);
    expect(reading.intent.value).toBe('service_request');
    expect(reading.fields?.category.value).toBe('request');
  });
});
