// Long runs without sentence punctuation are cut into bounded pieces at safe places.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SENTENCE, setMaxSentenceLength, splitSentences } from '../src/stages/sentences.js';

const MAX = 40;
const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('long sentences', () => {
  afterEach(() => setMaxSentenceLength(DEFAULT_MAX_SENTENCE));

  const cases: [string, string, (ps: string[]) => void][] = [
    ['Han only: cut at the limit', '华为公司发布新款手机'.repeat(12), (ps) => expect(ps[0]).toHaveLength(MAX)],
    ['after a comma in the second half', `${'华为公司发布'.repeat(5)}，${'新款手机'.repeat(10)}`, (ps) => expect(ps[0].endsWith('，')).toBe(true)],
    ['at a space, which is dropped', `${'营收增长'.repeat(7)} ${'新款手机'.repeat(10)}`, (ps) => expect(ps[0]).toBe('营收增长'.repeat(7))],
    ['not inside a Latin run', `${'营收增长'.repeat(8)}DeepSeek-R1${'新款手机'.repeat(10)}`, (ps) => expect(ps.filter((p) => p.includes('DeepSeek-R1'))).toHaveLength(1)],
    ['not inside a surrogate pair', '𠀋'.repeat(60), (ps) => ps.forEach((p) => expect([...p].every((c) => c === '𠀋')).toBe(true))],
  ];

  it.each(cases)('%s', (_, text, check) => {
    setMaxSentenceLength(MAX);
    const ps = pieces(text);
    expect(ps.length).toBeGreaterThan(1);
    for (const p of ps) expect(p.length).toBeLessThanOrEqual(MAX);
    expect(ps.join('')).toBe(text.replace(/\s/g, ''));
    check(ps);
  });

  it('leaves sentences within the limit alone', () => {
    setMaxSentenceLength(MAX);
    expect(pieces('短句。又一句！')).toEqual(['短句。', '又一句！']);
  });

  it('refuses a limit that cannot make progress', () => {
    expect(() => setMaxSentenceLength(1)).toThrow(RangeError);
  });
});
