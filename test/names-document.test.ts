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

describe('a place context around a word jieba tags a person', () => {
  it.each([
    ['大雨袭击了南部城市萨拉戈萨，造成严重损失。', '萨拉戈萨', 'GPE'],
    ['伦敦晴12℃／20℃萨拉戈萨多云28℃／35℃', '萨拉戈萨', 'GPE'],
    ['两国在阿布哈兹问题上存在分歧。', '阿布哈兹', 'LOC'],
    ['洪水淹没了马拉卡地区的大片农田。', '马拉卡', 'LOC'],
  ])('makes it a place: %s', (text, name, label) => {
    expect(spanOf(text, name)).toMatchObject({ label, rule: 'place.context' });
  });
  it('takes in a place head word after it', () => {
    expect(spanOf('劫机犯在萨拉戈萨机场被捕。', '萨拉戈萨机场')).toMatchObject({ label: 'LOC', rule: 'place.context' });
  });
  it('keeps it from being a person where the cue names no place', () => {
    expect(names('科学家研究了厄尔尼诺现象的成因。').filter((e) => e.simplified.includes('厄尔尼诺'))).toEqual([]);
  });
  it('leaves a person with no such cue alone', () => {
    expect(spanOf('克林顿说，他将访问中国。', '克林顿')).toMatchObject({ label: 'PERSON' });
    expect(spanOf('城市规划专家克拉克说，交通很重要。', '克拉克')).toMatchObject({ label: 'PERSON' });
  });
});

describe('a list of names', () => {
  it('names a member of a list of persons that no rule took', () => {
    expect(spanOf('出席会议的有刘国正、关立、牛建峰等人。', '关立')).toMatchObject({ label: 'PERSON', rule: 'name.list' });
  });
  it('names the other of a doubles pair, with the token after a lone surname', () => {
    expect(spanOf('混双决赛中，汤永刚／邱敏表现出色。', '邱敏')).toMatchObject({ label: 'PERSON', rule: 'name.list' });
  });
  it.each([
    // one found name and a common word in a pair joined by 、
    ['他们流到高收益、高素质的行业。', '高收益'],
    ['县城管委、文明办经常联合执法。', '管委'],
    // a member that ends like a place word
    ['出席会议的有刘国正、龙泉乡、牛建峰等人。', '龙泉乡'],
  ])('takes no common word: %s', (text, word) => {
    expect(names(text).filter((e) => e.simplified === word && e.label === 'PERSON')).toEqual([]);
  });
});
