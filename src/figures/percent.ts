// Percents written after a number: 3%, 一半 (50 %), 三成 (30 %), 七折, 七五折 (70 %, 75 % of the price).
// Shares written as fractions (百分之三十, 三分之一) are read in fractions.ts.
import type { FigureContext } from './context.js';
import { scaleBy, type Figure } from './figure.js';

/** The percent sign or share word at q after the number: where the figure ends, or null. */
export function percentAfter(ctx: FigureContext, f: Figure, q: number): number | null {
  const text = ctx.text;
  if (text[q] === '%' || text[q] === '％') {
    f.percent = true;
    f.rule = 'percent';
    return q + 1;
  }
  if (text[q] === '半' && f.value === 1 && (f.written === '一' || f.written === '1') && !f.ordinal && ctx.tables.suffixes.matchAt(text, q + 1) === null) {
    // 一半 = 50 %: a half said as a share (not 一半个, 一半天).
    f.value = 50;
    f.percent = true;
    f.rule = 'percent-half';
    return q + 1;
  }
  if ((text[q] === '成' || text[q] === '折') && ctx.suffixFits(q, q + 1) && !f.ordinal && f.rule !== 'fraction') {
    // 三成 = 30%, 七折 = 70% of the price, 七五折 = 75%.
    scaleBy(f, text[q] === '折' && f.value >= 10 ? 1 : 10);
    f.percent = true;
    f.rule = 'percent-share';
    return q + 1;
  }
  return null;
}
