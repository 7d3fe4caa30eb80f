// Sentences: split after Chinese and ASCII sentence punctuation and at newlines. A run with no
// sentence end (a 50 MB line without punctuation) is cut into pieces of bounded length, so that
// the segmenter and the rule stages only ever see bounded sentences.
import type { Doc, Sentence } from '../doc.js';
import type { Stage } from '../stage.js';

/** Sentence-final punctuation, with the closing quotes and brackets that stay with it. */
const SENTENCE_END = /(?:[。！？!?]+|…+|\.(?=\s|$))[”’」』）)】》"']*/gu;
const LINE = /[^\r\n]+/g;
/** Where a long sentence may be cut, best first: after a pause mark or a space. */
const PAUSE = /[，、；：,;:\s]/;

export const DEFAULT_MAX_SENTENCE = 2000;
let maxSentence = DEFAULT_MAX_SENTENCE;

/** The longest sentence, in UTF-16 units, before it is cut; set once per process (or worker). */
export function setMaxSentenceLength(n: number): void {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`maximum sentence length must be an integer of at least 2, not ${n}`);
  maxSentence = n;
}

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
  while (end - start > maxSentence) {
    const cut = cutPoint(body, start, start + maxSentence);
    let next = cut;
    let last = cut;
    while (last > start && /\s/.test(body[last - 1])) last--;
    while (next < end && /\s/.test(body[next])) next++;
    if (last > start) out.push({ start: offset + start, end: offset + last });
    start = next;
  }
  if (end > start) out.push({ start: offset + start, end: offset + end });
}

/**
 * Where to cut body[start, limit): after the last pause mark or space in its second half, else at
 * the last change between Han and other characters there (not inside a Latin run or a number),
 * else at the limit itself, moved off the middle of a surrogate pair.
 */
function cutPoint(body: string, start: number, limit: number): number {
  const floor = start + ((limit - start) >> 1);
  for (let i = limit; i > floor; i--) if (PAUSE.test(body[i - 1])) return i;
  for (let i = limit; i > floor; i--) if (isHan(body.charCodeAt(i - 1)) !== isHan(body.charCodeAt(i))) return i;
  const c = body.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

/** CJK ideographs in the Basic Multilingual Plane, and surrogates (the rare extension blocks). */
function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(doc: Doc) {
    doc.sentences = splitSentences(doc.simplified);
  },
};
