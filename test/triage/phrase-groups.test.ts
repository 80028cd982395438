import { describe, expect, it } from 'vitest';
import '../../src/triage/index.js';
import '../../src/bot/index.js';
import { compiledPhraseSources, compilePhrases, expandGroups, matchesAny, prepare } from '../../src/triage/matcher.js';

describe('alternatives of several words in a phrase', () => {
  it('expands each group into one phrase per choice', () => {
    expect(expandGroups('bip (de l|du|de la) interne')).toEqual(['bip de l interne', 'bip du interne', 'bip de la interne']);
    expect(expandGroups('(pas encore|toujours pas) de compte*')).toEqual(['pas encore de compte*', 'toujours pas de compte*']);
    expect(expandGroups('sans groupe')).toEqual(['sans groupe']);
  });

  it('matches any choice, and only whole choices', () => {
    const phrases = compilePhrases(['(pas encore|toujours pas) de compte*']);
    expect(matchesAny(prepare("il n'a toujours pas de compte"), phrases)).toBe(true);
    expect(matchesAny(prepare("il n'a pas encore de compte"), phrases)).toBe(true);
    expect(matchesAny(prepare("il n'a pas toujours de compte"), phrases)).toBe(false);
  });

  it('leaves out a group followed by "?" as well ("we can (still )?work" read "we can work" too)', () => {
    expect(expandGroups('we can (still )?work')).toEqual(['we can still work', 'we can work']);
    const phrases = compilePhrases(['(i|we) can (still )?work']);
    expect(matchesAny(prepare('Annoying but I can work.'), phrases)).toBe(true);
    expect(matchesAny(prepare('we can still work'), phrases)).toBe(true);
  });

  it('refuses an unclosed group', () => {
    expect(() => expandGroups('bip (de l|du interne')).toThrow(/unclosed/);
  });
});

/**
 * "elle meme|lui meme fonctionne" reads "elle", then "meme" or "lui", then "meme": a choice of several words written
 * without its group. The sign: the same word offered at two positions side by side.
 */
function splitAlternatives(source: string): string[] {
  const positions = source.replace(/\([^)]*\)\??/g, ' ( ) ').split(/\s+/).filter(Boolean);
  const choices = positions.map((position) => position.replace(/\?$/, '').split('|').map((word) => word.replace(/\*$/, '')));
  return positions.flatMap((position, i) => {
    const next = positions[i + 1];
    if (next === undefined || (!position.includes('|') && !next.includes('|'))) return [];
    return choices[i]!.filter((word) => !['..', '#', '(', ')'].includes(word) && choices[i + 1]!.includes(word));
  });
}

describe('every lexicon phrase', () => {
  it('writes its choices of several words as groups', () => {
    expect(splitAlternatives('elle meme|lui meme fonctionne')).toEqual(['meme']);
    expect(splitAlternatives('(elle meme|lui meme) fonctionne')).toEqual([]);
    const split = compiledPhraseSources().filter((source) => splitAlternatives(source).length > 0);
    expect(compiledPhraseSources().length).toBeGreaterThan(1000);
    expect(split).toEqual([]);
  });
});
