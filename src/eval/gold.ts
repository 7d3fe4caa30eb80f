// What every gold reader gives: sentences with spans in code points, and the lines it could not read.
import type { SpanValue } from '../doc.js';

/** A labelled span, [start, end) in code points of its sentence's text. */
export interface Span {
  start: number;
  end: number;
  label: string;
  value?: SpanValue;
  /** Predicted spans: the rule that made it. */
  rule?: string;
}

export interface GoldSentence {
  text: string;
  spans: Span[];
  /** The 1-based line of the file where the sentence starts. */
  line: number;
  /** A reference date the set states for this sentence (YYYY-MM-DD). */
  refDate?: string;
}

/** A segmented sentence: gold words as [start, end) code points of `text`, with UPOS where given. */
export interface WordSentence {
  text: string;
  words: { start: number; end: number; upos?: string }[];
  line: number;
}

/** A line of a gold file that could not be read; reading goes on after it. */
export interface Problem {
  line: number;
  message: string;
}

export interface Read<T> {
  items: T[];
  problems: Problem[];
}
