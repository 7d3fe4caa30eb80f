// Gold words: segmented text (the SIGHAN bakeoff form: words separated by spaces, one sentence a
// line) and CoNLL-U (Universal Dependencies: one word a line, with UPOS).
import { codePointLength } from '../doc.js';
import type { Problem, Read, WordSentence } from './gold.js';

const SPACES = /[\s\u3000]+/u;

export function readSegmented(content: string): Read<WordSentence> {
  const items: WordSentence[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].split(SPACES).filter((w) => w !== '');
    if (parts.length === 0) continue;
    const words: WordSentence['words'] = [];
    let at = 0;
    for (const w of parts) {
      const n = codePointLength(w);
      words.push({ start: at, end: at + n });
      at += n;
    }
    items.push({ text: parts.join(''), words, line: i + 1 });
  }
  return { items, problems: [] };
}

/**
 * CoNLL-U sentences. The words are placed in the `# text` line where there is one (skipping the
 * spaces between them), else joined by SpaceAfter=No. Multiword-token ranges (1-2) and empty
 * nodes (1.1) are skipped: the syntactic words are what a segmenter is scored on.
 */
export function readConllu(content: string): Read<WordSentence> {
  const items: WordSentence[] = [];
  const problems: Problem[] = [];
  const lines = content.split(/\r?\n/);
  let text: string | null = null;
  let forms: { form: string; upos: string; spaceAfter: boolean; line: number }[] = [];
  let first = 0;
  const flush = () => {
    if (forms.length > 0) {
      const sentence = placeWords(text, forms, first, problems);
      if (sentence !== null) items.push(sentence);
    }
    text = null;
    forms = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (forms.length === 0 && text === null) first = i + 1;
    if (line.startsWith('#')) {
      const m = /^#\s*text\s*=\s?(.*)$/.exec(line);
      if (m !== null) text = m[1];
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      problems.push({ line: i + 1, message: `expected 10 TAB-separated columns, got ${cols.length}` });
      continue;
    }
    if (!/^[0-9]+$/.test(cols[0])) continue;
    forms.push({ form: cols[1], upos: cols[3], spaceAfter: !/(^|\|)SpaceAfter=No(\||$)/.test(cols[9]), line: i + 1 });
  }
  flush();
  return { items, problems };
}

function placeWords(
  text: string | null,
  forms: { form: string; upos: string; spaceAfter: boolean; line: number }[],
  line: number,
  problems: Problem[],
): WordSentence | null {
  const own = text ?? forms.map((f) => f.form + (f.spaceAfter ? ' ' : '')).join('').trimEnd();
  const chars = Array.from(own);
  const words: WordSentence['words'] = [];
  let at = 0;
  for (const f of forms) {
    while (at < chars.length && /\s/u.test(chars[at])) at++;
    const n = codePointLength(f.form);
    if (chars.slice(at, at + n).join('') !== f.form) {
      problems.push({ line: f.line, message: `word ${JSON.stringify(f.form)} does not follow in the sentence's # text` });
      return null;
    }
    words.push({ start: at, end: at + n, upos: f.upos });
    at += n;
  }
  return { text: own, words, line };
}
