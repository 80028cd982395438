import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

describe('words that are also names of built-in object properties', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('understands a message containing "%s" without failing', (word) => {
    const understanding = understandText(`le logiciel affiche ${word} puis plante`);
    expect(understanding.intent.value).toBeDefined();
  });
});
