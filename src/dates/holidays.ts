// Holiday dates for a given year, from resources/dates/holidays.tsv (ours) and holidays-sourced.tsv
// (built from npm packages by scripts/build-holidays.mjs). Chinese lunar dates and solar terms come
// from lunar-javascript, Hebrew and Islamic ones from the Intl calendars (ICU), Easter from the
// Gregorian and Julian computus.
import { createRequire } from 'node:module';
import { REGIONS, type Region } from '../doc.js';
import { readTsv } from '../resources.js';
import { addDays, daysInMonth, fromDays, isoWeekday, toDays, type Ymd } from './calendar.js';

interface LunarSolar {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
}
interface LunarLib {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): LunarSolar } };
  Solar: { fromYmd(y: number, m: number, d: number): { getLunar(): { getJieQiTable(): Record<string, LunarSolar> } } };
  /** The 24 solar terms from 冬至, and the keys of a lunar year's term table (from the 大雪 before). */
  LunarUtil: { JIE_QI: string[]; JIE_QI_IN_USE: string[] };
}
const lunarLib = createRequire(import.meta.url)('lunar-javascript') as LunarLib;

export interface Holiday {
  name: string;
  calendar: string;
  rule: string;
  /** How many days it lasts. */
  days: number;
}

/** The rows of both tables in order, each with its region ('' for everywhere). */
let rows: { region: string; holiday: Holiday }[] | null = null;
const tables = new Map<Region, Map<string, Holiday>>();

function holidayRows(): { region: string; holiday: Holiday }[] {
  rows ??= ['dates/holidays.tsv', 'dates/holidays-sourced.tsv'].flatMap((file) =>
    readTsv(file).map(([name, calendar, rule, days, region]) => ({
      region: region ?? '',
      holiday: { name, calendar, rule, days: days === undefined || days === '' ? 1 : Number(days) },
    })));
  return rows;
}

/** resources/dates/holiday-variants.tsv, read once for all regions. */
let variantRows: string[][] | null = null;

/**
 * The holidays of documents from a region (none: CN). A row for the region wins over one for
 * everywhere (国庆 is 10-10 in Taiwan); among rows for the same place our table's come first.
 * Then the prefixed variants (东正教复活节).
 */
export function holidays(region: Region | null = null): Map<string, Holiday> {
  const place = region ?? 'CN';
  let t = tables.get(place);
  if (t === undefined) {
    t = new Map<string, Holiday>();
    for (const wanted of [place, '']) {
      for (const row of holidayRows()) if (row.region === wanted && !t.has(row.holiday.name)) t.set(row.holiday.name, row.holiday);
    }
    for (const [prefix, from, to] of (variantRows ??= readTsv('dates/holiday-variants.tsv'))) {
      for (const h of [...t.values()]) {
        const name = prefix + h.name;
        if (h.calendar === from && !t.has(name)) t.set(name, { ...h, name, calendar: to });
      }
    }
    tables.set(place, t);
  }
  return t;
}

/** Every holiday name of any region: where a date can start. */
export function allHolidayNames(): Set<string> {
  return new Set(REGIONS.flatMap((r) => [...holidays(r).keys()]));
}

/** Dates already computed (the lunar library is slow, the Intl search slower); callers never change them. */
const lunarDates = new Map<number, Ymd | null>();
const holidayDates = new Map<Holiday, Map<number, Ymd | null>>();

/** The Gregorian date of lunar month-day in the lunar year that starts in Gregorian year y. */
export function lunarToSolar(y: number, month: number, day: number): Ymd | null {
  const key = (y * 100 + month) * 100 + day;
  let date = lunarDates.get(key);
  if (date === undefined) {
    try {
      const s = lunarLib.Lunar.fromYmd(y, month, day).getSolar();
      date = { y: s.getYear(), m: s.getMonth(), d: s.getDay() };
    } catch {
      date = null;
    }
    lunarDates.set(key, date);
  }
  return date;
}

/** The day of a solar term (清明, 冬至) in Gregorian year y. */
function solarTerm(y: number, term: string): Ymd | null {
  // The terms of the lunar year around mid-year run from the December before to the March after;
  // the library keys the repeated ones by pinyin (DONG_ZHI), so name each by its place in the cycle.
  const table = lunarLib.Solar.fromYmd(y, 7, 1).getLunar().getJieQiTable();
  const inUse = lunarLib.LunarUtil.JIE_QI_IN_USE, names = lunarLib.LunarUtil.JIE_QI;
  for (let i = 0; i < inUse.length; i++) {
    const s = table[inUse[i]];
    if (names[(i + names.length - 1) % names.length] === term && s.getYear() === y) return { y, m: s.getMonth(), d: s.getDay() };
  }
  return null;
}

/** Julian calendar month-day in Gregorian year y, as a Gregorian date (Julian 12-25 -> 01-07 from 1901 to 2099). */
function fromJulian(y: number, month: number, day: number): Ymd | null {
  // The Julian year whose month-day lands in Gregorian year y: the same number or the one before.
  for (const jy of [y, y - 1]) {
    const g = addDays({ y: jy, m: month, d: day }, julianLag(jy, month));
    if (g.y === y) return g;
  }
  return null;
}

/** Days the Julian calendar lags the Gregorian at a Julian date (13 from March 1900 to February 2100). */
function julianLag(y: number, month: number): number {
  const c = Math.floor((month <= 2 ? y - 1 : y) / 100);
  return c - Math.floor(c / 4) - 2;
}

/** Easter Sunday (anonymous Gregorian algorithm); Orthodox Easter by the Julian one, given in Gregorian. */
function easter(y: number, orthodox: boolean): Ymd {
  if (orthodox) {
    const a = y % 4, b = y % 7, c = y % 19;
    const d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31), day = ((d + e + 114) % 31) + 1;
    return addDays({ y, m: month, d: day }, Math.floor(y / 100) - Math.floor(y / 400) - 2);
  }
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The first day of Gregorian year y whose date in an Intl calendar is month-day. */
function fromIntlCalendar(calendar: string, y: number, month: string, day: number): Ymd | null {
  let f = formatters.get(calendar);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric', timeZone: 'UTC' });
    formatters.set(calendar, f);
  }
  const first = toDays({ y, m: 1, d: 1 });
  for (let n = first; n < first + 366; n++) {
    const parts = f.formatToParts(new Date(n * 86_400_000));
    const pm = parts.find((p) => p.type === 'month')?.value;
    const pd = Number(parts.find((p) => p.type === 'day')?.value);
    if (pd === day && pm === month) return fromDays(n);
  }
  return null;
}

/** The first day of a holiday in Gregorian year y, or null when the table cannot place it. */
export function holidayDate(h: Holiday, y: number): Ymd | null {
  let years = holidayDates.get(h);
  if (years === undefined) holidayDates.set(h, (years = new Map()));
  let date = years.get(y);
  if (date === undefined) years.set(y, (date = placeHoliday(h, y)));
  return date;
}

function placeHoliday(h: Holiday, y: number): Ymd | null {
  const [a, b, c] = h.rule.split('-');
  switch (h.calendar) {
    case 'solar':
      return { y, m: Number(a), d: Number(b) };
    case 'lunar':
      if (b === 'last') return lunarToSolar(y + 1, 1, 1) === null ? null : addDays(lunarToSolar(y + 1, 1, 1)!, -1);
      // The 30th of a month of 29 days is kept on its last day (地藏菩萨圣诞 on 7-29 then).
      return lunarToSolar(y, Number(a), Number(b)) ?? (b === '30' ? lunarToSolar(y, Number(a), 29) : null);
    case 'solarterm':
      return solarTerm(y, h.rule);
    case 'julian':
      return fromJulian(y, Number(a), Number(b));
    case 'easter':
    case 'orthodox-easter':
      return addDays(easter(y, h.calendar !== 'easter'), Number(h.rule));
    case 'hebrew':
    case 'islamic':
      return fromIntlCalendar(h.calendar === 'islamic' ? 'islamic-umalqura' : 'hebrew', y, a, Number(b));
    case 'weekday': {
      const month = Number(a), weekday = Number(c);
      if (b === 'last') {
        const last = { y, m: month, d: daysInMonth(y, month) };
        return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
      }
      const first = { y, m: month, d: 1 };
      return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (Number(b) - 1));
    }
    default:
      return null;
  }
}
