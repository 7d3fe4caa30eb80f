// Fractions written with a slash (2/3的精力, １／４以上): a share, as 三分之二 is, where the
// denominator is larger and at most 10, or 100. 9/11 and 3/15 name days (a month and a day), and
// 1/8决赛 a round of a cup: no shares.
import type { FigureRule } from './context.js';
import { cleanNumber, parseChineseNumber } from './numerals.js';

const SLASH_FRACTION = /(?<![0-9\uFF10-\uFF19A-Za-z.．\/／])([0-9\uFF10-\uFF19]{1,3})[\/／]([0-9\uFF10-\uFF19]{1,3})(?![0-9\uFF10-\uFF19A-Za-z\/／])/g;
/** What after a slash fraction makes it the name of a round (1/4决赛, 1/8 final). */
const ROUND_AFTER = /^\s*(?:决赛|半决赛|赛|final)/i;

export const readSlashFractions: FigureRule = (ctx, out) => {
  const text = ctx.text;
  if (!text.includes('/') && !text.includes('／')) return;
  SLASH_FRACTION.lastIndex = 0;
  for (let m = SLASH_FRACTION.exec(text); m !== null; m = SLASH_FRACTION.exec(text)) {
    const numerator = parseChineseNumber(m[1])!;
    const denominator = parseChineseNumber(m[2])!;
    let end = m.index + m[0].length;
    if (!(numerator > 0 && numerator < denominator && (denominator <= 10 || denominator === 100)) || ROUND_AFTER.test(text.slice(end, end + 8))) continue;
    if (!ctx.canStart(m.index) || !ctx.canEnd(end)) continue;
    const value: { value: number; unit: string; mod?: string } = { value: cleanNumber((numerator / denominator) * 100), unit: '%' };
    let start = m.index;
    const before = ctx.tables.modsBefore.endingAt(text, start);
    const after = ctx.tables.modsAfter.matchAt(text, end);
    if (before !== null && ctx.canStart(before.start)) {
      value.mod = before.data.mod;
      start = before.start;
    } else if (after !== null && ctx.canEnd(end + after.name.length)) {
      value.mod = after.data.mod;
      end += after.name.length;
    }
    out.push({ start, end, label: 'PERCENT', rule: 'figure.percent-slash', value });
  }
};
