// Table-driven cases for the dates stage, written by us: [text, reference, span text, type, value, mod].
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

type Row = [string, string | null, string, 'DATE' | 'TIME', string | null, string?];

const CASES: Row[] = [
  // absolute
  ['会议于2025年2月1日举行', '2025-02-19', '2025年2月1日', 'DATE', '2025-02-01'],
  ['1998年12月31日晚', null, '1998年12月31日', 'DATE', '1998-12-31'],
  ['二〇二五年是蛇年', null, '二〇二五年', 'DATE', '2025'],
  ['一九九七年十二月三十一日', null, '一九九七年十二月三十一日', 'DATE', '1997-12-31'],
  ['截止2025-02-01。', null, '2025-02-01', 'DATE', '2025-02-01'],
  ['截止2025/2/1。', null, '2025/2/1', 'DATE', '2025-02-01'],
  ['25年2月上线', '2025-02-19', '25年2月', 'DATE', '2025-02'],
  ['公元前221年统一', null, '公元前221年', 'DATE', 'BC0221'],
  ['2月1日发布', null, '2月1日', 'DATE', 'XXXX-02-01'],
  // parts
  ['2025年初成立', null, '2025年初', 'DATE', '2025', 'START'],
  ['去年年底', '2025-02-19', '去年年底', 'DATE', '2024', 'END'],
  ['3月中旬', '2025-02-19', '3月中旬', 'DATE', '2025-03', 'MID'],
  ['今年上半年', '2025-02-19', '今年上半年', 'DATE', '2025-H1'],
  ['第一季度营收', '2025-02-19', '第一季度', 'DATE', '2025-Q1'],
  ['90年代的歌', null, '90年代', 'DATE', '199'],
  ['上世纪90年代', '2025-02-19', '上世纪90年代', 'DATE', '199'],
  // relative, crossing a year and a leap day
  ['明年今天见', '2024-02-29', '明年今天', 'DATE', '2025-02-28'],
  ['比去年同期增长', '2024-02-29', '去年同期', 'DATE', '2023-02-28'],
  ['昨天', '2025-01-01', '昨天', 'DATE', '2024-12-31'],
  ['後天', '2024-02-28', '後天', 'DATE', '2024-03-01'],
  ['下個月', '2024-12-15', '下個月', 'DATE', '2025-01'],
  ['上周', '2021-01-06', '上周', 'DATE', '2020-W53'],
  ['下周三', '2024-12-30', '下周三', 'DATE', '2025-01-08'],
  ['週一', '2025-02-19', '週一', 'DATE', '2025-02-17'],
  ['三天前', '2024-03-01', '三天前', 'DATE', '2024-02-27'],
  ['两年前', '2025-02-19', '两年前', 'DATE', '2023'],
  ['近日', null, '近日', 'DATE', 'PAST_REF'],
  ['在过去的一年中', null, '过去', 'DATE', 'PAST_REF'],
  ['下月第二周', '2025-02-19', '下月第二周', 'DATE', '2025-W10'],
  ['这个季度', '2025-05-01', '这个季度', 'DATE', '2025-Q2'],
  // durations and sets
  ['上线不到一个月', null, '不到一个月', 'DATE', 'P1M', 'LESS_THAN'],
  // 以来 and 来 stay out of the span (ANNOTATION.md, Boundaries)
  ['三年来', null, '三年', 'DATE', 'P3Y'],
  ['十年以来的变化', null, '十年', 'DATE', 'P10Y'],
  ['那曲自9月以来降雪', '1998-01-02', '9月', 'DATE', '1998-09'],
  ['近年来，各地', null, '近年', 'DATE', 'PAST_REF'],
  // a year before the verb 代表 is no decade
  ['他1994年代表全省出席', null, '1994年', 'DATE', '1994'],
  ['1990年代的歌', null, '1990年代', 'DATE', '199'],
  // seasons said with a mark of their depth
  ['1991年寒冬，战役开始', null, '1991年寒冬', 'DATE', '1991-WI'],
  ['隆冬的山城', '1998-01-02', '隆冬', 'DATE', '1998-WI'],
  ['初夏时节', '2025-02-19', '初夏', 'DATE', '2025-SU'],
  // a weekly set narrowed by a part of the day
  ['每周四上午义务劳动', null, '每周四上午', 'DATE', 'XXXX-WXX-4TMO'],
  // 前夜 is no bound 前 (元旦|前夜)
  ['元旦前夜，使馆里', '1998-01-02', '元旦', 'DATE', '1998-01-01'],
  ['我依家去', null, '依家', 'DATE', 'PRESENT_REF'],
  // a year named by its animal: the nearest such year to the reference
  ['送走牛年，迎来虎年', '1998-01-02', '牛年', 'DATE', '1997'],
  ['送走牛年，迎来虎年', '1998-01-02', '虎年', 'DATE', '1998'],
  ['马年大吉', '1998-01-02', '马年', 'DATE', '2002'],
  ['蛇年春晚', '2025-02-19', '蛇年', 'DATE', '2025'],
  ['开了两个多小时', null, '两个多小时', 'TIME', 'PT2H', 'MORE_THAN'],
  ['两年零三个月', null, '两年零三个月', 'DATE', 'P2Y3M'],
  // times of day
  ['下午3点开会', '2025-02-19', '下午3点', 'TIME', '2025-02-19T15:00'],
  ['凌晨两点半', '2025-02-19', '凌晨两点半', 'TIME', '2025-02-19T02:30'],
  ['下午三点二十五', '2025-02-19', '下午三点二十五', 'TIME', '2025-02-19T15:25'],
  ['凌晨零点零五分', '2025-02-19', '凌晨零点零五分', 'TIME', '2025-02-19T00:05'],
  ['2月1日上午10时20分', '2025-02-19', '2月1日上午10时20分', 'TIME', '2025-02-01T10:20'],
  ['15:30出发', '2025-02-19', '15:30', 'TIME', '2025-02-19T15:30'],
  // ranges and open ends
  ['2月1日至14日', '2025-02-19', '2月1日至14日', 'DATE', '2025-02-01/2025-02-14'],
  ['2020-2023年', null, '2020-2023年', 'DATE', '2020/2023'],
  ['1月20日到2月1日', '2025-02-19', '1月20日到2月1日', 'DATE', '2025-01-20/2025-02-01'],
  ['从去年到今年', '2025-02-19', '去年到今年', 'DATE', '2024/2025'],
  ['2030年底以前', null, '2030年底以前', 'DATE', '2030', 'BEFORE'],
  ['3月以后', '2025-02-19', '3月以后', 'DATE', '2025-03', 'AFTER'],
  // holidays and the lunar calendar
  ['春节前后', '2025-02-19', '春节前后', 'DATE', '2025-01-29', 'APPROX'],
  ['农历正月初一', '2024-06-01', '农历正月初一', 'DATE', '2024-02-10'],
  ['中秋', '2025-02-19', '中秋', 'DATE', '2025-10-06'],
  ['国庆节', '2025-02-19', '国庆节', 'DATE', '2025-10-01'],
  ['复活节', '2025-02-19', '复活节', 'DATE', '2025-04-20'],
  ['1998年新年讲话', null, '1998年新年', 'DATE', '1998-01-01'],
  ['开斋节又称肉孜节', '2025-02-19', '肉孜节', 'DATE', '2025-03-30'],
  ['哈努卡节', '2024-06-01', '哈努卡节', 'DATE', '2024-12-26/2025-01-02'],
  // centuries: ANNOTATION.md writes the ordinal century (20 = the 20th)
  ['20世纪', null, '20世纪', 'DATE', '20'],
  ['二十一世纪', null, '二十一世纪', 'DATE', '21'],
  ['上世纪', '2025-02-19', '上世纪', 'DATE', '20'],
  ['上世纪', '2000-06-01', '上世纪', 'DATE', '19'],
  ['20世纪90年代', null, '20世纪90年代', 'DATE', '199'],
  // two-digit years with an apostrophe
  ['’98北京新年音乐会', '1998-01-01', '’98', 'DATE', '1998'],
  // deictic and anaphoric words
  ['眼下正是', null, '眼下', 'DATE', 'PRESENT_REF'],
  ['今后五年', null, '今后五年', 'DATE', 'P5Y'],
  ['今后，我们', null, '今后', 'DATE', 'FUTURE_REF'],
  ['近些年来', null, '近些年', 'DATE', 'PAST_REF'],
  ['1997年通车，当年盈利', null, '当年', 'DATE', '1997'],
  ['岁末年初', '1998-01-02', '岁末', 'DATE', '1998', 'END'],
  // Cantonese words, Traditional forms
  ['尋日', '2013-02-12', '尋日', 'DATE', '2013-02-11'],
  ['聽日', '2013-02-12', '聽日', 'DATE', '2013-02-13'],
  ['而家', null, '而家', 'DATE', 'PRESENT_REF'],
  ['晏晝三點', '2013-02-12', '晏晝三點', 'TIME', '2013-02-12T15:00'],
  // durations: a space after the count, a count of one left out, a bound unit followed by a free one
  ['等了5 天', null, '5 天', 'DATE', 'P5D'],
  ['一個半小時', null, '一個半小時', 'TIME', 'PT90M'],
  ['個半月', null, '個半月', 'DATE', 'P45D'],
  ['分半鐘', null, '分半鐘', 'TIME', 'PT90S'],
  ['五分半鐘', null, '五分半鐘', 'TIME', 'PT330S'],
  ['五分三十秒', null, '五分三十秒', 'TIME', 'PT5M30S'],
  ['半日', null, '半日', 'TIME', 'PT12H'],
  ['三月五日', '2025-02-19', '三月五日', 'DATE', '2025-03-05'],
  ['十二月二十八日十八时', '1998-01-02', '十二月二十八日十八时', 'TIME', '1998-12-28T18:00'],
  ['52个周六', '2025-02-19', '周六', 'DATE', '2025-02-22'],
  ['一周一次', null, '一周', 'DATE', 'P1W'],
  // am/pm
  ['3pm开会', '2013-02-12', '3pm', 'TIME', '2013-02-12T15:00'],
  ['3:15 PM', '2013-02-12', '3:15 PM', 'TIME', '2013-02-12T15:15'],
  ['3:05p', '2013-02-12', '3:05p', 'TIME', '2013-02-12T15:05'],
  ['12am', '2013-02-12', '12am', 'TIME', '2013-02-12T00:00'],
  // a time of day after a relative day
  ['六天后的3时1刻', '2013-02-12', '六天后的3时1刻', 'TIME', '2013-02-18T03:15'],
  ['两天后下午3点', '2025-02-27', '两天后下午3点', 'TIME', '2025-03-01T15:00'],
  // a reference with a time of day: hours, minutes and seconds before or after it
  ['两小时前', '2025-02-19T01:30', '两小时前', 'TIME', '2025-02-18T23:30'],
  ['三分钟后', '2024-12-31T23:58', '三分钟后', 'TIME', '2025-01-01T00:01'],
  ['十秒之前', '2024-03-01T00:00', '十秒之前', 'TIME', '2024-02-29T23:59:50'],
  ['前两小时', '2013-02-12T04:30', '前两小时', 'TIME', '2013-02-12T02/2013-02-12T03'],
  ['上两分钟', '2013-02-12T04:30', '上两分钟', 'TIME', '2013-02-12T04:28/2013-02-12T04:29'],
  ['後三秒', '2013-02-12T04:30', '後三秒', 'TIME', '2013-02-12T04:30:01/2013-02-12T04:30:03'],
  ['现在', '2013-02-12T04:30', '现在', 'DATE', 'PRESENT_REF'],
  ['昨天下午3点', '2025-01-01T08:00', '昨天下午3点', 'TIME', '2024-12-31T15:00'],
  ['两年前', '2025-02-19T08:00', '两年前', 'DATE', '2023'],
  // a bare weekday or holiday: the reference's week or year, the next one where the clause marks the future
  ['他周一出发了', '2025-02-19', '周一', 'DATE', '2025-02-17'],
  ['他将于周一出发', '2025-02-19', '周一', 'DATE', '2025-02-24'],
  ['会议定于周五召开', '2025-02-19', '周五', 'DATE', '2025-02-21'],
  ['我周一要去北京', '2025-02-19', '周一', 'DATE', '2025-02-24'],
  ['周一的会议', '2025-02-19', '周一', 'DATE', '2025-02-17'],
  ['这周一将开会', '2025-02-19', '这周一', 'DATE', '2025-02-17'],
  ['上周一将开会', '2025-02-19', '上周一', 'DATE', '2025-02-10'],
  ['他将于周一至周三出访', '2025-02-19', '周一至周三', 'DATE', '2025-02-24/2025-02-26'],
  ['即将迎来春节', '2025-02-19', '春节', 'DATE', '2026-02-17'],
  ['春节期间销量大增', '2025-02-19', '春节', 'DATE', '2025-01-29'],
  ['明年春节将至', '2025-02-19', '明年春节', 'DATE', '2026-02-17'],
  ['国庆节将至', '2025-02-19', '国庆节', 'DATE', '2025-10-01'],
  ['预计圣诞节前上市', '2025-12-30', '圣诞节前', 'DATE', '2026-12-25', 'BEFORE'],
  // 元月 is January; 子夜 is the night
  ['元月1日', '1998-01-02', '元月1日', 'DATE', '1998-01-01'],
  ['1998年元月上旬', null, '1998年元月上旬', 'DATE', '1998-01', 'START'],
  ['元月份保障金', '1998-01-02', '元月份', 'DATE', '1998-01'],
  ['12月31日子夜', '1997-12-01', '12月31日子夜', 'TIME', '1997-12-31TNI'],
  ['连续跳了好几个小时', null, '几个小时', 'TIME', 'PTXH'],
  ['这次改值则提前5个月公布', null, '5个月', 'DATE', 'P5M'],
  // minutes after hours; a count with a decimal point before a free unit
  ['兩小時十分', null, '兩小時十分', 'TIME', 'PT2H10M'],
  ['跑了3小时10分，', null, '3小时10分', 'TIME', 'PT3H10M'],
  ['五點五分鐘', null, '五點五分鐘', 'TIME', 'PT330S'],
  ['一点五小时', null, '一点五小时', 'TIME', 'PT90M'],
];

describe('dates stage', () => {
  it.each(CASES)('%s (ref %s) -> %s', (text, refDate, span, label, value, mod) => {
    const e = annotate(text, { refDate }).entities.filter((x) => x.label === 'DATE' || x.label === 'TIME');
    expect(e.map((x) => x.text)).toContain(span);
    const found = e.find((x) => x.text === span)!;
    expect(found.label).toBe(label);
    expect(found.value).toMatchObject({ value });
    expect((found.value as { mod?: string }).mod).toBe(mod);
  });

  it('keeps the offset when there is no reference date', () => {
    const [e] = annotate('去年', {}).entities;
    expect(e.value).toEqual({ type: 'DATE', value: null, relative: { unit: 'year', offset: -1 } });
    const [m] = annotate('去年9月', {}).entities;
    expect(m.value).toMatchObject({ value: 'XXXX-09', relative: { unit: 'year', offset: -1 } });
  });

  it.each([
    ['两小时前', 'hour', -2], ['后三分钟', 'minute', 3], ['十秒之后', 'second', 10],
  ])('%s keeps its offset when the reference has no time of day', (text, unit, offset) => {
    for (const refDate of ['2025-02-19', null, '2025-02-19T24:00']) {
      const [e] = annotate(text, { refDate }).entities;
      expect(e.value).toEqual({ type: 'TIME', value: null, relative: { unit, offset } });
    }
  });

  it.each([
    ['即将过去的一年', '过去'], ['寒冬终将过去', '过去'], ['刚刚过去了', '过去'], ['第一年', '一年'], ['10:30 A股开盘', 'A'], ['五点五分钟', '五点五分'],
    ['他在宜家买了桌子', '宜家'],
    ['我从宽容的岁月中索取', '月中'], ['电厂一号机、二号机控制室', '二号'], ['3号线', '3号'], ['一九九七年的最后一天', '后一天'],
    ['春天即将来临', '将来'], ['这集中表现在他们的作品上', '现在'], ['月租100元月底交', '元月'],
    ['两小时十分难熬', '两小时十分'], ['三点五分开会', '三点五分钟'], ['这头牛年龄大', '牛年'], ['养猪年产值高', '猪年'], ['改革开放三年来', '三年来'],
  ])('%s: no time span %s', (text, absent) => {
    const e = annotate(text, { refDate: '2025-02-19' }).entities.filter((x) => x.label === 'DATE' || x.label === 'TIME');
    expect(e.filter((x) => x.text === absent || (absent.length === 1 && x.text.includes(absent)))).toEqual([]);
  });

  it.each(['这个玩具一点都不好玩。', '二十七点三', '零点五', '零点零一', '增长了三点零零五', '他今年30岁', '调高24点5度', '身份证号140302197706220124。', '一日之计在于晨'])(
    'leaves %s without a time', (text) => {
      const e = annotate(text, { refDate: '2025-02-19' }).entities.filter((x) => x.label === 'TIME' || (x.label === 'DATE' && x.text !== '今年'));
      expect(e.map((x) => x.text)).toEqual([]);
    });
});
