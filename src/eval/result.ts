// What a run over one gold set gives back, and the helpers every runner shares: timing the
// annotation itself, and showing a span in its sentence.
import { annotate, type AnnotatedDocument } from '../index.js';
import { codePointLength, type Region } from '../doc.js';
import type { Problem } from './gold.js';

/** One line of the table. Shares are 0..1; absent fields print as blanks. */
export interface Row {
  measure: string;
  /** A row for one label under the set's micro-averaged row. */
  label?: string;
  /** Gold items: spans, words, texts or cases. */
  n: number;
  /** Predicted items, where they are counted. */
  pred?: number;
  p?: number;
  r?: number;
  f1?: number;
  /** F1 counting overlapping spans of the same label as found. */
  partialF1?: number;
  /** Share of texts found as one whole span (normalisation tables). */
  found?: number;
  /** Share of matched items whose value is right, and of how many. */
  value?: number;
  valued?: number;
}

export interface ErrorItem {
  kind: 'missed' | 'false alarm' | 'wrong value' | 'not found';
  /** Where the sentence is in the gold file (a line, or an entry number for JSON tables). */
  line: number;
  context: string;
  detail: string;
}

export interface SetResult {
  set: string;
  file: string;
  rows: Row[];
  notes: string[];
  errors: ErrorItem[];
  problems: Problem[];
  /** Characters annotated and milliseconds the annotation took. */
  chars: number;
  ms: number;
}

export interface RunOptions {
  /** How many misses and how many false alarms to list per set. */
  errors: number;
  /**
   * Score only this label (a gold label, a scored label or one of ours); tables whose texts should
   * get another label, and segmentation, are then left out.
   */
  label?: string;
}

/** Times the annotation calls alone: reading and scoring stay out of the speed figure. */
export class Annotator {
  chars = 0;
  ms = 0;

  annotate(text: string, refDate: string | null = null, region: Region | null = null): AnnotatedDocument {
    const t0 = performance.now();
    const out = annotate(text, { refDate, region });
    this.ms += performance.now() - t0;
    this.chars += codePointLength(text);
    return out;
  }
}

/** Load the segmenter and tables once, so that the first set's speed is not the load time. */
export function warmUp(): void {
  annotate('2025年2月1日，北京的张三说3%。');
}

const CONTEXT = 25;

/** The sentence around [start, end) with the span in 【】, cut to CONTEXT characters each side. */
export function showSpan(chars: readonly string[], start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(chars.length, end + CONTEXT);
  return (from > 0 ? '…' : '') + chars.slice(from, start).join('') + '【' + chars.slice(start, end).join('') + '】' +
    chars.slice(end, to).join('') + (to < chars.length ? '…' : '');
}

export function emptyResult(set: string, file: string, problems: Problem[]): SetResult {
  return { set, file, rows: [], notes: [], errors: [], problems, chars: 0, ms: 0 };
}
