// Ordinals: 第 before a number (第三, 第3名), and the 首 words that mean the first (首次, 首届).
import type { FigureRule } from './context.js';

/** 首次, 首届: the ordinal first, where the word starts a token. */
export const readFirstWords: FigureRule = (ctx, out) => {
  const words = ctx.t.firstWords;
  words.lastIndex = 0;
  for (let m = words.exec(ctx.text); m !== null; m = words.exec(ctx.text)) {
    if (ctx.startsToken(m.index)) out.push({ start: m.index, end: m.index + m[0].length, label: 'ORDINAL', rule: 'figure.ordinal-first', value: { value: 1 } });
  }
};
