// The one document type that every stage reads and extends.
//
// Stages work on `simplified` (the converted text) in UTF-16 offsets, because that is what
// regular expressions and string methods give. The contract of ANNOTATION.md is code points of
// the original text; `toOriginal` maps an internal offset there, once, when a span is written.

export type NameLabel = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'PRODUCT';
export type TimeLabel = 'DATE' | 'TIME';
export type FigureLabel = 'PERCENT' | 'MONEY' | 'QUANTITY' | 'ORDINAL' | 'CARDINAL';
export type Label = NameLabel | TimeLabel | FigureLabel;

export const NAME_LABELS: readonly Label[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT'];
export const TIME_LABELS: readonly Label[] = ['DATE', 'TIME'];
export const FIGURE_LABELS: readonly Label[] = ['PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL'];

/** A DATE or TIME value in the TIMEX3 manner (ANNOTATION.md, "Normalized values"). */
export interface TimexValue {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string | null;
  mod?: string;
  /** "ref", or the original code-point start of the DATE span this one refers back to. */
  anchor?: 'ref' | number;
  /** Kept when there is no reference date to resolve against. */
  relative?: { unit: string; offset: number };
}

/** A PERCENT, MONEY, QUANTITY, ORDINAL or CARDINAL value. */
export interface FigureValue {
  value?: number;
  unit?: string;
  currency?: string;
  mod?: string;
  lower?: number;
  upper?: number;
}

export type SpanValue = TimexValue | FigureValue;

/** A span claimed by a stage: [start, end) in UTF-16 offsets of `doc.simplified`. */
export interface Candidate {
  start: number;
  end: number;
  label: Label;
  /** The rule that made it, e.g. `date.month-day`. */
  rule: string;
  value?: SpanValue;
}

/** A word: [start, end) in UTF-16 offsets of `doc.simplified`, with its part of speech. */
export interface Token {
  start: number;
  end: number;
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
}

/** Where a document comes from: mainland China, Taiwan, Hong Kong, Macau (README, "Choices"). */
export const REGIONS = ['CN', 'TW', 'HK', 'MO'] as const;
export type Region = (typeof REGIONS)[number];

export const isRegion = (value: unknown): value is Region => (REGIONS as readonly unknown[]).includes(value);

export interface DocInit {
  id: string;
  text: string;
  source?: string;
  refDate?: string | null;
  /** None given: the convert stage guesses the script's origin, and dates read as in CN. */
  region?: Region | null;
  meta?: Record<string, unknown>;
}

export class Doc {
  readonly id: string;
  readonly source: string;
  readonly refDate: string | null;
  readonly region: Region | null;
  readonly meta: Record<string, unknown> | undefined;
  /** The text as decoded: BOM removed, nothing else changed. */
  readonly text: string;
  /** The Simplified text; set by the convert stage (the original until then). */
  simplified: string;
  /** The opencc configuration the convert stage chose, or "none" for Simplified input. */
  conversion = 'none';
  /** Does the text read as written Cantonese (its marker characters)? Set by the convert stage. */
  cantonese = false;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  /** What the rule stages claim; may overlap. */
  candidates: Candidate[] = [];
  /** What resolve keeps: no overlaps, ordered by start. */
  entities: Candidate[] = [];
  /** Per stage name, milliseconds spent on this document. */
  readonly timings: Record<string, number> = {};

  /**
   * simplified UTF-16 offset -> original code-point offset, one entry per offset 0..length.
   * null while the two are the same (no conversion change of length and no astral characters).
   */
  private offsetMap: Int32Array | null = null;
  private sliceOriginal: ((start: number, end: number) => string) | null = null;

  constructor(init: DocInit) {
    this.id = init.id;
    this.text = init.text;
    this.source = init.source ?? init.id;
    this.refDate = init.refDate ?? null;
    this.region = init.region ?? null;
    this.meta = init.meta;
    this.simplified = init.text;
    this.offsetMap = utf16ToCodePoints(init.text);
  }

  /**
   * Set the Simplified text with its alignment: `origin[i]` is the original code point where
   * simplified code point i came from, ascending, with origin[length] = original code-point length.
   */
  setSimplified(simplified: string, origin: Int32Array | null): void {
    this.simplified = simplified;
    const toCp = utf16ToCodePoints(simplified);
    if (origin === null) {
      // Same code points as the original: only surrogate pairs separate the two offsets.
      this.offsetMap = toCp;
      return;
    }
    const map = new Int32Array(simplified.length + 1);
    for (let i = 0; i <= simplified.length; i++) map[i] = origin[toCp === null ? i : toCp[i]];
    this.offsetMap = map;
  }

  /** The original code-point offset of a simplified UTF-16 offset. */
  toOriginal(offset: number): number {
    return this.offsetMap === null ? offset : this.offsetMap[offset];
  }

  /** The original text of a span given in simplified UTF-16 offsets. */
  originalText(start: number, end: number): string {
    this.sliceOriginal ??= codePointSlicer(this.text);
    return this.sliceOriginal(this.toOriginal(start), this.toOriginal(end));
  }
}

/** UTF-16 offset -> code-point offset for 0..length, or null when the string has no surrogate pairs. */
function utf16ToCodePoints(s: string): Int32Array | null {
  if (!/[\uD800-\uDBFF]/.test(s)) return null;
  const map = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = cp;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) map[++i] = cp; // the low half points at its own character
    }
    cp++;
  }
  map[s.length] = cp;
  return map;
}

/**
 * A function giving `[...s].slice(start, end).join('')` for many spans of one string: the
 * code-point index is built once, so each slice costs what String#slice costs.
 */
export function codePointSlicer(s: string): (start: number, end: number) => string {
  if (!/[\uD800-\uDBFF]/.test(s)) return (start, end) => s.slice(start, end);
  const index: number[] = [];
  for (let i = 0; i < s.length; i++) {
    index.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  index.push(s.length);
  const at = Int32Array.from(index);
  return (start, end) => s.slice(at[start], at[end]);
}

/** `[...s].slice(start, end).join('')` for one span, without building the array for plain text. */
export function sliceCodePoints(s: string, start: number, end: number): string {
  if (!/[\uD800-\uDBFF]/.test(s)) return s.slice(start, end);
  return Array.from(s).slice(start, end).join('');
}

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}
