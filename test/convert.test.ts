import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { alignCodePoints } from '../src/align.js';
import { chooseConversion, convertText } from '../src/stages/convert.js';
import { expectOffsetsHold } from './helpers/spans.js';

describe('choosing the conversion', () => {
  it('leaves Simplified text as it is', () => {
    expect(chooseConversion('这意味着开源降低了人们使用人工智能的门槛。')).toBe('none');
  });
  it('converts Taiwan Traditional with Taiwan phrasing', () => {
    expect(chooseConversion('這意味著開源降低了人們使用人工智慧的門檻。')).toBe('tw');
  });
  it('recognises Hong Kong Cantonese writing', () => {
    expect(chooseConversion('佢哋話呢個軟件冇問題，你睇下。')).toBe('hk');
  });

  const TAIWAN = '這意味著開源降低了人們使用人工智慧的門檻。';
  const CANTONESE = '佢哋話呢個軟件冇問題，你睇下。';
  const SIMPLIFIED = '这意味着开源降低了人们使用人工智能的门槛。';
  it.each([
    [TAIWAN, 'HK', 'hk'], [TAIWAN, 'MO', 'hk'], [TAIWAN, 'TW', 'tw'], [TAIWAN, 'CN', 'tw'], [TAIWAN, null, 'tw'],
    [CANTONESE, 'TW', 'tw'], [CANTONESE, 'HK', 'hk'], [CANTONESE, 'CN', 'hk'], [CANTONESE, null, 'hk'],
    [SIMPLIFIED, 'TW', 'none'], [SIMPLIFIED, 'HK', 'none'],
  ] as const)('%s with region %s: %s (a region decides Taiwan or Hong Kong phrasing; CN and none guess)', (text, region, config) => {
    expect(chooseConversion(text, region)).toBe(config);
  });

  it('converts a document by its region: 軟體 and 資訊 are Taiwan words, kept as they are in Hong Kong', () => {
    const text = '這個軟體的資訊很有用。';
    const tw = annotate(text, { region: 'TW' });
    const hk = annotate(text, { region: 'HK' });
    expect([tw.conversion, tw.simplified]).toEqual(['tw', '这个软件的信息很有用。']);
    expect([hk.conversion, hk.simplified]).toEqual(['hk', '这个软体的资讯很有用。']);
  });
});

describe('alignment when a phrase conversion changes length', () => {
  it('maps every Simplified position back to the original', () => {
    const text = '主機板與記憶體在2月1日到貨，漲了3%。';
    const { simplified, origin } = convertText(text, 'tw');
    expect(simplified).toBe('主板与内存在2月1日到货，涨了3%。');
    expect(origin).not.toBeNull();
    const doc = annotate(text, { refDate: '2025-02-19' });
    expectOffsetsHold(doc);
    const date = doc.entities.find((e) => e.label === 'DATE');
    expect(date).toMatchObject({ text: '2月1日', simplified: '2月1日', start: 8 });
    // The token 主板 covers the three original characters 主機板.
    expect(doc.tokens[0]).toMatchObject({ start: 0, end: 3, text: '主板' });
  });

  it('aligns sequences of different lengths, not only equal ones', () => {
    const a = [...'甲乙丙丁戊'];
    const b = [...'甲X丁戊'];
    expect(Array.from(alignCodePoints(a, b))).toEqual([0, 1, 3, 4]);
    const longer = [...'甲XYZ乙'];
    expect(Array.from(alignCodePoints([...'甲丙乙'], longer))).toEqual([0, 1, 1, 1, 2]);
  });
});
