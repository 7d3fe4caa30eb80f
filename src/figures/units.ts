// Units of measurement after a number (3公里, 摄氏37度), the smaller units of the same measure after
// them (3斤5两, 一米八五, 三斤半), and a unit standing for one before bare digits (米九).
import type { FigureContext } from './context.js';
import { half, type Figure } from './figure.js';
import { cleanNumber, digitAt, numeralChars } from './numerals.js';
import { IS_ARABIC } from './patterns.js';

/** The unit `name` ending at `end` after the number: where the figure ends. */
export function unit(ctx: FigureContext, f: Figure, name: string, end: number): number {
  f.kind = 'unit';
  f.unit = name;
  const scale = ctx.tables.unitPrefixes.endingAt(ctx.text, f.start);
  if (scale !== null && scale.data.qualifies.has(name)) {
    // 摄氏37度: the scale word before the number names the unit.
    f.unit = scale.data.unit;
    f.start = scale.start;
  }
  f.rule = 'quantity';
  return smallerUnit(ctx, f, end);
}

/** 3斤5两, 8'5": a smaller unit of the same measure; 一米八五: the unit's tenths; or 三斤半. */
function smallerUnit(ctx: FigureContext, f: Figure, end: number): number {
  const run = f.lower === undefined && f.unit !== undefined ? ctx.runAt(end) : null;
  const n = run === null ? null : ctx.number(run);
  if (run !== null && n !== null) {
    const after = end + n.length;
    const m = ctx.tables.suffixes.matchAt(ctx.text, after);
    const smaller = m?.data.kind === 'unit' ? ctx.tables.compounds.get(f.unit!)?.find((c) => c.smaller === m.data.unit) : undefined;
    if (m !== null && smaller !== undefined && n.value < smaller.per) {
      f.value = cleanNumber(f.value + n.value / smaller.per);
      return after + m.name.length;
    }
    const tail = run.slice(0, n.length);
    // 一米八五 and 1米80, but no Arabic tail after a Chinese number or the other way round.
    const digits = ctx.tables.decimalTails.has(f.unit!) && m === null && IS_ARABIC.test(tail) === !f.chinese ? tenths(ctx, tail, after) : null;
    if (digits !== null) {
      f.value = cleanNumber(f.value + digits);
      return after;
    }
  }
  return half(ctx.text, f, end);
}

/**
 * 米九, 米六 = 1.9 米: a unit that takes decimal digits (unit-compounds.tsv) right before the bare
 * digits at `at`, at the start of a word and with no number before it, stands for one of itself;
 * the digits are its tenths. Is the figure such a unit?
 */
export function unitBeforeDigits(ctx: FigureContext, f: Figure, at: number): boolean {
  if (!f.chinese || f.sized || f.rule !== 'cardinal' || f.lower !== undefined || f.written.length > 2) return false;
  const digits = tenths(ctx, f.written, at + f.written.length);
  if (digits === null) return false;
  for (const unit of ctx.tables.decimalTails) {
    const start = at - unit.length;
    if (start < 0 || !ctx.text.startsWith(unit, start) || !ctx.startsToken(start) || numeralChars().has(ctx.text[start - 1]) || IS_ARABIC.test(ctx.text[start - 1] ?? '')) continue;
    f.value = cleanNumber(1 + digits);
    f.kind = 'unit';
    f.unit = unit;
    f.rule = 'quantity';
    f.start = start;
    return true;
  }
  return false;
}

/** Digits one by one (八五, 85) as tenths and hundredths (0.85), where the figure ends after them. */
function tenths(ctx: FigureContext, digits: string, end: number): number | null {
  if (digits.length > 2 || !ctx.endsFigure(end) && ctx.text[end] !== '的') return null;
  let out = '0.';
  for (let i = 0; i < digits.length; i++) {
    const d = digitAt(digits, i);
    if (d === null || digits[i] === '两') return null;
    out += d;
  }
  return Number(out);
}
