// Two neighbouring months said together (六七月, 九十月, 十一二月): the range of both, after a year
// or alone (一九九四年六七月 -> 1994-06/1994-07), as TIMEX3 writes a range.
import type { TimexValue } from '../doc.js';
import type { Ymd } from './calendar.js';
import { rangeValue } from './grammar.js';
import { readDateCount } from './numerals.js';
import { GRAIN, type Point } from './point.js';

const MONTH_PAIR = /(十[一二]?|[一二三四五六七八九])(十|[二三四五六七八九])月份?/y;

/** The two months at `at` as a range refining `base` (a year, or nothing), and where they end; or null. */
export function readMonthPair(text: string, at: number, base: Point, ref: Ymd | null): { end: number; value: TimexValue } | null {
  if (base.grain >= GRAIN.month) return null;
  MONTH_PAIR.lastIndex = at;
  const m = MONTH_PAIR.exec(text);
  // 十二月 is December, no pair of 十 and 二.
  if (m === null || m[1] === '十') return null;
  const first = readDateCount(m[1])!;
  const second = readDateCount(m[2])! + (first >= 10 ? 10 : 0);
  if (second !== first + 1) return null;
  const month = (n: number): Point => ({ ...base, rels: base.rels.slice(), month: n, grain: GRAIN.month });
  const value: TimexValue = { type: 'DATE', value: rangeValue(month(first), month(second), ref) };
  if (ref !== null && base.year === undefined) value.anchor = 'ref';
  return { end: at + m[0].length, value };
}
