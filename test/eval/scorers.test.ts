import { describe, expect, it } from 'vitest';
import { emptyCounts, addCounts, exactPrf, partialPrf, prf, sameValue, scoreSentence } from '../../src/eval/score-spans.js';
import { emptyWordCounts, scoreWords } from '../../src/eval/score-words.js';
import { durationSeconds, timexInterval } from '../../src/eval/timex-interval.js';
import { parseDucklingValue, type DucklingValue } from '../../src/eval/duckling-value.js';
import { corpusName, matchesDuckling } from '../../src/eval/run-tables.js';
import type { OutputEntity } from '../../src/output.js';
import type { Span } from '../../src/eval/gold.js';

const span = (start: number, end: number, label: string): Span => ({ start, end, label });

describe('scoreSentence', () => {
  it('counts an exact match, a partial overlap, a label mismatch and a miss', () => {
    const gold = [span(0, 3, 'PER'), span(5, 8, 'LOC'), span(10, 12, 'ORG'), span(20, 22, 'PER')];
    const pred = [span(0, 3, 'PER'), span(5, 7, 'LOC'), span(10, 12, 'LOC')];
    const s = scoreSentence(gold, pred);
    expect(s.byLabel.get('PER')).toMatchObject({ gold: 2, pred: 1, exact: 1, goldOverlapped: 1, predOverlapping: 1 });
    expect(s.byLabel.get('LOC')).toMatchObject({ gold: 1, pred: 2, exact: 0, goldOverlapped: 1, predOverlapping: 1 });
    expect(s.byLabel.get('ORG')).toMatchObject({ gold: 1, pred: 0, exact: 0, goldOverlapped: 0 });
    expect(s.missed).toEqual([span(5, 8, 'LOC'), span(10, 12, 'ORG'), span(20, 22, 'PER')]);
    expect(s.falseAlarms).toEqual([span(5, 7, 'LOC'), span(10, 12, 'LOC')]);

    const total = emptyCounts();
    for (const c of s.byLabel.values()) addCounts(total, c);
    expect(exactPrf(total)).toEqual(prf(1, 3, 1, 4));
    expect(exactPrf(total).p).toBeCloseTo(1 / 3);
    expect(exactPrf(total).r).toBeCloseTo(1 / 4);
    expect(partialPrf(total).p).toBeCloseTo(2 / 3);
    expect(partialPrf(total).r).toBeCloseTo(2 / 4);
  });

  it('scores an empty prediction as recall 0 and precision 0', () => {
    const s = scoreSentence([span(0, 2, 'PER')], []);
    const c = s.byLabel.get('PER')!;
    expect(c).toMatchObject({ gold: 1, pred: 0, exact: 0 });
    expect(exactPrf(c)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('scores nothing against nothing as perfect, and a prediction against empty gold as a false alarm', () => {
    expect(prf(0, 0, 0, 0)).toEqual({ p: 1, r: 1, f1: 1 });
    const s = scoreSentence([], [span(1, 2, 'LOC')]);
    expect(s.falseAlarms).toHaveLength(1);
    expect(exactPrf(s.byLabel.get('LOC')!)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('checks the values of exact matches', () => {
    const gold: Span[] = [{ ...span(0, 4, 'DATE'), value: { type: 'DATE', value: '2024-03-01' } }, { ...span(5, 8, 'MONEY'), value: { value: 500, currency: 'CNY' } }];
    const pred: Span[] = [{ ...span(0, 4, 'DATE'), value: { type: 'DATE', value: '2024-03-01' } }, { ...span(5, 8, 'MONEY'), value: { value: 500, currency: 'USD' } }];
    const s = scoreSentence(gold, pred);
    expect(s.byLabel.get('DATE')).toMatchObject({ valued: 1, valueRight: 1 });
    expect(s.byLabel.get('MONEY')).toMatchObject({ valued: 1, valueRight: 0 });
    expect(s.wrongValues).toHaveLength(1);
  });
});

describe('sameValue', () => {
  it.each([
    [{ type: 'DATE', value: '2024' }, { type: 'DATE', value: '2024', mod: 'START' }, false],
    [{ type: 'DATE', value: 'P1M', mod: 'LESS_THAN' }, { type: 'DATE', value: 'P1M', mod: 'LESS_THAN' }, true],
    [{ value: 30000000 }, { value: 30000000, unit: '人' }, true],
    [{ value: 1e9, mod: 'MORE_THAN' }, { value: 1e9 }, false],
    [{ lower: 5000, upper: 6000, mod: 'APPROX', currency: 'USD' }, { lower: 5000, upper: 6000, mod: 'APPROX', currency: 'USD', value: 5000 }, true],
    [{ value: 2.5, unit: '吨' }, { value: 2.5, unit: '公斤' }, false],
  ] as const)('%j vs %j -> %s', (gold, pred, same) => {
    expect(sameValue(gold as never, pred as never)).toBe(same);
  });
});

describe('scoreWords', () => {
  it('counts words by their boundaries, as the SIGHAN scorer does, with OOV recall', () => {
    const chars = Array.from('我们去北京大学');
    const gold = [{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 3, end: 7 }];
    const pred = [{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 3, end: 5 }, { start: 5, end: 7 }];
    const c = emptyWordCounts();
    const { missed, wrong } = scoreWords(c, gold, pred, chars, new Set(['我们', '去']));
    expect(c).toEqual({ gold: 3, pred: 4, right: 2, oov: 1, oovFound: 0 });
    expect(missed).toEqual([{ start: 3, end: 7 }]);
    expect(wrong).toHaveLength(2);
  });

  it('counts an empty prediction as all missed', () => {
    const c = emptyWordCounts();
    scoreWords(c, [{ start: 0, end: 1 }], [], ['好']);
    expect(c).toEqual({ gold: 1, pred: 0, right: 0, oov: 0, oovFound: 0 });
  });
});

describe('timexInterval', () => {
  const day = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);
  it.each([
    ['2013-02-12', day(2013, 2, 12), day(2013, 2, 13)],
    ['2013-02', day(2013, 2, 1), day(2013, 3, 1)],
    ['2013', day(2013, 1, 1), day(2014, 1, 1)],
    ['2013-02-12T15:00', day(2013, 2, 12, 15), day(2013, 2, 12, 15, 1)],
    ['2013-02-12T15', day(2013, 2, 12, 15), day(2013, 2, 12, 16)],
    ['2013-W07', day(2013, 2, 11), day(2013, 2, 18)],
    ['2013-Q2', day(2013, 4, 1), day(2013, 7, 1)],
    ['2013-H2', day(2013, 7, 1), day(2014, 1, 1)],
    ['199', day(1990, 1, 1), day(2000, 1, 1)],
    ['20', day(1901, 1, 1), day(2001, 1, 1)],
    ['21', day(2001, 1, 1), day(2101, 1, 1)],
    ['2013-02-10/2013-02-11', day(2013, 2, 10), day(2013, 2, 12)],
    ['2013-02-18TMO', day(2013, 2, 18, 4), day(2013, 2, 18, 12)],
  ])('%s', (value, start, end) => {
    expect(timexInterval(value)).toEqual({ start, end });
  });

  it('gives no interval for unresolved or deictic values without a reference', () => {
    expect(timexInterval('XXXX-02-01')).toBeNull();
    expect(timexInterval('PAST_REF')).toBeNull();
    expect(timexInterval('PRESENT_REF')).toBeNull();
    expect(timexInterval('PRESENT_REF', 5000)).toEqual({ start: 5000, end: 6000 });
  });

  it('reads durations in seconds, months as 30 days', () => {
    expect(durationSeconds('PT1H30M')).toBe(5400);
    expect(durationSeconds('P1.5M')).toBe(45 * 86400);
    expect(durationSeconds('P2Y3M')).toBe(27 * 30 * 86400);
    expect(durationSeconds('2013')).toBeNull();
  });
});

describe('matchesDuckling', () => {
  const entity = (label: OutputEntity['label'], value: OutputEntity['value']): OutputEntity => ({ start: 0, end: 1, label, text: 'x', simplified: 'x', rule: 'test', value });
  const gold = (e: string) => parseDucklingValue(e) as DucklingValue;

  it('compares dates by the interval they denote', () => {
    expect(matchesDuckling(gold('datetime (2013, 2, 12, 0, 0, 0) Day'), entity('DATE', { type: 'DATE', value: '2013-02-12' }))).toBe(true);
    expect(matchesDuckling(gold('datetime (2013, 2, 12, 0, 0, 0) Day'), entity('DATE', { type: 'DATE', value: '2013-02' }))).toBe(false);
    expect(matchesDuckling(gold('datetime (2013, 2, 12, 15, 0, 0) Hour'), entity('TIME', { type: 'TIME', value: '2013-02-12T15' }))).toBe(true);
  });

  it('takes a clock time HH:00 as that hour too, as ANNOTATION.md writes 下午3點 (T15:00)', () => {
    const hour = gold('datetime (2013, 2, 12, 15, 0, 0) Hour');
    expect(matchesDuckling(hour, entity('TIME', { type: 'TIME', value: '2013-02-12T15:00' }))).toBe(true);
    expect(matchesDuckling(hour, entity('TIME', { type: 'TIME', value: '2013-02-12T15:30' }))).toBe(false);
    expect(matchesDuckling(hour, entity('TIME', { type: 'TIME', value: '2013-02-12T16:00' }))).toBe(false);
    expect(matchesDuckling(gold('datetime (2013, 2, 12, 15, 0, 0) Minute'), entity('TIME', { type: 'TIME', value: '2013-02-12T15' }))).toBe(false);
  });

  it('takes a TIMEX3 weekend as Saturday and Sunday, starting as early as Friday evening', () => {
    const weekend = entity('DATE', { type: 'DATE', value: '2013-W07-WE' });
    expect(matchesDuckling(gold('datetimeInterval ((2013, 2, 15, 18, 0, 0), (2013, 2, 18, 0, 0, 0)) Hour'), weekend)).toBe(true);
    expect(matchesDuckling(gold('datetimeInterval ((2013, 2, 16, 0, 0, 0), (2013, 2, 18, 0, 0, 0)) Day'), weekend)).toBe(true);
    expect(matchesDuckling(gold('datetimeInterval ((2013, 2, 15, 0, 0, 0), (2013, 2, 18, 0, 0, 0)) Day'), weekend)).toBe(false);
    expect(matchesDuckling(gold('datetimeInterval ((2013, 2, 22, 18, 0, 0), (2013, 2, 25, 0, 0, 0)) Hour'), weekend)).toBe(false);
  });

  it('compares money with a generic dollar in any currency, cents as hundredths', () => {
    expect(matchesDuckling(gold('simple Dollar 7'), entity('MONEY', { value: 7, currency: 'CNY' }))).toBe(true);
    expect(matchesDuckling(gold('simple Cent 20'), entity('MONEY', { value: 0.2, currency: 'CNY' }))).toBe(true);
    expect(matchesDuckling(gold('simple HKD 3.14'), entity('MONEY', { value: 3.14, currency: 'CNY' }))).toBe(false);
    expect(matchesDuckling(gold('under Dollar 1.2'), entity('MONEY', { value: 1.2, currency: 'CNY', mod: 'LESS_THAN' }))).toBe(true);
    expect(matchesDuckling(gold('under Dollar 1.2'), entity('MONEY', { value: 1.2, currency: 'CNY' }))).toBe(false);
  });

  it('compares quantities in Duckling units through the unit table', () => {
    expect(matchesDuckling(gold('simple Gram 1500 Nothing'), entity('QUANTITY', { value: 3, unit: '斤' }))).toBe(true);
    expect(matchesDuckling(gold('between Metre (1.6, 3.9)'), entity('QUANTITY', { lower: 1.6, upper: 3.9, unit: '米' }))).toBe(true);
    expect(matchesDuckling(gold('simple Kilometre 3'), entity('QUANTITY', { value: 3, unit: '米' }))).toBe(false);
  });

  it('compares durations and numbers', () => {
    expect(matchesDuckling(gold('DurationData 90 Minute'), entity('TIME', { type: 'DURATION', value: 'PT1.5H' }))).toBe(true);
    expect(matchesDuckling(gold('NumeralValue 34567'), entity('CARDINAL', { value: 34567 }))).toBe(true);
    expect(matchesDuckling(gold('NumeralValue 34567'), entity('CARDINAL', {}))).toBe(false);
  });

  it('compares numerals through classifiers of several things and shares in percent', () => {
    expect(matchesDuckling(gold('NumeralValue 10'), entity('CARDINAL', { value: 5, unit: '对' }))).toBe(true);
    expect(matchesDuckling(gold('NumeralValue 96'), entity('CARDINAL', { value: 8, unit: '打' }))).toBe(true);
    expect(matchesDuckling(gold('NumeralValue 8'), entity('CARDINAL', { value: 8, unit: '打' }))).toBe(false);
    expect(matchesDuckling(gold('NumeralValue 5'), entity('CARDINAL', { value: 5, unit: '张' }))).toBe(true);
    expect(matchesDuckling(gold('NumeralValue 0.5'), entity('PERCENT', { value: 50, unit: '%' }))).toBe(true);
    expect(matchesDuckling(gold('NumeralValue 50'), entity('PERCENT', { value: 50, unit: '%' }))).toBe(false);
  });

  it('names corpora by dimension and region', () => {
    expect(corpusName('Time_ZH_HK_Corpus.hs')).toBe('time-hk');
    expect(corpusName('AmountOfMoney_ZH_Corpus.hs')).toBe('money');
  });
});
