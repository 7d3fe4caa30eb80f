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
  // two neighbouring months together are a range of both
  ['一九九四年六七月间的洪水', null, '一九九四年六七月', 'DATE', '1994-06/1994-07'],
  ['去年七八月份', '2025-02-19', '去年七八月份', 'DATE', '2024-07/2024-08'],
  ['十一二月', '2025-02-19', '十一二月', 'DATE', '2025-11/2025-12'],
  ['十一月到了', '2025-02-19', '十一月', 'DATE', '2025-11'],
  // words that refer back: the evening of that day, the year after, a date in that year
  ['5月3日他抵达汉城。当晚，他会见了知事', '1998-05-05', '当晚', 'TIME', '1998-05-03TNI'],
  ['3月8日开工，当天下午', '2010-03-10', '当天下午', 'TIME', '2010-03-08TAF'],
  ['2010年3月开工，次年完工', null, '次年', 'DATE', '2011'],
  ['1997年3月当选议员，同年12月15日被提名', null, '同年12月15日', 'DATE', '1997-12-15'],
];

describe('dates stage: news forms', () => {
  it.each(CASES)('%s (ref %s) -> %s', expectDateRow);

  it.each([
    ['三四年后', '三四年'], ['七八年来', '七八年'], ['三五年内', '三五年'], ['一二年级', '一二年'],
    ['一日之计在于晨', '一日'], ['一日起码跑十里', '一日'], ['一日游', '一日'],
    // N号 that numbers a name or an ordinal, no day
    ['以“阿波罗”17号指挥官身份', '17号'], ['神舟五号发射', '五号'], ['嫦娥四号着陆', '四号'], ['第二、三号主力', '三号'],
    // time words glued to the word around them
    ['投产后年产值可达5亿元', '后年'], ['几年前年年亏损', '前年'], ['优势更多地表现在资源上', '现在'], ['他从未来过', '未来'],
  ])('%s: no time span %s', (text, absent) => {
    expect(timeSpans(text, '2025-02-19').map((x) => x.text)).not.toContain(absent);
  });

  it.each([
    ['他5号到达北京', '5号', '2025-02-05'], ['会议5号召开', '5号', '2025-02-05'], ['明年产值翻番', '明年', '2026'], ['现在开始', '现在', 'PRESENT_REF'],
  ])('%s: a time span %s stays', (text, span, value) => {
    expect(timeSpans(text, '2025-02-19').find((x) => x.text === span)?.value).toMatchObject({ value });
  });
});
