// Figures: PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL with normalised values.
//
// Every run of numerals (Arabic, Chinese or mixed) is read as a number, then the words around it
// decide what it is: a mod word or a currency before it, 第 before it, 分之 / 多 / 几 / a range
// after it, then a unit, classifier, currency, % or a word of time. Numbers before a word of
// time are left to the dates stage. Token boundaries from nodejieba reject numerals inside words
// (统一, 一样, 三心二意); the tables are under resources/figures/.
import type { Candidate, Doc, FigureLabel, FigureValue, Token } from '../doc.js';
import { cleanNumber, numeralChars, parseChineseNumber } from '../figures/numerals.js';
import { figureTables, matchEndingAt, type FigureTables, type Suffix } from '../figures/tables.js';
import type { Stage } from '../stage.js';

const DIGIT = '0-9\\uFF10-\\uFF19';
const ARABIC = `[${DIGIT}]+(?:[,，][${DIGIT}]{3}(?![${DIGIT}]))*(?:[.．][${DIGIT}]+)?`;
const ARABIC_AT = new RegExp(`^${ARABIC}`);
const IS_ARABIC = new RegExp(`[${DIGIT}]`);
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const RANGE_SEPARATORS = '至到~～〜-－—';
/** Characters that end a figure after its unit: 三斤半, 壹圆整, 一百块钱. */
const FIGURE_TAIL = '半整正钱';
/** Where a number may start inside a token: nodejieba glues numbers to what follows (一万张, 十几万). */
const NUMBER_POS = new Set(['m', 'mq']);
/** Tokens a figure may end inside: numbers and words nodejieba only guessed (张卡/x, 亿月活/x). */
const OPEN_END_POS = new Set(['m', 'mq', 'q', 'x']);

interface Patterns {
  core: RegExp;
  /** The same, anchored, for the second half of a range or a fraction. */
  coreAt: RegExp;
  sections: Set<string>;
  units: Set<string>;
  zeros: Set<string>;
}

let patterns: Patterns | null = null;

function compiled(): Patterns {
  if (patterns !== null) return patterns;
  let chars = '';
  const sections = new Set<string>();
  const units = new Set<string>();
  const zeros = new Set<string>();
  for (const [c, n] of numeralChars()) {
    if (n.kind === 'point' || n.kind === 'minus') continue;
    chars += c;
    if (n.kind === 'section') sections.add(c);
    if (n.kind === 'unit') units.add(c);
    if (n.kind === 'digit' && n.value === 0) zeros.add(c);
  }
  // 点 is a decimal point only between numerals (三点五); alone it is a time (三点).
  const core = `(?:${ARABIC}|[${chars}]|[点點](?=[${chars}${DIGIT}]))+`;
  patterns = { core: new RegExp(core, 'g'), coreAt: new RegExp(`^${core}`), sections, units, zeros };
  return patterns;
}

/** For each UTF-16 offset, the index of the token covering it, or -1. */
function tokenIndex(doc: Doc): Int32Array {
  const at = new Int32Array(doc.simplified.length + 1).fill(-1);
  doc.tokens.forEach((t, i) => at.fill(i, t.start, t.end));
  return at;
}

class Reader {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly at: Int32Array;
  private readonly blocked: Uint8Array;
  private readonly t: FigureTables;
  private readonly p: Patterns;

  constructor(doc: Doc) {
    this.text = doc.simplified;
    this.tokens = doc.tokens;
    this.at = tokenIndex(doc);
    this.t = figureTables();
    this.p = compiled();
    this.blocked = new Uint8Array(this.text.length);
    // A set phrase blocks its numerals where it starts a word (万一出事, not 十万一千).
    for (const m of this.t.stopPhrases.scan(this.text)) if (this.startsToken(m.start)) this.blocked.fill(1, m.start, m.end);
  }

  private token(i: number): Token | null {
    const k = i >= 0 && i < this.text.length ? this.at[i] : -1;
    return k < 0 ? null : this.tokens[k];
  }

  /** 半公升, 半斤: half of a unit of measurement (not 一半, not 半个月). */
  halves(out: Candidate[]): void {
    const text = this.text;
    for (let i = text.indexOf('半'); i >= 0; i = text.indexOf('半', i + 1)) {
      if (numeralChars().has(text[i - 1]) || !this.canStart(i)) continue;
      const m = this.t.suffixes.matchAt(text, i + 1);
      if (m === null || m.data.kind !== 'unit' || !this.canEnd(i + 1 + m.name.length)) continue;
      out.push({ start: i, end: i + 1 + m.name.length, label: 'QUANTITY', rule: 'figure.quantity-half', value: { value: 0.5, unit: m.data.unit } });
    }
  }

  /** 首次, 首届: the ordinal first, where the word starts a token. */
  firstWords(out: Candidate[]): void {
    for (const m of this.t.firstWords.scan(this.text)) {
      if (this.startsToken(m.start)) out.push({ start: m.start, end: m.end, label: 'ORDINAL', rule: 'figure.ordinal-first', value: { value: 1 } });
    }
  }

  private startsToken(i: number): boolean {
    const tok = this.token(i);
    return tok === null || tok.start === i;
  }

  /**
   * May a figure start at i? At a word's start, inside a number word, or, when it has a unit of
   * its own, inside a word nodejieba only guessed (笔两毛/x 五); 第 may also end a word (排名第/i 3).
   */
  private canStart(i: number, f?: Figure): boolean {
    const tok = this.token(i);
    if (tok === null || tok.start === i || NUMBER_POS.has(tok.pos)) return true;
    if (f?.ordinal && this.text[i] === '第') return tok.end === i + 1;
    return tok.pos === 'x' && f !== undefined && (f.kind !== undefined || f.percent === true);
  }

  /** May a figure end at i (exclusive)? At a word's end, or inside a number or guessed word. */
  private canEnd(i: number): boolean {
    const tok = this.token(i - 1);
    return tok === null || tok.end === i || OPEN_END_POS.has(tok.pos);
  }

  /**
   * A suffix word starting at i is no suffix when a real word starts there and runs on (个人, 成员),
   * unless what follows still belongs to the figure (斤半, 圆整, 块以上).
   */
  private suffixFits(i: number, end: number): boolean {
    const tok = this.token(i);
    if (tok === null || tok.start !== i || tok.end <= end || OPEN_END_POS.has(tok.pos)) return true;
    const next = this.text[end];
    return FIGURE_TAIL.includes(next) || numeralChars().has(next) || this.t.modsAfter.matchAt(this.text, end) !== null;
  }

  /** The longest prefix of a numeral run that is a number, cut only between Chinese characters. */
  private number(run: string): { value: number; length: number } | null {
    for (let k = run.length; k > 0; k--) {
      if (k < run.length && IS_ARABIC.test(run[k - 1]) && /[0-9\uFF10-\uFF19,，.．]/.test(run[k])) continue;
      const v = parseChineseNumber(run.slice(0, k));
      if (v !== null) return { value: v, length: k };
    }
    return null;
  }

  /** A numeral run anchored at i. */
  private runAt(i: number): string | null {
    const m = this.p.coreAt.exec(this.text.slice(i, i + 40));
    return m === null ? null : m[0];
  }

  /** Is the run's Arabic number cut out of a longer Latin run (GPT5, k1.5, 2025-02-01, 3M)? */
  private latinMisfit(at: number, run: string): boolean {
    const arabic = ARABIC_AT.exec(run);
    if (arabic === null) return false;
    const tok = this.token(at);
    if (tok === null) return false;
    if (tok.start < at) return true;
    const tail = this.text.slice(at + arabic[0].length, tok.end);
    if (tail === '' || this.t.latinUnits.has(tail)) return false;
    const range = /^[-~][0-9.]+/.exec(tail); // 3-5, 2-3L
    return range === null || (range[0].length < tail.length && !this.t.latinUnits.has(tail.slice(range[0].length)));
  }

  /** Read the figure around the numeral run `found` at `at`; push it and return where to go on. */
  read(found: string, at: number, out: Candidate[]): number {
    const text = this.text;
    const p = this.p;
    let run = found;
    const pointAfterArabic = /[0-9\uFF10-\uFF19][点點]/.exec(run);
    if (pointAfterArabic !== null) run = run.slice(0, pointAfterArabic.index + 1); // 3点15 is a time
    const unitAfter = this.t.suffixes.matchAt(text, at + run.length - 1);
    if (run.length > 1 && p.sections.has(run[run.length - 1]) && unitAfter?.data.kind === 'unit' && unitAfter.name.length > 1) {
      run = run.slice(0, -1); // 100兆瓦: 兆 belongs to the unit
    }
    if (this.latinMisfit(at, run)) return at + found.length;
    for (let i = at; i < at + run.length; i++) if (this.blocked[i] === 1) return at + found.length;

    const f: Figure = { start: at, end: at, value: 0, chinese: !IS_ARABIC.test(run), sized: false, rule: 'cardinal' };
    let q: number;
    if (text.startsWith('分之', at + run.length)) {
      // 三分之一, 百分之三十, 千分之五: a share.
      const den = parseChineseNumber(run) ?? parseChineseNumber(`一${run}`);
      const minus = text[at + run.length + 2] === '负' ? 1 : 0;
      const num = this.runAt(at + run.length + 2 + minus);
      const found = num === null ? null : this.number(num);
      if (den === null || den === 0 || found === null) return at + run.length;
      const part = { value: minus === 1 ? -found.value : found.value, length: found.length + minus };
      f.value = (part.value / den) * 100;
      f.percent = true;
      f.rule = 'fraction';
      f.sized = true;
      q = at + run.length + 2 + part.length;
      f.fraction = part.value / den;
    } else {
      const range = /^([一二两三四五六七八九])([二三四五六七八九])$/.exec(run.replace(/[十百千万亿]+$/, ''));
      const tail = run.slice(range?.[0].length ?? 0);
      const step = range === null ? 0 : digit(range[2]) - digit(range[1]);
      if (range !== null && (step === 1 || step === 2) && (tail === '' || /^[十百千万亿]+$/.test(tail))) {
        // 两三个, 三五千: two neighbouring digits are a loose range.
        const mult = tail === '' ? 1 : parseChineseNumber(`一${tail}`) ?? 1;
        f.lower = digit(range[1]) * mult;
        f.upper = digit(range[2]) * mult;
        f.rule = 'cardinal';
        q = at + run.length;
        f.sized = tail !== '' && [...tail].some((c) => p.sections.has(c));
      } else {
        if (p.zeros.has(run[0]) && run.length > 1 && !/^.[点點]/.test(run)) return at + run.length; // 零一万物
        const n = this.number(run);
        if (n === null) return at + run.length;
        f.value = n.value;
        q = at + n.length;
        f.sized = [...run.slice(0, n.length)].some((c) => p.sections.has(c));
        f.chinese = !IS_ARABIC.test(run.slice(0, n.length));
        f.single = n.length === 1 && f.chinese;
        f.one = run.slice(0, n.length) === '一';
      }
    }
    const numberEnd = q;
    f.end = q;

    // Before the number: sign, 第, currency, mod.
    let b = at;
    if (f.rule !== 'fraction' && f.lower === undefined) {
      const gap = text[b - 1] === ' ' && text[b - 2] === '负' ? 1 : 0;
      if (text[b - 1 - gap] === '负' || (text[b - 1] === '-' && !/[A-Za-z0-9]/.test(text[b - 2] ?? ''))) {
        b -= 1 + gap;
        f.signed = true;
      } else if (text.startsWith('零下', b - 2)) {
        b -= 2;
        f.signed = true;
      }
    }
    if (f.rule === 'fraction') {
      if (run.length === 1 && p.units.has(run) || p.sections.has(run)) f.rule = 'percent'; // 百分之, 千分之, 万分之
    } else if (text[b - 1] === '第') {
      b--;
      f.ordinal = true;
    } else {
      const cur = matchEndingAt(text, b, this.t.currencyBefore, this.t.beforeLengths);
      if (cur !== null) {
        f.currency = cur.data.code;
        f.factor = cur.data.factor;
        b = cur.start;
      }
    }
    const mod = matchEndingAt(text, b, this.t.modsBefore, this.t.beforeLengths);
    if (mod !== null && this.canStart(mod.start)) {
      f.mod = mod.data.mod;
      b = mod.start;
    } else if (text[b - 1] === '几' && f.chinese && p.units.has(run[0]) && f.value > 0) {
      // 几十, 几百万: one to ten times the unit.
      b--;
      f.lower = f.value;
      f.upper = f.value * 10;
      f.mod = 'APPROX';
      f.rule = 'cardinal';
    }
    f.start = b;

    // After the number.
    if (f.rule !== 'fraction' && f.lower === undefined) q = this.bounds(f, q);
    q = this.suffix(f, q);
    if (q < 0) return at + found.length; // a date's number, or no figure at all

    const after = this.t.modsAfter.matchAt(text, q);
    if (after !== null && f.mod === undefined && !f.ordinal && this.canEnd(q + after.name.length)) {
      f.mod = after.data.mod;
      q += after.name.length;
    }
    f.end = q;

    // What is no figure: 一 + classifier as an article, a lone numeral inside Han text, a word.
    if (f.one && f.kind === 'classifier' && f.mod === undefined && !f.ordinal) return q;
    const bare = f.kind === undefined && !f.ordinal && !f.percent && !f.signed && f.currency === undefined && f.mod === undefined && f.lower === undefined;
    if (bare && f.single && (HAN.test(text[at - 1] ?? '') || HAN.test(text[numberEnd] ?? ''))) return at + run.length;
    if (bare && p.units.has(run[0]) && digit(run[0]) !== 10) return at + run.length; // 千万不要: 千万 alone is no number
    if (!this.canStart(f.start, f) || !this.canEnd(f.end)) return at + run.length;
    if (!f.chinese && this.isCode(run, f)) return at + found.length;

    out.push(candidate(f));
    return Math.max(q, at + 1);
  }

  /** Phone, ID and account numbers: long digit strings and strings with a leading zero. */
  private isCode(run: string, f: Figure): boolean {
    if (f.kind !== undefined || f.percent || f.currency !== undefined) return false;
    return /^[0-9]{11,}$/.test(run) || /^0[0-9]{2,}$/.test(run);
  }

  /** 多, 余, 几 and ranges (3至5万, 3-5%) right after the number. */
  private bounds(f: Figure, q: number): number {
    const text = this.text;
    const c = text[q];
    if (c === '多' || c === '余' || (c === '几' && f.chinese && this.p.units.has(text[q - 1]))) {
      const place = c === '几' ? unitPlace(text[q - 1]) : roundPlace(f.value);
      if (place === 0) return q;
      let mult = 1;
      let k = q + 1;
      while (this.p.sections.has(text[k])) mult *= numeralChars().get(text[k++])!.value;
      if (mult > 1) f.sized = true;
      f.lower = cleanNumber(f.value * mult);
      f.upper = cleanNumber((f.value + place) * mult);
      f.mod = 'APPROX';
      if (c === '几') f.approxOnly = true;
      f.value = f.lower;
      return k;
    }
    if (!RANGE_SEPARATORS.includes(c ?? '\0') || c === undefined) return q;
    const run = this.runAt(q + 1);
    if (run === null || f.ordinal) return q;
    const upper = this.number(run);
    if (upper === null) return q;
    let lower = f.value;
    const sections = /[万亿兆]+$/.exec(run.slice(0, upper.length));
    if (sections !== null && !f.sized) {
      lower *= parseChineseNumber(`一${sections[0]}`) ?? 1;
      f.sized = true;
    }
    if (!(upper.value > lower)) return q;
    f.lower = cleanNumber(lower);
    f.upper = upper.value;
    f.range = true;
    return q + 1 + upper.length;
  }

  /**
   * The unit, classifier, currency or % after the number; -1 when the number belongs to a date
   * (2025年, 一个月) and no figure should be made of it.
   */
  private suffix(f: Figure, q: number): number {
    const text = this.text;
    if (!f.chinese && !f.sized) {
      const scale = /^ ?([A-Za-z]+)/.exec(text.slice(q, q + 12));
      const factor = scale === null ? undefined : this.t.scales.get(scale[1].toLowerCase());
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
    if (f.rule === 'fraction' && f.fraction !== undefined && sfx.kind !== 'currency') {
      // 四分之一公升: a fraction of a unit is a quantity, not a share.
      f.value = f.fraction;
      f.percent = false;
    }
    if (f.percent) return q;
    if (sfx.kind === 'classifier') return this.classifier(f, sfx, end);
    if (f.ordinal) return q;
    if (sfx.kind === 'currency') return this.currency(f, sfx, q, end);
    f.kind = 'unit';
    f.unit = sfx.unit;
    const scale = matchEndingAt(text, f.start, this.t.unitPrefixes, this.t.beforeLengths);
    if (scale !== null && scale.data.qualifies.has(sfx.unit)) {
      // 摄氏37度: the scale word before the number names the unit.
      f.unit = scale.data.unit;
      f.start = scale.start;
    }
    f.rule = 'quantity';
    return this.half(f, end);
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
      return this.half(f, end + next.name.length);
    }
    f.kind = 'classifier';
    f.unit = sfx.unit;
    f.rule = f.ordinal ? 'ordinal' : 'count';
    return f.ordinal ? end : this.half(f, end);
  }

  private currency(f: Figure, sfx: Suffix, q: number, end: number): number {
    const text = this.text;
    const next = text[end] ?? '';
    const spokenEnds = !HAN.test(next) || next === '钱' || numeralChars().has(next) || this.t.modsAfter.matchAt(text, end) !== null;
    if (sfx.subOnly || (sfx.spoken && !spokenEnds)) {
      if (!sfx.classifierToo) return q;
      f.kind = 'classifier';
      f.unit = text.slice(q, end);
      f.rule = 'count';
      return end;
    }
    f.kind = 'currency';
    f.currency ??= sfx.unit;
    scaleBy(f, sfx.factor);
    f.rule = 'money';
    let k = end;
    if (text[k] === '钱') k++;
    return this.subunits(f, k, sfx.factor);
  }

  /** 一块二毛五, 壹拾壹元壹角壹分, 三块零四, 两毛五: smaller units of the same money. */
  private subunits(f: Figure, k: number, factor: number): number {
    const text = this.text;
    let place = factor;
    let zero = false;
    while (place > 0.01 && f.value !== undefined) {
      let i = k;
      if (this.p.zeros.has(text[i])) {
        zero = true;
        i++;
      }
      const d = digitAt(text, i);
      if (d === null) break;
      const m = this.t.suffixes.matchAt(text, i + 1);
      const sub = m?.data;
      if (sub !== undefined && sub.kind === 'currency' && sub.factor < place) {
        f.value = cleanNumber(f.value + d * sub.factor);
        place = sub.factor;
        k = i + 1 + m!.name.length;
        if (text[k] === '钱') k++;
        continue;
      }
      // A last digit without its unit counts in the next smaller place (一块二, 三块零四).
      const after = text[i + 1] ?? '';
      if (HAN.test(after) && !RANGE_SEPARATORS.includes(after) && this.t.modsAfter.matchAt(text, i + 1) === null) break;
      f.value = cleanNumber(f.value + d * (zero ? place / 100 : place / 10));
      k = i + 1;
      break;
    }
    if (/[整正]/.test(text[k] ?? '') && place === factor) k++;
    return k;
  }

  /** 三斤半, 一个半: a half of the unit after it. */
  private half(f: Figure, end: number): number {
    if (this.text[end] !== '半' || f.value === undefined || f.lower !== undefined) return end;
    f.value += 0.5;
    return end + 1;
  }
}

/**
 * Two figures of the same kind joined by a range word are one range: 两升到三升, 五块六到五块七毛八,
 * 五元六角-五元七毛八分 (where the second took the dash as its minus sign).
 */
function mergeRanges(text: string, cands: Candidate[], from: number): void {
  for (let i = cands.length - 1; i > from; i--) {
    const a = cands[i - 1];
    const b = cands[i];
    const av = a.value as FigureValue | undefined;
    const bv = b.value as FigureValue | undefined;
    if (av?.value === undefined || bv?.value === undefined || av.mod !== undefined || bv.mod !== undefined) continue;
    if (a.label !== b.label || av.unit !== bv.unit || av.currency !== bv.currency || a.label === 'ORDINAL') continue;
    const between = text.slice(a.end, b.start);
    const dashSign = between === '' && text[b.start] === '-' && bv.value < 0;
    const upper = dashSign ? -bv.value : bv.value;
    if (!(dashSign || (between.length === 1 && RANGE_SEPARATORS.includes(between))) || !(upper > av.value)) continue;
    const value: FigureValue = { ...av, lower: av.value, upper };
    delete value.value;
    cands.splice(i - 1, 2, { start: a.start, end: b.end, label: a.label, rule: `${a.rule}-range`, value });
  }
}

const digit = (c: string) => numeralChars().get(c)?.value ?? 0;

function digitAt(text: string, i: number): number | null {
  const c = text[i];
  if (c === undefined) return null;
  if (c >= '0' && c <= '9') return Number(c);
  const n = numeralChars().get(c);
  return n?.kind === 'digit' ? n.value : null;
}

function unitPlace(c: string): number {
  return numeralChars().get(c)?.value ?? 0;
}

/** 5000 -> 1000, 120 -> 10: the place 多 adds to (5000多 is under 6000). */
function roundPlace(v: number): number {
  if (!Number.isInteger(v) || v <= 0) return 0;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place;
}

function scaleBy(f: Figure, factor: number) {
  if (factor === 1) return;
  f.value = cleanNumber(f.value * factor);
  if (f.lower !== undefined) f.lower = cleanNumber(f.lower * factor);
  if (f.upper !== undefined) f.upper = cleanNumber(f.upper * factor);
}

/** A figure as it is read; becomes a Candidate at the end. */
interface Figure {
  start: number;
  end: number;
  value: number;
  rule: string;
  chinese: boolean;
  /** Has a section multiplier or a scale word (10亿, 3 million): no year or day number. */
  sized: boolean;
  single?: boolean;
  one?: boolean;
  ordinal?: boolean;
  percent?: boolean;
  fraction?: number;
  kind?: 'unit' | 'classifier' | 'currency';
  unit?: string;
  currency?: string;
  factor?: number;
  mod?: string;
  lower?: number;
  upper?: number;
  range?: boolean;
  approxOnly?: boolean;
  signed?: boolean;
}

function candidate(f: Figure): Candidate {
  let label: FigureLabel = 'CARDINAL';
  let rule = f.rule;
  if (f.ordinal) {
    label = 'ORDINAL';
    rule = 'ordinal';
  } else if (f.percent) label = 'PERCENT';
  else if (f.currency !== undefined) {
    label = 'MONEY';
    rule = 'money';
  } else if (f.kind === 'unit') label = 'QUANTITY';
  const value: FigureValue = {};
  const loose = f.range === true || f.approxOnly === true || (f.lower !== undefined && f.mod === undefined);
  const sign = f.signed ? -1 : 1;
  if (!loose) value.value = cleanNumber(sign * f.value);
  if (f.percent) value.unit = '%';
  else if (f.kind === 'unit' || (f.kind === 'classifier' && label === 'CARDINAL')) value.unit = f.unit;
  if (label === 'MONEY') value.currency = f.currency;
  if (f.mod !== undefined) value.mod = f.mod;
  if (f.lower !== undefined) value.lower = sign * f.lower;
  if (f.upper !== undefined) value.upper = sign * f.upper;
  return { start: f.start, end: f.end, label, rule: `figure.${rule}${f.range ? '-range' : ''}`, value };
}

export const figuresStage: Stage = {
  name: 'figures',
  run(doc: Doc) {
    const reader = new Reader(doc);
    const first = doc.candidates.length;
    const { core } = compiled();
    const text = doc.simplified;
    core.lastIndex = 0;
    for (let m = core.exec(text); m !== null; m = core.exec(text)) {
      core.lastIndex = reader.read(m[0], m.index, doc.candidates);
    }
    reader.halves(doc.candidates);
    reader.firstWords(doc.candidates);
    mergeRanges(text, doc.candidates, first);
  },
};
