// Words and parts of speech: nodejieba on Han text, Latin runs and numbers kept whole.
import nodejieba from 'nodejieba';
import type { Doc, Token } from '../doc.js';
import { resourcePath } from '../resources.js';
import type { Stage } from '../stage.js';

/**
 * A run of Latin letters and digits (half or full width) with the joiners inside names, numbers
 * and dates: DeepSeek-R1, 3.5, 2025-02-01, 15:30, 1,200. A space joins a word to a short
 * version marker with a digit in it (Kimi k1.5, OpenAI o1).
 */
const ALNUM = '[A-Za-z0-9\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]';
const LATIN_RUN = new RegExp(
  `${ALNUM}+(?:(?:[-_.+/:&]|,(?=[0-9]{3}(?![0-9]))|(?<=[A-Za-z]) (?=[A-Za-z]{0,2}[0-9][0-9.]{0,4}(?![A-Za-z0-9])))${ALNUM}+)*`,
  'g',
);
const HAS_LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;
const WHITESPACE = /^\s+$/;

let loaded = false;

function load() {
  if (loaded) return;
  nodejieba.load({
    userDict: resourcePath('jieba/user.dict'),
    idfDict: resourcePath('jieba/idf.utf8'),
    stopWordDict: resourcePath('jieba/stop_words.utf8'),
  });
  loaded = true;
}

/** Tokens of text[start, end), appended to `out` with document offsets. */
function segmentRange(text: string, start: number, end: number, out: Token[]): void {
  load();
  const piece = text.slice(start, end);
  let last = 0;
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(piece); m !== null; m = LATIN_RUN.exec(piece)) {
    if (m.index > last) tagHan(piece.slice(last, m.index), start + last, out);
    out.push({ start: start + m.index, end: start + m.index + m[0].length, pos: HAS_LETTER.test(m[0]) ? 'eng' : 'm' });
    last = m.index + m[0].length;
  }
  if (last < piece.length) tagHan(piece.slice(last), start + last, out);
}

function tagHan(text: string, offset: number, out: Token[]) {
  let at = offset;
  for (const { word, tag } of nodejieba.tag(text)) {
    // Most words begin with a Han character, above every whitespace but U+FEFF: no test needed.
    const first = word.charCodeAt(0);
    if ((first > 0x3000 && first !== 0xfeff) || !WHITESPACE.test(word)) out.push({ start: at, end: at + word.length, pos: tag });
    at += word.length;
  }
}

export const segmentStage: Stage = {
  name: 'segment',
  run(doc: Doc) {
    const tokens: Token[] = [];
    for (const s of doc.sentences) segmentRange(doc.simplified, s.start, s.end, tokens);
    doc.tokens = tokens;
  },
};
