// Table-driven cases for forms the dates stage learned in the People's Daily and Duckling round,
// written by us: [text, reference, span text, label, value, mod].
import { describe, expect, it } from 'vitest';
import { expectDateRow, timeSpans, type DateRow } from './helpers/dates.js';

const CASES: DateRow[] = [
  // parts of a decade or a century, and the X期 parts
  ['70年代末，工厂', null, '70年代末', 'DATE', '197', 'END'],
  ['二十世纪初的上海', null, '二十世纪初', 'DATE', '20', 'START'],
  ['60年代中期的作品', null, '60年代中期', 'DATE', '196', 'MID'],
  ['2019年初期', null, '2019年初期', 'DATE', '2019', 'START'],
  ['上世纪70年代后期', '2025-02-19', '上世纪70年代后期', 'DATE', '197', 'END'],
  // 这一年 and 当年 take the year of the date before them, or else the reference year
  ['2008年8月举办奥运会，这一年经济增长', null, '这一年', 'DATE', '2008'],
  ['2010年3月开工，当年完工', null, '当年', 'DATE', '2010'],
  ['这一年很难', '2025-02-19', '这一年', 'DATE', '2025'],
  // 个 only before the units that take it; before 半 any unit takes it
  ['等了三个半分钟', null, '三个半分钟', 'TIME', 'PT210S'],
  ['休了两个星期', null, '两个星期', 'DATE', 'P2W'],
  // seasons: 今春, 去冬 (a year word's first character), two side by side as a range
  ['今夏将举行', '2025-02-19', '今夏', 'DATE', '2025-SU'],
  ['去冬以来雨少', '2025-02-19', '去冬', 'DATE', '2024-WI'],
  ['明春开工', '2025-02-19', '明春', 'DATE', '2026-SP'],
  ['今冬明春的任务', '2025-02-19', '今冬明春', 'DATE', '2025-WI/2026-SP'],
  ['2024年春季至夏季', '2025-02-19', '2024年春季至夏季', 'DATE', '2024-SP/2024-SU'],
  // a bare year before a range link and a year, in half- or full-width digits and dashes
  ['1998-1999年度', null, '1998-1999年度', 'DATE', '1998/1999'],
  ['１９９８－１９９９年', null, '１９９８－１９９９年', 'DATE', '1998/1999'],
  ['２０２５至２０３０年间', null, '２０２５至２０３０年', 'DATE', '2025/2030'],
  // two years in brackets after a name: a life or a reign
  ['陈寅恪（１８９０—１９６９）是', null, '１８９０—１９６９', 'DATE', '1890/1969'],
  ['鲁迅(1881-1936)的作品', null, '1881-1936', 'DATE', '1881/1936'],
  // a bare day in Chinese numerals after a month, where the date ends
  ['正是五月初八，八月十五快到了', '2025-02-19', '八月十五', 'DATE', '2025-08-15'],
  ['三月二十，天晴', null, '三月二十', 'DATE', 'XXXX-03-20'],
  // a weekday before its date is one span with the date's value
  ['星期六，三月八号开幕', '2025-02-19', '星期六，三月八号', 'DATE', '2025-03-08'],
  ['周五 2月14日', '2025-02-19', '周五 2月14日', 'DATE', '2025-02-14'],
  // Cantonese minutes in fives after a clock hour
  ['晏昼四点踏二', '2025-02-19', '晏昼四点踏二', 'TIME', '2025-02-19T16:10'],
  ['下午五点搭半', '2025-02-19', '下午五点搭半', 'TIME', '2025-02-19T17:30'],
  ['朝早八点四个字', '2025-02-19', '八点四个字', 'TIME', '2025-02-19T08:20'],
  ['晚上七点九', '2025-02-19', '晚上七点九', 'TIME', '2025-02-19T19:45'],
  ['下午三点踏十', '2025-02-19', '下午三点踏十', 'TIME', '2025-02-19T15:50'],
];

describe('dates stage: more forms', () => {
  it.each(CASES)('%s (ref %s) -> %s', expectDateRow);

  it.each([
    ['他有七个分店', '七个分'], ['一个年轻人', '一个年'], ['这一年龄段的孩子', '这一年'], ['他上三年级', '三年'],
    ['会上提出四点建议', '四点'], ['第三号种子选手', '三号'], ['第8日的比赛', '8日'],
    ['八月一次会议', '八月一'], ['增长了四点二', '四点二'], ['周三、三月五日', '周三、三月五日'], ['五月三十万人', '五月三十'], ['下午三点十到达', '下午三点十'],
    ['编号（1234-5678）', '1234-5678'], ['（1969-1890）', '1890'], ['（1969-1890）', '1969'],
  ])('%s: no time span %s', (text, absent) => {
    expect(timeSpans(text, '2025-02-19').map((x) => x.text)).not.toContain(absent);
  });
});
