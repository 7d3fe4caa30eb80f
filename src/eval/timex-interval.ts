// Our TIMEX3 values read as what they denote: a date or time as the interval [start, end) it
// covers at its own grain (`2013-02-12` that day, `2013-02` that month, `2013-02-12T15:00` that
// minute, `2013-W07-WE` that Saturday and Sunday), a duration as seconds. Milliseconds of a UTC clock, as in duckling-value.ts.
import { readTsv } from '../resources.js';
import { addGrain, GRAIN_SECONDS, type Grain } from './duckling-value.js';

let dayParts: Map<string, [number, number]> | null = null;

/** TIMEX3 parts of the day (TMO, TAF...) as hours [from, to), from resources/eval/timex-day-parts.tsv. */
function dayPart(code: string): [number, number] | undefined {
  dayParts ??= new Map(readTsv('eval/timex-day-parts.tsv').map(([c, from, to]) => [c, [Number(from), Number(to)]]));
  return dayParts.get(code);
}

const CALENDAR = /^([0-9]{4})(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|W([0-9]{2})(-WE)?|Q([1-4])|H([12])))?(?:T(?:([0-9]{2})(?::([0-9]{2})(?::([0-9]{2}))?)?|(MO|MI|AF|EV|NI)))?$/;
const DECADE = /^([0-9]{3})$/;
const CENTURY = /^([0-9]{2})$/;

/**
 * The interval a TIMEX3 value denotes; `reference` (ms) gives PRESENT_REF its instant.
 * Null for what has no fixed interval (X digits, PAST_REF, seasons, durations).
 */
export function timexInterval(value: string, reference?: number): { start: number; end: number } | null {
  const slash = value.indexOf('/');
  if (slash > 0) {
    const a = timexInterval(value.slice(0, slash), reference);
    const b = timexInterval(value.slice(slash + 1), reference);
    return a === null || b === null ? null : { start: a.start, end: b.end };
  }
  if (value === 'PRESENT_REF') return reference === undefined ? null : { start: reference, end: reference + 1000 };
  let m = DECADE.exec(value);
  if (m !== null) return span(Date.UTC(Number(m[1]) * 10, 0, 1), 'Year', 10);
  m = CENTURY.exec(value);
  // ANNOTATION.md: `20` is the 20th century, the years 1901-2000 (TIMEX3's own `19` would be 1900-1999).
  if (m !== null) return span(Date.UTC((Number(m[1]) - 1) * 100 + 1, 0, 1), 'Year', 100);
  m = CALENDAR.exec(value);
  if (m === null) return null;
  const [, y, mo, d, w, weekend, q, h, hh, mi, ss, part] = m;
  const year = Number(y);
  let start: number;
  let grain: Grain;
  let count = 1;
  if (weekend !== undefined) {
    // 2013-W07-WE: the Saturday and Sunday of that week.
    start = isoWeekMonday(year, Number(w)) + 5 * 86_400_000;
    grain = 'Day';
    count = 2;
  } else if (w !== undefined) {
    start = isoWeekMonday(year, Number(w));
    grain = 'Week';
  } else if (q !== undefined) {
    start = Date.UTC(year, (Number(q) - 1) * 3, 1);
    grain = 'Quarter';
  } else if (h !== undefined) {
    start = Date.UTC(year, (Number(h) - 1) * 6, 1);
    grain = 'Month';
    count = 6;
  } else if (d !== undefined) {
    start = Date.UTC(year, Number(mo) - 1, Number(d));
    grain = 'Day';
  } else if (mo !== undefined) {
    start = Date.UTC(year, Number(mo) - 1, 1);
    grain = 'Month';
  } else {
    start = Date.UTC(year, 0, 1);
    grain = 'Year';
  }
  if (hh !== undefined || part !== undefined) {
    if (grain !== 'Day') return null;
    if (part !== undefined) {
      const hours = dayPart(part);
      return hours === undefined ? null : { start: start + hours[0] * 3_600_000, end: start + hours[1] * 3_600_000 };
    }
    start += Number(hh) * 3_600_000 + Number(mi ?? 0) * 60_000 + Number(ss ?? 0) * 1000;
    grain = ss !== undefined ? 'Second' : mi !== undefined ? 'Minute' : 'Hour';
  }
  return span(start, grain, count);
}

function span(start: number, grain: Grain, count: number) {
  return { start, end: addGrain(start, grain, count) };
}

/** Monday of ISO week w of a year. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
}

const DURATION = /^P(?:([0-9.]+)Y)?(?:([0-9.]+)M)?(?:([0-9.]+)W)?(?:([0-9.]+)D)?(?:T(?:([0-9.]+)H)?(?:([0-9.]+)M)?(?:([0-9.]+)S)?)?$/;

/** An ISO 8601 duration (P1M, PT3H, P2Y3M) in seconds, months as 30 days; null if it is none. */
export function durationSeconds(value: string): number | null {
  const m = DURATION.exec(value);
  if (m === null || value === 'P' || value === 'PT') return null;
  const grains: Grain[] = ['Year', 'Month', 'Week', 'Day', 'Hour', 'Minute', 'Second'];
  let total = 0;
  for (let k = 0; k < grains.length; k++) if (m[k + 1] !== undefined) total += Number(m[k + 1]) * GRAIN_SECONDS[grains[k]];
  return total;
}
