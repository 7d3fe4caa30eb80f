import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharTrie, Gazetteer } from '../src/gazetteer.js';

// Names over a small alphabet, so that they share prefixes and suffixes and often occur in the text.
const alphabet = fc.constantFrom(...'中国人民银行大学北京a1'.split(''));
const word = (maxLength: number) => fc.array(alphabet, { minLength: 1, maxLength }).map((a) => a.join(''));
const names = fc.uniqueArray(word(5), { maxLength: 60 });

describe('Gazetteer.longestAcceptedAt', () => {
  it('gives the longest listed name at an offset that the test accepts, as a scan of all names does', () => {
    fc.assert(
      fc.property(names, word(14), fc.nat(13), fc.integer({ min: 1, max: 3 }), (list, text, at, modulo) => {
        const gazetteer = new Gazetteer(list.map((name, k) => ({ name, data: k })));
        const accept = (e: { data: number }) => e.data % modulo === 0;
        const expected = list
          .map((name, k) => ({ name, data: k }))
          .filter((e) => text.startsWith(e.name, at) && accept(e))
          .sort((a, b) => b.name.length - a.name.length)[0] ?? null;
        expect(gazetteer.longestAcceptedAt(text, at, accept)).toEqual(expected);
        if (expected !== null) expect(gazetteer.mayMatchAt(text, at)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('CharTrie.longestSuffix (a backward trie)', () => {
  it('gives the value of the longest key that a span ends with, as a scan of all keys does', () => {
    fc.assert(
      fc.property(names, word(10), fc.nat(9), (keys, text, from) => {
        const trie = new CharTrie<string>(keys.length, true);
        for (const key of keys) trie.update(key, () => key.toUpperCase());
        const span = text.slice(from);
        const expected = keys.filter((k) => span.endsWith(k)).sort((a, b) => b.length - a.length)[0];
        expect(trie.longestSuffix(text, Math.min(from, text.length), text.length)).toBe(expected === undefined ? null : expected.toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every key when it holds far more keys than it was sized for', () => {
    const keys = Array.from({ length: 3000 }, (_, k) => `键${k.toString(36)}`);
    const trie = new CharTrie<number>(1, true);
    keys.forEach((key, k) => trie.update(key, (current) => (current ?? 0) + k));
    keys.forEach((key, k) => expect(trie.longestSuffix(key, 0, key.length)).toBe(k));
  });
});
