// The 首 words that mean the first (首次, 首届); 第 before a number is read with its run (numeral-runs.ts).
import type { FigureRule } from './context.js';

/** 首次, 首届: the ordinal first, where the word starts a token. */
export const readFirstWords: FigureRule = (ctx, out) => {
  const words = ctx.tables.firstWords;
  words.lastIndex = 0;
  for (let m = words.exec(ctx.text); m !== null; m = words.exec(ctx.text)) {
    if (ctx.startsToken(m.index)) out.push({ start: m.index, end: m.index + m[0].length, label: 'ORDINAL', rule: 'figure.ordinal-first', value: { value: 1 } });
  }
};
