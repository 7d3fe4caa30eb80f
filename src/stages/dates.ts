// Dates and times: DATE and TIME spans with TIMEX3 values, resolved against doc.refDate.
// At each place a time word can start, the longest reading wins: a point or a range of points
// (src/dates/grammar.ts), a duration (src/dates/durations.ts), a set (每周一), a deictic word
// (目前) or a word that refers back to the last date (当时).
import type { Candidate, Doc, Region, TimexValue, Token } from '../doc.js';
import { addDays, formatClockOffset, formatYear, formatYmd, parseReference, parseYmd, type Reference, type Ymd } from '../dates/calendar.js';
import { OFFSET_UNIT, durationStartSource, durationTimex, durationValue, isTimeDuration, readDuration } from '../dates/durations.js';
import { numeralTable, RANGE_LINK, pointStartSources, rangeValue, readPoint, valueOf } from '../dates/grammar.js';
import { afterRun, codeUnitSets, firstChars, PairKinds, runLength, startPairs, type CodeUnitSet, type FirstChars } from '../dates/first-chars.js';
import { gluedToWordBefore } from '../dates/glue.js';
import { readMonthPair } from '../dates/month-pair.js';
import { DATE_NUMERAL_CHARS, LONGEST_NUMBER } from '../dates/numerals.js';
import { GRAIN, NO_POINT, pointValue, newPoint, type Point } from '../dates/point.js';
import { alternation, dateTables, type BoundMod } from '../dates/tables.js';
import type { Stage } from '../stage.js';

interface Reading {
  end: number;
  value: TimexValue;
  rule: string;
  /** A point to anchor later references (当时) on. */
  anchorable: boolean;
}

const SET_WEEKDAY = /每(?:周|星期|礼拜)([一二三四五六日天])/y;
const SET_START = '每';
/** 每个月: what may stand between 每 and a unit. */
const ONE = /个?/y;
/** 前两天, 下三个月: the n units before or after the reference. */
const DURATION_LEAD = /[上下前后]/y;
/** What may stand between a weekday and its date (周日, 二月十号). */
const APPOSITION = /[,，]?\s*/y;
/** 过去 as a verb (即将过去的一年, 终将过去, 过去了) is no deictic PAST_REF; 过去的一年 is. */
const VERB_BEFORE = /(?:将|刚刚|刚|已经|已)$/;
const VERB_AFTER = /^了/;
const SINCE = /以来|来/y;
/** A time of day after a relative day: 六天后的3时1刻. */
const OF = /的?/y;
const WEEKDAY: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7 };

/**
 * What can begin at a character, as bits of the stage's table of first characters. A duration
 * begins with its count (DURATION) or with a word before it (FRAMED: 不到, 过去, 前).
 */
const POINT = 1, DURATION = 2, WORD = 4, BACK = 8, SET = 16, FRAMED = 32;

let wordPatterns: {
  deictic: RegExp; anaphoric: RegExp; before: RegExp; after: RegExp; dayPart: RegExp; unit: RegExp; starts: PairKinds;
  /** Numeral characters (1), and by the length of a number what may follow it in any reading that starts with it. */
  numerals: Uint8Array; afterNumber: (CodeUnitSet | null)[];
  /** Characters of numbers and Latin words (1), inside which no reading starts. */
  numberOrLatin: Uint8Array;
} | null = null;

function patterns() {
  const t = dateTables();
  const mods = (place: BoundMod['place']) => [...t.boundMods].filter(([, m]) => m.place === place).map(([w]) => w);
  if (wordPatterns === null) {
    const deictic = `(?:${alternation(t.deictic.keys())})`, anaphoric = `(?:${alternation(t.anaphoric.keys())})`;
    const before = `(?:${alternation(mods('before'))})`;
    // Every character a reading can begin with, by code unit, and what may follow it: the stage
    // jumps from one such place to the next, and tries there only the readings that can begin there.
    const starts = new PairKinds();
    const kinds: [number, string[]][] = [
      [POINT, pointStartSources()],
      [DURATION, [durationStartSource()]],
      [FRAMED, [before, DURATION_LEAD.source]],
      [WORD, [deictic]],
      [BACK, [anaphoric]],
      [SET, [SET_START]],
    ];
    const numeralSet = firstChars(`[${DATE_NUMERAL_CHARS}]`)!;
    let afterNumber: FirstChars[] = Array.from({ length: LONGEST_NUMBER }, () => new Set());
    for (const [kind, sources] of kinds) {
      for (const source of sources) {
        afterNumber = afterRun(source, numeralSet, LONGEST_NUMBER).map((set, k) => {
          const known = afterNumber[k];
          return set === null || known === null ? null : new Set([...known, ...set]);
        });
        starts.add(kind, startPairs(source));
      }
    }
    const numberOrLatin = new Uint8Array(0x10000);
    for (const ch of firstChars(`[${DATE_NUMERAL_CHARS}A-Za-z.]`)!) numberOrLatin[ch] = 1;
    wordPatterns = {
      deictic: new RegExp(deictic, 'y'),
      anaphoric: new RegExp(anaphoric, 'y'),
      before: new RegExp(before, 'y'),
      after: new RegExp(`(?:${alternation(mods('after'))})`, 'y'),
      dayPart: new RegExp(`(?:${alternation(t.dayParts.keys())})`, 'y'),
      unit: new RegExp(`个?(${alternation(t.units.keys())})`, 'y'),
      starts,
      numerals: numeralTable(),
      afterNumber: codeUnitSets(afterNumber),
      numberOrLatin,
    };
  }
  return wordPatterns;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A bound word after a reading (以前, 左右) that applies to it, or null. */
function boundAfter(text: string, at: number, kind: 'point' | 'duration'): { end: number; word: string; mod: string | null } | null {
  const m = stickyAt(patterns().after, text, at);
  if (m === null || dateTables().notBounds.has(text.slice(at, at + 2))) return null;
  const b = dateTables().boundMods.get(m[0])!;
  return b.appliesTo === kind || b.appliesTo === 'any' ? { end: at + m[0].length, word: m[0], mod: b.mod } : null;
}

/** Whether the clause around [start, end) marks the future, for a point that needs to know. */
type FutureTest = (start: number, end: number) => boolean;

/** A bare weekday or holiday (周一, 春节; not 下周一, 明年春节) in a clause of the future takes its next occurrence. */
function markFuture(p: Point, start: number, end: number, future: FutureTest): void {
  if ((p.weekday !== undefined || p.holiday !== undefined) && p.rels.length === 0 && p.year === undefined && future(start, end)) p.future = true;
}

function readPointOrRange(text: string, at: number, ref: Ymd | null, future: FutureTest, region: Region | null): Reading | null {
  if (text[at - 1] === '第') return null; // 第二号人物, 第3日 are ordinals
  let first = readPoint(text, at, undefined, region);
  const pair = readMonthPair(text, first?.end ?? at, first?.point ?? NO_POINT, ref);
  if (pair !== null) return { end: pair.end, value: pair.value, rule: 'date.range', anchorable: false };
  if (first === null) return null;
  // 周日, 二月十号: a weekday said before its date is one date, the date's.
  const apposed = first.point.weekday !== undefined && first.point.month === undefined ? stickyAt(APPOSITION, text, first.end) : null;
  const dated = apposed === null ? null : readPoint(text, first.end + apposed[0].length, undefined, region);
  if (dated !== null && dated.point.day !== undefined) first = dated;
  markFuture(first.point, at, first.end, future);
  let end = first.end;
  let value = valueOf(first.point, ref);
  let rule = 'date.point';
  // Two seasons side by side (今冬明春) are a range without a link.
  const linkLength = stickyAt(RANGE_LINK, text, end)?.[0].length ?? (first.point.season !== undefined ? 0 : -1);
  if (linkLength >= 0) {
    const second = readPoint(text, end + linkLength, undefined, region);
    if (second !== null && (linkLength > 0 || second.point.season !== undefined)) {
      markFuture(second.point, at, second.end, future);
      const v2 = valueOf(second.point, ref);
      value = { type: value.type === 'TIME' || v2.type === 'TIME' ? 'TIME' : 'DATE', value: rangeValue(first.point, second.point, ref) };
      if (first.point.rels.length + second.point.rels.length > 0 || valueOf(first.point, ref).anchor === 'ref') {
        if (ref !== null) value.anchor = 'ref';
      }
      end = second.end;
      rule = 'date.range';
    }
  }
  const bound = boundAfter(text, end, 'point');
  // A bound outranks a part of the period: 2030年底以前 -> 2030 BEFORE.
  if (bound !== null && bound.mod !== null) {
    value.mod = bound.mod;
    end = bound.end;
  }
  return { end, value, rule: value.type === 'TIME' ? rule.replace('date.', 'time.') : rule, anchorable: rule === 'date.point' && value.type === 'DATE' };
}

/**
 * 不到一个月, 过去一个月, 三年(来), 两年前 (a point), 前两天 (the two days before the reference);
 * `framed`: a word before the count may begin here.
 */
function readDurationReading(text: string, at: number, ref: Reference | null, framed: boolean): Reading | null {
  const before = framed ? stickyAt(patterns().before, text, at) : null;
  const direction = framed && before === null ? stickyAt(DURATION_LEAD, text, at) : null;
  const start = at + (before?.[0].length ?? direction?.[0].length ?? 0);
  if (text[at - 1] === '第') return null; // 第一年 is an ordinal, no duration
  if (direction !== null && text[at - 1] === '最') return null; // 最后一天 is the last day of something, not the day after
  const d = readDuration(text, start);
  if (d === null) return null;
  const frame = before === null ? undefined : dateTables().boundMods.get(before[0]);
  if (frame !== undefined && frame.appliesTo === 'point') return null;
  const time = isTimeDuration(d);
  const single = d.parts.length === 1 && !d.more && !d.vague && Number.isInteger(d.parts[0][1]) ? d.parts[0] : null;
  if (direction !== null) {
    if (single === null || single[0] === 'Q' || d.needsFrame && single[0] !== 'M') return null;
    const sign = direction[0] === '上' || direction[0] === '前' ? -1 : 1;
    return { end: d.end, value: spanValue(OFFSET_UNIT[single[0]], sign, single[1], ref, time), rule: 'date.last-next', anchorable: false };
  }
  const after = boundAfter(text, d.end, 'point');
  // 3月以后 and 5日前 name a month or a day; 两日前 counts days back.
  const namesADate = d.needsFrame && (single?.[0] === 'M' || /^[0-9]/.test(text.slice(start, start + 1)));
  if (frame === undefined && after !== null && single !== null && !namesADate && /[前后]/.test(after.word) && after.word !== '前后') {
    const offset = (after.word.includes('前') ? -1 : 1) * single[1];
    const p: Point = { ...newPoint(), rels: [{ unit: OFFSET_UNIT[single[0]], offset }], grain: GRAIN.day };
    if (!time) {
      const of = stickyAt(OF, text, after.end)!;
      const clock = readPoint(text, after.end + of[0].length, p);
      if (clock !== null && clock.point.grain > GRAIN.day) return { end: clock.end, value: valueOf(clock.point, ref), rule: 'time.ago', anchorable: false };
    }
    const value = time ? clockValue(OFFSET_UNIT[single[0]], offset, ref) : pointValue(p, ref);
    return { end: after.end, value, rule: time ? 'time.ago' : 'date.ago', anchorable: !time };
  }
  let end = d.end;
  let mod = frame?.mod ?? undefined;
  // 以来 and 来 are a frame that stays out of the span (ANNOTATION.md): 三年来 -> 三年; after a
  // month or a day (9月以来) the point reading names the date.
  const s = stickyAt(SINCE, text, end);
  if (s !== null && namesADate) return null;
  if (s === null) {
    const bound = boundAfter(text, end, 'duration');
    if (bound !== null && bound.mod !== null && mod === undefined) {
      mod = bound.mod;
      end = bound.end;
    }
  }
  if (d.needsFrame && before === null && s === null) return null;
  return { end, value: durationTimex(d, mod), rule: time ? 'time.duration' : 'date.duration', anchorable: false };
}

const hasClock = (ref: Reference | null): ref is Reference & { minutes: number } => ref?.minutes !== undefined;

/** 两小时前, 三分钟后: the reference instant moved, if the reference has a time of day; else the offset alone. */
function clockValue(unit: string, offset: number, ref: Reference | null): TimexValue {
  if (!hasClock(ref)) return { type: 'TIME', value: null, relative: { unit, offset } };
  return { type: 'TIME', value: formatClockOffset(ref, unit, offset, false), anchor: 'ref' };
}

/** The n units before or after the reference, as an interval at the unit's grain (前两天, 下三个月, 前两小时). */
function spanValue(unit: string, sign: number, n: number, ref: Reference | null, time: boolean): TimexValue {
  const type = time ? 'TIME' : 'DATE';
  const [first, last] = sign < 0 ? [-n, -1] : [1, n];
  if (time && hasClock(ref)) return { type, value: `${formatClockOffset(ref, unit, first)}/${formatClockOffset(ref, unit, last)}`, anchor: 'ref' };
  if (ref === null || time) return { type, value: null, relative: { unit, offset: sign * n } };
  const at = (k: number): string | null => pointValue({ ...newPoint(), rels: [{ unit, offset: k }], grain: GRAIN.day }, ref).value;
  return { type, value: `${at(first)}/${at(last)}`, anchor: 'ref' };
}

function readSet(text: string, at: number): Reading | null {
  if (text[at] !== SET_START) return null;
  const w = stickyAt(SET_WEEKDAY, text, at);
  if (w !== null) {
    // 每周四上午: a part of the day narrows the set.
    const part = stickyAt(patterns().dayPart, text, at + w[0].length);
    const code = part === null ? '' : `T${dateTables().dayParts.get(part[0])!.code}`;
    return { end: at + w[0].length + (part?.[0].length ?? 0), value: { type: 'SET', value: `XXXX-WXX-${WEEKDAY[w[1]]}${code}` }, rule: 'date.set', anchorable: false };
  }
  const d = readDuration(text, at + 1) ?? readDuration(text, at + 1 + (stickyAt(ONE, text, at + 1)?.[0].length ?? 0) - 1);
  const unitOnly = stickyAt(patterns().unit, text, at + 1);
  if (d !== null) return { end: d.end, value: { type: 'SET', value: durationValue(d) }, rule: 'date.set', anchorable: false };
  if (unitOnly === null) return null;
  const unit = dateTables().units.get(unitOnly[1])!.unit;
  const value = durationValue({ end: 0, parts: [[unit, 1]], more: false, needsFrame: false, vague: false });
  return { end: at + 1 + unitOnly[0].length, value: { type: 'SET', value }, rule: 'date.set', anchorable: false };
}

function readWord(text: string, at: number): Reading | null {
  const m = stickyAt(patterns().deictic, text, at);
  if (m === null) return null;
  const end = at + m[0].length;
  if ((m[0] === '将来' && text[at - 1] === '即') || gluedToWordBefore(text, at)) return null; // 即将|来临, 表现|在
  if (m[0] === '过去' && (VERB_AFTER.test(text.slice(end, end + 1)) || VERB_BEFORE.test(text.slice(Math.max(0, at - 2), at)))) return null;
  return { end, value: { type: 'DATE', value: dateTables().deictic.get(m[0])! }, rule: 'date.deictic', anchorable: false };
}

/** The year of a TIMEX3 date value (1986-02 -> 1986). */
const YEAR_OF = /^(?:BC)?[0-9]{4}/;

/**
 * 当时 takes the value of the last anchorable date before it, moved by its offset (次日, 次年); a
 * part of the day, the word's (当晚) or one after it (当天下午), makes it a TIME of that day.
 */
function referBack(doc: Doc, word: string, start: number, end: number, antecedent: Candidate | null, ref: Reference | null, part: string | undefined): Candidate {
  const { offset, year, dayPart = part } = dateTables().anaphoric.get(word)!;
  const c: Candidate = { start, end, label: 'DATE', rule: 'date.anaphoric', value: { type: 'DATE', value: null } };
  // With no date before it, a year word (这一年) is the year of the reference.
  if (antecedent === null && year) c.value = pointValue({ ...newPoint(), rels: [{ unit: 'year', offset }], grain: GRAIN.year }, ref);
  if (antecedent !== null) c.value = priorValue(doc, antecedent, offset, year);
  if (dayPart !== undefined) timeOfDay(c, dayPart);
  return c;
}

/** The value of the date referred back to, moved by a reference's offset. */
function priorValue(doc: Doc, antecedent: Candidate, offset: number, year: boolean): TimexValue {
  const prior = antecedent.value as TimexValue;
  const v: TimexValue = { type: 'DATE', value: prior.value, anchor: doc.toOriginal(antecedent.start) };
  if (prior.mod !== undefined && offset === 0 && !year) v.mod = prior.mod;
  if (prior.relative !== undefined) v.relative = prior.relative;
  if (year) {
    const y = prior.value === null ? null : YEAR_OF.exec(prior.value)?.[0] ?? null;
    v.value = y === null || offset === 0 ? y : y.startsWith('BC') ? null : formatYear(Number(y) + offset);
  } else if (offset !== 0) {
    const day = prior.value === null ? null : parseYmd(prior.value);
    v.value = day === null ? null : formatYmd(addDays(day, offset));
  }
  return v;
}

/** 同年12月15日, 次年3月: a date after a year word takes its year; the span grows over it. Whether it did. */
function dateInYear(c: Candidate, text: string, region: Region | null): boolean {
  const v = c.value as TimexValue;
  if (v.value === null || !/^[0-9]{4}$/.test(v.value)) return false;
  const read = readPoint(text, c.end, { ...newPoint(), year: Number(v.value), grain: GRAIN.year }, region);
  if (read === null) return false;
  const value = valueOf(read.point, null);
  c.end = read.end;
  c.value = v.anchor === undefined ? value : { ...value, anchor: v.anchor };
  if (value.type === 'TIME') c.label = 'TIME';
  return value.type === 'DATE';
}

/** The part of the day of the date a reference took (当晚 after 5月3日 -> 05-03TNI); none but of a whole day. */
function timeOfDay(c: Candidate, code: string): void {
  const v = c.value as TimexValue;
  c.label = 'TIME';
  c.rule = 'time.anaphoric';
  v.type = 'TIME';
  v.value = v.value !== null && parseYmd(v.value) !== null ? `${v.value}T${code}` : null;
}

/** 年 that begins a word (年龄, 年纪, 年级, 年轻) ends no time word: 这一|年龄段, 三|年级. */
const YEAR_WORD = /年[龄纪级轻]/y;

/**
 * Whether [start, end) is a number and `mark` alone: a clock hour (三点, 3点), which before a noun
 * counts points of something (三点意见), no time; or a number and 号 with no month before it.
 */
function numberAnd(mark: string, text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== mark.charCodeAt(0)) return false;
  const numerals = patterns().numerals;
  for (let k = start; k < end - 1; k++) if (numerals[text.charCodeAt(k)] !== 1) return false;
  return true;
}
/** The end of a name (阿波罗”17号, Apollo 17号) or of a list of ordinals (第二、三号) before a number. */
const NAME_END = /[”」』"A-Za-z]\s?$/;
const ORDINAL_LIST = new RegExp(`第[${DATE_NUMERAL_CHARS}]+(?:、[${DATE_NUMERAL_CHARS}]+)*、$`);

/**
 * Whether a bare N号 at `at` numbers the name before it, no day: after a name (阿波罗17号), inside a
 * word (神舟五号), after a list of ordinals (第二、三号), or in Chinese numerals after a noun (嫦娥四号;
 * a day after a noun is written 会议5号 or 五日).
 */
function designation(doc: Doc, at: number): boolean {
  const before = doc.simplified.slice(Math.max(0, at - 12), at);
  if (NAME_END.test(before) || ORDINAL_LIST.test(before)) return true;
  const t = doc.tokens[tokenAt(doc.tokens, at - 1)];
  if (t === undefined || t.start >= at) return false;
  return t.end > at || /^n[rz]$/.test(t.pos) || (t.pos[0] === 'n' && !/[0-9０-９]/.test(doc.simplified[at]));
}

/** Whether the token that begins at `at` is a noun (nodejieba's n, nr, ns, nz, vn...). */
function nounAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[tokenAt(tokens, at)];
  return t !== undefined && t.start === at && /^(?:n|vn)/.test(t.pos);
}

/** Where a straddling reading is refused: Han words, but not the vague counts 几 and 数 (好几|个小时). */
const WORD_START = /[^几数\P{Script=Han}]/u;

/** The index of the first token that ends after `at` (tokens are ordered and do not overlap). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) begins inside a token and runs past its end. */
function straddles(tokens: readonly Token[], start: number, end: number): boolean {
  const k = tokenAt(tokens, start);
  return k < tokens.length && tokens[k].start < start && tokens[k].end < end;
}

/**
 * Whether [start, end) begins with a word of place (nodejieba's f: 后, 前, 上) and ends inside the
 * token after it (投产|后|年产值), so that it reads a postposition and a word, no time word. 本|年度预算
 * begins with no word of place and stays 本年度.
 */
function readsAsPostposition(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[tokenAt(tokens, start)];
  const k = tokenAt(tokens, end - 1);
  return first !== undefined && first.start === start && first.pos === 'f' && k < tokens.length && tokens[k].start > start && tokens[k].end > end;
}

const CLAUSE_BREAK = /[，。；！？,;!?\n]/;

/** Whether a token of the clause around [start, end) is a word of the future (将, 即将, 预计). */
function clauseMarksFuture(doc: Doc, start: number, end: number): boolean {
  const text = doc.simplified;
  let from = start, to = end;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1])) from--;
  while (to < text.length && !CLAUSE_BREAK.test(text[to])) to++;
  const tokens = doc.tokens, markers = dateTables().futureMarkers;
  for (let k = tokenAt(tokens, from); k < tokens.length && tokens[k].start < to; k++) {
    const t = tokens[k];
    if ((t.end <= start || t.start >= end) && markers.has(text.slice(t.start, t.end))) return true;
  }
  return false;
}

/** The longest reading at `at` among those its character can begin (`kinds`, bits of the first-character table). */
function bestReading(text: string, at: number, kinds: number, ref: Reference | null, future: FutureTest, region: Region | null): Reading | null {
  let best: Reading | null = null;
  const readings = [
    kinds & POINT ? readPointOrRange(text, at, ref, future, region) : null,
    kinds & (DURATION | FRAMED) ? readDurationReading(text, at, ref, (kinds & FRAMED) !== 0) : null,
    kinds & SET ? readSet(text, at) : null,
    kinds & WORD ? readWord(text, at) : null,
  ];
  for (const r of readings) {
    // On a tie a count before 前/后 is an offset (两日前), not a day of the month with a bound.
    if (r !== null && (best === null || r.end > best.end || (r.end === best.end && r.rule.endsWith('.ago')))) best = r;
  }
  return best;
}

export const datesStage: Stage = {
  name: 'dates',
  run(doc: Doc) {
    const text = doc.simplified;
    const ref = doc.refDate === null ? null : parseReference(doc.refDate);
    let antecedent: Candidate | null = null;
    let durationEnd = -1;
    const future: FutureTest = (a, b) => clauseMarksFuture(doc, a, b);
    const { starts, numerals, afterNumber, numberOrLatin } = patterns();
    const firsts = starts.byFirst;
    for (let i = 0; i < text.length; ) {
      while (i < text.length && firsts[text.charCodeAt(i)] === 0) i++;
      if (i === text.length) break;
      const kinds = starts.at(text, i);
      if (kinds === 0) {
        i++;
        continue;
      }
      // A number or a Latin word does not start in the middle of another (123月, QQ1).
      if (numberOrLatin[text.charCodeAt(i)] === 1 && numberOrLatin[text.charCodeAt(i - 1)] === 1) {
        i++;
        continue;
      }
      // A number followed by what no reading allows after it (15万, 30%): no reading starts here
      // nor, by the rule above, inside it.
      if (numerals[text.charCodeAt(i)] === 1) {
        const j = i + runLength(numerals, text, i, LONGEST_NUMBER);
        const follow = j - i <= LONGEST_NUMBER ? afterNumber[j - i - 1] : null;
        if (follow !== null && !follow.has(text.charCodeAt(j))) {
          i = j;
          continue;
        }
      }
      const back = kinds & BACK ? stickyAt(patterns().anaphoric, text, i) : null;
      const part = back === null ? null : stickyAt(patterns().dayPart, text, i + back[0].length);
      const backEnd = back === null ? 0 : i + back[0].length + (part?.[0].length ?? 0);
      const r = bestReading(text, i, kinds, ref, future, doc.region);
      // A time word does not run from inside a word of the segmenter into the next (岁月|中, 即将|来临);
      // inside one word it may (迎新年, 展望未来).
      const end = Math.max(r?.end ?? 0, backEnd);
      if (end === 0) {
        i++;
        continue;
      }
      // A lone time word (后年, 现在) that ends inside a word of the segmenter is no time word, nor is
      // 前年 or 后年 right after a duration, whose bound its 前 or 后 is (几年前|年年).
      const word = text.slice(i, end);
      const lone = dateTables().relative.has(word) || dateTables().deictic.has(word);
      const glued = lone && (readsAsPostposition(doc.tokens, i, end) || (durationEnd === i && (word[0] === '前' || word[0] === '后')));
      if (((WORD_START.test(text[i]) && straddles(doc.tokens, i, end)) || glued || stickyAt(YEAR_WORD, text, end - 1) !== null)) {
        i++;
        continue;
      }
      if (back !== null && (r === null || r.end <= backEnd)) {
        const code = part === null ? undefined : dateTables().dayParts.get(part[0])!.code;
        const c = referBack(doc, back[0], i, backEnd, antecedent, ref, code);
        doc.candidates.push(c);
        if (dateInYear(c, text, doc.region)) antecedent = c;
        i = c.end;
        continue;
      }
      if (r === null || (numberAnd('点', text, i, r.end) && nounAt(doc.tokens, r.end)) || (numberAnd('号', text, i, r.end) && designation(doc, i))) {
        i++;
        continue;
      }
      const c: Candidate = { start: i, end: r.end, label: r.value.type === 'TIME' || (r.value.type === 'DURATION' && r.rule.startsWith('time.')) ? 'TIME' : 'DATE', rule: r.rule, value: r.value };
      doc.candidates.push(c);
      if (r.value.type === 'DURATION') durationEnd = r.end;
      if (r.anchorable && r.value.value !== null && !r.value.value.endsWith('_REF')) antecedent = c;
      i = r.end;
    }
  },
};
