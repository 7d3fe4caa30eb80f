// Numbers as written in Chinese text, to JavaScript numbers: Arabic (1,200, ３０００, 3.5),
// Chinese in every form (一亿二千万, 一十一, 两千六, 廿二, 壹佰零叁, 三点五, 二〇二五) and mixes (3.5亿,
// 2万5千, 1千万). Pure: no document, no state but the numeral table loaded once.
import { readTsv } from '../resources.js';

type NumeralKind = 'digit' | 'unit' | 'section' | 'tens' | 'point' | 'minus';

interface NumeralChar {
  value: number;
  kind: NumeralKind;
  /** A financial form (壹, 伍, 拾): a word of its own when it stands alone. */
  financial: boolean;
}

let table: Map<string, NumeralChar> | null = null;

/** The numeral characters of resources/figures/numerals.tsv. */
export function numeralChars(): Map<string, NumeralChar> {
  table ??= new Map(readTsv('figures/numerals.tsv').map(([c, v, kind, form]) => [c, { value: Number(v), kind: kind as NumeralKind, financial: form === 'financial' }]));
  return table;
}

/** Round away binary noise (16.4 * 1e8) without touching exact integers above 2^53 / 10. */
export function cleanNumber(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0D\u2212]/g;
const THOUSANDS = /([0-9])[,，](?=[0-9]{3}(?![0-9]))/g;
/** What FULL_WIDTH or THOUSANDS could change: most numbers have none of it. */
const TO_NORMALISE = /[\uFF10-\uFF19\uFF0E\uFF0D\u2212,，]/;
/** An Arabic number where the tokenizer stands (sticky). */
const ARABIC = /(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)/y;
/** A plain Arabic number, the most common input, which needs no tokens. */
const PLAIN_ARABIC = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

interface Item {
  kind: NumeralKind | 'arabic';
  value: number;
  /** The characters as written, for digit strings and the 两 check. */
  text: string;
}

function fromFullWidth(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return code === 0xff0e ? '.' : '-';
}

function tokenize(s: string): Item[] | null {
  const chars = numeralChars();
  const items: Item[] = [];
  for (let i = 0; i < s.length; ) {
    ARABIC.lastIndex = i;
    const m = ARABIC.exec(s);
    if (m !== null) {
      items.push({ kind: 'arabic', value: Number(m[0]), text: m[0] });
      i += m[0].length;
      continue;
    }
    const c = chars.get(s[i]);
    if (c === undefined) return null;
    if (c.kind === 'tens') {
      // 廿 = 二十: a digit and the unit ten.
      items.push({ kind: 'digit', value: c.value / 10, text: s[i] }, { kind: 'unit', value: 10, text: s[i] });
    } else items.push({ kind: c.kind, value: c.value, text: s[i] });
    i++;
  }
  return items;
}

const isTwo = (it: Item) => it.kind === 'digit' && it.value === 2 && (it.text === '两' || it.text === '兩');

/** 二〇二五, 一二三: Chinese digits one by one (两 is never one of them). */
function digitString(items: Item[]): string | null {
  let out = '';
  for (const it of items) {
    if (it.kind !== 'digit' || isTwo(it)) return null;
    out += String(it.value);
  }
  return out;
}

/** An integer (or an Arabic decimal with multipliers) written with units and sections. */
function positional(items: Item[]): number | null {
  if (items.length === 0) return null;
  if (items.length === 1 && items[0].kind === 'arabic') return items[0].value;
  if (items.length >= 2 && items.every((it) => it.kind === 'digit')) {
    const digits = digitString(items);
    return digits === null ? null : Number(digits);
  }
  let total = 0;
  let section = 0;
  let pending: Item | null = null;
  let lastUnit = Infinity;
  let lastSection = Infinity;
  let maxSection = 0;
  let place = 1;
  let zero = false;
  let any = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'arabic' || it.kind === 'digit') {
      if (pending !== null) return null;
      if (it.kind === 'digit' && it.value === 0) {
        zero = true;
        continue;
      }
      pending = it;
    } else if (it.kind === 'unit') {
      if (it.value >= lastUnit) return null;
      // Only ten may stand without its digit (十一, 一百十一), any unit right after 零 (一万零百一十一),
      // and a leading 百 or 千 right before 万 or 亿 (百万, 千亿) or a digit (千一 = 1100, 百二万).
      const leading = !any && (items[i + 1]?.kind === 'section' || items[i + 1]?.kind === 'digit');
      if (pending === null && it.value !== 10 && !zero && !leading) return null;
      section += (pending?.value ?? 1) * it.value;
      pending = null;
      lastUnit = it.value;
      place = it.value;
      zero = false;
    } else if (it.kind === 'section') {
      // 一百二万 = 120万: a digit right after a unit counts in the next lower place, as at the end.
      const last = pending === null ? 0 : lastUnit === Infinity ? pending.value : elided(pending, zero, place);
      if (last === null) return null;
      let v = section + last;
      if (v === 0 && total === 0) {
        // A leading 万 right before a digit stands for 一万 (万九 = 19000); alone it is no number.
        if (any || items[i + 1]?.kind !== 'digit') return null;
        v = 1;
      }
      // A larger section multiplies everything before it (一千万亿); a smaller one adds (一亿五千万).
      if (it.value > maxSection) {
        total = (total + v) * it.value;
        maxSection = it.value;
      } else if (it.value < lastSection && v > 0) total += v * it.value;
      else return null;
      lastSection = it.value;
      section = 0;
      pending = null;
      lastUnit = Infinity;
      place = it.value;
      zero = false;
    } else return null;
    any = true;
  }
  if (pending !== null) {
    const last = elided(pending, zero, place);
    if (last === null) return null;
    section += last;
  } else if (!any && !zero) return null;
  return total + section;
}

/**
 * The worth of a digit that ends a group: 两千六 = 2600, 三万五 = 35000, a single Chinese digit
 * right after a unit counts in the next lower place; null for 一百两 (a hundred taels, not 120).
 */
function elided(digit: Item, zero: boolean, place: number): number | null {
  if (digit.kind !== 'digit' || zero || place < 10) return digit.value;
  return isTwo(digit) ? null : digit.value * (place / 10);
}

/** Up to 15 ASCII digits (exact in a double), the most common number, read with no string conversion; else null. */
function asciiInteger(s: string): number | null {
  if (s.length === 0 || s.length > 15) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const digit = s.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return null;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The number a numeral string stands for, or null when it is none: 一亿二千万 -> 120000000,
 * 3.5亿 -> 350000000, 两千六 -> 2600, 二〇二五 -> 2025, 负三点五 -> -3.5, 1,200 -> 1200.
 */
export function parseChineseNumber(input: string): number | null {
  const integer = asciiInteger(input);
  if (integer !== null) return integer;
  if (PLAIN_ARABIC.test(input)) return cleanNumber(Number(input));
  if (input.length === 1) {
    // One Chinese digit, the most common Chinese number: its value, as positional() would give.
    const c = numeralChars().get(input);
    if (c?.kind === 'digit') return c.value;
  }
  let s = input.trim();
  if (TO_NORMALISE.test(s)) s = s.replace(FULL_WIDTH, fromFullWidth).replace(THOUSANDS, '$1');
  let sign = 1;
  const first = numeralChars().get(s[0]);
  if (s[0] === '-' || first?.kind === 'minus') {
    sign = -1;
    s = s.slice(1).trimStart();
  }
  const items = tokenize(s);
  if (items === null || items.length === 0) return null;
  const point = items.findIndex((it) => it.kind === 'point');
  if (point < 0) {
    const v = positional(items);
    return v === null ? null : cleanNumber(sign * v);
  }
  // 三点五, 一百点123, 三点五亿: digits one by one after the point, then sections may follow.
  const whole = positional(items.slice(0, point));
  if (whole === null || !Number.isInteger(whole)) return null;
  let fraction = '';
  let k = point + 1;
  for (; k < items.length && (items[k].kind === 'digit' || items[k].kind === 'arabic'); k++) {
    if (isTwo(items[k]) || (items[k].kind === 'arabic' && items[k].text.includes('.'))) return null;
    fraction += items[k].kind === 'digit' ? String(items[k].value) : items[k].text;
  }
  if (fraction === '') return null;
  let v = Number(`${whole}.${fraction}`);
  let lastSection = 0;
  for (; k < items.length; k++) {
    if (items[k].kind !== 'section' || items[k].value <= lastSection) return null;
    v *= items[k].value;
    lastSection = items[k].value;
  }
  return cleanNumber(sign * v);
}

/** The value of a numeral character (三 -> 3, 百 -> 100), or 0 for none. */
export function numeralValue(c: string): number {
  return numeralChars().get(c)?.value ?? 0;
}

/** The digit at text[i], Arabic or Chinese, or null. */
export function digitAt(text: string, i: number): number | null {
  const c = text[i];
  if (c === undefined) return null;
  if (c >= '0' && c <= '9') return Number(c);
  if (c >= '０' && c <= '９') return c.charCodeAt(0) - 0xff10;
  const n = numeralChars().get(c);
  return n?.kind === 'digit' ? n.value : null;
}
