// Names read from more than one word: a surname with 老 only as a word jieba discovers, a place
// context around a word jieba tags a person, lists of names of one kind, and a name's other
// mentions in the same document. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT']);
function names(text: string) {
  return annotate(text).entities.filter((e) => NAME_LABELS.has(e.label));
}
function spanOf(text: string, name: string) {
  return names(text).find((e) => e.simplified === name);
}

describe('a surname before 老', () => {
  it('names the person in a word jieba discovers', () => {
    expect(spanOf('谈起朱老对她的照顾，她很激动。', '朱')).toMatchObject({ label: 'PERSON', rule: 'person.surname-title' });
  });
  it.each([
    ['这座城市很古老。', '古'],
    ['这是一门古老的手艺。', '古'],
    ['他是党内的元老。', '元'],
  ])('is no name in a dictionary word: %s', (text, word) => {
    expect(names(text).filter((e) => e.simplified.includes(word))).toEqual([]);
  });
});
