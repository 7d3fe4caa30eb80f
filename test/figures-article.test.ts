// Every figure of the seed article, read by us from the text (Traditional; reference 2025-02-19),
// found and valued as ANNOTATION.md says; and nothing else taken for a figure. Dates (2月1日,
// 一個月, 2025年初), names with numerals (21世紀經濟報道, 零一萬物, GPT5, Kimi k1.5), idioms
// (百模大戰, 大殺四方, 曇花一現), nicknames (六小虎, 三小虎) and the article 一 (一位, 一次, 一種)
// are no figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_LABELS, type FigureValue } from '../src/doc.js';
import { runPipeline } from '../src/pipeline.js';
import { resourcePath } from '../src/resources.js';
import { convertStage } from '../src/stages/convert.js';
import { figuresStage } from '../src/stages/figures.js';
import { resolveStage } from '../src/stages/resolve.js';
import { segmentStage } from '../src/stages/segment.js';
import { sentencesStage } from '../src/stages/sentences.js';

const text = readFileSync(resourcePath('../corpus/deepseek-r1-industry.txt'), 'utf8');

const expected: [string, string, FigureValue][] = [
  ['3%', 'PERCENT', { value: 3, unit: '%' }], // 運行成本的3%
  ['3000萬', 'CARDINAL', { value: 30000000 }], // 突破3000萬大關
  ['一萬張', 'CARDINAL', { value: 10000, unit: '张' }], // 用一萬張卡
  ['十萬張', 'CARDINAL', { value: 100000, unit: '张' }], // 別人十萬張卡
  ['十萬張', 'CARDINAL', { value: 100000, unit: '张' }], // 用十萬張卡
  ['一千張', 'CARDINAL', { value: 1000, unit: '张' }], // 用一千張卡
  ['十萬張', 'CARDINAL', { value: 100000, unit: '张' }], // 十萬張卡的效果
  ['1695萬', 'CARDINAL', { value: 16950000 }], // 達到1695萬
  ['第一', 'ORDINAL', { value: 1 }], // 成為行業第一
  ['超10億', 'CARDINAL', { value: 1000000000, mod: 'MORE_THAN' }], // 超10億月活用戶
];

describe('figures of the seed article', () => {
  const doc = runPipeline({ id: 'deepseek', text, refDate: '2025-02-19' }, [convertStage, sentencesStage, segmentStage, figuresStage, resolveStage]);
  const figures = doc.entities.filter((e) => FIGURE_LABELS.includes(e.label));

  it('finds every figure with its value, and nothing else', () => {
    expect(figures.map((e) => [doc.originalText(e.start, e.end), e.label, e.value])).toEqual(expected);
  });

});
