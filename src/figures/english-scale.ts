// English scale words after an Arabic number: 3 million, 1.2 billion, 100K, 2.5M.
import type { FigureContext } from './context.js';
import { scaleBy, type Figure } from './figure.js';

/** An English scale word after a number, with a space or none (3 million, 100K). */
const SCALE_WORD = /^ ?([A-Za-z]+)/;
const DECIMAL_POINT = /[.．]/;
const TWO_DIGITS = /[0-9０-９]{2}/;

/** Scale an Arabic number by the scale word at q; where the figure goes on. */
export function scaleWord(ctx: FigureContext, f: Figure, q: number): number {
  const text = ctx.text;
  if (f.chinese || f.sized) return q;
  const scale = isSpaceOrLatin(text.charCodeAt(q)) ? SCALE_WORD.exec(text.slice(q, q + 12)) : null;
  const short = scale === null || scale[0].length !== 1 ? undefined : ctx.tables.shortScales.get(scale[1]);
  const factor = scale === null ? undefined
    : short !== undefined ? (DECIMAL_POINT.test(f.written) || (short.needs === 'two-digits' && TWO_DIGITS.test(f.written)) ? short.factor : undefined)
    : ctx.tables.scales.get(scale[1].toLowerCase());
  if (factor !== undefined && scale !== null) {
    scaleBy(f, factor);
    f.sized = true;
    q += scale[0].length;
  }
  return q;
}

/** May a scale word start here: a space or a Latin letter? */
function isSpaceOrLatin(code: number): boolean {
  return code === 0x20 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
