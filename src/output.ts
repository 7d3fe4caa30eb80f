// The annotated document as written: every offset a code point of the original text.
import type { Doc, Label, Region, SpanValue } from './doc.js';

export interface OutputEntity {
  start: number;
  end: number;
  label: Label;
  /** The original text of the span. */
  text: string;
  simplified: string;
  value?: SpanValue;
  rule: string;
}

export interface OutputToken {
  start: number;
  end: number;
  /** The Simplified form of the word. */
  text: string;
  pos: string;
}

export interface AnnotatedDocument {
  id: string;
  source: string;
  refDate: string | null;
  /** Only when one was given, so documents without one are written as before. */
  region?: Region;
  meta?: Record<string, unknown>;
  /** The opencc source config used: tw, hk, or none for Simplified input. */
  conversion: string;
  text: string;
  simplified: string;
  sentences: { start: number; end: number }[];
  tokens: OutputToken[];
  entities: OutputEntity[];
}

export function toOutput(doc: Doc): AnnotatedDocument {
  const s = doc.simplified;
  const out: AnnotatedDocument = {
    id: doc.id,
    source: doc.source,
    refDate: doc.refDate,
    region: doc.region ?? undefined, // undefined is not written
    meta: doc.meta, // undefined is not written
    conversion: doc.conversion,
    text: doc.text,
    simplified: s,
    sentences: doc.sentences.map((x) => ({ start: doc.toOriginal(x.start), end: doc.toOriginal(x.end) })),
    tokens: doc.tokens.map((t) => ({ start: doc.toOriginal(t.start), end: doc.toOriginal(t.end), text: s.slice(t.start, t.end), pos: t.pos })),
    entities: doc.entities.map((e) => ({
      start: doc.toOriginal(e.start),
      end: doc.toOriginal(e.end),
      label: e.label,
      text: doc.originalText(e.start, e.end),
      simplified: s.slice(e.start, e.end),
      // Always there (undefined is not written), so every entity has one object shape.
      value: e.value,
      rule: e.rule,
    })),
  };
  return out;
}
