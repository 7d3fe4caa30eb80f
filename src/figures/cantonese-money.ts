// Cantonese dollars: 个 (個) is one dollar in Cantonese money talk, and a half or a digit after it
// its tenths: 个半 = 1.5, 五个半 = 5.5, 三个二 = 3.2, 港币三个一毫四.
import type { FigureContext, FigureRule } from './context.js';
import { half, type Figure } from './figure.js';
import { nearestCue, subunits } from './money.js';
import { cleanNumber, digitAt, numeralChars } from './numerals.js';
import { HAN, IS_ARABIC } from './patterns.js';
import type { MoneyCue } from './tables.js';

/**
 * Parts of speech of a word that may follow a Cantonese dollar figure, being no noun it could
 * count: adverbs, pronouns, particles, conjunctions, prepositions (个九就有, 个半啦; not 个半钟, 五个半苹果).
 */
const AFTER_DOLLARS_POS = new Set(['d', 'r', 'y', 'c', 'p', 'u', 'uj', 'ul', 'uz', 'uv', 'ud', 'ug', 'e']);

const isCantonese = (c: MoneyCue) => c === 'cantonese';

/**
 * 个半, 个九: in Cantonese speech 个 alone is one dollar, and a half or a digit after it its
 * tenths (1.5, 1.9); only in Cantonese text, with no numeral or determiner before 个 (这个九).
 */
export const readBareDollars: FigureRule = (ctx, out) => {
  const text = ctx.text;
  for (let i = text.indexOf('个'); i >= 0; i = text.indexOf('个', i + 1)) {
    const next = text[i + 1];
    // A Chinese digit or 半 after 个 (个9 is no speech), ending the figure (not 个半月, 个九十).
    const d = next === '半' ? 5 : HAN.test(next ?? '') ? digitAt(text, i + 1) : null;
    if (d === null || d === 0 || !dollarsEnd(ctx, i + 2)) continue;
    const before = text[i - 1] ?? '';
    const determiner = ctx.tables.determiners.has(before) || ctx.tables.determiners.has(text.slice(i - 2, i)); // 𠮶 is two units
    if (determiner || numeralChars().has(before) || IS_ARABIC.test(before) || before === '几' || before === '第') continue;
    if (!cantoneseMoney(ctx, i, i + 2)) continue;
    out.push({ start: i, end: i + 2, label: 'MONEY', rule: 'figure.money-cantonese-dollar', value: { value: cleanNumber(1 + d / 10), currency: 'HKD' } });
  }
};

/**
 * 港币三个一毫四: after a currency, 个 is its main unit (Cantonese 個 for a dollar); in Cantonese
 * money talk also with none, where a half or a digit ends the figure (五个半, 三个二). Where the
 * money ends after the 个 that ends at `end`, or null where it is a count (五个半人).
 */
export function dollarsAfterCount(ctx: FigureContext, f: Figure, end: number): number | null {
  const text = ctx.text;
  const afterCurrency = f.currency !== undefined;
  const tail = text[end] === '半' || digitAt(text, end) !== null;
  if (!afterCurrency && !(tail && f.lower === undefined && cantoneseMoney(ctx, f.start, end))) return null;
  const count = f.value;
  const k = text[end] === '半' ? half(text, f, end) : subunits(ctx, f, end, 1);
  if (afterCurrency || dollarsEnd(ctx, k)) {
    f.kind = 'currency';
    f.currency ??= 'HKD';
    f.rule = afterCurrency ? 'money' : 'money-cantonese-dollar';
    return k;
  }
  f.value = count;
  return null;
}

/** May a Cantonese dollar figure end at i: at the figure's end, or before a word that counts nothing? */
function dollarsEnd(ctx: FigureContext, i: number): boolean {
  if (ctx.endsFigure(i)) return true;
  const t = ctx.startAt[i];
  return t >= 0 && AFTER_DOLLARS_POS.has(ctx.tokens[t].pos);
}

/** Is [from, to) Cantonese money talk: a Cantonese document, or a Cantonese money word in its clause? */
function cantoneseMoney(ctx: FigureContext, from: number, to: number): boolean {
  return ctx.cantonese || nearestCue(ctx, from, to, isCantonese) !== null;
}
