import { describe, expect, it } from 'vitest';
import { DEFAULT_SET, parseUnderstandArgs } from '../../bench/understand-args.js';

describe('the understanding benchmark command line', () => {
  it('scores the file given first, without --rounds (it used to fall back to the dev set)', () => {
    expect(parseUnderstandArgs(['test/fixtures/incident-reports-blind.jsonl'])).toEqual({
      file: 'test/fixtures/incident-reports-blind.jsonl',
      showMistakes: false,
      rounds: 20,
    });
    expect(parseUnderstandArgs(['other.jsonl', '--mistakes']).file).toBe('other.jsonl');
  });

  it('takes the options in any order, and the dev set by default', () => {
    expect(parseUnderstandArgs(['--rounds', '5', 'x.jsonl', '--mistakes'])).toEqual({ file: 'x.jsonl', showMistakes: true, rounds: 5 });
    expect(parseUnderstandArgs([]).file).toBe(DEFAULT_SET);
  });

  it('refuses a bad round count and two files', () => {
    expect(() => parseUnderstandArgs(['--rounds', 'zero'])).toThrow(/positive integer/);
    expect(() => parseUnderstandArgs(['a.jsonl', 'b.jsonl'])).toThrow(/one labelled set/);
  });
});
