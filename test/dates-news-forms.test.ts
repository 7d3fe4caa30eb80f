// Table-driven cases for news forms the dates stage reads under ANNOTATION.md, written by us:
// [text, reference, span text, label, value, mod], and texts where a reading must stay away.
import { describe, expect, it } from 'vitest';
import { expectDateRow, timeSpans, type DateRow } from './helpers/dates.js';

const CASES: DateRow[] = [
  // deictic words of the recent past
  ['前不久，他去了一趟', '2025-02-19', '前不久', 'DATE', 'PAST_REF'],
  ['前些天下了雪', '2025-02-19', '前些天', 'DATE', 'PAST_REF'],
  ['前几天他来过', '2025-02-19', '前几天', 'DATE', 'PAST_REF'],
  ['这些天，记者走访了', '2025-02-19', '这些天', 'DATE', 'PAST_REF'],
  ['前段时间的报道', '2025-02-19', '前段时间', 'DATE', 'PAST_REF'],
  ['前些年，基层机构', '2025-02-19', '前些年', 'DATE', 'PAST_REF'],
  // a year's 年度, two-digit years said in Chinese numerals
  ['1998年度计划', null, '1998年度', 'DATE', '1998'],
  ['本年度预算', '2025-02-19', '本年度', 'DATE', '2025'],
  ['上年度的利润', '2025-02-19', '上年度', 'DATE', '2024'],
  ['九七年主题创作', '1998-01-05', '九七年', 'DATE', '1997'],
  ['〇八年奥运会', '2025-02-19', '〇八年', 'DATE', '2008'],
  // parts of a year said by a season word or 年关
  ['去年入秋以来', '2025-02-19', '去年入秋', 'DATE', '2024-FA', 'START'],
  ['入冬以来第一场雪', '2025-02-19', '入冬', 'DATE', '2025-WI', 'START'],
  ['开春，农民忙', '2025-02-19', '开春', 'DATE', '2025-SP', 'START'],
  ['年关将至', '2025-02-19', '年关', 'DATE', '2025', 'END'],
  // a bare 一日 is the first of the month before 起, a dateline's 电 or a part of the day
  ['自一日起开放市场', '1998-01-02', '一日', 'DATE', '1998-01-01'],
  ['新华社北京一日电', '1998-01-02', '一日', 'DATE', '1998-01-01'],
  ['一日下午三点', '1998-01-02', '一日下午三点', 'TIME', '1998-01-01T15:00'],
  ['十月一日开幕', '1998-01-02', '十月一日', 'DATE', '1998-10-01'],
];

describe('dates stage: news forms', () => {
  it.each(CASES)('%s (ref %s) -> %s', expectDateRow);

  it.each([
    ['三四年后', '三四年'], ['七八年来', '七八年'], ['三五年内', '三五年'], ['一二年级', '一二年'],
    ['一日之计在于晨', '一日'], ['一日起码跑十里', '一日'], ['一日游', '一日'],
  ])('%s: no time span %s', (text, absent) => {
    expect(timeSpans(text, '2025-02-19').map((x) => x.text)).not.toContain(absent);
  });
});
