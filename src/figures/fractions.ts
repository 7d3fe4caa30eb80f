// Fractions: 三分之一, 百分之三十 (a share, as a percent), 四分一 and 十份十一 (Cantonese), and a whole
// number with a fraction (一又三分之一).
import type { FigureContext } from './context.js';
import type { Figure } from './figure.js';
import { cleanNumber, parseChineseNumber } from './numerals.js';
import { IS_ARABIC } from './patterns.js';

/**
 * A fraction whose denominator is the numeral run `run` at `at`: 三分之一, 百分之负三, and the
 * Cantonese 四分一, 十份十一 (Chinese numerals only, ending the figure or before a unit).
 */
function fraction(ctx: FigureContext, run: string, at: number): { value: number; end: number } | null {
  const text = ctx.text;
  const i = at + run.length;
  const classic = text.startsWith('分之', i);
  if (!classic && ((text[i] !== '分' && text[i] !== '份') || IS_ARABIC.test(run))) return null;
  const den = parseChineseNumber(run) ?? (classic ? parseChineseNumber(`一${run}`) : null);
  if (den === null || !Number.isInteger(den) || den < (classic ? 1 : 2)) return null;
  const from = i + (classic ? 2 : 1);
  const minus = classic && text[from] === '负' ? 1 : 0;
  const numRun = ctx.runAt(from + minus);
  const num = numRun === null ? null : ctx.number(numRun);
  if (numRun === null || num === null) return null;
  const end = from + minus + num.length;
  if (!classic) {
    const unit = ctx.tables.suffixes.matchAt(text, end);
    if (IS_ARABIC.test(numRun.slice(0, num.length)) || !(unit?.data.kind === 'unit' || (unit === null && ctx.endsFigure(end)))) return null;
  }
  return { value: (minus === 1 ? -num.value : num.value) / den, end };
}

/** The fraction that starts at i (after 又). */
function fractionAfter(ctx: FigureContext, i: number): { value: number; end: number } | null {
  const run = ctx.runAt(i);
  return run === null ? null : fraction(ctx, run, i);
}

/** 三分之一, 百分之三十, 千分之五, 四分一 (Cantonese): the run at `at` is a share's denominator; where it ends, or null. */
export function share(ctx: FigureContext, f: Figure, run: string, at: number): number | null {
  const s = fraction(ctx, run, at);
  if (s === null) return null;
  f.value = s.value * 100;
  f.percent = true;
  f.rule = 'fraction';
  f.sized = true;
  f.fraction = s.value;
  return s.end;
}

/** 一又三分之一, 一又十分一: a whole number ending at q and a fraction; where the figure goes on. */
export function mixedFraction(ctx: FigureContext, f: Figure, q: number): number {
  const mixed = ctx.text[q] === '又' ? fractionAfter(ctx, q + 1) : null;
  if (mixed === null) return q;
  f.value = cleanNumber(f.value + mixed.value);
  f.rule = 'mixed-fraction';
  f.sized = true;
  return mixed.end;
}
