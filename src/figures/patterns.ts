// Character classes of the figures stage, and the numeral-run pattern compiled once from the
// numeral table (numerals.tsv), with a flag per UTF-16 code unit so hot paths look up no strings.
import { numeralChars } from './numerals.js';

const DIGIT = '0-9\\uFF10-\\uFF19';
// A number may start at its decimal point (.77) where no digit, letter or point stands before it.
const ARABIC = `(?:[${DIGIT}]+(?:[,，][${DIGIT}]{3}(?![${DIGIT}]))*(?:[.．][${DIGIT}]+)?|(?<![${DIGIT}A-Za-z.．])[.．][${DIGIT}]+)`;
/** An Arabic number where lastIndex stands (sticky): after test(), lastIndex is where it ends. */
export const ARABIC_AT = new RegExp(ARABIC, 'y');
export const IS_ARABIC = new RegExp(`[${DIGIT}]`);
export const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;
export const RANGE_SEPARATORS = '至到~～〜-－—';
/** A Latin run that is a range, each side with its unit or none: 1.6m-3.9m, 2-3L. */
export const LATIN_RANGE = /^[0-9.]+[A-Za-z]*[-~][0-9.]+[A-Za-z]*$/;
/** A word or a quotation after 一 + classifier: 一 is an article (一位研究员, 一种“术”). */
export const WORD_AFTER = /[\p{L}\p{N}“‘「『《（("']/u;

/** A numeral run may start at this character: a digit, a point, a Chinese numeral. */
export const STARTS_RUN = 1;
/** A section numeral: 万, 亿, 兆. */
export const IS_SECTION = 2;
/** An Arabic digit, ASCII or full-width (what IS_ARABIC finds). */
export const IS_DIGIT = 4;
/** A Chinese numeral character (numerals.tsv, but for the point and the minus). */
export const IS_NUMERAL = 8;
/** A Chinese zero (零, 〇). */
export const IS_ZERO = 16;

export interface Patterns {
  /** A numeral run, sticky: tried only where `flags` has STARTS_RUN. */
  core: RegExp;
  /** By UTF-16 code unit: STARTS_RUN, IS_SECTION, IS_DIGIT, IS_NUMERAL and IS_ZERO bits, so hot paths look up no strings. */
  flags: Uint8Array;
  /** The same, anchored, for the second half of a range or a fraction. */
  coreAt: RegExp;
  sections: Set<string>;
  units: Set<string>;
}

let patterns: Patterns | null = null;

export function compiled(): Patterns {
  if (patterns !== null) return patterns;
  let chars = '';
  const flags = new Uint8Array(0x10000);
  const sections = new Set<string>();
  const units = new Set<string>();
  for (const [c, n] of numeralChars()) {
    if (n.kind === 'point' || n.kind === 'minus') continue;
    chars += c;
    if (n.kind === 'section') sections.add(c);
    if (n.kind === 'unit') units.add(c);
    if (n.kind === 'digit' && n.value === 0) flags[c.charCodeAt(0)] |= IS_ZERO;
  }
  // 点 is a decimal point only between numerals (三点五); alone it is a time (三点).
  const core = `(?:${ARABIC}|[${chars}]|[点點](?=[${chars}${DIGIT}]))+`;
  for (const c of `${chars}0123456789０１２３４５６７８９.．点點`) flags[c.charCodeAt(0)] |= STARTS_RUN;
  for (const c of chars) flags[c.charCodeAt(0)] |= IS_NUMERAL;
  for (const c of sections) flags[c.charCodeAt(0)] |= IS_SECTION;
  for (const c of '0123456789０１２３４５６７８９') flags[c.charCodeAt(0)] |= IS_DIGIT;
  patterns = { core: new RegExp(core, 'y'), flags, coreAt: new RegExp(`^${core}`), sections, units };
  return patterns;
}

/** Does `s` hold a character with the flag `bit` (a section numeral, a digit)? */
export function holds(s: string, flags: Uint8Array, bit: number): boolean {
  for (let i = 0; i < s.length; i++) if ((flags[s.charCodeAt(i)] & bit) !== 0) return true;
  return false;
}
