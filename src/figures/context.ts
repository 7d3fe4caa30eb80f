// What every figure rule family reads of one document: its text and tokens, where tokens start,
// the set phrases that block numerals, the tables, and the boundary tests all families share.
import type { Candidate, Doc, Token } from '../doc.js';
import type { Figure } from './figure.js';
import { numeralChars, parseChineseNumber } from './numerals.js';
import { compiled, HAN, IS_ARABIC, LATIN_RANGE, RANGE_SEPARATORS, type Patterns } from './patterns.js';
import { figureTables, type FigureTables } from './tables.js';

/**
 * A rule family: it adds the figures it reads to `out`, or, as a refiner, rewrites those added
 * from `first` on. The figures stage runs them in a fixed order.
 */
export type FigureRule = (ctx: FigureContext, out: Candidate[], first: number) => void;

/** Characters that end a figure after its unit: 三斤半, 壹圆整, 一百块钱. */
const FIGURE_TAIL = '半整正钱';
/** Where a number may start inside a token: nodejieba glues numbers to what follows (一万张, 十几万). */
const NUMBER_POS = new Set(['m', 'mq']);
/** Tokens a figure may end inside: numbers and words nodejieba only guessed (张卡/x, 亿月活/x). */
const OPEN_END_POS = new Set(['m', 'mq', 'q', 'x']);
/** What may continue an Arabic number, so a numeral run is never cut right before it. */
const ARABIC_GOES_ON = /[0-9\uFF10-\uFF19,，.．]/;

/**
 * For each UTF-16 offset of the document being read, the index of the token starting there, or -1.
 * One buffer, grown as needed and refilled per document: stages read one document at a time, and
 * a fresh array per document costs more than the figures themselves.
 */
let tokenStartAt = new Int32Array(0);

function indexTokenStarts(doc: Doc): Int32Array {
  const n = doc.simplified.length;
  if (tokenStartAt.length < n) tokenStartAt = new Int32Array(Math.max(n, 2 * tokenStartAt.length));
  tokenStartAt.fill(-1, 0, n);
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) tokenStartAt[tokens[i].start] = i;
  return tokenStartAt;
}

/** One document as the figure rule families read it; made once per document by the stage. */
export class FigureContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly startAt: Int32Array;
  /** Where set phrases block numerals: [start, end) pairs, ascending and apart. */
  private readonly blocked: number[] = [];
  readonly tables: FigureTables;
  readonly patterns: Patterns;
  /** Does the document read as written Cantonese (the convert stage counts its markers)? */
  readonly cantonese: boolean;

  constructor(doc: Doc) {
    this.text = doc.simplified;
    this.cantonese = doc.cantonese;
    this.tokens = doc.tokens;
    this.startAt = indexTokenStarts(doc);
    this.tables = figureTables();
    this.patterns = compiled();
    // A set phrase blocks its numerals where it starts a word (万一出事, not 十万一千).
    const stops = this.tables.stopPhrases;
    stops.lastIndex = 0;
    for (let m = stops.exec(this.text); m !== null; m = stops.exec(this.text)) {
      if (this.startsToken(m.index)) this.blocked.push(m.index, m.index + m[0].length);
    }
  }

  /**
   * The token covering offset i, or null: the one that starts nearest before it, if it reaches i
   * (doc.tokens are in text order and apart, as segment makes them; words are a few characters).
   */
  token(i: number): Token | null {
    if (i < 0 || i >= this.text.length) return null;
    let k = i;
    while (k > 0 && this.startAt[k] < 0) k--;
    const t = this.startAt[k];
    return t >= 0 && i < this.tokens[t].end ? this.tokens[t] : null;
  }

  /** Does [from, to) overlap a set phrase that blocks its numerals? */
  isBlocked(from: number, to: number): boolean {
    const b = this.blocked;
    let lo = 0;
    let hi = b.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid + 1] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < b.length / 2 && b[2 * lo] < to;
  }

  startsToken(i: number): boolean {
    const tok = this.token(i);
    return tok === null || tok.start === i;
  }

  /**
   * May a figure start at i? At a word's start, inside a number word, or, when it has a unit of
   * its own, inside a word nodejieba only guessed (笔两毛/x 五); 第 may also end a word (排名第/i 3).
   */
  canStart(i: number, f?: Figure): boolean {
    const tok = this.token(i);
    if (tok === null || tok.start === i || NUMBER_POS.has(tok.pos) || this.latinRangeSide(tok, i - 1)) return true;
    if (f?.ordinal && this.text[i] === '第') return tok.end === i + 1;
    return tok.pos === 'x' && f !== undefined && (f.kind !== undefined || f.percent === true);
  }

  /** May a figure end at i (exclusive)? At a word's end, or inside a number or guessed word. */
  canEnd(i: number): boolean {
    const tok = this.token(i - 1);
    return tok === null || tok.end === i || OPEN_END_POS.has(tok.pos) || this.latinRangeSide(tok, i);
  }

  /** Is `sep` the range separator inside a Latin range token (1.6m-3.9m), so a figure may end or start at it? */
  latinRangeSide(tok: Token, sep: number): boolean {
    return sep > tok.start && sep < tok.end && (this.text[sep] === '-' || this.text[sep] === '~') && LATIN_RANGE.test(this.text.slice(tok.start, tok.end));
  }

  /** May a figure end at i: nothing, no Han word, a range word or a mod after it (一块二, 三米九左右)? */
  endsFigure(i: number): boolean {
    const next = this.text[i];
    return next === undefined || !HAN.test(next) || RANGE_SEPARATORS.includes(next) || this.tables.modsAfter.matchAt(this.text, i) !== null;
  }

  /**
   * A suffix word starting at i is no suffix when a real word starts there and runs on (个人, 成员),
   * unless what follows still belongs to the figure (斤半, 圆整, 块以上).
   */
  suffixFits(i: number, end: number): boolean {
    const tok = this.token(i);
    if (tok === null || tok.start !== i || tok.end <= end || OPEN_END_POS.has(tok.pos)) return true;
    const next = this.text[end];
    return FIGURE_TAIL.includes(next) || numeralChars().has(next) || this.tables.modsAfter.matchAt(this.text, end) !== null;
  }

  /** The longest prefix of a numeral run that is a number, cut only between Chinese characters. */
  number(run: string): { value: number; length: number } | null {
    for (let k = run.length; k > 0; k--) {
      if (k < run.length && IS_ARABIC.test(run[k - 1]) && ARABIC_GOES_ON.test(run[k])) continue;
      const v = parseChineseNumber(run.slice(0, k));
      if (v !== null) return { value: v, length: k };
    }
    return null;
  }

  /** A numeral run anchored at i. */
  runAt(i: number): string | null {
    const m = this.patterns.coreAt.exec(this.text.slice(i, i + 40));
    return m === null ? null : m[0];
  }
}
