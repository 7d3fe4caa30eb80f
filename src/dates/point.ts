// A point in time as read from the text (fields and offsets from the reference date), resolved
// against the reference date and written as a TIMEX3 value.
import type { TimexValue } from '../doc.js';
import { addDays, addMonths, daysInMonth, formatYear, isoWeek, isoWeekday, mondayOf, pad2, toDays, type Ymd } from './calendar.js';
import { holidayDate, lunarToSolar, type Holiday } from './holidays.js';

/** Grains from coarse to fine; a point's components must come in this order. */
export const GRAIN = { century: 0, decade: 1, year: 2, part: 3, month: 4, week: 5, day: 6, dayPart: 7, hour: 8, minute: 9, second: 10 } as const;

interface RelativeOffset {
  /** century, year, quarter, month, week, day, hour, minute */
  unit: string;
  offset: number;
}

export interface Point {
  rels: RelativeOffset[];
  grain: number;
  /** The ordinal century, as ANNOTATION.md writes it: 20 is the 20th century (1901-2000). */
  century?: number;
  decade?: number;
  year?: number;
  twoDigitYear?: number;
  half?: number;
  quarter?: number;
  season?: string;
  month?: number;
  lunar?: boolean;
  day?: number;
  /** The n-th week of the month, or with weekday the n-th such weekday. */
  nthOfMonth?: number;
  week?: { year: number; week: number };
  weekday?: number;
  weekend?: boolean;
  dayPart?: string;
  hour?: number;
  minute?: number;
  second?: number;
  holiday?: Holiday;
  /** A year named by its animal (虎年): its place in the twelve-year cycle. */
  zodiac?: number;
  mod?: string;
  /** The clause marks the future (将, 即将): a bare weekday or holiday takes its next occurrence. */
  future?: boolean;
  /** Set on resolution: a field came from the reference date. */
  usedRef?: boolean;
}

/**
 * A copy of a point with its own list of offsets. It names every field, so that all points share
 * one shape: the readers copy a point at each step and read its fields everywhere.
 */
export function copyPoint(p: Point): Point {
  const copy: { [K in keyof Required<Point>]: Point[K] } = {
    rels: p.rels.slice(), grain: p.grain, century: p.century, decade: p.decade, year: p.year, twoDigitYear: p.twoDigitYear,
    half: p.half, quarter: p.quarter, season: p.season, month: p.month, lunar: p.lunar, day: p.day, nthOfMonth: p.nthOfMonth,
    week: p.week, weekday: p.weekday, weekend: p.weekend, dayPart: p.dayPart, hour: p.hour, minute: p.minute, second: p.second,
    holiday: p.holiday, zodiac: p.zodiac, mod: p.mod, future: p.future, usedRef: p.usedRef,
  };
  return copy;
}

/** A point with nothing read yet, shared: never to be changed (the readers copy a point before they fill it). */
export const NO_POINT: Point = copyPoint({ rels: [], grain: -1 });
export const newPoint = (): Point => copyPoint(NO_POINT);

const REL_GRAIN: Record<string, number> = { century: 0, year: 2, quarter: 3, month: 4, week: 5, day: 6, hour: 8, minute: 9 };

function shift(t: Ymd, rel: RelativeOffset): Ymd {
  switch (rel.unit) {
    case 'century': return addMonths(t, 1200 * rel.offset);
    case 'year': return addMonths(t, 12 * rel.offset);
    case 'quarter': return addMonths(t, 3 * rel.offset);
    case 'month': return addMonths(t, rel.offset);
    case 'week': return addDays(t, 7 * rel.offset);
    case 'day': return addDays(t, rel.offset);
    default: return t;
  }
}

/** The point with every field the reference date can give filled in; a copy. */
export function resolvePoint(p: Point, ref: Ymd | null): Point {
  const r = copyPoint(p);
  if (ref === null) return r;
  if (r.rels.length > 0 && r.rels.every((x) => REL_GRAIN[x.unit] !== undefined && REL_GRAIN[x.unit] <= GRAIN.day)) {
    let t = ref;
    let finest = -1;
    for (const rel of r.rels) {
      t = shift(t, rel);
      finest = Math.max(finest, REL_GRAIN[rel.unit]);
    }
    r.usedRef = true;
    r.rels = [];
    if (finest === GRAIN.century) r.century ??= Math.floor((t.y - 1) / 100) + 1;
    else r.year ??= t.y;
    if (finest === 3) r.quarter ??= Math.ceil(t.m / 3);
    if (finest >= GRAIN.month && finest !== GRAIN.week) r.month ??= t.m;
    if (finest === GRAIN.day) r.day ??= t.d;
    if (finest === GRAIN.week) {
      if (r.weekday !== undefined) {
        const d = addDays(mondayOf(t), r.weekday - 1);
        Object.assign(r, { year: d.y, month: d.m, day: d.d });
        r.weekday = undefined;
      } else r.week = isoWeek(t);
    }
  }
  if (r.rels.length > 0) return r;
  if (r.year === undefined && r.century === undefined && r.decade === undefined) {
    if (r.twoDigitYear !== undefined) {
      const y = 2000 + r.twoDigitYear;
      r.year = y > ref.y + 10 ? y - 100 : y;
    } else if (r.zodiac !== undefined) {
      // The year of that animal nearest the reference: from six years back to five ahead.
      const back = (((ref.y - 4 - r.zodiac) % 12) + 12) % 12;
      r.year = back <= 6 ? ref.y - back : ref.y - back + 12;
      r.usedRef = true;
    } else if (r.weekday !== undefined && r.week === undefined && r.month === undefined) {
      const day = addDays(mondayOf(ref), r.weekday - 1);
      const d = r.future && toDays(day) < toDays(ref) ? addDays(day, 7) : day;
      Object.assign(r, { year: d.y, month: d.m, day: d.d, weekday: undefined });
      r.usedRef = true;
    } else if (r.hour !== undefined && r.day === undefined && r.month === undefined) {
      Object.assign(r, { year: ref.y, month: ref.m, day: ref.d, usedRef: true });
    } else if (r.month !== undefined || r.day !== undefined || r.holiday !== undefined || r.season !== undefined || r.quarter !== undefined || r.half !== undefined) {
      r.year = ref.y;
      if (r.future && r.holiday !== undefined && r.month === undefined) {
        const start = holidayDate(r.holiday, ref.y);
        if (start !== null && toDays(start) + r.holiday.days <= toDays(ref)) r.year = ref.y + 1;
      }
      if (r.day !== undefined && r.month === undefined && !r.lunar) r.month = ref.m;
      r.usedRef = true;
    }
  }
  return r;
}

function yearPart(r: Point): string {
  if (r.year !== undefined) return formatYear(r.year);
  if (r.twoDigitYear !== undefined) return `XX${pad2(r.twoDigitYear)}`;
  return 'XXXX';
}

function timePart(r: Point): string {
  if (r.hour !== undefined) {
    const hm = `T${pad2(r.hour)}:${pad2(r.minute ?? 0)}`;
    return r.second === undefined ? hm : `${hm}:${pad2(r.second)}`;
  }
  return r.dayPart === undefined ? '' : `T${r.dayPart}`;
}

/** The TIMEX3 value of a resolved point: a date, an interval `start/end`, or null. */
export function formatPoint(r: Point): string | null {
  if (r.rels.length > 0 && r.month === undefined && r.day === undefined && r.hour === undefined && r.dayPart === undefined) return null;
  const y = yearPart(r);
  if (r.holiday !== undefined) {
    const start = r.year === undefined ? null : holidayDate(r.holiday, r.year);
    if (start === null) return null;
    const day = `${formatYear(start.y)}-${pad2(start.m)}-${pad2(start.d)}`;
    if (r.holiday.days > 1 && timePart(r) === '') {
      const end = addDays(start, r.holiday.days - 1);
      return `${day}/${formatYear(end.y)}-${pad2(end.m)}-${pad2(end.d)}`;
    }
    return day + timePart(r);
  }
  if (r.lunar && r.month !== undefined && r.year !== undefined) {
    if (r.day !== undefined) {
      const s = lunarToSolar(r.year, r.month, r.day);
      return s === null ? null : `${formatYear(s.y)}-${pad2(s.m)}-${pad2(s.d)}${timePart(r)}`;
    }
    const first = lunarToSolar(r.year, r.month, 1);
    const next = r.month === 12 ? lunarToSolar(r.year + 1, 1, 1) : lunarToSolar(r.year, r.month + 1, 1);
    if (first === null || next === null) return null;
    const last = addDays(next, -1);
    return `${formatYear(first.y)}-${pad2(first.m)}-${pad2(first.d)}/${formatYear(last.y)}-${pad2(last.m)}-${pad2(last.d)}`;
  }
  if (r.nthOfMonth !== undefined && r.month !== undefined && r.year !== undefined) {
    const first = { y: r.year, m: r.month, d: 1 };
    if (r.weekday !== undefined) {
      const d = addDays(first, ((r.weekday - isoWeekday(first) + 7) % 7) + 7 * (r.nthOfMonth - 1));
      return `${formatYear(d.y)}-${pad2(d.m)}-${pad2(d.d)}`;
    }
    const w = isoWeek(addDays(first, 7 * (r.nthOfMonth - 1)));
    return `${formatYear(w.year)}-W${pad2(w.week)}`;
  }
  const time = timePart(r);
  if (r.day !== undefined) {
    const month = r.month === undefined ? 'XX' : pad2(r.month);
    if (r.year !== undefined && r.month !== undefined && r.day > daysInMonth(r.year, r.month)) return null;
    return `${y}-${month}-${pad2(r.day)}${time}`;
  }
  if (r.week !== undefined) return `${formatYear(r.week.year)}-W${pad2(r.week.week)}${r.weekend ? '-WE' : ''}`;
  if (r.weekday !== undefined) return `XXXX-WXX-${r.weekday}${time}`;
  if (r.weekend) return 'XXXX-WXX-WE';
  if (r.month !== undefined) return `${y}-${pad2(r.month)}`;
  if (r.quarter !== undefined) return `${y}-Q${r.quarter}`;
  if (r.half !== undefined) return `${y}-H${r.half}`;
  if (r.season !== undefined) return `${y}-${r.season}`;
  if (time !== '') return `XXXX-XX-XX${time}`;
  if (r.year !== undefined || r.twoDigitYear !== undefined) return y;
  if (r.decade !== undefined) return String(r.decade);
  if (r.century !== undefined) return pad2(r.century);
  return null;
}

/** The TIMEX3 value object of a point read from the text. */
export function pointValue(p: Point, ref: Ymd | null): TimexValue {
  const r = resolvePoint(p, ref);
  const v: TimexValue = { type: p.hour !== undefined || p.dayPart !== undefined ? 'TIME' : 'DATE', value: formatPoint(r) };
  if (p.mod !== undefined) v.mod = p.mod;
  if (r.usedRef) v.anchor = 'ref';
  if (r.rels.length > 0) v.relative = { unit: r.rels[0].unit, offset: r.rels[0].offset };
  return v;
}
