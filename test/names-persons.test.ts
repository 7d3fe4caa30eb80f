// Person names weighed by character: the name-character scores derived from jieba's dictionary,
// and surname-led names that jieba cuts into several words or finds as two-character words,
// with the common words that look like names kept out.
import { describe, expect, it } from 'vitest';
import { Doc, annotate } from '../src/index.js';
import { readTsv } from '../src/resources.js';
import { namesStage } from '../src/stages/names.js';

function persons(text: string) {
  return annotate(text).entities.filter((e) => e.label === 'PERSON');
}

const scores = new Map(readTsv('names/person-name-chars.tsv').map(([c, given, surname]) => [c, { given: Number(given), surname: Number(surname) }]));

describe('person-name-chars.tsv', () => {
  // [a character common in given names, a function or verb character that is not]
  it.each([
    ['伟', '的'],
    ['芳', '说'],
    ['明', '了'],
    ['华', '在'],
  ])('scores %s above 0 and %s below it as a given-name character', (name, other) => {
    expect(scores.get(name)!.given).toBeGreaterThan(0);
    expect(scores.get(other)!.given).toBeLessThan(0);
  });
  // [a surname mostly used as one, a surname character mostly used in other words]
  it.each([
    ['王', '时'],
    ['张', '万'],
    ['李', '信'],
  ])('scores %s higher than %s as a surname', (surname, other) => {
    expect(scores.get(surname)!.surname).toBeGreaterThan(scores.get(other)!.surname);
  });
});

// [sentence, name, rule prefix]
const FOUND: [string, string, string][] = [
  // a surname word and a given name jieba cuts as a common word (姚/nr 胜利/vn, 郑/ns 全军/n)
  ['姚胜利是一名工人。', '姚胜利', 'person.surname-given'],
  ['郑全军又安排了工作。', '郑全军', 'person.surname-given'],
  // two-character names jieba's HMM found, with no title or verb of saying around them
  ['孙磊获得冠军。', '孙磊', 'person.discovered'],
  ['陈静在会上发言。', '陈静', 'person.discovered'],
];

describe('person names by character', () => {
  it.each(FOUND)('%s → %s', (text, name, rule) => {
    const e = persons(text).find((p) => p.simplified === name);
    expect(e, JSON.stringify(persons(text))).toBeDefined();
    expect(e!.rule.startsWith(rule)).toBe(true);
  });
});

// [sentence, a common word led by a surname character that must not be (in) a PERSON]
const REJECTED: [string, string][] = [
  ['这是一个高水平的比赛。', '高水平'],
  ['我们要建设文明城市。', '文明'],
  ['这个王国很古老。', '王国'],
  ['祝大家平安。', '平安'],
  ['他常年在外地工作。', '常年'],
  ['高明的医生治好了他。', '高明'],
  ['这台机器马力很大。', '马力'],
  ['方向很明确。', '方向'],
  ['黄金价格上涨。', '黄金'],
  ['这里的小路很温馨。', '温馨'],
  ['他们都很高兴。', '高兴'],
  // a common word opening a clause before a verb, where a name would be the subject
  ['文明需要传承。', '文明'],
  ['王国已经覆灭了。', '王国'],
  ['常年坚持锻炼。', '常年'],
  ['平安到达了目的地。', '平安'],
  ['高温持续了一周。', '高温'],
];

describe('person names by character reject', () => {
  it.each(REJECTED)('%s has no person in %s', (text, word) => {
    expect(persons(text).filter((e) => word.includes(e.simplified) || e.simplified.includes(word))).toEqual([]);
  });
});

/** The names stage's persons on a cut given as words/tags (jieba's HMM cut depends on the wider context). */
function personsOnCut(cut: string): string[] {
  const words = cut.split(' ').map((w) => w.split('/'));
  const doc = new Doc({ id: 'cut', text: words.map(([w]) => w).join('') });
  let at = 0;
  for (const [w, pos] of words) {
    doc.tokens.push({ start: at, end: at + w.length, pos });
    at += w.length;
  }
  namesStage.run(doc);
  return doc.candidates.filter((c) => c.label === 'PERSON').map((c) => doc.simplified.slice(c.start, c.end) + ' ' + c.rule);
}

describe('a function character glued to the cut-off end of a name', () => {
  it('leaves the character out of the name (刘明/x 亮等/x)', () => {
    expect(personsOnCut('局长/n 刘明/x 亮等/x 领导/n 出席/v 。/x')).toContain('刘明亮 person.surname-given');
  });
  it('takes no character that is not a function word (刘明/x 亮剑/x)', () => {
    expect(personsOnCut('局长/n 刘明/x 亮剑/x 领导/n 出席/v 。/x').filter((p) => p.startsWith('刘明亮'))).toEqual([]);
  });
});

describe('a foreign name joined by a name dot', () => {
  // [cut, the name found]
  it.each([
    // the last part goes on through transliteration characters of any tag, and a leading run before a glued function character
    ['部长/n 卡洛斯/nr ·/x 阿马/ns 特在/d 表决/v 前/f', '卡洛斯·阿马特'],
    ['省长/n 帕特里斯/nrt ·/x 马/n 涅/ng 埃/ns 、/x', '帕特里斯·马涅埃'],
    // ... and through one character tagged a name
    ['教授/n 马克/nr ·/x 卢/nr 蒲/nr 来访/v', '马克·卢蒲'],
    // a word tagged as found opens the name before a dot, whatever its spelling
    ['外长/n 何塞/x ·/x 米格尔/nr 来访/v', '何塞·米格尔'],
    // an initial before the dot
    ['研究所/n 马/nr ·/x 莱万/nrt 说/v', '马·莱万'],
  ])('%s → %s', (cut, name) => {
    expect(personsOnCut(cut)).toContain(`${name} person.joined`);
  });
  // [cut, a span that must not be a person]
  it.each([
    // a one-character function word ends the last part, though a transliteration character
    ['记者/n 约翰/nrt ·/x 史密斯/nrt 因/p 病/n 去世/v', '约翰·史密斯因'],
    // a function character leading the word before the dot keeps it out
    ['哈萨克斯坦/ns 的阿/x ·/x 德米特里/nrt 说/v', '的阿·德米特里'],
    // no initial after a transliteration character: it ends the word before it
    ['大臣/n 玛丽/nr 特/n ·/x 恩斯塔德/nrt 说/v', '特·恩斯塔德'],
  ])('%s has no %s', (cut, span) => {
    expect(personsOnCut(cut).filter((p) => p.startsWith(`${span} `))).toEqual([]);
  });
});

describe('a one-character verb or adverb after a name word', () => {
  it('stays out of the name (郎平/nr 曾/d)', () => {
    expect(personsOnCut('郎平/nr 曾/d 找/v 她/r 谈话/v 。/x').filter((p) => p.startsWith('郎平曾'))).toEqual([]);
  });
  it('still ends a name jieba cut after the surname and one character when it is no verb (王永/nr 胜/nr)', () => {
    expect(personsOnCut('局长/n 王永/nr 胜/nr 出席/v 。/x')).toContain('王永胜 person.surname-given');
  });
});

describe('a word jieba tags a foreign name', () => {
  it.each([
    // any spelling (默 is no transliteration character)
    ['财政部/nt 副/b 部长/n 萨默斯/nrt 前往/t 日本/ns', '萨默斯 person.transliterated'],
    // two characters with a verb of saying after them, or opening a clause before a verb
    ['里德/nrt 说/v ，/x 我们/r 赢/v 了/ul', '里德 person.transliterated'],
    ['去年/t ，/x 琼斯/nrt 跑/v 出/v 了/ul 好/a 成绩/n', '琼斯 person.transliterated'],
  ])('%s → %s', (cut, found) => {
    expect(personsOnCut(cut)).toContain(found);
  });
  it('needs a cue at two characters (他 喜欢 琼斯 的 歌)', () => {
    expect(personsOnCut('他/r 喜欢/v 琼斯/nrt 的/uj 歌/n')).toEqual([]);
  });
});

describe('a name jieba cut after the surname and one character, with a function character glued to its last', () => {
  it('takes the three characters (何力/x 行为/x)', () => {
    expect(personsOnCut('以/p 何力/x 行为/x 团长/n 的/uj 访问团/n')).toContain('何力行 person.surname-given');
  });
});

describe('titles before a name (person-cues.tsv)', () => {
  it.each([
    ['英国/ns 外交大臣/n 库克/nrt 今天/t 发表/v 声明/n', '库克 person.transliterated'],
    ['巴西/ns 外援/n 萨拉/x 将/d 球/n 送入/v 球门/n', '萨拉 person.transliterated'],
  ])('%s → %s', (cut, found) => {
    expect(personsOnCut(cut)).toContain(found);
  });
});

describe('a surname before a title', () => {
  it('is no surname when it is the title\'s own unit (法学/n 班/n 班长/n)', () => {
    expect(personsOnCut('法学/n 班/n 班长/n 赵华/x 说/x').filter((p) => p.startsWith('班 '))).toEqual([]);
  });
  it('still names the person before another title (吴/nr 先生/n)', () => {
    expect(personsOnCut('我/r 见到/v 吴/nr 先生/n 。/x')).toContain('吴 person.surname-title');
  });
});
