// 半 alone before a unit or a classifier (半公升, 半个): half of one, a figure with no numeral.
import type { FigureRule } from './context.js';
import { numeralChars } from './numerals.js';
import { WORD_AFTER } from './patterns.js';

/**
 * 半公升, 半斤: half of a unit of measurement; 半个 with no word after it: half a thing (not 一半,
 * not 半个月, not 半个中国).
 */
export const readHalves: FigureRule = (ctx, out) => {
  const text = ctx.text;
  for (let i = text.indexOf('半'); i >= 0; i = text.indexOf('半', i + 1)) {
    if (numeralChars().has(text[i - 1]) || !ctx.canStart(i)) continue;
    const m = ctx.tables.suffixes.matchAt(text, i + 1);
    const end = i + 1 + (m?.name.length ?? 0);
    if (m === null || !ctx.canEnd(end)) continue;
    if (m.data.kind === 'unit') {
      out.push({ start: i, end, label: 'QUANTITY', rule: 'figure.quantity-half', value: { value: 0.5, unit: m.data.unit } });
    } else if (m.data.kind === 'classifier' && !WORD_AFTER.test(text[end] ?? '')) {
      out.push({ start: i, end, label: 'CARDINAL', rule: 'figure.count-half', value: { value: 0.5, unit: m.data.unit } });
    }
  }
};
