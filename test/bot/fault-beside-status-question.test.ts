import { describe, expect, it } from 'vitest';
import { faultBesideStatusQuestion } from '../../src/bot/fault-beside-status.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('a fault told beside a question on a ticket', () => {
  it('finds the fault, before or after the question, in French and English', () => {
    expect(faultBesideStatusQuestion('hey the printer in the ICU nurse station prints blank pages, lab labels come out empty. also any news on the dect problem my colleague reported earlier?'))
      .toBe('hey the printer in the ICU nurse station prints blank pages, lab labels come out empty');
    expect(faultBesideStatusQuestion("où en est mon ticket pour le scanner ? et sinon l'imprimante du secrétariat fait des traces noires sur toutes les pages"))
      .toBe("l'imprimante du secrétariat fait des traces noires sur toutes les pages");
  });

  it('leaves a question on a ticket alone, with or without details of that ticket', () => {
    expect(faultBesideStatusQuestion('où en est mon ticket ?')).toBeUndefined();
    expect(faultBesideStatusQuestion("où en est mon ticket pour l'imprimante ? elle imprime toujours des pages blanches")).toBeUndefined();
    expect(faultBesideStatusQuestion('any news on my ticket INC-2026-000231? the pump still alarms')).toBeUndefined();
  });

  it('answers the question, then takes the printer fault down with its own words', async () => {
    const chat = chatAs(runtime(), 'etienne.jacquet@chv.fr', 'en-GB');
    const text = await chat.say('hey the printer in the ICU nurse station prints blank pages, lab labels come out empty. also any news on the dect problem my colleague reported earlier?');
    expect(text).toMatch(/no open tickets in your name|open tickets/i);
    expect(text).toContain('And for "hey the printer in the ICU nurse station prints blank pages');
    expect(text).toMatch(/LBL-REA-0001|\?/);
  });
});
