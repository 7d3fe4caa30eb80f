// Character-tagged NER: one character and its tag per line (TAB or space), blank line between
// sentences. Tags in BIO, BIOES or BMES (B-/I-/M-/E-/S- prefixes, O outside).
import { codePointLength } from '../doc.js';
import type { GoldSentence, Problem, Read, Span } from './gold.js';

/** Weibo NER appends a segmentation digit to each character ("厂0"): one character and a digit. */
const CHAR_WITH_DIGIT = /^(.)[0-9]$/u;
const TAG = /^([BIMES])-(.+)$/;

export function readTagged(content: string): Read<GoldSentence> {
  const items: GoldSentence[] = [];
  const problems: Problem[] = [];
  const lines = content.split(/\r?\n/);
  let chars: string[] = [];
  let tags: string[] = [];
  let first = 0;
  const flush = () => {
    if (chars.length > 0) items.push({ text: chars.join(''), spans: decodeTags(tags, chars), line: first });
    chars = [];
    tags = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      flush();
      continue;
    }
    // The tag follows the last TAB, or else the last space: the character itself may be a space.
    const cut = line.includes('\t') ? line.lastIndexOf('\t') : line.lastIndexOf(' ');
    const tag = cut < 0 ? '' : line.slice(cut + 1).trim();
    let token = cut < 0 ? '' : line.slice(0, cut);
    if (token === '' || (tag !== 'O' && !TAG.test(tag))) {
      problems.push({ line: i + 1, message: `expected "character<TAB>tag", got ${JSON.stringify(line)}` });
      continue;
    }
    const m = CHAR_WITH_DIGIT.exec(token);
    if (m !== null) token = m[1];
    if (chars.length === 0) first = i + 1;
    chars.push(token);
    tags.push(tag);
  }
  flush();
  return { items, problems };
}

/**
 * Spans from per-token tags; offsets in code points of the joined tokens. A span starts at B or S,
 * or at an I/M/E whose type differs from the open span's (lenient, as conlleval is); it ends at
 * E, S, O or the next start.
 */
function decodeTags(tags: readonly string[], tokens: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  let at = 0;
  for (let i = 0; i < tags.length; i++) {
    const start = at;
    at += codePointLength(tokens[i]);
    const m = TAG.exec(tags[i]);
    if (m === null) {
      open = null;
      continue;
    }
    const [, kind, label] = m;
    if (kind === 'B' || kind === 'S' || open === null || open.label !== label) {
      open = { start, end: at, label };
      spans.push(open);
    } else {
      open.end = at;
    }
    if (kind === 'E' || kind === 'S') open = null;
  }
  return spans;
}

