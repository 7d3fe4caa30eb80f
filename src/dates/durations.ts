// Durations (三个月, 两个多小时, 两年零三个月) and what a duration says about a point (两年前 -> 2023).
import type { TimexValue } from '../doc.js';
import { DATE_NUMERAL_CHARS, readDateCount, readYearDigits } from './numerals.js';
import { alternation, dateTables } from './tables.js';

/** How many of the next smaller unit make one of a unit, to write halves without fractions. */
const SMALLER: Record<string, [string, number]> = { CE: ['Y', 100], Y: ['M', 12], Q: ['M', 3], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };
const ORDER = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
/** The relative-offset unit of a duration unit, for 两年前. */
export const OFFSET_UNIT: Record<string, string> = { CE: 'century', Y: 'year', Q: 'quarter', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second' };

export interface Duration {
  end: number;
  /** Amount per unit; the first unit is the largest. */
  parts: [string, number][];
  /** 多 or 余 in it: more than the amount. */
  more: boolean;
  /** A bound unit without 个 (三月, 五日): a duration only with a frame or 前/后/来. */
  needsFrame: boolean;
  /** The count is unknown (几年, 数月). */
  vague: boolean;
}

let pattern: RegExp | null = null;
/** Digits after 点 in a count said with a decimal point (五点五). */
const DECIMAL_DIGITS = '零〇一二三四五六七八九';
const WORD_AFTER_STEP = /[^的前后左以之内\P{Script=Han}]/u;
const WEEKDAY_AFTER = /^[一二三四五六日天](?![次遍回个])/;

function durationPattern(): RegExp {
  const n = `[${DATE_NUMERAL_CHARS}]`;
  // A space may follow the count (5 天); 个半 and 分半钟 leave out a count of one; 50周年 is an anniversary.
  pattern ??= new RegExp(`零?(${n}+(?:\\.[0-9]+|点[${DECIMAL_DIGITS}]+)?|半|几|数|(?=个半|分半钟))(多|余)? ?(个)?(半|多)?(${alternation(dateTables().units.keys())})(?!年)(半钟|半|多)?`, 'y');
  return pattern;
}

/** The regular-expression source of a duration's first part, for finding where to look. */
export const durationStartSource = (): string => durationPattern().source;

/** A chain of count-unit parts from `at`, each unit smaller than the one before. */
export function readDuration(text: string, at: number): Duration | null {
  const units = dateTables().units;
  const re = durationPattern();
  // The parts read so far; the Duration is made once at the end (most calls read none).
  const parts: Duration['parts'] = [];
  let end = at, more = false, needsFrame = false, anyVague = false;
  for (;;) {
    re.lastIndex = end;
    const m = re.exec(text);
    if (m === null || (m[0][0] === '零' && parts.length === 0)) break;
    const unit = units.get(m[5])!;
    if (m[3] !== undefined && m[4] !== '半' && !unit.classifier) break; // 五个半分钟 takes it before 半
    // 52个周六 counts Saturdays, not weeks (but 一周一次 is once a week).
    if (unit.unit === 'W' && WEEKDAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) break;
    const vague = m[1] === '几' || m[1] === '数';
    const trailingHalf = m[6] !== undefined && m[6][0] === '半';
    if (m[6] === '半钟' && unit.unit !== 'MIN') break;
    // A count with a decimal part: 2.5 (Arabic only) or 五点五.
    const dot = m[1].indexOf('.'), point = m[1].indexOf('点');
    const whole = dot > 0 ? m[1].slice(0, dot) : point > 0 ? m[1].slice(0, point) : m[1];
    let n = m[1] === '' ? 1 : m[1] === '半' ? 0.5 : vague ? 1 : readDateCount(whole) ?? NaN;
    if (dot >= 0) n = Number(m[1]);
    if (point > 0) {
      // 五点五分钟 is 5.5 minutes; 三点五分 is a time of day, so only a free unit takes a decimal.
      const fraction = readYearDigits(m[1].slice(point + 1));
      if (unit.bound || fraction === null) break;
      n += fraction / 10 ** (m[1].length - point - 1);
    }
    if (Number.isNaN(n) || n <= 0 || (unit.unit === 'Y' && n >= 1000 && !m[3])) break;
    if (m[4] === '半' || trailingHalf) n += 0.5;
    const last = parts[parts.length - 1];
    if (last !== undefined && ORDER.indexOf(unit.unit) <= ORDER.indexOf(last[0])) break;
    const plain = !m[3] && m[4] !== '半' && !trailingHalf && m[1] !== '半';
    // 三月五日 is a date: a bound unit (月, 日, 分) starts a duration only if a free one follows (五分三十秒).
    // 两小时十分 (minutes after hours, seconds after minutes) is the exception.
    // Not before another word: 两小时十分难熬 says "very".
    const clockStep = last !== undefined && ((last[0] === 'H' && unit.unit === 'MIN') || (last[0] === 'MIN' && unit.unit === 'S')) &&
      !WORD_AFTER_STEP.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1));
    if (unit.bound && plain && (needsFrame || (parts.length > 0 && !clockStep))) break;
    if (needsFrame) needsFrame = false;
    else needsFrame = unit.bound && plain && parts.length === 0;
    parts.push([unit.unit, n]);
    more ||= m[2] !== undefined || m[4] === '多' || m[6] === '多';
    anyVague ||= vague;
    end = m.index + m[0].length;
  }
  return parts.length === 0 ? null : { end, parts, more, needsFrame, vague: anyVague };
}

/** P2Y3M, PT1H30M, P45D (一个半月), PXY (几年). */
export function durationValue(d: Duration): string {
  const amounts = new Map<string, number>();
  for (const [unit0, n0] of d.parts) {
    let unit = unit0, n = n0;
    while (!Number.isInteger(n) && SMALLER[unit] !== undefined) [unit, n] = [SMALLER[unit][0], n * SMALLER[unit][1]];
    if (unit === 'CE') [unit, n] = ['Y', n * 100];
    if (unit === 'Q') [unit, n] = ['M', n * 3];
    amounts.set(unit, (amounts.get(unit) ?? 0) + n);
  }
  let date = '', time = '';
  for (const unit of ORDER) {
    const n = amounts.get(unit);
    if (n === undefined) continue;
    const amount = d.vague ? 'X' : String(n);
    if (unit === 'H' || unit === 'MIN' || unit === 'S') time += amount + (unit === 'MIN' ? 'M' : unit);
    else date += amount + unit;
  }
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/** Under a day (三小时, 半日): a TIME duration. */
export function isTimeDuration(d: Duration): boolean {
  return durationValue(d).startsWith('PT');
}

export function durationTimex(d: Duration, mod: string | undefined): TimexValue {
  const v: TimexValue = { type: 'DURATION', value: durationValue(d) };
  if (mod !== undefined) v.mod = mod;
  else if (d.more) v.mod = 'MORE_THAN';
  return v;
}
