// Flat rows of a document, shared by the CSV and CoNLL writers.
import type { AnnotatedDocument } from '../output.js';
import { codePointSlicer } from '../doc.js';

interface TokenRow {
  sentence: number;
  /** Index of the token within its sentence. */
  index: number;
  start: number;
  end: number;
  token: string;
  original: string;
  pos: string;
  /** BIO tag: O, B-LABEL or I-LABEL. */
  tag: string;
}

/**
 * Visit the tokens with their sentence, original text and BIO tag. The row object is reused
 * from one call to the next (a document has hundreds of thousands of tokens): copy what you keep.
 */
export function eachTokenRow(doc: AnnotatedDocument, visit: (row: Readonly<TokenRow>) => void): void {
  const { sentences, tokens, entities } = doc;
  // Simplified input is its own original: each token's text is already the slice.
  const unchanged = doc.text === doc.simplified;
  const original = codePointSlicer(doc.text);
  const row: TokenRow = { sentence: 0, index: 0, start: 0, end: 0, token: '', original: '', pos: '', tag: 'O' };
  let s = 0;
  let e = 0;
  let index = 0;
  for (const t of tokens) {
    let sentenceChanged = false;
    while (s < sentences.length - 1 && t.start >= sentences[s].end) {
      s++;
      sentenceChanged = true;
    }
    if (sentenceChanged) index = 0;
    while (e < entities.length && entities[e].end <= t.start) e++;
    const ent = entities[e];
    row.sentence = s;
    row.index = index++;
    row.start = t.start;
    row.end = t.end;
    row.token = t.text;
    row.original = unchanged ? t.text : original(t.start, t.end);
    row.pos = t.pos;
    row.tag = ent !== undefined && ent.start < t.end ? `${ent.start >= t.start ? 'B' : 'I'}-${ent.label}` : 'O';
    visit(row);
  }
}

export const ENTITY_COLUMNS = ['doc', 'source', 'start', 'end', 'label', 'text', 'simplified', 'value', 'unit', 'currency', 'type', 'mod', 'lower', 'upper', 'anchor', 'rule'] as const;

/** The original text of each sentence, by index. */
export function sentenceTexts(doc: AnnotatedDocument): (i: number) => string {
  const original = codePointSlicer(doc.text);
  return (i) => original(doc.sentences[i].start, doc.sentences[i].end);
}
