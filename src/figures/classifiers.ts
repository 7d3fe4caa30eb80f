// Classifiers after a number: 三个, 五家, 一个半; 个 before a unit (六个加仑) or as a dollar.
import { dollarsAfterCount } from './cantonese-money.js';
import type { FigureContext } from './context.js';
import { half, type Figure } from './figure.js';
import type { Suffix } from './tables.js';

/** The classifier `sfx` ending at `end`: where the figure ends, or -1 before a word of time (一个月). */
export function classifier(ctx: FigureContext, f: Figure, sfx: Suffix, end: number): number {
  const text = ctx.text;
  let k = end;
  if (text[k] === '多' || text[k] === '半') k++;
  const next = ctx.tables.suffixes.matchAt(text, k);
  if (next !== null && next.data.kind === 'time') return f.sized ? end : -1; // 一个月, 三个多小时
  if (next !== null && next.data.kind === 'unit' && k === end && sfx.unit === '个') {
    // 六个加仑: 个 only stands before the unit.
    f.kind = 'unit';
    f.unit = next.data.unit;
    f.rule = 'quantity';
    return half(ctx.text, f, end + next.name.length);
  }
  if (sfx.unit === '个' && !f.ordinal) {
    const dollarsEnd = dollarsAfterCount(ctx, f, end);
    if (dollarsEnd !== null) return dollarsEnd;
  }
  f.kind = 'classifier';
  f.unit = sfx.unit;
  f.rule = f.ordinal ? 'ordinal' : 'count';
  return f.ordinal ? end : half(ctx.text, f, end);
}
