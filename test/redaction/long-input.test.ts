import { describe, expect, it } from 'vitest';
import { defaultRedactionPolicy, redactText } from '../../src/redaction/index.js';
import { withKey } from './nir-fixtures.js';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Shapes that make careless patterns backtrack for ever; each must finish (the suite has a time limit). */
const adversarial: [string, string][] = [
  ['one long run of digits', fill('1')],
  ['digits separated by spaces', fill('1 ')],
  ['digits separated by two spaces', fill('2  ')],
  ['pairs of digits as in a phone number', fill('06 ')],
  ['a never-ending local part', fill('a.')],
  ['at-signs everywhere', fill('a@')],
  ['a never-ending domain', 'x@' + fill('b.')],
  ['context words before every number', fill('IPP dossier NIR 80123 ')],
  ['separators only', fill(' .-')],
];

describe('100 kB inputs', () => {
  it.each(adversarial)('completes on %s', (_shape, text) => {
    const result = redactText(text, defaultRedactionPolicy);
    expect(result.text.length).toBeGreaterThan(0);
  });

  it('masks every one of a thousand NIRs in a long message', () => {
    const nir = withKey('2840375112004');
    const text = fill(`patiente ${nir} au 06 71 22 33 44, `);
    const result = redactText(text, defaultRedactionPolicy);
    expect(text.length).toBe(SIZE);
    expect(result.text).not.toContain(nir);
    expect(result.text).not.toContain('06 71 22 33 44');
    expect(result.found.filter((span) => span.kind === 'nir').length).toBeGreaterThan(1000);
  });
});
