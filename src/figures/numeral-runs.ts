// Runs of numerals (Arabic, Chinese or mixed), each read as a number, then the words around it
// decide what it is: a sign, 第, a currency or a mod before it; a fraction, a range or a bound,
// then a unit, classifier, currency, % or a mod after it. Numbers before a word of time are left
// to the dates stage; token boundaries from nodejieba reject numerals inside words (统一, 三心二意).
import type { Candidate } from '../doc.js';
import type { FigureContext, FigureRule } from './context.js';
import { candidate, newFigure, type Figure } from './figure.js';
import { mixedFraction, share } from './fractions.js';
import { currencyBefore } from './money.js';
import { digitAt, numeralChars, numeralValue, parseChineseNumber } from './numerals.js';
import { ARABIC_AT, HAN, holds, IS_ARABIC, IS_DIGIT, IS_NUMERAL, IS_SECTION, IS_ZERO, LATIN_RANGE, STARTS_RUN, WORD_AFTER } from './patterns.js';
import { bounds, looseRange, placesAfterSeveral, severalBefore } from './ranges.js';
import { suffix } from './suffixes.js';
import { unitBeforeDigits } from './units.js';

/** Where a '-' and a space before a number are its sign (- 1,200,000): at the start or after these. */
const SIGN_AFTER = /^(?:|[\n(（：:，,、；;=])$/;
/** An Arabic digit right before 点: 3点15 is a time, so the run ends at the digit. */
const POINT_AFTER_ARABIC = /[0-9\uFF10-\uFF19][点點]/;
/** A zero and a decimal point: 零点五 is a number, 零一 is no number. */
const ZERO_POINT = /^.[点點]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
/** The unit letters of a Latin range's lower side, up to its dash (2-3L, 1.6m-3.9m). */
const LATIN_BEFORE_DASH = /^[A-Za-z]*(?=[-~])/;
const LONG_DIGITS = /^[0-9]{11,}$/;
/** A middle dot and the digits after it (sticky): 11·5 in older typeset news. */
const MIDDLE_DOT_DIGITS = /[·・]([0-9\uFF10-\uFF19]+)/y;
/** What may stand before a list item's number: the start of the text, a line or a clause. */
const ITEM_START = /^(?:|\s|[。！？!?：:；;])$/;
/** What follows a list item's number: 一、 2. ２· */
const ITEM_MARKS = '、．.·：:';
/** The marks between the sides of a score, a ratio or a fraction (2∶1, 1：5万, 3比1, １／４). */
const RATIO_MARKS = '∶:：比/／';
const OPENING_QUOTES = '“‘「『"\'';
const CLOSING_QUOTES = '”’」』"\'';
const LEADING_ZERO = /^0[0-9]{2,}$/;

/** Every numeral run of the text, left to right, read as a figure. */
export const readNumeralRuns: FigureRule = (ctx, out) => {
  const { core, flags } = ctx.patterns;
  const text = ctx.text;
  for (let i = 0; i < text.length; i++) {
    const here = flags[text.charCodeAt(i)];
    if ((here & STARTS_RUN) === 0) continue;
    // A digit or a numeral with nothing after it that could go on with the run is a run alone.
    const after = text.charCodeAt(i + 1);
    if ((here & (IS_DIGIT | IS_NUMERAL)) !== 0 && (flags[after] & STARTS_RUN) === 0 && after !== 0x2c && after !== 0xff0c) {
      i = read(ctx, text[i], i, out) - 1;
      continue;
    }
    core.lastIndex = i;
    if (core.test(text)) i = read(ctx, text.slice(i, core.lastIndex), i, out) - 1;
  }
};

/** Read the figure around the numeral run `found` at `at`; push it and return where to go on. */
function read(ctx: FigureContext, found: string, at: number, out: Candidate[]): number {
  const text = ctx.text;
  const p = ctx.patterns;
  const dotted = middleDotDecimal(ctx, found, at);
  if (typeof dotted === 'number') return dotted;
  if (dotted !== null) found = dotted;
  if (beforeTimeWord(ctx, found, at)) return at + found.length;
  let run = found;
  const pointAfterArabic = run.length > 1 ? POINT_AFTER_ARABIC.exec(run) : null;
  if (pointAfterArabic !== null) run = run.slice(0, pointAfterArabic.index + 1); // 3点15 is a time
  const unitAfter = run.length > 1 && (p.flags[run.charCodeAt(run.length - 1)] & IS_SECTION) !== 0 ? ctx.tables.suffixes.matchAt(text, at + run.length - 1) : null;
  if (unitAfter?.data.kind === 'unit' && unitAfter.name.length > 1) {
    run = run.slice(0, -1); // 100兆瓦: 兆 belongs to the unit
  }
  if (latinMisfit(ctx, at, run)) return at + found.length;
  if (ctx.isBlocked(at, at + run.length)) return at + found.length;

  const f = newFigure(at, run, !holds(run, p.flags, IS_DIGIT));
  let q: number;
  const shareEnd = share(ctx, f, run, at);
  if (shareEnd !== null) {
    q = shareEnd;
  } else if (text.startsWith('分之', at + run.length)) {
    return at + run.length;
  } else if (looseRange(ctx, f, run)) {
    q = at + run.length;
  } else {
    if (run.length > 1 && (p.flags[run.charCodeAt(0)] & IS_ZERO) !== 0 && !ZERO_POINT.test(run)) return at + run.length; // 零一万物
    const n = ctx.number(run) ?? placesAfterSeveral(ctx, run, at);
    if (n === null) return at + run.length;
    f.value = n.value;
    q = at + n.length;
    f.written = run.slice(0, n.length);
    f.sized = holds(f.written, p.flags, IS_SECTION);
    f.chinese = !holds(f.written, p.flags, IS_DIGIT);
    f.single = n.length === 1 && f.chinese;
    f.one = f.written === '一';
    q = mixedFraction(ctx, f, q);
  }
  const numberEnd = q;
  f.end = q;

  // Before the number: sign, 第, currency, mod.
  let b = at;
  if (f.rule !== 'fraction' && f.lower === undefined) b = signBefore(ctx, f, b);
  if (f.rule === 'fraction') {
    const perUnit = (run.length === 1 && p.units.has(run)) || p.sections.has(run);
    if (perUnit && text.startsWith('分之', at + run.length)) f.rule = 'percent'; // 百分之, 千分之, 万分之
  } else if (text[b - 1] === '第') {
    b--;
    f.ordinal = true;
  } else b = currencyBefore(ctx, f, b);
  const mod = ctx.tables.modsBefore.endingAt(text, b);
  if (mod !== null && ctx.canStart(mod.start)) {
    f.mod = mod.data.mod;
    b = mod.start;
  } else b = severalBefore(ctx, f, run, b);
  f.start = b;

  // After the number; 米九 = 1.9 米 has its unit before.
  if (!unitBeforeDigits(ctx, f, at)) {
    if (f.rule !== 'fraction' && f.lower === undefined) q = bounds(ctx, f, q);
    q = suffix(ctx, f, q);
    if (q < 0) return at + found.length; // a date's number, or no figure at all
  }

  const after = ctx.tables.modsAfter.matchAt(text, q);
  if (after !== null && f.mod === undefined && !f.ordinal && ctx.canEnd(q + after.name.length)) {
    f.mod = after.data.mod;
    q += after.name.length;
  }
  f.end = q;

  // What is no figure: 一 + classifier as an article before a word, a lone numeral inside Han
  // text, a word. 一个 with no word after it and no 这/每/另 before it is a count (只要一个).
  if (f.one && f.kind === 'classifier' && f.mod === undefined && !f.ordinal && (WORD_AFTER.test(text[q] ?? '') || ctx.tables.determiners.has(text[f.start - 1]))) return q;
  const bare = f.kind === undefined && !f.ordinal && !f.percent && !f.signed && f.currency === undefined && f.mod === undefined && f.lower === undefined;
  if (bare && f.single && (HAN.test(text[at - 1] ?? '') || HAN.test(text[numberEnd] ?? ''))) return at + run.length;
  // 千万不要: a leading 千 or 百 is a number only before a digit (千一 = 1100, 百二万).
  if (bare && p.units.has(run[0]) && numeralValue(run[0]) !== 10 && digitAt(run, 1) === null) return at + run.length;
  // 伍顿, 参股: a financial numeral alone beside Han text is a word, unless money follows (伍元).
  if (f.written.length === 1 && numeralChars().get(f.written)?.financial && f.currency === undefined && (HAN.test(text[at - 1] ?? '') || HAN.test(text[numberEnd] ?? ''))) return at + run.length;
  if (bare && listItemNumber(ctx, f.start, q)) return q;
  if (!ctx.canStart(f.start, f) || !ctx.canEnd(f.end)) return at + run.length;
  if (!f.chinese && isCode(run, f)) return at + found.length;
  if (bare && (serviceNumber(ctx, f) || pairSide(text, f.start, f.end) || (f.chinese && quotedName(text, f)))) return q;

  out.push(candidate(f));
  return Math.max(q, at + 1);
}

/**
 * 11·5摄氏度, 13·1%: in older typeset news a middle dot between digits is the decimal point. It is
 * one only where a percent, 万/亿 or a unit, classifier or currency follows; otherwise a month and
 * a day so joined (5·12, “10·9”) name a day or an event, which is no figure. The run with the dot
 * as a point; where to go on past a named day; or null.
 */
function middleDotDecimal(ctx: FigureContext, found: string, at: number): string | number | null {
  if (!onlyDigits(ctx, found)) return null;
  MIDDLE_DOT_DIGITS.lastIndex = at + found.length;
  const m = MIDDLE_DOT_DIGITS.exec(ctx.text);
  if (m === null) return null;
  const after = at + found.length + m[0].length;
  const next = ctx.text.charCodeAt(after);
  const suffix = ctx.tables.suffixes.matchAt(ctx.text, after);
  const measured = next === 0x25 || next === 0xff05 || (ctx.patterns.flags[next] & IS_SECTION) !== 0 || (suffix !== null && suffix.data.kind !== 'time');
  // 2698·7万: the sections after the decimals belong to the run.
  const sections = (ctx.patterns.flags[next] & IS_SECTION) !== 0 ? (ctx.runAt(after) ?? '') : '';
  if (measured) return `${found}.${m[1]}${sections}`;
  return isMonthDay(parseChineseNumber(found), parseChineseNumber(m[1])) ? after : null;
}

const isMonthDay = (month: number | null, day: number | null) => month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * 一、 2. 1： （3）: the number of a list item, at the start of the text, a line or a clause, with a
 * list mark after it and no number of its own script after the mark (3、5、7人 is a list of
 * numbers, 1：5万 a ratio; 2、五月三十日 is an item), or in brackets.
 */
function listItemNumber(ctx: FigureContext, start: number, end: number): boolean {
  const text = ctx.text;
  if ((text[end] === '）' || text[end] === ')') && (text[start - 1] === '（' || text[start - 1] === '(')) return ITEM_START.test(text[start - 2] ?? '');
  if (!ITEM_START.test(text[start - 1] ?? '') || !ITEM_MARKS.includes(text[end] ?? '_')) return false;
  const script = ctx.patterns.flags[text.charCodeAt(start)] & (IS_DIGIT | IS_NUMERAL);
  return (ctx.patterns.flags[text.charCodeAt(end + 1)] & script) === 0;
}

/** Code units of the signs, compared without a one-character string made per figure. */
const SPACE = ' '.charCodeAt(0), NEGATIVE = '负'.charCodeAt(0);
/** Hyphen-minus, full-width minus (－０．３％ in full-width news text) and the minus sign. */
const MINUS_SIGNS = new Set(['-', '－', '−'].map((c) => c.charCodeAt(0)));

/** 负 3, -3, －３, 零下3, and - 3 where nothing but the start or a punctuation mark stands before the dash: where the figure starts. */
function signBefore(ctx: FigureContext, f: Figure, b: number): number {
  const text = ctx.text;
  const gap = text.charCodeAt(b - 1) === SPACE ? 1 : 0;
  const sign = text.charCodeAt(b - 1 - gap);
  // Before the dash: no Latin letter or digit right before it (a-3, 2-3), or, with a space after it, the start or a mark.
  if (sign === NEGATIVE || (MINUS_SIGNS.has(sign) && (gap === 0 ? !LATIN_OR_DIGIT.test(text[b - 2] ?? '') : SIGN_AFTER.test(text[b - 3] ?? '')))) {
    f.signed = true;
    return b - 1 - gap;
  }
  if (text.startsWith('零下', b - 2)) {
    f.signed = true;
    return b - 2;
  }
  return b;
}

/** Is the run's Arabic number cut out of a longer Latin run (GPT5, k1.5, 2025-02-01, 3M)? */
function latinMisfit(ctx: FigureContext, at: number, run: string): boolean {
  ARABIC_AT.lastIndex = 0;
  if (!ARABIC_AT.test(run)) return false;
  const arabicEnd = ARABIC_AT.lastIndex;
  const tok = ctx.token(at);
  if (tok === null) return false;
  if (tok.start < at && !ctx.latinRangeSide(tok, at - 1)) return true;
  const tail = ctx.text.slice(at + arabicEnd, tok.end);
  if (tail === '' || ctx.tables.latinUnits.has(tail) || ctx.tables.shortScales.has(tail)) return false;
  const unit = LATIN_BEFORE_DASH.exec(tail); // 3-5, 2-3L, 1.6m-3.9m
  return unit === null || !LATIN_RANGE.test(ctx.text.slice(tok.start, tok.end)) || (unit[0] !== '' && !ctx.tables.latinUnits.has(unit[0]));
}

/** 拨打110, 12315热线: a number a phone or service cue stands beside (code-cues.tsv). */
function serviceNumber(ctx: FigureContext, f: Figure): boolean {
  return ctx.tables.codeCuesBefore.endingAt(ctx.text, f.start) !== null || ctx.tables.codeCuesAfter.matchAt(ctx.text, f.end) !== null;
}

/**
 * 以２∶１战胜, 比例尺1∶5万, １／４: a side of a score, a ratio or a fraction, which is no figure of its
 * own (2:1 and 1/4 are one Latin word; slash-fractions.ts reads fractions whole).
 */
function pairSide(text: string, start: number, end: number): boolean {
  return (RATIO_MARKS.includes(text[end] ?? '_') && IS_ARABIC.test(text[end + 1] ?? '')) || (RATIO_MARKS.includes(text[start - 1] ?? '_') && IS_ARABIC.test(text[start - 2] ?? ''));
}

/** “五一”, 『八一』, “九五”: Chinese digits said one by one in quotation marks name a day, a plan or a body. */
function quotedName(text: string, f: Figure): boolean {
  if (!OPENING_QUOTES.includes(text[f.start - 1] ?? '_') || !CLOSING_QUOTES.includes(text[f.end] ?? '_') || f.written.length < 2) return false;
  for (const c of f.written) if (numeralChars().get(c)?.kind !== 'digit') return false;
  return true;
}

/**
 * Is `run` at `at` Arabic digits alone right before a word of time (2025年, 12月, 8点)? Such a
 * number is a date's or a time's, as suffix() finds, and nothing read before the suffix can make
 * it anything else (no fraction, range, scale, percent or unit starts with a word of time), so
 * it is left to the dates stage before any of that is read.
 */
function beforeTimeWord(ctx: FigureContext, run: string, at: number): boolean {
  return onlyDigits(ctx, run) && ctx.tables.suffixes.matchAt(ctx.text, at + run.length)?.data.kind === 'time';
}

/** Is `run` Arabic digits alone (half or full width)? */
function onlyDigits(ctx: FigureContext, run: string): boolean {
  for (let k = 0; k < run.length; k++) if ((ctx.patterns.flags[run.charCodeAt(k)] & IS_DIGIT) === 0) return false;
  return true;
}

/** Phone, ID and account numbers: long digit strings and strings with a leading zero. */
function isCode(run: string, f: Figure): boolean {
  if (f.kind !== undefined || f.percent || f.currency !== undefined) return false;
  return LONG_DIGITS.test(run) || LEADING_ZERO.test(run);
}
