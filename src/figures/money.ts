// Money after a number: a currency word (元, 块, 美元, 分 with a price cue in its clause) and the
// smaller units of the same money after it (一块二毛五); and a currency written before (￥, 人民币).
import type { FigureContext } from './context.js';
import { scaleBy, type Figure } from './figure.js';
import { cleanNumber, digitAt, numeralChars } from './numerals.js';
import { HAN, IS_ZERO } from './patterns.js';
import type { MoneyCue, Suffix } from './tables.js';

/** What ends a clause, the reach of a money cue (money-cues.tsv). */
const CLAUSE_END = '，,。；;！!？?\n';
/** How far from a number a money cue is looked for, at most, in its clause. */
const CUE_REACH = 30;

const isPriceOrScore = (c: MoneyCue) => c === 'price' || c === 'score';

/** A currency that ends at b, before the number (￥, US$, 人民币): where the figure starts. */
export function currencyBefore(ctx: FigureContext, f: Figure, b: number): number {
  const cur = ctx.tables.currencyBefore.endingAt(ctx.text, b);
  if (cur === null) return b;
  f.currency = cur.data.code;
  f.factor = cur.data.factor;
  return cur.start;
}

/** The currency word `sfx` at [q, end) after the number; where the figure ends, or q if it is none. */
export function currency(ctx: FigureContext, f: Figure, sfx: Suffix, q: number, end: number): number {
  const text = ctx.text;
  const next = text[end] ?? '';
  const spokenEnds = !HAN.test(next) || next === '钱' || numeralChars().has(next) || ctx.tables.modsAfter.matchAt(text, end) !== null;
  // A lone 分 is a cent only where a currency stands before it or its clause talks of prices
  // (电价上调1.5分); scores and grades (得了20分, 满分100分) and a clause with no cue keep it a number.
  const priceCue = sfx.subOnly && spokenEnds && f.currency === undefined && nearestCue(ctx, f.start, end, isPriceOrScore) === 'price';
  const cent = priceCue || (sfx.subOnly && spokenEnds && f.currency !== undefined);
  if ((sfx.subOnly && !cent) || (sfx.spoken && !spokenEnds)) {
    if (!sfx.classifierToo) return q;
    f.kind = 'classifier';
    f.unit = text.slice(q, end);
    f.rule = 'count';
    return end;
  }
  f.kind = 'currency';
  f.currency ??= sfx.unit;
  scaleBy(f, sfx.factor);
  f.rule = priceCue ? 'money-price-cue' : 'money';
  let k = end;
  if (text[k] === '钱') k++;
  return subunits(ctx, f, k, sfx.factor);
}

/** 一块二毛五, 壹拾壹元壹角壹分, 三块零四, 两毛五: smaller units of the same money. */
export function subunits(ctx: FigureContext, f: Figure, k: number, factor: number): number {
  const text = ctx.text;
  let place = factor;
  let zero = false;
  while (place > 0.01 && f.value !== undefined) {
    let i = k;
    if ((ctx.patterns.flags[text.charCodeAt(i)] & IS_ZERO) !== 0) {
      zero = true;
      i++;
    }
    const d = digitAt(text, i);
    if (d === null) break;
    const m = ctx.tables.suffixes.matchAt(text, i + 1);
    const sub = m?.data;
    if (sub !== undefined && sub.kind === 'currency' && sub.factor < place) {
      f.value = cleanNumber(f.value + d * sub.factor);
      place = sub.factor;
      k = i + 1 + m!.name.length;
      if (text[k] === '钱') k++;
      continue;
    }
    // A last digit without its unit counts in the next smaller place (一块二, 三块零四).
    if (!ctx.endsFigure(i + 1)) break;
    f.value = cleanNumber(f.value + d * (zero ? place / 100 : place / 10));
    k = i + 1;
    break;
  }
  if ((text[k] === '整' || text[k] === '正') && place === factor) k++;
  return k;
}

/**
 * The nearest cue of money-cues.tsv that `accept` takes, in the clause of [from, to): looked for
 * before it first, then after it. A longer word masks the cues inside it (蚊子 holds 蚊).
 */
export function nearestCue(ctx: FigureContext, from: number, to: number, accept: (c: MoneyCue) => boolean): MoneyCue | null {
  const text = ctx.text;
  const cues = ctx.tables.moneyCues;
  for (let k = from - 1; k >= 0 && k >= from - CUE_REACH && !CLAUSE_END.includes(text[k]); k--) {
    const m = cues.matchAt(text, k);
    if (m !== null && k + m.name.length <= from && accept(m.data)) return m.data;
  }
  for (let k = to; k < text.length && k < to + CUE_REACH && !CLAUSE_END.includes(text[k]); k++) {
    const m = cues.matchAt(text, k);
    if (m !== null && accept(m.data)) return m.data;
    if (m !== null) k += m.name.length - 1;
  }
  return null;
}
