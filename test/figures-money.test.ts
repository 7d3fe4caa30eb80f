// Money words with more than one reading: 分 (a cent, a point, a minute) and Cantonese 個 (a
// dollar, a classifier). Whole pipeline, so that times (8点20分) and durations (一个半小时) take
// their share; each row lists every span of the text with its label, value and rule.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

type Span = [text: string, label: string, value: object, rule: string];

function spans(text: string): Span[] {
  return annotate(text).entities.map((e) => [e.text, e.label, e.value as object, e.rule]);
}

const cny = (value: number) => ({ value, currency: 'CNY' });
const hkd = (value: number) => ({ value, currency: 'HKD' });

const cents: [string, Span[]][] = [
  // after a larger unit, or before 钱, 分 is a cent with no cue needed
  ['一块五毛五分', [['一块五毛五分', 'MONEY', cny(1.55), 'figure.money']]],
  ['两角五分', [['两角五分', 'MONEY', cny(0.25), 'figure.money']]],
  ['五分钱', [['五分钱', 'MONEY', cny(0.05), 'figure.money']]],
  ['人民币五分', [['人民币五分', 'MONEY', cny(0.05), 'figure.money']]],
  // a price word in the clause, before the number or after it
  ['每度电下调2分', [['2分', 'MONEY', cny(0.02), 'figure.money-price-cue']]],
  ['电价上调1.5分', [['1.5分', 'MONEY', cny(0.015), 'figure.money-price-cue']]],
  ['票价五分', [['五分', 'MONEY', cny(0.05), 'figure.money-price-cue']]],
  ['每股派息5分', [['5分', 'MONEY', cny(0.05), 'figure.money-price-cue']]],
  ['下调2分，电价', [['2', 'CARDINAL', { value: 2 }, 'figure.cardinal']]], // the cue is in another clause
  // scores, grades, times and shares stay what they are
  ['他得了20分', [['20', 'CARDINAL', { value: 20 }, 'figure.cardinal']]],
  ['满分100分', [['100', 'CARDINAL', { value: 100 }, 'figure.cardinal']]],
  ['票价评分得了5分', [['5', 'CARDINAL', { value: 5 }, 'figure.cardinal']]], // the nearest cue is a score
  ['8点20分', [['8点20分', 'TIME', { type: 'TIME', value: 'XXXX-XX-XXT08:20' }, 'time.point']]],
  ['五分之一', [['五分之一', 'PERCENT', { value: 20, unit: '%' }, 'figure.fraction']]],
  ['电价十分稳定', []],
  ['以3分之差落败', []],
];

const dollars: [string, Span[]][] = [
  // a Cantonese document (two marker characters) or a Cantonese money word in the clause
  ['佢俾咗我五個半', [['五個半', 'MONEY', hkd(5.5), 'figure.money-cantonese-dollar']]],
  ['佢哋話呢個要個半啦', [['個半', 'MONEY', hkd(1.5), 'figure.money-cantonese-dollar']]],
  ['嗰度啲嘢好平，個九就有', [['個九', 'MONEY', hkd(1.9), 'figure.money-cantonese-dollar']]],
  ['佢哋話要三個二', [['三個二', 'MONEY', hkd(3.2), 'figure.money-cantonese-dollar']]],
  ['十蚊定係個半', [['十蚊', 'MONEY', hkd(10), 'figure.money'], ['個半', 'MONEY', hkd(1.5), 'figure.money-cantonese-dollar']]],
  ['十蚊兩個，個半', [['十蚊', 'MONEY', hkd(10), 'figure.money'], ['兩個', 'CARDINAL', { value: 2, unit: '个' }, 'figure.count']]], // 蚊 is in another clause
  ['港幣五個半', [['港幣五個半', 'MONEY', hkd(5.5), 'figure.money']]],
  // a counted word after it, a determiner before it, or Mandarin: no dollar
  ['佢哋食咗五個半蘋果', [['五個半', 'CARDINAL', { value: 5.5, unit: '个' }, 'figure.count']]],
  ['佢哋話呢個半', []],
  ['吃了一个半', [['一个半', 'CARDINAL', { value: 1.5, unit: '个' }, 'figure.count']]],
  ['五個半', [['五個半', 'CARDINAL', { value: 5.5, unit: '个' }, 'figure.count']]],
  ['個半', []],
  ['蚊子咬咗我個半', []], // 蚊 in 蚊子 is no money word
  ['一个半小时', [['一个半小时', 'TIME', { type: 'DURATION', value: 'PT90M' }, 'time.duration']]],
  ['一個半月', [['一個半月', 'DATE', { type: 'DURATION', value: 'P45D' }, 'date.duration']]],
  ['佢哋買咗個半鐘', [['個半鐘', 'TIME', { type: 'DURATION', value: 'PT90M' }, 'time.duration']]],
];

describe('分: a cent only where the context says money', () => {
  it.each(cents)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('個: a dollar only in Cantonese money talk', () => {
  it.each(dollars)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a region does not make a text Cantonese', () => {
  const reading = (text: string, region: 'HK' | 'TW') =>
    annotate(text, { region }).entities.map((e) => [e.text, e.label, e.rule]);

  it('formal Hong Kong writing reads 五個半 as a count', () => {
    expect(reading('他們買了五個半。', 'HK')).toEqual([['五個半', 'CARDINAL', 'figure.count']]);
  });

  it('Cantonese markers read it as dollars whatever the region', () => {
    expect(reading('佢俾咗我五個半', 'TW')).toEqual([['五個半', 'MONEY', 'figure.money-cantonese-dollar']]);
  });
});
