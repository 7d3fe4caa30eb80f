// Day arithmetic on the proleptic Gregorian calendar, in UTC so no time zone ever enters.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toDays(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromDays(days: number): Ymd {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromDays(toDays(t) + n);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Months added with the day kept where the month allows it (2024-02-29 + 12 months = 2025-02-28). */
export function addMonths(t: Ymd, n: number): Ymd {
  const index = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday 1 .. Sunday 7. */
export function isoWeekday(t: Ymd): number {
  return ((toDays(t) % 7) + 7 + 3) % 7 + 1; // day 0 (1970-01-01) was a Thursday
}

/** The ISO week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

/** The Monday of the week that holds a day, moved by whole weeks. */
export function mondayOf(t: Ymd, weeks = 0): Ymd {
  return addDays(t, 1 - isoWeekday(t) + 7 * weeks);
}

export function parseYmd(s: string): Ymd | null {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return t.m >= 1 && t.m <= 12 && t.d >= 1 && t.d <= daysInMonth(t.y, t.m) ? t : null;
}

/** A document's reference: a day, and its time of day in minutes after midnight when the document gives one. */
export interface Reference extends Ymd {
  minutes?: number;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (a publication time); null for anything else. */
export function parseReference(s: string): Reference | null {
  const m = /^(-?\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(s);
  const day = m === null ? null : parseYmd(m[1]);
  if (m === null || day === null || m[2] === undefined) return day;
  const h = Number(m[2]), min = Number(m[3]);
  return h < 24 && min < 60 ? { ...day, minutes: h * 60 + min } : null;
}

const UNIT_SECONDS: Record<string, number> = { hour: 3600, minute: 60, second: 1 };

/**
 * The reference instant moved by `offset` hours, minutes or seconds and cut to that unit, as
 * TIMEX3 writes it: `2013-02-12T02` (an hour), `2013-02-12T04:28`, `2013-02-12T04:29:58`.
 * `cut` false keeps the minutes of an hour offset (两小时前: 02:30).
 */
export function formatClockOffset(ref: Reference & { minutes: number }, unit: string, offset: number, cut = true): string {
  const size = UNIT_SECONDS[unit];
  const seconds = toDays(ref) * 86_400 + ref.minutes * 60 + offset * size;
  const at = new Date((cut ? Math.floor(seconds / size) * size : seconds) * 1000);
  const day = formatYmd({ y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() });
  const hh = pad2(at.getUTCHours()), mm = pad2(at.getUTCMinutes());
  if (unit === 'second') return `${day}T${hh}:${mm}:${pad2(at.getUTCSeconds())}`;
  return unit === 'hour' && cut ? `${day}T${hh}` : `${day}T${hh}:${mm}`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** A year as TIMEX3 writes it: four digits, BC0221 before year 1. */
export function formatYear(y: number): string {
  return y <= 0 ? `BC${String(1 - y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

export function formatYmd(t: Ymd): string {
  return `${formatYear(t.y)}-${pad2(t.m)}-${pad2(t.d)}`;
}
