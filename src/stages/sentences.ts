// Sentences: split after Chinese and ASCII sentence punctuation and at newlines.
import type { Doc, Sentence } from '../doc.js';
import type { Stage } from '../stage.js';

/** Sentence-final punctuation, with the closing quotes and brackets that stay with it. */
const SENTENCE_END = /(?:[。！？!?]+|…+|\.(?=\s|$))[”’」』）)】》"']*/gu;
const LINE = /[^\r\n]+/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of text.matchAll(LINE)) {
    const lineStart = line.index!;
    let start = 0;
    const body = line[0];
    for (const end of body.matchAll(SENTENCE_END)) {
      const stop = end.index! + end[0].length;
      pushTrimmed(out, body, lineStart, start, stop);
      start = stop;
    }
    pushTrimmed(out, body, lineStart, start, body.length);
  }
  return out;
}

function pushTrimmed(out: Sentence[], body: string, offset: number, start: number, end: number) {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (end > start) out.push({ start: offset + start, end: offset + end });
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(doc: Doc) {
    doc.sentences = splitSentences(doc.simplified);
  },
};
