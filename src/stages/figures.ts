// Figures: PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL with normalised values.
//
// Every run of numerals (Arabic, Chinese or mixed) is read as a number, then the words around it
// decide what it is: a mod word or a currency before it, 第 before it, 分之 / 多 / 几 / a range
// after it, then a unit, classifier, currency, % or a word of time. Numbers before a word of
// time are left to the dates stage. Token boundaries from nodejieba reject numerals inside words
// (统一, 一样, 三心二意); the tables are under resources/figures/.
import type { Candidate, Doc } from '../doc.js';
import { FigureContext } from '../figures/context.js';
import { candidate, half, newFigure, scaleBy, type Figure } from '../figures/figure.js';
import { cleanNumber, digitAt, numeralChars, numeralValue, parseChineseNumber } from '../figures/numerals.js';
import { ARABIC_AT, compiled, HAN, holds, IS_ARABIC, IS_DIGIT, IS_NUMERAL, IS_SECTION, LATIN_RANGE, STARTS_RUN, WORD_AFTER } from '../figures/patterns.js';
import { dollarsAfterCount, readBareDollars } from '../figures/cantonese-money.js';
import { readHalves } from '../figures/halves.js';
import { currency, currencyBefore } from '../figures/money.js';
import { readFirstWords } from '../figures/ordinals.js';
import { bounds, looseRange, mergeRanges, severalBefore } from '../figures/ranges.js';
import type { Suffix } from '../figures/tables.js';
import type { Stage } from '../stage.js';

const SENTENCE_END = '。！？!?\n';
/** Where a '-' and a space before a number are its sign (- 1,200,000): at the start or after these. */
const SIGN_AFTER = /^(?:|[\n(（：:，,、；;=])$/;
/** An Arabic digit right before 点: 3点15 is a time, so the run ends at the digit. */
const POINT_AFTER_ARABIC = /[0-9\uFF10-\uFF19][点點]/;
/** A zero and a decimal point: 零点五 is a number, 零一 is no number. */
const ZERO_POINT = /^.[点點]/;
/** An English scale word after a number, with a space or none (3 million, 100K). */
const SCALE_WORD = /^ ?([A-Za-z]+)/;
const DECIMAL_POINT = /[.．]/;
const TWO_DIGITS = /[0-9０-９]{2}/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
/** The unit letters of a Latin range's lower side, up to its dash (2-3L, 1.6m-3.9m). */
const LATIN_BEFORE_DASH = /^[A-Za-z]*(?=[-~])/;
const LONG_DIGITS = /^[0-9]{11,}$/;
const LEADING_ZERO = /^0[0-9]{2,}$/;
/** Prime marks for feet and inches, which are quotation marks too. */
const PRIMES = new Set(["'", '"']);

class Reader extends FigureContext {
  /** Is the run's Arabic number cut out of a longer Latin run (GPT5, k1.5, 2025-02-01, 3M)? */
  private latinMisfit(at: number, run: string): boolean {
    const arabic = ARABIC_AT.exec(run);
    if (arabic === null) return false;
    const tok = this.token(at);
    if (tok === null) return false;
    if (tok.start < at && !this.latinRangeSide(tok, at - 1)) return true;
    const tail = this.text.slice(at + arabic[0].length, tok.end);
    if (tail === '' || this.t.latinUnits.has(tail) || this.t.shortScales.has(tail)) return false;
    const unit = LATIN_BEFORE_DASH.exec(tail); // 3-5, 2-3L, 1.6m-3.9m
    return unit === null || !LATIN_RANGE.test(this.text.slice(tok.start, tok.end)) || (unit[0] !== '' && !this.t.latinUnits.has(unit[0]));
  }

  /**
   * A fraction whose denominator is the numeral run `run` at `at`: 三分之一, 百分之负三, and the
   * Cantonese 四分一, 十份十一 (Chinese numerals only, ending the figure or before a unit).
   */
  private fraction(run: string, at: number): { value: number; end: number } | null {
    const text = this.text;
    const i = at + run.length;
    const classic = text.startsWith('分之', i);
    if (!classic && ((text[i] !== '分' && text[i] !== '份') || IS_ARABIC.test(run))) return null;
    const den = parseChineseNumber(run) ?? (classic ? parseChineseNumber(`一${run}`) : null);
    if (den === null || !Number.isInteger(den) || den < (classic ? 1 : 2)) return null;
    const from = i + (classic ? 2 : 1);
    const minus = classic && text[from] === '负' ? 1 : 0;
    const numRun = this.runAt(from + minus);
    const num = numRun === null ? null : this.number(numRun);
    if (numRun === null || num === null) return null;
    const end = from + minus + num.length;
    if (!classic) {
      const unit = this.t.suffixes.matchAt(text, end);
      if (IS_ARABIC.test(numRun.slice(0, num.length)) || !(unit?.data.kind === 'unit' || (unit === null && this.endsFigure(end)))) return null;
    }
    return { value: (minus === 1 ? -num.value : num.value) / den, end };
  }

  /** The fraction that starts at i (after 又). */
  private fractionAfter(i: number): { value: number; end: number } | null {
    const run = this.runAt(i);
    return run === null ? null : this.fraction(run, i);
  }

  /**
   * 米九, 米六: a unit that takes decimal digits (unit-compounds.tsv) right before the bare digits at
   * `at`, at the start of a word and with no number before it; the digits are its tenths.
   */
  private unitBefore(f: Figure, at: number): { start: number; unit: string; tenths: number } | null {
    if (!f.chinese || f.sized || f.rule !== 'cardinal' || f.lower !== undefined || f.written.length > 2) return null;
    const tenths = this.tenths(f.written, at + f.written.length);
    if (tenths === null) return null;
    for (const unit of this.t.decimalTails) {
      const start = at - unit.length;
      if (start < 0 || !this.text.startsWith(unit, start) || !this.startsToken(start) || numeralChars().has(this.text[start - 1]) || IS_ARABIC.test(this.text[start - 1] ?? '')) continue;
      return { start, unit, tenths };
    }
    return null;
  }

  /** Chinese digits one by one (八五) as tenths and hundredths (0.85), where the figure ends after them. */
  private tenths(digits: string, end: number): number | null {
    if (digits.length > 2 || !this.endsFigure(end) && this.text[end] !== '的') return null;
    let out = '0.';
    for (let i = 0; i < digits.length; i++) {
      const d = digitAt(digits, i);
      if (d === null || digits[i] === '两') return null;
      out += d;
    }
    return Number(out);
  }

  /** Read the figure around the numeral run `found` at `at`; push it and return where to go on. */
  read(found: string, at: number, out: Candidate[]): number {
    const text = this.text;
    const p = this.p;
    let run = found;
    const pointAfterArabic = run.length > 1 ? POINT_AFTER_ARABIC.exec(run) : null;
    if (pointAfterArabic !== null) run = run.slice(0, pointAfterArabic.index + 1); // 3点15 is a time
    const unitAfter = run.length > 1 && (p.flags[run.charCodeAt(run.length - 1)] & IS_SECTION) !== 0 ? this.t.suffixes.matchAt(text, at + run.length - 1) : null;
    if (unitAfter?.data.kind === 'unit' && unitAfter.name.length > 1) {
      run = run.slice(0, -1); // 100兆瓦: 兆 belongs to the unit
    }
    if (this.latinMisfit(at, run)) return at + found.length;
    if (this.isBlocked(at, at + run.length)) return at + found.length;

    const f = newFigure(at, run, !holds(run, p.flags, IS_DIGIT));
    let q: number;
    const share = this.fraction(run, at);
    if (share !== null) {
      // 三分之一, 百分之三十, 千分之五, 四分一 (Cantonese): a share.
      f.value = share.value * 100;
      f.percent = true;
      f.rule = 'fraction';
      f.sized = true;
      q = share.end;
      f.fraction = share.value;
    } else if (text.startsWith('分之', at + run.length)) {
      return at + run.length;
    } else {
      if (looseRange(this, f, run)) {
        q = at + run.length;
      } else {
        if (run.length > 1 && p.zeros.has(run[0]) && !ZERO_POINT.test(run)) return at + run.length; // 零一万物
        const n = this.number(run);
        if (n === null) return at + run.length;
        f.value = n.value;
        q = at + n.length;
        f.written = run.slice(0, n.length);
        f.sized = holds(f.written, p.flags, IS_SECTION);
        f.chinese = !holds(f.written, p.flags, IS_DIGIT);
        f.single = n.length === 1 && f.chinese;
        f.one = f.written === '一';
        const mixed = text[q] === '又' ? this.fractionAfter(q + 1) : null;
        if (mixed !== null) {
          // 一又三分之一, 一又十分一: a whole number and a fraction.
          f.value = cleanNumber(f.value + mixed.value);
          f.rule = 'mixed-fraction';
          f.sized = true;
          q = mixed.end;
        }
      }
    }
    const numberEnd = q;
    f.end = q;

    // Before the number: sign, 第, currency, mod.
    let b = at;
    if (f.rule !== 'fraction' && f.lower === undefined) {
      const gap = text[b - 1] === ' ' ? 1 : 0;
      const sign = text[b - 1 - gap];
      const before = text[b - 2 - gap] ?? '';
      // 负 3, -3, and - 3 where nothing but the start or a punctuation mark stands before the dash.
      if (sign === '负' || (sign === '-' && (gap === 0 ? !LATIN_OR_DIGIT.test(before) : SIGN_AFTER.test(before)))) {
        b -= 1 + gap;
        f.signed = true;
      } else if (text.startsWith('零下', b - 2)) {
        b -= 2;
        f.signed = true;
      }
    }
    if (f.rule === 'fraction') {
      const perUnit = (run.length === 1 && p.units.has(run)) || p.sections.has(run);
      if (perUnit && text.startsWith('分之', at + run.length)) f.rule = 'percent'; // 百分之, 千分之, 万分之
    } else if (text[b - 1] === '第') {
      b--;
      f.ordinal = true;
    } else b = currencyBefore(this, f, b);
    const mod = this.t.modsBefore.endingAt(text, b);
    if (mod !== null && this.canStart(mod.start)) {
      f.mod = mod.data.mod;
      b = mod.start;
    } else b = severalBefore(this, f, run, b);
    f.start = b;

    // After the number.
    const unitBefore = this.unitBefore(f, at);
    if (unitBefore !== null) {
      // 米九 = 1.9 米: the unit before bare digits stands for one of itself.
      f.value = cleanNumber(1 + unitBefore.tenths);
      f.kind = 'unit';
      f.unit = unitBefore.unit;
      f.rule = 'quantity';
      f.start = unitBefore.start;
    } else {
      if (f.rule !== 'fraction' && f.lower === undefined) q = bounds(this, f, q);
      q = this.suffix(f, q);
      if (q < 0) return at + found.length; // a date's number, or no figure at all
    }

    const after = this.t.modsAfter.matchAt(text, q);
    if (after !== null && f.mod === undefined && !f.ordinal && this.canEnd(q + after.name.length)) {
      f.mod = after.data.mod;
      q += after.name.length;
    }
    f.end = q;

    // What is no figure: 一 + classifier as an article before a word, a lone numeral inside Han
    // text, a word. 一个 with no word after it and no 这/每/另 before it is a count (只要一个).
    if (f.one && f.kind === 'classifier' && f.mod === undefined && !f.ordinal && (WORD_AFTER.test(text[q] ?? '') || this.t.determiners.has(text[f.start - 1]))) return q;
    const bare = f.kind === undefined && !f.ordinal && !f.percent && !f.signed && f.currency === undefined && f.mod === undefined && f.lower === undefined;
    if (bare && f.single && (HAN.test(text[at - 1] ?? '') || HAN.test(text[numberEnd] ?? ''))) return at + run.length;
    // 千万不要: a leading 千 or 百 is a number only before a digit (千一 = 1100, 百二万).
    if (bare && p.units.has(run[0]) && numeralValue(run[0]) !== 10 && digitAt(run, 1) === null) return at + run.length;
    if (!this.canStart(f.start, f) || !this.canEnd(f.end)) return at + run.length;
    if (!f.chinese && this.isCode(run, f)) return at + found.length;

    out.push(candidate(f));
    return Math.max(q, at + 1);
  }

  /** Phone, ID and account numbers: long digit strings and strings with a leading zero. */
  private isCode(run: string, f: Figure): boolean {
    if (f.kind !== undefined || f.percent || f.currency !== undefined) return false;
    return LONG_DIGITS.test(run) || LEADING_ZERO.test(run);
  }

  /**
   * The unit, classifier, currency or % after the number; -1 when the number belongs to a date
   * (2025年, 一个月) and no figure should be made of it.
   */
  private suffix(f: Figure, q: number): number {
    const text = this.text;
    if (!f.chinese && !f.sized) {
      const scale = isSpaceOrLatin(text.charCodeAt(q)) ? SCALE_WORD.exec(text.slice(q, q + 12)) : null;
      const short = scale === null || scale[0].length !== 1 ? undefined : this.t.shortScales.get(scale[1]);
      const factor = scale === null ? undefined
        : short !== undefined ? (DECIMAL_POINT.test(f.written) || (short.needs === 'two-digits' && TWO_DIGITS.test(f.written)) ? short.factor : undefined)
        : this.t.scales.get(scale[1].toLowerCase());
      if (factor !== undefined && scale !== null) {
        scaleBy(f, factor);
        f.sized = true;
        q += scale[0].length;
      }
    }
    if (text[q] === '%' || text[q] === '％') {
      f.percent = true;
      f.rule = 'percent';
      return q + 1;
    }
    if (text[q] === '半' && f.value === 1 && (f.written === '一' || f.written === '1') && !f.ordinal && this.t.suffixes.matchAt(text, q + 1) === null) {
      // 一半 = 50 %: a half said as a share (not 一半个, 一半天).
      f.value = 50;
      f.percent = true;
      f.rule = 'percent-half';
      return q + 1;
    }
    if ((text[q] === '成' || text[q] === '折') && this.suffixFits(q, q + 1) && !f.ordinal && f.rule !== 'fraction') {
      // 三成 = 30%, 七折 = 70% of the price, 七五折 = 75%.
      scaleBy(f, text[q] === '折' && f.value >= 10 ? 1 : 10);
      f.percent = true;
      f.rule = 'percent-share';
      return q + 1;
    }
    // A space may stand between an Arabic number and its unit (3 km, 2 厘米, 5 million dollars).
    const space = text[q] === ' ' && !f.chinese ? 1 : 0;
    const m = this.t.suffixes.matchAt(text, q + space);
    if (m === null || (space === 1 && m.data.kind !== 'unit' && !this.t.latinUnits.has(m.name))) return q;
    const sfx = m.data;
    const end = q + space + m.name.length;
    if (sfx.kind === 'time') return f.sized ? q : -1; // 2025年初 too, though 年初 is one word
    if (!this.suffixFits(q + space, end)) return q;
    if (PRIMES.has(m.name) && (space === 1 || f.chinese || this.quoted(f.start, m.name))) return q; // "618" is no length
    if (f.rule === 'fraction' && f.fraction !== undefined && sfx.kind !== 'currency') {
      // 四分之一公升: a fraction of a unit is a quantity, not a share.
      f.value = f.fraction;
      f.percent = false;
    }
    if (f.percent) return q;
    if (sfx.kind === 'classifier') return this.classifier(f, sfx, end);
    if (f.ordinal) return q;
    if (sfx.kind === 'currency') return currency(this, f, sfx, q, end);
    f.kind = 'unit';
    f.unit = sfx.unit;
    const scale = this.t.unitPrefixes.endingAt(text, f.start);
    if (scale !== null && scale.data.qualifies.has(sfx.unit)) {
      // 摄氏37度: the scale word before the number names the unit.
      f.unit = scale.data.unit;
      f.start = scale.start;
    }
    f.rule = 'quantity';
    return this.smallerUnit(f, end);
  }

  /** Is `mark` an open quotation in the sentence before `i`, so that one at i closes it? */
  private quoted(i: number, mark: string): boolean {
    let open = false;
    for (let k = i - 1; k >= 0 && !SENTENCE_END.includes(this.text[k]); k--) if (this.text[k] === mark) open = !open;
    return open;
  }

  /** 3斤5两, 8'5": a smaller unit of the same measure; 一米八五: the unit's tenths; or 三斤半. */
  private smallerUnit(f: Figure, end: number): number {
    const run = f.lower === undefined && f.unit !== undefined ? this.runAt(end) : null;
    const n = run === null ? null : this.number(run);
    if (run !== null && n !== null) {
      const after = end + n.length;
      const m = this.t.suffixes.matchAt(this.text, after);
      const smaller = m?.data.kind === 'unit' ? this.t.compounds.get(f.unit!)?.find((c) => c.smaller === m.data.unit) : undefined;
      if (m !== null && smaller !== undefined && n.value < smaller.per) {
        f.value = cleanNumber(f.value + n.value / smaller.per);
        return after + m.name.length;
      }
      const tenths = this.t.decimalTails.has(f.unit!) && m === null && !IS_ARABIC.test(run.slice(0, n.length)) ? this.tenths(run.slice(0, n.length), after) : null;
      if (tenths !== null) {
        f.value = cleanNumber(f.value + tenths);
        return after;
      }
    }
    return half(this.text, f, end);
  }

  private classifier(f: Figure, sfx: Suffix, end: number): number {
    const text = this.text;
    let k = end;
    if (text[k] === '多' || text[k] === '半') k++;
    const next = this.t.suffixes.matchAt(text, k);
    if (next !== null && next.data.kind === 'time') return f.sized ? end : -1; // 一个月, 三个多小时
    if (next !== null && next.data.kind === 'unit' && k === end && sfx.unit === '个') {
      // 六个加仑: 个 only stands before the unit.
      f.kind = 'unit';
      f.unit = next.data.unit;
      f.rule = 'quantity';
      return half(this.text, f, end + next.name.length);
    }
    if (sfx.unit === '个' && !f.ordinal) {
      const dollarsEnd = dollarsAfterCount(this, f, end);
      if (dollarsEnd !== null) return dollarsEnd;
    }
    f.kind = 'classifier';
    f.unit = sfx.unit;
    f.rule = f.ordinal ? 'ordinal' : 'count';
    return f.ordinal ? end : half(this.text, f, end);
  }

}

/** May a scale word start here: a space or a Latin letter? */
function isSpaceOrLatin(code: number): boolean {
  return code === 0x20 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export const figuresStage: Stage = {
  name: 'figures',
  run(doc: Doc) {
    const reader = new Reader(doc);
    const first = doc.candidates.length;
    const { core, flags } = compiled();
    const text = doc.simplified;
    for (let i = 0; i < text.length; i++) {
      const here = flags[text.charCodeAt(i)];
      if ((here & STARTS_RUN) === 0) continue;
      // A digit or a numeral with nothing after it that could go on with the run is a run alone.
      const after = text.charCodeAt(i + 1);
      if ((here & (IS_DIGIT | IS_NUMERAL)) !== 0 && (flags[after] & STARTS_RUN) === 0 && after !== 0x2c && after !== 0xff0c) {
        i = reader.read(text[i], i, doc.candidates) - 1;
        continue;
      }
      core.lastIndex = i;
      const m = core.exec(text);
      if (m !== null) i = reader.read(m[0], i, doc.candidates) - 1;
    }
    readHalves(reader, doc.candidates, first);
    readFirstWords(reader, doc.candidates, first);
    readBareDollars(reader, doc.candidates, first);
    mergeRanges(reader, doc.candidates, first);
  },
};
