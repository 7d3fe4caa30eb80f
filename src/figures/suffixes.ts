// What follows a number makes the figure: an English scale word, a percent, then a unit,
// classifier, currency or word of time from the suffix table (suffixes in tables.ts).
import { classifier } from './classifiers.js';
import type { FigureContext } from './context.js';
import { scaleWord } from './english-scale.js';
import type { Figure } from './figure.js';
import { currency } from './money.js';
import { HAN } from './patterns.js';
import { percentAfter } from './percent.js';
import { unit } from './units.js';

const SENTENCE_END = '。！？!?\n';
/** Prime marks for feet and inches, which are quotation marks too. */
const PRIMES = new Set(["'", '"']);

/**
 * The unit, classifier, currency or % after the number; -1 when the number belongs to a date
 * (2025年, 一个月) and no figure should be made of it.
 */
export function suffix(ctx: FigureContext, f: Figure, q: number): number {
  const text = ctx.text;
  q = scaleWord(ctx, f, q);
  const percentEnd = percentAfter(ctx, f, q);
  if (percentEnd !== null) return percentEnd;
  // A space may stand between an Arabic number and its unit (3 km, 2 厘米, 5 million dollars).
  const space = text[q] === ' ' && !f.chinese ? 1 : 0;
  const m = ctx.tables.suffixes.matchAt(text, q + space);
  if (m === null || (space === 1 && m.data.kind !== 'unit' && !ctx.tables.latinUnits.has(m.name))) return q;
  const sfx = m.data;
  const end = q + space + m.name.length;
  if (sfx.kind === 'time') return f.sized ? q : -1; // 2025年初 too, though 年初 is one word
  if (!ctx.suffixFits(q + space, end)) return q;
  if (PRIMES.has(m.name) && (space === 1 || f.chinese || quoted(ctx, f.start, m.name))) return q; // "618" is no length
  if (f.rule === 'fraction' && f.fraction !== undefined && sfx.kind !== 'currency') {
    // 四分之一公升: a fraction of a unit is a quantity, not a share.
    f.value = f.fraction;
    f.percent = false;
  }
  if (f.percent) return q;
  if (sfx.kind === 'classifier') return classifier(ctx, f, sfx, end);
  if (f.ordinal) return q;
  if (sfx.kind === 'currency') return currency(ctx, f, sfx, q, end);
  if (ctx.tables.timesUnits.has(sfx.unit) && countsTimes(ctx, f, end)) return classifier(ctx, f, { ...sfx, kind: 'classifier' }, end);
  return unit(ctx, f, sfx.unit, end);
}

/**
 * 六度参加, 四年一度, 一度濒临: a unit that also counts times (times-units.txt) does so before a
 * verb, after a span of time, and as 一度 before any word but 的 or a bound (一度左右 is heat).
 */
function countsTimes(ctx: FigureContext, f: Figure, end: number): boolean {
  const text = ctx.text;
  if (ctx.token(end)?.pos.startsWith('v')) return true;
  if (f.one && HAN.test(text[end] ?? '') && text[end] !== '的' && ctx.tables.modsAfter.matchAt(text, end) === null) return true;
  for (let k = 1; k <= 2 && k <= f.start; k++) {
    const time = ctx.tables.suffixes.matchAt(text, f.start - k);
    if (time !== null && time.data.kind === 'time' && time.name.length === k) return true;
  }
  return false;
}

/** Is `mark` an open quotation in the sentence before `i`, so that one at i closes it? */
function quoted(ctx: FigureContext, i: number, mark: string): boolean {
  let open = false;
  for (let k = i - 1; k >= 0 && !SENTENCE_END.includes(ctx.text[k]); k--) if (ctx.text[k] === mark) open = !open;
  return open;
}
