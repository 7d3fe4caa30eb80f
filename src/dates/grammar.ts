// Reading time expressions: a point is a chain of components from coarse to fine (去年 + 9月,
// 2025年 + 2月 + 1日 + 下午 + 3点), each component a sticky pattern over the Simplified text.
import type { Region, TimexValue } from '../doc.js';
import { Gazetteer } from '../gazetteer.js';
import type { Ymd } from './calendar.js';
import { allHolidayNames, holidays, type Holiday } from './holidays.js';
import { afterRun, codeUnitSets, firstChars, runLength, type CodeUnitSet } from './first-chars.js';
import { DATE_NUMERAL_CHARS, LONGEST_NUMBER, readDateCount, readYearDigits } from './numerals.js';
import { copyPoint, GRAIN, NO_POINT, pointValue, resolvePoint, formatPoint, type Point } from './point.js';
import { alternation, dateTables } from './tables.js';

const N = `[${DATE_NUMERAL_CHARS}]`;
const WEEKDAYS: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const NUMERAL_CHAR = new RegExp(`^${N}$`);
/** A count of five-minute steps (一 to 十一). */
const FIVES = '十一|[一二三四五六七八九十]';
/** Minutes said without 分: 零 and a digit, a number of tens, or two Arabic digits. */
const SPOKEN_MINUTES = /^(?:零[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?|[0-5][0-9])$/;

/** After a bare 一日, what makes it the first of the month: 起 (from; not 起码), 电 (a dateline). */
const DAY_ONE_AFTER = /^(?:起(?!码)|电)/;

/** am/pm after a clock time: pm, PM, p.m.; a lone lower-case a or p only right after the minutes (3:15p, not A股). */
const MERIDIEM = '\\s?([AaPp])\\.?[Mm]\\.?(?![A-Za-z])';
const MERIDIEM_AFTER_MINUTES = `(?:${MERIDIEM}|([ap])(?![A-Za-z]))`;

export interface Reading {
  end: number;
  value: TimexValue;
  rule: string;
}

interface Component {
  name: string;
  re: RegExp;
  /** What the point so far must be for the component to follow it, checked before the pattern runs. */
  after?: (p: Point) => boolean;
  /** Fill the point from the match; false rejects it. `next` is the text after the match. */
  apply(p: Point, m: RegExpExecArray, next: string): boolean;
}

/** 上上 -> -2, 下 -> 1, 这/本/今 -> 0. */
function direction(prefix: string | undefined): number {
  if (prefix === undefined || prefix === '') return 0;
  if (prefix[0] === '上') return -prefix.length;
  if (prefix[0] === '下') return prefix.length;
  return 0;
}

function within(n: number | null, lo: number, hi: number): n is number {
  return n !== null && n >= lo && n <= hi;
}

/** Set a field of a finer grain than the point has; false when the order is wrong. */
function refine(p: Point, grain: number, fields: Partial<Point>): boolean {
  if (grain <= p.grain) return false;
  Object.assign(p, fields);
  p.grain = grain;
  return true;
}

/** A component, and by the length of a number it would begin with, what may follow that number (afterRun). */
interface Step {
  component: Component;
  afterNumber: (CodeUnitSet | null)[];
}

/** The components, and those a match can start with at each code unit, in table order. */
let components: { all: Component[]; byFirst: Map<number, Step[]>; anyStart: Step[]; numerals: Uint8Array } | null = null;
/** Per region (null: none given), its holiday names. */
const holidayNames = new Map<Region | null, Gazetteer<Holiday>>();

/**
 * 年底, 中旬 (a part of a year or a month, which may begin a point), or, with `ofAny`, 初, 中, 末 (a
 * part of any period, which only follows one: 上世纪末): two components, so that the second, with
 * its condition, is no place a point can begin.
 */
function periodPart(name: string, ofAny: boolean): Component {
  const t = dateTables();
  const words = [...t.periodParts].filter(([, part]) => (part.after === 'any') === ofAny).map(([w]) => w);
  return {
    name,
    re: new RegExp(`(?:${alternation(words)})`, 'y'),
    ...(ofAny ? { after: (p: Point) => p.grain >= GRAIN.century } : {}),
    apply: (p, m, next) => {
      const part = t.periodParts.get(m[0])!;
      if (p.mod !== undefined || p.grain >= GRAIN.day) return false;
      if (part.after === 'any' && m[0] === '中' && !/^(?:$|[，。、；,.;）)\s]|以|前|后|期)/.test(next)) return false;
      if (part.after === 'year' && p.grain !== GRAIN.year && p.grain >= 0) return false;
      if (part.after === 'month' && p.grain !== GRAIN.month && p.grain >= 0) return false;
      if (p.grain < 0) p.rels = [{ unit: part.after, offset: 0 }];
      const fields: Partial<Point> = part.code.startsWith('H') ? { half: Number(part.code.slice(1)) } : { mod: part.code };
      return refine(p, GRAIN.dayPart - 0.5, fields); // closes the date: only a suffix may follow
    },
  };
}

function buildComponents(): Component[] {
  const t = dateTables();
  const relWords = alternation(t.relative.keys());
  return [
    { name: 'century-relative', re: /(上+|下+|本|这|今)个?世纪/y, apply: (p, m) => refine(p, GRAIN.century, { rels: [...p.rels, { unit: 'century', offset: direction(m[1]) }] }) },
    { name: 'century', re: new RegExp(`(${N}{1,3})世纪`, 'y'), apply: (p, m) => { const n = readDateCount(m[1]); return within(n, 1, 30) && refine(p, GRAIN.century, { century: n }); } },
    {
      name: 'decade', re: new RegExp(`([0-9]{4}|[0-9]{2}|${N}{2,3})年代`, 'y'), apply: (p, m) => {
        const n = readDateCount(m[1]);
        if (n === null || n % 10 !== 0) return false;
        if (m[1].length === 4) return refine(p, GRAIN.decade, { decade: n / 10 });
        if (n >= 100) return false;
        // 90年代 after 上世纪 belongs to that century; alone, the nearest one (90 -> 199, 20 -> 202).
        if (p.grain === GRAIN.century) return refine(p, GRAIN.decade, { decade: -1 - n / 10 });
        return refine(p, GRAIN.decade, { decade: (n >= 30 ? 190 : 200) + n / 10 });
      },
    },
    {
      // 1990年代 is a decade; 1994年代表 is a year before the verb 代表. 1998年度 is the year 1998.
      name: 'year', re: /(公元前|公元)?([0-9０-９]{4}|[〇零一二三四五六七八九○Ｏ]{4})年度?/y, apply: (p, m, next) => {
        const y = readYearDigits(m[2]);
        return y !== null && !(next[0] === '代' && y % 10 === 0) && refine(p, GRAIN.year, { year: m[1] === '公元前' ? 1 - y : y });
      },
    },
    // 虎年; not 牛|年龄 (a word in the text before it, 养猪|年产, is refused by the dates stage).
    { name: 'zodiac-year', re: new RegExp(`(${alternation(t.zodiac.keys())})年(?![龄纪级轻])`, 'y'), apply: (p, m) => refine(p, GRAIN.year, { zodiac: t.zodiac.get(m[1]) }) },
    { name: 'year-apostrophe', re: /[’'‘]([0-9]{2})(?![0-9%])/y, apply: (p, m) => refine(p, GRAIN.year, { twoDigitYear: Number(m[1]) }) }, // ’98
    { name: 'year-bc', re: /公元前([0-9]{1,4})年/y, apply: (p, m) => refine(p, GRAIN.year, { year: 1 - Number(m[1]) }) },
    {
      // 九七年, 〇八年: a year said by its last two digits; two digits in a row that count up (三四年,
      // 七八年) or 三五 are an approximate count of years, no year.
      name: 'year-two-digit-chinese', re: /([〇零一二三四五六七八九○Ｏ]{2})年(?![龄纪级轻代])/y, apply: (p, m) => {
        const n = readYearDigits(m[1])!, tens = Math.floor(n / 10), ones = n % 10;
        return ones !== tens + 1 && n !== 35 && refine(p, GRAIN.year, { twoDigitYear: n });
      },
    },
    { name: 'year-two-digit', re: new RegExp(`([0-9]{2})年(?=${N}{1,2}月)`, 'y'), apply: (p, m) => refine(p, GRAIN.year, { twoDigitYear: Number(m[1]) }) },
    { name: 'year-before-range', re: /([0-9０-９]{4})(?=\s*[-—~～至到－–]\s*[0-9０-９]{4}年)/y, apply: (p, m) => refine(p, GRAIN.year, { year: readYearDigits(m[1])! }) },
    // 陈寅恪（1890—1969）: two years in brackets after a name are a span of years (a life, a reign).
    {
      name: 'years-in-brackets', re: /(?<=[（(])([0-9０-９]{4})(?=\s*[-—~～至到－–]\s*([0-9０-９]{4})[）)])/y, apply: (p, m) => {
        const span = yearSpan(m[1], m[2]);
        return span !== null && refine(p, GRAIN.year, { year: span[0] });
      },
    },
    {
      name: 'year-closing-brackets', re: /(?<=[（(]([0-9０-９]{4})\s*[-—~～至到－–]\s*)([0-9０-９]{4})(?=[）)])/y, apply: (p, m) => {
        const span = yearSpan(m[1], m[2]);
        return span !== null && refine(p, GRAIN.year, { year: span[1] });
      },
    },
    {
      name: 'relative-word', re: new RegExp(`(?:${relWords})`, 'y'), apply: (p, m) => {
        const w = t.relative.get(m[0])!;
        if (w.attach && p.grain < 0) return false;
        const grain = w.dayPart !== undefined ? GRAIN.dayPart : w.unit === 'year' ? GRAIN.year : w.unit === 'month' ? GRAIN.month : GRAIN.day;
        return refine(p, grain, { rels: [...p.rels, { unit: w.unit, offset: w.offset }], ...(w.dayPart ? { dayPart: w.dayPart } : {}) });
      },
    },
    { name: 'month-relative', re: /(上+|下+|这|本|今个)一?个?月份?/y, apply: (p, m) => refine(p, GRAIN.month, { rels: [...p.rels, { unit: 'month', offset: direction(m[1]) }] }) },
    { name: 'quarter-relative', re: /(上+|下+|这|本|当)一?个?季度/y, apply: (p, m) => refine(p, GRAIN.part, { rels: [...p.rels, { unit: 'quarter', offset: direction(m[1]) }] }) },
    {
      name: 'quarter', re: /第?([一二三四1-4])季度|[Qq]([1-4])(?![0-9])|首季度/y, apply: (p, m) => {
        const q = m[0][0] === '首' ? 1 : readDateCount(m[1] ?? m[2]);
        return within(q, 1, 4) && refine(p, GRAIN.part, { quarter: q });
      },
    },
    periodPart('period-part', false),
    periodPart('period-part-of-any', true),
    {
      // Alone it takes the reference's year, as a month does; after another season (春季至夏季) the first one's.
      name: 'season', re: new RegExp(`(?:${alternation(t.seasons.keys())})`, 'y'), apply: (p, m) => {
        const s = t.seasons.get(m[0])!;
        return p.mod === undefined && refine(p, GRAIN.part, { season: s.code, ...(s.mod === undefined ? {} : { mod: s.mod }) });
      },
    },
    {
      // 今春, 去冬, 明夏: a year word's first character (今年, 去年, 明年) before a season's (春季).
      name: 'relative-season', re: /([今去明])([春夏秋冬])/y, apply: (p, m) => {
        const year = t.relative.get(`${m[1]}年`), season = t.seasons.get(`${m[2]}季`)?.code;
        return p.grain < 0 && year !== undefined && season !== undefined &&
          refine(p, GRAIN.part, { rels: [{ unit: 'year', offset: year.offset }], season });
      },
    },
    {
      // 元月 is January (not after an amount: 100元月租, 港元月).
      name: 'month', re: new RegExp(`(?:(${N}{1,2})|(?<![${DATE_NUMERAL_CHARS}万亿美港日欧台韩澳加币])元)月份?`, 'y'), apply: (p, m) => {
        const n = m[1] === undefined ? 1 : readDateCount(m[1]);
        return within(n, 1, 12) && refine(p, GRAIN.month, { month: n });
      },
    },
    {
      name: 'lunar-month', re: new RegExp(`(?:农历|阴历)(${N}{1,2}|正|冬|腊)月|(正|冬|腊)月`, 'y'), apply: (p, m) => {
        const w = m[1] ?? m[2];
        const n = w === '正' ? 1 : w === '冬' ? 11 : w === '腊' ? 12 : readDateCount(w);
        return within(n, 1, 12) && refine(p, GRAIN.month, { month: n, lunar: true });
      },
    },
    {
      name: 'week', re: /(?:(上+|下+|这|本|今个|今)一?个?)?(?:周|星期|礼拜)(?:([一二三四五六日天1-7])|(末))?/y, apply: (p, m) => {
        if (m[1] === undefined && m[2] === undefined && m[3] === undefined) return false;
        const fields: Partial<Point> = { ...(m[2] ? { weekday: WEEKDAYS[m[2]] } : {}), ...(m[3] ? { weekend: true } : {}) };
        if (m[1] !== undefined) fields.rels = [...p.rels, { unit: 'week', offset: direction(m[1]) }];
        return refine(p, m[2] ? GRAIN.day : GRAIN.week, fields);
      },
    },
    {
      name: 'nth-of-month', re: new RegExp(`的?第(${N}{1,2})个?(?:周|星期|礼拜)([一二三四五六日天])?`, 'y'), after: (p) => p.grain === GRAIN.month, apply: (p, m) => {
        const n = readDateCount(m[1]);
        if (!within(n, 1, 5)) return false;
        return refine(p, m[2] ? GRAIN.day : GRAIN.week, { nthOfMonth: n, ...(m[2] ? { weekday: WEEKDAYS[m[2]] } : {}) });
      },
    },
    {
      // 一日 alone is "one day" (一日之计), not the first of the month, unless 起, a dateline's 电 or
      // a part of the day follows (自一日起, 一日下午). A bare N号 before a noun it names (二号机, 3号线) is no day.
      name: 'day', re: new RegExp(`(${N}{1,3})([日号])`, 'y'), apply: (p, m, next) => {
        const n = readDateCount(m[1]);
        const firstOfMonth = m[2] === '日' && (DAY_ONE_AFTER.test(next) || t.dayParts.has(next));
        if (p.grain < GRAIN.month && ((m[1] === '一' && !firstOfMonth) || (m[2] === '号' && t.numberDesignations.some((w) => next.startsWith(w))))) return false;
        return within(n, 1, 31) && refine(p, GRAIN.day, { day: n });
      },
    },
    {
      name: 'lunar-day', re: new RegExp(`初(${N}{1,2})|(${N}{1,3})(?!${N})`, 'y'), after: (p) => p.lunar === true && p.grain === GRAIN.month, apply: (p, m) => {
        const n = readDateCount(m[1] ?? m[2]);
        return within(n, 1, 30) && refine(p, GRAIN.day, { day: n });
      },
    },
    {
      // 八月十五: a bare day in Chinese numerals after a month, where the date ends (before a
      // pause, 的, a bound, a part of the day), not before a unit or a count (八月一次).
      name: 'bare-day-chinese', re: /([一二三四五六七八九十廿卅]{1,3})(?=$|[\s\p{P}的前后到至起快晚早夜上中下凌傍])/uy, after: (p) => p.grain === GRAIN.month && !p.lunar,
      apply: (p, m) => {
        const n = readDateCount(m[1]);
        return within(n, 1, 31) && refine(p, GRAIN.day, { day: n });
      },
    },
    {
      // 10月22: a bare day right after a month, when no other number or unit follows.
      name: 'bare-day', re: /([0-9]{1,2})(?![0-9０-９.．%万千百亿元吨个点时:：])/y, after: (p) => p.grain === GRAIN.month && !p.lunar, apply: (p, m) => {
        const n = Number(m[1]);
        return within(n, 1, 31) && refine(p, GRAIN.day, { day: n });
      },
    },
    { name: 'day-part', re: new RegExp(`(?:${alternation(t.dayParts.keys())})`, 'y'), apply: (p, m) => refine(p, GRAIN.dayPart, { dayPart: t.dayParts.get(m[0])!.code }) },
    {
      name: 'clock', re: new RegExp(`\\s?([0-9]{1,2})[:：]([0-9]{2})(?:[:：]([0-9]{2}))?${MERIDIEM_AFTER_MINUTES}?时?`, 'y'), apply: (p, m) => {
        const h = Number(m[1]), min = Number(m[2]);
        const meridiem = m[4] ?? m[5];
        const hour = meridiem === undefined ? shiftHour(p, h) : meridiemHour(h, meridiem);
        return hour !== null && hour <= 24 && min < 60 && refine(p, GRAIN.minute, { hour, minute: min, ...(m[3] ? { second: Number(m[3]) } : {}) });
      },
    },
    {
      name: 'clock-meridiem', re: new RegExp(`([0-9]{1,2})${MERIDIEM}`, 'y'), apply: (p, m) => {
        const hour = meridiemHour(Number(m[1]), m[2]);
        return hour !== null && refine(p, GRAIN.hour, { hour });
      },
    },
    {
      name: 'clock-words', re: new RegExp(`(${N}{1,3})(点钟|点|时)(?:(${N}{1,3})分(?!钟)|(${N}{2,3})(?!${N})|(半)|(${N})刻)?(?:(${N}{1,2})秒)?`, 'y'), apply: (p, m, next) => {
        const h = readDateCount(m[1]);
        if (!within(h, 0, 24) || NUMERAL_CHAR.test(next[0] ?? '') || next[0] === '.') return false;
        // Minutes without 分 read like decimals (零点零一 is 0.01, 三点零零五 is 3.005): they are a
        // time only after a hour other than zero and when written as minutes are said (零五, 三十五).
        if (m[4] !== undefined && m[2] === '点' && (h === 0 || !SPOKEN_MINUTES.test(m[4]))) return false;
        const minute = m[3] ?? m[4] ? readDateCount(m[3] ?? m[4]) : m[5] ? 30 : m[6] ? 15 * (readDateCount(m[6]) ?? 9) : null;
        if (minute !== null && !within(minute, 0, 59)) return false;
        const digits = /^[0-9]+$/.test(m[1]);
        // 一点 (a little), 两点 (two points), 一时 (a moment) alone are no times of day.
        const alone = minute === null && p.grain < GRAIN.day;
        if (alone && (/^[一二两]$/.test(m[1]) || (m[2] === '时' && !digits))) return false;
        const second = m[7] ? readDateCount(m[7]) : null;
        return refine(p, minute === null ? GRAIN.hour : GRAIN.minute, {
          hour: shiftHour(p, h), ...(minute === null ? {} : { minute }), ...(second === null ? {} : { second }),
        });
      },
    },
    {
      // Cantonese minutes in fives (字): 三点踏三 and 三点三个字 are 3:15, 三点搭半 3:30; a bare
      // 三点三 only after a part of the day (晏昼三点三), as alone it reads 3.3.
      name: 'clock-five-minutes', re: new RegExp(`(${N}{1,2})点(?:([踏搭])(半|${FIVES})|(${FIVES})(个字)?)(?!${N})`, 'y'), apply: (p, m) => {
        const h = readDateCount(m[1]);
        const fives = m[3] === '半' ? 6 : readDateCount(m[3] ?? m[4]);
        // Bare, 十 and 十一 stay out: Mandarin says 下午三点十 for 3:10.
        const bare = m[2] === undefined && m[5] === undefined;
        if (!within(h, 0, 24) || !within(fives, 1, bare ? 9 : 11) || (bare && p.dayPart === undefined)) return false;
        return refine(p, GRAIN.minute, { hour: shiftHour(p, h), minute: 5 * fives });
      },
    },
    {
      name: 'iso-date', re: /([0-9]{4})(?<sep>[-/.])([0-9]{1,2})\k<sep>([0-9]{1,2})(?![0-9])/y, apply: (p, m) =>
        validDay(Number(m[3]), Number(m[4])) && refine(p, GRAIN.day, { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
    },
    {
      name: 'compact-date', re: /((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?![0-9])/y, apply: (p, m) =>
        validDay(Number(m[2]), Number(m[3])) && refine(p, GRAIN.day, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    },
    {
      name: 'us-date', re: /([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4}|[0-9]{2})(?![0-9])/y, apply: (p, m) => {
        const y = m[3].length === 4 ? { year: Number(m[3]) } : { twoDigitYear: Number(m[3]) };
        return validDay(Number(m[1]), Number(m[2])) && refine(p, GRAIN.day, { ...y, month: Number(m[1]), day: Number(m[2]) });
      },
    },
  ];
}

/** 3pm, 3:15 PM, 3:15p: the hour on a 24-hour clock, or null for no 12-hour clock hour. */
function meridiemHour(h: number, meridiem: string): number | null {
  if (h < 1 || h > 12) return null;
  return (meridiem[0] === 'p' || meridiem[0] === 'P' ? 12 : 0) + (h % 12);
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** 下午3点 -> 15. */
function shiftHour(p: Point, h: number): number {
  const part = p.dayPart === undefined ? undefined : [...dateTables().dayParts.values()].find((d) => d.code === p.dayPart);
  return part !== undefined && h < 12 && !(p.dayPart === 'MI' && h >= 11) ? h + part.shift : h;
}

function holidayGazetteer(region: Region | null): Gazetteer<Holiday> {
  let g = holidayNames.get(region);
  if (g === undefined) holidayNames.set(region, (g = new Gazetteer([...holidays(region).values()].map((h) => ({ name: h.name, data: h })))));
  return g;
}

function loadComponents(): NonNullable<typeof components> {
  if (components === null) {
    const all = buildComponents();
    const numeralSet = firstChars(`[${DATE_NUMERAL_CHARS}]`)!;
    const steps = all.map((component) => ({ component, afterNumber: codeUnitSets(afterRun(component.re.source, numeralSet, LONGEST_NUMBER)) }));
    const firsts = all.map((c) => firstChars(c.re.source));
    const byFirst = new Map<number, Step[]>();
    for (const set of firsts) {
      for (const ch of set ?? []) if (!byFirst.has(ch)) byFirst.set(ch, steps.filter((_, k) => firsts[k] === null || firsts[k]!.has(ch)));
    }
    const numerals = new Uint8Array(0x10000);
    for (const ch of numeralSet) numerals[ch] = 1;
    components = { all, byFirst, anyStart: steps.filter((_, k) => firsts[k] === null), numerals };
  }
  return components;
}

/** By UTF-16 code unit, 1 for a numeral of a date count: one table for the readers and the dates stage. */
export const numeralTable = (): Uint8Array => loadComponents().numerals;

/** What joins the two ends of a range (2月1日至14日, 1961—1992年); sticky. */
export const RANGE_LINK = /\s*(?:至|到|~|～|-|—|－|–)\s*/y;

/** Regular-expression sources of everything a point can start with (no component with an `after` condition: nothing comes before), for finding where to look. */
export function pointStartSources(): string[] {
  return [...loadComponents().all.filter((c) => c.after === undefined).map((c) => c.re.source), alternation([...allHolidayNames()])];
}

/** The longest chain of components from `at`: the point and where it ends, or null. Holidays are those of `region`. */
export function readPoint(text: string, at: number, from: Point = NO_POINT, region: Region | null = null): { point: Point; end: number } | null {
  // Each step's point is a new object: `from` and the points of earlier steps are never changed.
  const { byFirst, anyStart, numerals } = loadComponents();
  let p = from;
  let pos = at;
  for (;;) {
    // The longest step from pos: where it ends and its point (null: none yet).
    let bestEnd = pos;
    let best: Point | null = null;
    // A component that begins with a number runs only when it allows what follows the number (2025年 tries no clock).
    const run = runLength(numerals, text, pos, LONGEST_NUMBER);
    const follower = text.charCodeAt(pos + run);
    for (const { component: c, afterNumber } of byFirst.get(text.charCodeAt(pos)) ?? anyStart) {
      const follows = run > 0 && run <= LONGEST_NUMBER ? afterNumber[run - 1] : null;
      if (follows !== null && !follows.has(follower)) continue;
      if (c.after !== undefined && !c.after(p)) continue;
      c.re.lastIndex = pos;
      const m = c.re.exec(text);
      if (m === null || (best !== null && pos + m[0].length <= bestEnd)) continue;
      const trial = copyPoint(p);
      if (c.apply(trial, m, text.slice(pos + m[0].length, pos + m[0].length + 2))) {
        best = trial;
        bestEnd = pos + m[0].length;
      }
    }
    const h = p.grain < GRAIN.day ? holidayGazetteer(region).matchAt(text, pos) : null;
    if (h !== null && (best === null || pos + h.name.length > bestEnd)) {
      best = copyPoint(p);
      best.holiday = h.data;
      best.grain = GRAIN.day;
      bestEnd = pos + h.name.length;
    }
    if (best === null) break;
    p = best;
    pos = bestEnd;
  }
  return pos === at ? null : { point: p, end: pos };
}

/** 90年代 after 上世纪 waits for the century; fill it in once the century is known (20世纪90年代 -> 199). */
function settleDecade(r: Point): Point {
  if (r.decade !== undefined && r.decade < 0) {
    const digit = -1 - r.decade;
    return r.century === undefined ? { ...r, decade: undefined } : { ...r, decade: (r.century - 1) * 10 + digit, century: undefined };
  }
  return r;
}

export function valueOf(p: Point, ref: Ymd | null): TimexValue {
  const v = pointValue(p, ref);
  if (p.decade !== undefined && p.decade < 0) v.value = formatPoint(settleDecade(resolvePoint(p, ref)));
  return v;
}

/** The second end of a range takes the coarser fields it leaves out from the first (2月1日至14日). */
export function rangeValue(first: Point, second: Point, ref: Ymd | null): string | null {
  const a = settleDecade(resolvePoint(first, ref));
  // The second end of a range in the future comes no earlier than the first (周一至周三 next week).
  const from = second.future && a.year !== undefined && a.month !== undefined && a.day !== undefined ? { y: a.year, m: a.month, d: a.day } : ref;
  const b = settleDecade(resolvePoint(second, from));
  if (second.rels.length === 0 && second.year === undefined && second.holiday === undefined) {
    if (first.grain >= GRAIN.day && second.grain >= GRAIN.dayPart && second.day === undefined) Object.assign(b, { year: a.year, month: a.month, day: a.day });
    else if (second.day !== undefined && second.month === undefined) Object.assign(b, { year: a.year, month: a.month });
    else b.year = a.year;
  }
  const va = formatPoint(a), vb = formatPoint(b);
  return va === null || vb === null ? null : `${va}/${vb}`;
}

/** Two bracketed numbers as a span of years (from 1000 to 2100, the first before the second), or null. */
function yearSpan(fromDigits: string, toDigits: string): [number, number] | null {
  const from = readYearDigits(fromDigits)!, to = readYearDigits(toDigits)!;
  return from >= 1000 && from < to && to <= 2100 ? [from, to] : null;
}
