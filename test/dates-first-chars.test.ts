import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterRun, codeUnitSets, firstChars, startPairs } from '../src/dates/first-chars.js';

const chars = (s: string) => new Set(Array.from(s, (c) => c.charCodeAt(0)));
const text = (set: Set<number> | null | undefined) => (set === null || set === undefined ? set : String.fromCharCode(...[...set].sort((a, b) => a - b)));

describe('first characters read from a pattern source', () => {
  it.each([
    ['(上+|下+|本)个?世纪', '上下本'],
    ['第?([一二1-2])季度', '第一二12'],
    ['(?:(周)|星期)(末)?', '周星'],
    ['\\s?[0-9]', '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff0123456789'.split('').sort().join('')],
    ['(?<![0-9])元月', '元'],
    ['(?=个半)?个', '个'],
    ['(?<sep>[-/])x\\k<sep>', '-/'],
  ])('%s begins with one of %s', (source, expected) => {
    expect(text(firstChars(source))).toBe(String.fromCharCode(...[...chars(expected)].sort((a, b) => a - b)));
  });

  it.each([['的?', null], ['[^a]b', null], ['.x', null]])('%s may begin with anything', (source, expected) => {
    expect(firstChars(source)).toBe(expected);
  });

  it('gives the second characters after each first one, any when a match may end there', () => {
    const pairs = startPairs('的?第[一二]|中')!;
    expect(text(pairs.get('的'.charCodeAt(0)))).toBe('第');
    expect(text(pairs.get('第'.charCodeAt(0)))).toBe(text(chars('一二')));
    expect(pairs.get('中'.charCodeAt(0))).toBeNull();
    expect(pairs.has('一'.charCodeAt(0))).toBe(false);
  });

  it('gives what may follow a number by its length, none once a match may end inside it', () => {
    const digits = chars('0123456789');
    const notDigits = (set: Set<number> | null) => (set === null ? null : text(new Set([...set].filter((c) => !digits.has(c)))));
    expect(afterRun('[0-9]{1,2}月|[0-9]{4}年', digits, 5).map(notDigits)).toEqual(['月', '月', '', '年', '']);
    expect(afterRun('[0-9]{2}(?![0-9])', digits, 3).map(notDigits)).toEqual(['', null, null]);
  });

  it('reads a lookahead that ends the pattern as what must follow the match, any other as nothing', () => {
    const digits = chars('0123456789');
    expect(afterRun('[0-9]{2}(?=[-至])|[0-9]{4}年', digits, 4).map((set) => text(set))).toEqual([text(digits), text(chars('0123456789-至')), text(digits), '年']);
    expect(afterRun('([0-9]{2})(?=[-至])?年', digits, 3)[1]).toEqual(chars('年'));
    expect(startPairs('[一二](?=月)')!.get('一'.charCodeAt(0))).toEqual(chars('月'));
    expect(startPairs('(?:[一二](?=月))份?')!.get('一'.charCodeAt(0))).toBeNull();
  });

  it('tests code units as the sets they are made of, equal sets sharing one', () => {
    const [a, b, any, none] = codeUnitSets([chars('年月'), chars('月年'), null, new Set()]);
    expect(a).toBe(b);
    expect(any).toBeNull();
    for (const c of [...chars('年月日0'), 0, 31, 32, 0xffff, NaN]) {
      expect(a!.has(c)).toBe(chars('年月').has(c));
      expect(none!.has(c)).toBe(false);
    }
  });

  // Whatever a pattern matches, the analysis allows: the sets are never too small.
  const patterns = ['([0-9一二]{1,2})(?=[点时]|月份)|零年', '(上+|下+)一?个?月份?', '([0-9]{1,3})(点|时)(半)?', '零?([0-9一二]+(?:\\.[0-9]+)?|半)(多)? ?(个)?(年|月)', '的?第([一二]{1,2})个?周([一二])?', '\\s?([0-9]{1,2})[:：]([0-9]{2})'];
  const alphabet = fc.constantFrom(...'上下一个月份的第周二0123456789.:： 点时半零多年x'.split(''));
  it.each(patterns)('never leaves out a match of %s', (source) => {
    const re = new RegExp(source, 'y'), first = firstChars(source), pairs = startPairs(source)!;
    const numerals = chars('0123456789一二零'), follow = afterRun(source, numerals, 6);
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')), (s) => {
      re.lastIndex = 0;
      const m = re.exec(s);
      if (m === null || m[0] === '') return;
      expect(first === null || first.has(s.charCodeAt(0))).toBe(true);
      const second = pairs.get(s.charCodeAt(0));
      expect(second === null || (second !== undefined && second.has(s.charCodeAt(1)))).toBe(true);
      let run = 0;
      while (run < s.length && numerals.has(s.charCodeAt(run))) run++;
      if (run > 0 && run <= 6 && m[0].length >= run) expect(follow[run - 1] === null || follow[run - 1]!.has(s.charCodeAt(run))).toBe(true);
    }), { numRuns: 3000 });
  });
});
