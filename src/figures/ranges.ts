// Ranges and rough bounds: 两三个, 几十, 十几, 5000多, 3至5万, and two figures joined by a range word.
import type { Candidate, FigureValue } from '../doc.js';
import type { FigureContext, FigureRule } from './context.js';
import type { Figure } from './figure.js';
import { cleanNumber, numeralChars, numeralValue, parseChineseNumber } from './numerals.js';
import { holds, IS_SECTION, RANGE_SEPARATORS } from './patterns.js';

/** Two neighbouring Chinese digits (两三, 三五) and the units of a loose range (两三千). */
const LOOSE_RANGE = /^([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]*)$/;
const SECTIONS_AT_END = /[万亿兆]+$/;

/** A whole number, then a loose range's digits and units: 一百四五十, 三千七八百, 一万五六千. */
const HEAD_THEN_RANGE = /^(.+[十百千万亿])([一二三四五六七八九])([二三四五六七八九])([十百千万亿]*)$/;

/**
 * 两三个, 三五千, 一百四五十: two neighbouring digits (a step of one or two) are a loose range, after
 * a whole number or none; false if `run` is none.
 */
export function looseRange(ctx: FigureContext, f: Figure, run: string): boolean {
  if (f.chinese && headedRange(ctx, f, run)) return true;
  const range = f.chinese ? LOOSE_RANGE.exec(run) : null;
  const step = range === null ? 0 : numeralValue(range[2]) - numeralValue(range[1]);
  if (range === null || (step !== 1 && step !== 2)) return false;
  const tail = range[3];
  const mult = tail === '' ? 1 : parseChineseNumber(`一${tail}`) ?? 1;
  f.lower = numeralValue(range[1]) * mult;
  f.upper = numeralValue(range[2]) * mult;
  f.rule = 'cardinal';
  f.sized = holds(tail, ctx.patterns.flags, IS_SECTION);
  return true;
}

/** 一百四五十 = 140 to 150, 一万五六千, 一百四五十万: the range's digits count in the place below the head's last unit. */
function headedRange(ctx: FigureContext, f: Figure, run: string): boolean {
  const m = HEAD_THEN_RANGE.exec(run);
  if (m === null) return false;
  const [, head, low, high, tail] = m;
  const step = numeralValue(high) - numeralValue(low);
  const headValue = parseChineseNumber(head);
  if ((step !== 1 && step !== 2) || headValue === null) return false;
  const sections = SECTIONS_AT_END.exec(tail)?.[0] ?? '';
  const places = tail.slice(0, tail.length - sections.length);
  const headUnit = numeralValue(head[head.length - 1]);
  const place = places === '' ? headUnit / 10 : parseChineseNumber(`一${places}`);
  if (place === null || !(place >= 1 && place < headUnit)) return false;
  const mult = sections === '' ? 1 : parseChineseNumber(`一${sections}`) ?? 1;
  f.lower = cleanNumber((headValue + numeralValue(low) * place) * mult);
  f.upper = cleanNumber((headValue + numeralValue(high) * place) * mult);
  f.rule = 'cardinal';
  f.sized = holds(run, ctx.patterns.flags, IS_SECTION);
  return true;
}

/** 几 and 数 before a place numeral: several of it (几十, 数百万, 几万). */
const SEVERAL = '几数';

/** 几十, 数百万, 几万: one to ten times the place, where 几 or 数 stands at b before the run; where the figure starts. */
export function severalBefore(ctx: FigureContext, f: Figure, run: string, b: number): number {
  if (!SEVERAL.includes(ctx.text[b - 1] ?? '_') || !f.chinese || !isPlace(ctx, run[0]) || !(f.value > 0)) return b;
  f.lower = f.value;
  f.upper = f.value * 10;
  f.mod = 'APPROX';
  f.rule = 'cardinal';
  return b - 1;
}

const isPlace = (ctx: FigureContext, c: string) => ctx.patterns.units.has(c) || ctx.patterns.sections.has(c);

/** 万, 百万 after 几 or 数 (几万人): places alone, read as one of them; null where the run is more or nothing stands before. */
export function placesAfterSeveral(ctx: FigureContext, run: string, at: number): { value: number; length: number } | null {
  if (!SEVERAL.includes(ctx.text[at - 1] ?? '_')) return null;
  for (const c of run) if (!isPlace(ctx, c)) return null;
  const value = parseChineseNumber(`一${run}`);
  return value === null ? null : { value, length: run.length };
}

/** 多, 余, 几 and ranges (3至5万, 3-5%) right after the number. */
export function bounds(ctx: FigureContext, f: Figure, q: number): number {
  const text = ctx.text;
  const c = text[q];
  if (c === '多' || c === '余' || (c === '几' && f.chinese && ctx.patterns.units.has(text[q - 1]))) {
    const place = c === '几' ? numeralValue(text[q - 1]) : roundPlace(f.value);
    if (place === 0) return q;
    let mult = 1;
    let k = q + 1;
    while (ctx.patterns.sections.has(text[k])) mult *= numeralChars().get(text[k++])!.value;
    if (mult > 1) f.sized = true;
    f.lower = cleanNumber(f.value * mult);
    f.upper = cleanNumber((f.value + place) * mult);
    f.mod = 'APPROX';
    if (c === '几') f.approxOnly = true;
    f.value = f.lower;
    return k;
  }
  if (!RANGE_SEPARATORS.includes(c ?? '\0') || c === undefined) return q;
  const run = ctx.runAt(q + 1);
  if (run === null || f.ordinal) return q;
  const upper = ctx.number(run);
  if (upper === null) return q;
  let lower = f.value;
  const sections = SECTIONS_AT_END.exec(run.slice(0, upper.length));
  if (sections !== null && !f.sized) {
    lower *= parseChineseNumber(`一${sections[0]}`) ?? 1;
    f.sized = true;
  }
  if (!(upper.value > lower)) return q;
  f.lower = cleanNumber(lower);
  f.upper = upper.value;
  f.range = true;
  return q + 1 + upper.length;
}

/**
 * Two figures of the same kind joined by a range word are one range: 两升到三升, 五块六到五块七毛八,
 * 五元六角-五元七毛八分 (where the second took the dash as its minus sign).
 */
export const mergeRanges: FigureRule = (ctx, cands: Candidate[], from) => {
  const text = ctx.text;
  for (let i = cands.length - 1; i > from; i--) {
    const a = cands[i - 1];
    const b = cands[i];
    // Most neighbours have no range word or dash between them: skip them before reading their
    // values, whose many shapes would make this loop polymorphic.
    if (b.start <= a.end ? text[b.start] !== '-' : b.start - a.end !== 1 || !RANGE_SEPARATORS.includes(text[a.end])) continue;
    const av = a.value as FigureValue | undefined;
    const bv = b.value as FigureValue | undefined;
    if (av?.value === undefined || bv?.value === undefined || av.mod !== undefined || bv.mod !== undefined) continue;
    if (a.label !== b.label || av.unit !== bv.unit || av.currency !== bv.currency || a.label === 'ORDINAL') continue;
    const between = text.slice(a.end, b.start);
    const dashSign = between === '' && text[b.start] === '-' && bv.value < 0;
    const upper = dashSign ? -bv.value : bv.value;
    if (!(dashSign || (between.length === 1 && RANGE_SEPARATORS.includes(between))) || !(upper > av.value)) continue;
    const value: FigureValue = { ...av, lower: av.value, upper };
    delete value.value;
    cands.splice(i - 1, 2, { start: a.start, end: b.end, label: a.label, rule: `${a.rule}-range`, value });
  }
};

/** 5000 -> 1000, 120 -> 10: the place 多 adds to (5000多 is under 6000). */
function roundPlace(v: number): number {
  if (!Number.isInteger(v) || v <= 0) return 0;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place;
}
